"""Telling other parts that a candidate's matching facts are about to change and have changed,
without this package importing them: a higher layer (job orders) registers an observer.

Observers are called with the session and the candidate, once before the change (the old
facts still loaded) and once after it; they may write to the session but never commit.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from recruit.models import Candidate

Observer = Callable[[Session, Candidate], None]
_observers: list[Observer] = []


def observe(observer: Observer) -> None:
    if observer not in _observers:
        _observers.append(observer)


def notify(session: Session, candidate: Candidate) -> None:
    for observer in _observers:
        observer(session, candidate)
