"""Claiming a candidate: the recruiter takes it, and a new candidate moves to in review."""

from __future__ import annotations

from sqlalchemy.orm import Session

from recruit.events import record_event
from recruit.models import Candidate


class AlreadyClaimed(Exception):
    """Someone else holds the candidate; claiming again must not silently take it over."""


def claim(session: Session, candidate: Candidate, user_id: int) -> bool:
    """Assign to user_id; True when something changed. Raises AlreadyClaimed."""
    if candidate.assigned_user_id not in (None, user_id):
        raise AlreadyClaimed
    if candidate.assigned_user_id == user_id and candidate.status != "new":
        return False
    previous = candidate.status
    candidate.assigned_user_id = user_id
    if candidate.status == "new":
        candidate.status = "in_review"
    record_event(
        session,
        "claimed",
        candidate_id=candidate.id,
        actor_user_id=user_id,
        status_from=previous,
        status_to=candidate.status,
    )
    return True
