"""Erase a candidate for real: files, parse results, submissions, facets, search entries and
the events about them, leaving one anonymous 'candidate_erased' event.

Rows are found through the foreign keys in the metadata, so a table added later that points
at a candidate or a submission (notes, claims…) is erased too without changing this module.
Helpers take a session and never commit.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.applications.ownership import Application
from recruit.candidates.projection import refresh_from_effective_profile
from recruit.candidates.search import remove_candidate
from recruit.db import Base
from recruit.events import allow_event_erasure, record_event
from recruit.models import Candidate, Document, Submission
from recruit.storage import BlobStore

_MAX_DEPTH = 6


@dataclass(frozen=True)
class Erasure:
    submissions: int
    files_deleted: int


def erase_candidate(
    session: Session, storage: BlobStore, candidate_id: int, reason: str = "candidate_request"
) -> Erasure | None:
    """Delete everything about one candidate; None when there is no such candidate."""
    session.flush()
    if session.get(Candidate, candidate_id) is None:
        return None
    keys = _storage_keys(session, Submission.candidate_id == candidate_id)
    submissions = _count(session, Submission.candidate_id == candidate_id)
    remove_candidate(session, candidate_id)
    with allow_event_erasure(session):  # the trail about them goes too (privacy wins)
        _delete_tree(session, _table(Candidate), _table(Candidate).c.id == candidate_id)
    return _finish(session, storage, keys, submissions, reason)


def erase_submission(
    session: Session, storage: BlobStore, submission_id: int, reason: str
) -> Erasure:
    """Delete one submission (an unconfirmed newer upload) and its file; keep the candidate."""
    session.flush()
    keys = _storage_keys(session, Submission.id == submission_id)
    submissions = _count(session, Submission.id == submission_id)
    with allow_event_erasure(session):
        _delete_tree(session, _table(Submission), _table(Submission).c.id == submission_id)
    return _finish(session, storage, keys, submissions, reason)


def erase_application(session: Session, storage: BlobStore, application: Application) -> Erasure:
    """What a status link owns: the whole candidate while every submission is the link's,
    otherwise only the link's submissions (the candidate keeps the rest)."""
    candidate_id = application.candidate.id
    if application.owns_candidate():
        erased = erase_candidate(session, storage, candidate_id)
        assert erased is not None  # the link's own submission holds the candidate
        return erased
    owned = [s.id for s in application.owned]
    parts = [erase_submission(session, storage, i, reason="candidate_request") for i in owned]
    refresh_from_effective_profile(session, session.get_one(Candidate, candidate_id))
    return Erasure(
        submissions=sum(p.submissions for p in parts),
        files_deleted=sum(p.files_deleted for p in parts),
    )


def _finish(
    session: Session, storage: BlobStore, keys: set[str], submissions: int, reason: str
) -> Erasure:
    session.expire_all()  # the ORM's copies of the deleted rows are gone from the database
    files = 0
    for key in sorted(keys):
        # The store is content-addressed: the same bytes may belong to someone else too.
        if session.scalar(sa.select(sa.func.count()).where(Document.storage_key == key)) == 0:
            storage.delete(key)
            files += 1
    record_event(
        session, "candidate_erased", reason=reason, submissions=submissions, files_deleted=files
    )
    return Erasure(submissions=submissions, files_deleted=files)


def _storage_keys(session: Session, where: sa.ColumnElement[bool]) -> set[str]:
    query = sa.select(Document.storage_key).join(Submission).where(where)
    return set(session.scalars(query))


def _count(session: Session, where: sa.ColumnElement[bool]) -> int:
    return int(session.scalar(sa.select(sa.func.count(Submission.id)).where(where)) or 0)


def _delete_tree(
    session: Session, table: sa.Table, where: sa.ColumnElement[bool], depth: int = 0
) -> None:
    """Delete the rows of `table` matching `where`, children first."""
    if depth > _MAX_DEPTH:
        raise RuntimeError(f"foreign keys into {table.name} nest too deeply to erase safely")
    for child, key in _referencing(table):
        parents = sa.select(key.column).where(where)
        if child is table:  # a self-reference (merged into…): unlink, never cascade sideways
            session.execute(
                sa.update(child).where(key.parent.in_(parents)).values({key.parent.name: None})
            )
            continue
        _delete_tree(session, child, key.parent.in_(parents), depth + 1)
    session.execute(sa.delete(table).where(where))


def _referencing(table: sa.Table) -> list[tuple[sa.Table, sa.ForeignKey]]:
    return [
        (child, key)
        for child in Base.metadata.sorted_tables
        for key in child.foreign_keys
        if key.column.table is table
    ]


def _table(model: type[Base]) -> sa.Table:
    table = model.__table__
    assert isinstance(table, sa.Table)
    return table
