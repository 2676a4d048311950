"""Audit traces written by pages that are otherwise read-only (views, downloads, exports)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from recruit.events import record_event


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
