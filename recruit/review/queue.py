"""The queue's SQL: filters as conditions on candidate, keyset pages, facet counts.

Every query is bounded (a page is LIMIT n+1 on the (received_at, id) index) or an aggregate
computed by the database; no query loads the whole queue into Python.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from recruit.db import UTCDateTime
from recruit.models import (
    Candidate,
    CandidateCertification,
    CandidateEligibleState,
    CandidateLicense,
    CandidateSpecialty,
)
from recruit.review.filters import NEEDS_REVIEW, PAGE_SIZE, Cursor, QueueFilters
from recruit.search import LOW_CONFIDENCE, match_clause

C = Candidate
FACET_LIMIT = 10_000


@dataclass(frozen=True)
class Page:
    candidates: Sequence[Candidate]
    next_cursor: Cursor | None
    prev_cursor: Cursor | None


def conditions(filters: QueueFilters, me: int, dialect: str) -> list[sa.ColumnElement[bool]]:
    """The WHERE clauses on Candidate for the filters (all must hold)."""
    f = filters
    where: list[sa.ColumnElement[bool]] = [_status(f.status)] if f.status != "all" else []
    if f.discipline:
        where.append(C.discipline == f.discipline)
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
        where.append(_certification(f))
    if f.min_years is not None:
        where.append(C.years_experience >= f.min_years)
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


def _has(model: type, condition: sa.ColumnElement[bool]) -> sa.ColumnElement[bool]:
    return sa.exists().where(model.candidate_id == C.id, condition)  # type: ignore[attr-defined]


def _certification(f: QueueFilters) -> sa.ColumnElement[bool]:
    cert = CandidateCertification
    condition = cert.name == f.cert
    if f.cert_valid_on:
        # Unknown expiry counts as valid: resumes often omit it, and the readiness panel
        # asks the recruiter to verify it rather than hiding the candidate.
        condition = sa.and_(
            condition, sa.or_(cert.expires.is_(None), cert.expires >= f.cert_valid_on)
        )
    return _has(cert, condition)


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


def facet_counts(session: Session, filters: QueueFilters, me: int) -> dict[str, dict[str, int]]:
    """{facet: {value: candidates}} under the current filters, in one aggregate statement.

    Counting visits every facet row of every matching candidate (a compact nurse has ~40
    eligible states), so it is bounded: over FACET_LIMIT matches the answer is {} and the page
    asks for a narrower view instead of taking seconds.
    """
    where = conditions(filters, me, _dialect(session))
    probe = sa.select(C.id).where(*where).limit(FACET_LIMIT + 1).subquery()
    if session.scalar(sa.select(sa.func.count()).select_from(probe)) > FACET_LIMIT:
        return {}
    rows = session.execute(sa.union_all(*_facet_selects(_matching(session, where), me)))
    counts: dict[str, dict[str, int]] = {}
    for facet, value, n in rows:
        if value is not None:
            counts.setdefault(facet, {})[str(value)] = n
    return counts


def _matching(session: Session, where: list[sa.ColumnElement[bool]]) -> sa.FromClause:
    """The matching ids, computed once for every facet's GROUP BY."""
    ids = sa.select(C.id.label("id")).where(*where)
    if _dialect(session) != "sqlite":
        return ids.cte("matching").prefix_with("MATERIALIZED")
    # SQLite evaluates a CTE again for each branch of a UNION; a temp table holds the ids once
    # (temp tables belong to the connection and take no lock on the database file).
    session.execute(
        sa.text("CREATE TEMP TABLE IF NOT EXISTS queue_matching (id INTEGER PRIMARY KEY)")
    )
    session.execute(sa.text("DELETE FROM temp.queue_matching"))
    session.execute(sa.insert(_TEMP_MATCHING).from_select(["id"], ids))
    # Its size, so the planner loops over these ids rather than over the facet tables.
    session.execute(sa.text("ANALYZE temp.queue_matching"))
    return _TEMP_MATCHING


_TEMP_MATCHING = sa.table("queue_matching", sa.column("id"), schema="temp")


def _facet_selects(m: sa.FromClause, me: int) -> Iterator[sa.Select]:
    def group(name: str, value: sa.ColumnElement, source: type, key: sa.ColumnElement) -> sa.Select:
        return (
            sa.select(sa.literal(name).label("facet"), value.label("value"), _count(key))
            .select_from(source)
            .join(m, m.c.id == key)
            .group_by(value)
        )

    yield group("status", C.status, C, C.id)
    yield group("discipline", C.discipline, C, C.id)
    assigned = sa.case((C.assigned_user_id.is_(None), "none"), (C.assigned_user_id == me, "me"))
    yield group("assigned", sa.func.coalesce(assigned, "other"), C, C.id)
    s, lic, es, cert = (
        CandidateSpecialty,
        CandidateLicense,
        CandidateEligibleState,
        CandidateCertification,
    )
    yield group("specialty", s.name, s, s.candidate_id)
    yield group("licence_state", lic.state, lic, lic.candidate_id)
    yield group("can_work_in", es.state, es, es.candidate_id)
    yield group("cert", cert.name, cert, cert.candidate_id)
    compact = sa.select(lic.candidate_id).where(lic.compact.is_(True), lic.candidate_id == C.id)
    yield group("compact", sa.case((compact.exists(), "yes"), else_="no"), C, C.id)
    for quality, condition in (
        ("warnings", C.has_warnings.is_(True)),
        ("low_confidence", C.min_confidence < LOW_CONFIDENCE),
        ("parse_failed", C.parse_failed.is_(True)),
    ):
        yield (
            sa.select(sa.literal("quality"), sa.literal(quality), sa.func.count())
            .select_from(C)
            .join(m, m.c.id == C.id)
            .where(condition)
        )


def _count(key: sa.ColumnElement) -> sa.ColumnElement[int]:
    # A candidate with two licences in one state (RN and LPN) counts once.
    return sa.func.count(sa.distinct(key)).label("n")


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
