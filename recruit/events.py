"""What happened: the append-only event trail.

`record_event` adds an event to the caller's transaction; `trace` writes one at once from a
read-only page. The ORM refuses to update or delete Event rows once
`install_append_only_guard` has run (the app factory calls it); the one exception is erasure
of a candidate, which must remove their trail too: it runs inside
`allow_event_erasure(session)`, the only way to delete events.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import ORMExecuteState, Session

from recruit.models import Event

_ALLOW = "recruit.allow_event_erasure"


class AppendOnlyError(RuntimeError):
    pass


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


def trace(session: Session, kind: str, **fields: Any) -> None:
    """Write one event now, from a GET request's session, and commit it.

    On SQLite a transaction that has read cannot always start writing: if another writer
    (a parse worker, say) committed since its first read, the upgrade fails at once. So the
    read snapshot is ended first and the event is the first statement of a new transaction,
    which simply waits for the write lock. Nothing else is pending on a GET's session.
    """
    session.commit()
    record_event(session, kind, **fields)
    session.commit()


@contextmanager
def allow_event_erasure(session: Session) -> Iterator[Session]:
    """Within this block (and only here) Event rows may be deleted, e.g. by erasure."""
    previous = session.info.get(_ALLOW, False)
    session.info[_ALLOW] = True
    try:
        yield session
    finally:
        session.info[_ALLOW] = previous


def install_append_only_guard() -> None:
    """Register the guards on every Session (idempotent)."""
    if not sa.event.contains(Session, "before_flush", _guard_flush):
        sa.event.listen(Session, "before_flush", _guard_flush)
        sa.event.listen(Session, "do_orm_execute", _guard_bulk)


def _guard_flush(session: Session, _context: Any, _instances: Any) -> None:
    if any(isinstance(obj, Event) and session.is_modified(obj) for obj in session.dirty):
        raise AppendOnlyError("events are append-only: an Event row may not be changed")
    if not session.info.get(_ALLOW) and any(isinstance(obj, Event) for obj in session.deleted):
        raise AppendOnlyError("events may only be deleted inside allow_event_erasure()")


def _guard_bulk(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    if not any(mapper.class_ is Event for mapper in state.all_mappers):
        return
    if state.is_update:
        raise AppendOnlyError("events are append-only: an Event row may not be changed")
    if not state.session.info.get(_ALLOW):
        raise AppendOnlyError("events may only be deleted inside allow_event_erasure()")
