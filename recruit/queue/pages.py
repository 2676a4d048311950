"""The queue's SQL: filters as conditions on candidate, and keyset pages (facets.py counts).

Every query is bounded (a page is LIMIT n+1 on the (received_at, id) index) or an aggregate
computed by the database; no query loads the whole queue into Python.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from recruit.candidates.projection import LOW_CONFIDENCE
from recruit.candidates.search import match_clause
from recruit.db import UTCDateTime
from recruit.models import (
    Candidate,
    CandidateCertification,
    CandidateEligibleState,
    CandidateLicense,
    CandidateSpecialty,
)
from recruit.queue.filters import NEEDS_REVIEW, PAGE_SIZE, Cursor, QueueFilters

C = Candidate


@dataclass(frozen=True)
class Page:
    candidates: Sequence[Candidate]
    next_cursor: Cursor | None
    prev_cursor: Cursor | None


def conditions(
    filters: QueueFilters, me: int, dialect: str, whole_view: bool = False
) -> list[sa.ColumnElement[bool]]:
    """The WHERE clauses on Candidate for the filters (all must hold).

    A page walks the queue in order and stops after n rows, so a correlated EXISTS per row is
    cheapest. `whole_view` (counting every match) asks for IN lists instead, which the
    database may start from when one of them is the smallest set.
    """
    f = filters

    def _has(model: type, condition: sa.ColumnElement[bool]) -> sa.ColumnElement[bool]:
        return _related(model, condition, whole_view)

    where: list[sa.ColumnElement[bool]] = []
    # A merged-away candidate is only a pointer to the survivor, who holds all it had: it is
    # listed among the duplicates (so the merge can be traced) and in no other view.
    if f.status != "duplicate":
        where.append(C.merged_into_id.is_(None))
    if f.status != "all":
        where.append(_status(f.status))

    def _common(condition: sa.ColumnElement[bool]) -> sa.ColumnElement[bool]:
        # SQLite keeps no histogram: a discipline that is 70 % of the queue looks like one in
        # nine, and it would fetch them all and sort them instead of walking the queue in
        # order and stopping after a page. likely() tells it the filter keeps most rows.
        if dialect == "sqlite" and not whole_view:
            return sa.func.likely(condition)
        return condition

    if f.discipline:
        where.append(_common(C.discipline == f.discipline))
    if f.specialty:
        where.append(_has(CandidateSpecialty, CandidateSpecialty.name == f.specialty))
    if f.licence_state:
        where.append(_has(CandidateLicense, CandidateLicense.state == f.licence_state))
    if f.can_work_in:
        where.append(_has(CandidateEligibleState, CandidateEligibleState.state == f.can_work_in))
    if f.compact:
        compact = _has(CandidateLicense, CandidateLicense.compact.is_(True))
        where.append(compact if f.compact == "yes" else ~compact)
    if f.cert:
        where.append(_has(CandidateCertification, _certification(f)))
    if f.min_years is not None:
        where.append(_common(C.years_experience >= f.min_years))
    if f.assigned:
        where.append(
            C.assigned_user_id == me if f.assigned == "me" else C.assigned_user_id.is_(None)
        )
    if f.received_from:
        where.append(C.received_at >= _utc(f.received_from))
    if f.received_to:
        where.append(C.received_at < _utc(f.received_to) + timedelta(days=1))
    if f.quality:
        where.append(_quality(f.quality))
    search = match_clause(dialect, f.q)
    if search is not None:
        where.append(search)
    return where


def _status(status: str) -> sa.ColumnElement[bool]:
    # A failed parse leaves the candidate "new", so it is in the default view until handled.
    if status == NEEDS_REVIEW:
        return C.status.in_(("new", "in_review"))
    return C.status == status


def _related(
    model: type, condition: sa.ColumnElement[bool], as_list: bool
) -> sa.ColumnElement[bool]:
    """The candidate has a row in `model` (a facet table) meeting `condition`."""
    owner = model.candidate_id  # type: ignore[attr-defined]
    if as_list:
        return C.id.in_(sa.select(owner).where(condition))
    return sa.exists().where(owner == C.id, condition)


def _certification(f: QueueFilters) -> sa.ColumnElement[bool]:
    cert = CandidateCertification
    condition = cert.name == f.cert
    if f.cert_valid_on:
        # Unknown expiry counts as valid: resumes often omit it, and the readiness panel
        # asks the recruiter to verify it rather than hiding the candidate.
        condition = sa.and_(
            condition, sa.or_(cert.expires.is_(None), cert.expires >= f.cert_valid_on)
        )
    return condition


def _quality(quality: str) -> sa.ColumnElement[bool]:
    if quality == "warnings":
        return C.has_warnings.is_(True)
    if quality == "low_confidence":
        return C.min_confidence < LOW_CONFIDENCE
    return C.parse_failed.is_(True)


def _utc(day: object) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)  # type: ignore[arg-type]


def queue_page(
    session: Session,
    filters: QueueFilters,
    me: int,
    after: Cursor | None = None,
    before: Cursor | None = None,
    size: int = PAGE_SIZE,
) -> Page:
    """One page oldest first, after (or before) a cursor; n+1 rows tell whether more exist."""
    where = conditions(filters, me, _dialect(session))
    key = sa.tuple_(C.received_at, C.id)
    query = sa.select(C).where(*where).options(selectinload(C.specialties))
    if before is not None:
        query = query.where(key < _key(before)).order_by(C.received_at.desc(), C.id.desc())
    else:
        if after is not None:
            query = query.where(key > _key(after))
        query = query.order_by(C.received_at, C.id)
    rows = list(session.scalars(query.limit(size + 1)))
    more = len(rows) > size
    rows = rows[:size]
    if before is not None:
        rows.reverse()
    first, last = (_cursor(rows[0]), _cursor(rows[-1])) if rows else (None, None)
    has_next = more if before is None else True
    has_prev = (after is not None) if before is None else more
    return Page(rows, last if has_next and rows else None, first if has_prev and rows else None)


def _key(cursor: Cursor) -> sa.Tuple:
    return sa.tuple_(sa.literal(cursor.received_at, UTCDateTime()), sa.literal(cursor.id))


def _cursor(candidate: Candidate) -> Cursor:
    return Cursor(candidate.received_at, candidate.id)


def export_rows(session: Session, filters: QueueFilters, me: int) -> Iterator[Candidate]:
    """Every matching candidate oldest first, streamed in keyset pages of 500."""
    after: Cursor | None = None
    while True:
        page = queue_page(session, filters, me, after=after, size=500)
        yield from page.candidates
        if page.next_cursor is None:
            return
        after = page.next_cursor
        session.expunge_all()


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name
