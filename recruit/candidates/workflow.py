"""Working a candidate: status, assignment and claiming, notes with mentions, the timeline, the
export.

Helpers take a session and never commit; every change is written to the event trail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from recruit.candidates.changes import notify
from recruit.candidates.duplicates import merged_family
from recruit.candidates.profile import arrival, current_profile, newest_submission, parsed_profile
from recruit.db import utcnow
from recruit.events import record_event
from recruit.jobs import enqueue
from recruit.models import (
    CANDIDATE_STATUSES,
    Candidate,
    Event,
    FieldOverride,
    Note,
    NoteMention,
    User,
)

STATUS_LABELS = {
    "new": "New",
    "in_review": "In review",
    "contacted": "Contacted",
    "submitted": "Submitted to facility",
    "placed": "Placed",
    "not_a_fit": "Not a fit",
    "withdrawn": "Withdrawn",
    "duplicate": "Duplicate",
}
STAFF_ROLES = ("recruiter", "admin")
TIMELINE_LIMIT = 200
_MENTION = re.compile(r"(?<![\w.])@([\w.+-]+)")


class PipelineError(ValueError):
    pass


def change_status(
    session: Session, candidate: Candidate, status: str, reason: str | None, user_id: int
) -> None:
    if status not in CANDIDATE_STATUSES:
        raise PipelineError("unknown status")
    previous = candidate.status
    if previous == status:
        return
    candidate.status = status
    notify(session, candidate)
    record_event(
        session,
        "status_changed",
        candidate_id=candidate.id,
        actor_user_id=user_id,
        before=previous,
        after=status,
        reason=(reason or "").strip()[:500] or None,
    )


def staff(session: Session) -> Sequence[User]:
    """Active recruiters and admins: whom a candidate can be assigned to or mention."""
    query = sa.select(User).where(User.active.is_(True), User.role.in_(STAFF_ROLES))
    return session.scalars(query.order_by(User.email)).all()


def assign(session: Session, candidate: Candidate, assignee_id: int | None, user_id: int) -> None:
    if assignee_id is not None and assignee_id not in {u.id for u in staff(session)}:
        raise PipelineError("that person cannot be assigned candidates")
    previous = candidate.assigned_user_id
    if previous == assignee_id:
        return
    candidate.assigned_user_id = assignee_id
    record_event(
        session,
        "assigned",
        candidate_id=candidate.id,
        actor_user_id=user_id,
        before=previous,
        after=assignee_id,
    )


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


def request_reparse(session: Session, candidate: Candidate, user_id: int) -> None:
    """Parse the newest submission again; corrections stay on top of whatever it gives."""
    latest = newest_submission(candidate.submissions)
    if latest is None:
        raise PipelineError("there is nothing to re-parse")
    enqueue(session, latest)
    record_event(
        session,
        "reparse_requested",
        candidate_id=candidate.id,
        submission_id=latest.id,
        actor_user_id=user_id,
    )


def mentioned_users(session: Session, body: str) -> list[User]:
    """@handles matched to active staff by email local part, full name without spaces, or a
    first name that only one of them has."""
    handles = {handle.lower().rstrip(".") for handle in _MENTION.findall(body)}
    if not handles:
        return []
    people = staff(session)
    first_names: dict[str, list[User]] = {}
    for person in people:
        if person.name:
            first_names.setdefault(person.name.split()[0].lower(), []).append(person)
    found = []
    for person in people:
        keys = {person.email.split("@")[0].lower()}
        if person.name:
            keys.add("".join(person.name.lower().split()))
            first = person.name.split()[0].lower()
            if len(first_names[first]) == 1:
                keys.add(first)
        if keys & handles:
            found.append(person)
    return found


def add_note(session: Session, candidate: Candidate, body: str, user_id: int) -> Note:
    body = body.strip()
    if not body:
        raise PipelineError("a note needs some text")
    mentioned = [u for u in mentioned_users(session, body) if u.id != user_id]
    note = Note(
        candidate_id=candidate.id,
        author_user_id=user_id,
        body=body,
        mentions=[NoteMention(user_id=u.id) for u in mentioned],
    )
    session.add(note)
    session.flush()
    record_event(
        session,
        "note_added",
        candidate_id=candidate.id,
        actor_user_id=user_id,
        note_id=note.id,
        mentioned_user_ids=[u.id for u in mentioned],
    )
    return note


def notes_of(session: Session, candidate_id: int) -> Sequence[Note]:
    query = (
        sa.select(Note)
        .where(Note.candidate_id == candidate_id)
        .options(selectinload(Note.author))
        .order_by(Note.created_at.desc(), Note.id.desc())
    )
    return session.scalars(query).all()


def mentions_of(session: Session, user_id: int, limit: int = 100) -> Sequence[Note]:
    query = (
        sa.select(Note)
        .join(NoteMention, NoteMention.note_id == Note.id)
        .where(NoteMention.user_id == user_id)
        .options(selectinload(Note.author))
        .order_by(Note.created_at.desc(), Note.id.desc())
        .limit(limit)
    )
    return session.scalars(query).all()


def timeline(session: Session, candidate_id: int) -> list[tuple[Event, str | None]]:
    """The trail of the candidate and of every candidate merged into it, newest first, each
    event with its actor's email."""
    query = (
        sa.select(Event, User.email)
        .outerjoin(User, User.id == Event.actor_user_id)
        .where(Event.candidate_id.in_(merged_family(session, candidate_id)))
        .order_by(Event.at.desc(), Event.id.desc())
        .limit(TIMELINE_LIMIT)
    )
    return [(event, email) for event, email in session.execute(query)]


def override_history(session: Session, candidate_id: int) -> list[dict[str, Any]]:
    query = (
        sa.select(FieldOverride, User.email)
        .outerjoin(User, User.id == FieldOverride.user_id)
        .where(FieldOverride.candidate_id == candidate_id)
        .order_by(FieldOverride.at, FieldOverride.id)
    )
    return [
        {
            "field": o.field,
            "value": o.value,
            "by": email,
            "at": o.at.isoformat(),
            "undoes": o.undoes_id,
        }  # fmt: skip
        for o, email in session.execute(query)
    ]


def export_profile(session: Session, candidate: Candidate) -> dict[str, Any]:
    """Everything we hold as a profile for one candidate (the caller traces that it left)."""
    parsed = parsed_profile(candidate)
    return {
        "candidate_id": candidate.id,
        "status": candidate.status,
        "effective_profile": current_profile(session, candidate, utcnow().date()),
        "parsed_profile": parsed,
        "overrides": override_history(session, candidate.id),
        "submissions": [
            {
                "id": s.id,
                "received_at": s.received_at.isoformat(),
                "status": s.status,
                "document": s.document.display_name if s.document else None,
            }
            for s in sorted(candidate.submissions, key=arrival)
        ],
    }
