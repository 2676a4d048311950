"""Read-only queries behind the review pages. They take a session and never commit."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from recruit.models import Candidate, Submission

REVIEW_ROLES = ("recruiter", "admin")


def queue_page(session: Session, limit: int = 200) -> Sequence[Submission]:
    """Submissions newest first, with what the queue shows already loaded."""
    query = (
        sa.select(Submission)
        .options(selectinload(Submission.candidate), selectinload(Submission.document))
        .order_by(Submission.received_at.desc(), Submission.id.desc())
        .limit(limit)
    )
    return session.scalars(query).all()


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
