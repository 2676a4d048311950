"""The event trail is append-only: the ORM refuses to update or delete Event rows.

The one exception is erasure of a candidate, which must remove their trail too; it runs
inside `allow_event_erasure(session)`, and that block is the only way to delete events.
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


@contextmanager
def allow_event_erasure(session: Session) -> Iterator[Session]:
    """Within this block (and only here) Event rows may be deleted, e.g. by erasure."""
    previous = session.info.get(_ALLOW, False)
    session.info[_ALLOW] = True
    try:
        yield session
    finally:
        session.info[_ALLOW] = previous


def install() -> None:
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
