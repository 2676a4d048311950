"""Telling other parts that a candidate's matching facts have changed (their effective
profile, their status, a merge, a submittal the 60-day guard reads), without this package
importing them: a higher layer (job orders) registers an observer.

Observers are called with the session and the candidate after the change, its new facts
loaded; they may write to the session but never commit. Whatever the facts were before does
not matter to them: they replace everything they kept about the candidate.
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
