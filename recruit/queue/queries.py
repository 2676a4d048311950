"""Read-only queries behind the review pages. They take a session and never commit."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from recruit.models import Candidate, Submission

REVIEW_ROLES = ("recruiter", "admin")


def candidate_with_submissions(session: Session, candidate_id: int) -> Candidate | None:
    query = (
        sa.select(Candidate)
        .where(Candidate.id == candidate_id)
        .options(
            selectinload(Candidate.submissions).selectinload(Submission.document),
            selectinload(Candidate.submissions).selectinload(Submission.parse_result),
            selectinload(Candidate.licenses),
            selectinload(Candidate.certifications),
            selectinload(Candidate.specialties),
        )
    )
    return session.scalar(query)
