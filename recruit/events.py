"""The append-only event trail."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from recruit.models import Event


def record_event(
    session: Session,
    kind: str,
    *,
    candidate_id: int | None = None,
    submission_id: int | None = None,
    actor_user_id: int | None = None,
    **detail: Any,
) -> Event:
    """Add one event to the caller's transaction. Detail must never hold resume content."""
    event = Event(
        kind=kind,
        candidate_id=candidate_id,
        submission_id=submission_id,
        actor_user_id=actor_user_id,
        detail=detail,
    )
    session.add(event)
    return event
