"""Facet counts beside the queue's filters: how many matching candidates have each value.

Counting visits every facet row of every counted candidate, so its cost grows with the view.
A view of up to EXACT_LIMIT candidates is counted whole. A broader one is counted over a
random sample of about SAMPLE_TARGET of them and scaled up: every candidate carries a
`sample_slot` (0 to SLOTS-1, fixed when it is created, independent of everything else), and
the sample is the candidates in slots below some k, read through that column's index. Scaled
figures are rounded to what the sample supports and the page marks them as approximate.
Either way the work is bounded by the sample, not by the size of the queue.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from recruit.candidates.projection import LOW_CONFIDENCE
from recruit.models import (
    SAMPLE_SLOTS,
    Candidate,
    CandidateCertification,
    CandidateLicense,
    CandidateSpecialty,
)
from recruit.queue.filters import QueueFilters
from recruit.queue.pages import conditions

C = Candidate
SAMPLE_TARGET = 1_000
EXACT_LIMIT = 2_000
# The most candidates a sample may make the database read, so that a narrow view (where
# reaching SAMPLE_TARGET matches would take reading most of the queue) costs no more than a
# broad one; its sample is then smaller.
READ_BUDGET = 10_000


@dataclass(frozen=True)
class FacetCounts:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    matches: int = 0
    scale: float = 1.0  # 1: every matching candidate was counted; else the sample's scale-up

    @property
    def estimated(self) -> bool:
        return self.scale > 1

    def get(self, facet: str, value: str) -> int | None:
        """The count to show, or None where a sample saw no such candidate (it may still exist)."""
        n = self.counts.get(facet, {}).get(value)
        if n is None and not self.estimated:
            return 0
        return n


def facet_counts(session: Session, filters: QueueFilters, me: int) -> FacetCounts:
    dialect = session.get_bind().dialect.name
    with _small_reads(session, dialect):
        slots = _sample_slots(session, conditions(filters, me, dialect), dialect)
        if slots >= SAMPLE_SLOTS:
            where = conditions(filters, me, dialect, whole_view=True)
        else:
            where = [_in_sample(slots, dialect), *conditions(filters, me, dialect)]
        matching = _matching(session, where, dialect, me)
        rows = session.execute(sa.union_all(*_facet_selects(matching, dialect))).all()
    scale = SAMPLE_SLOTS / slots
    counts: dict[str, dict[str, int]] = {}
    matches = 0
    for facet, value, n in rows:
        if facet == "matches":
            matches = _scaled(n, scale)
        elif value is not None and n:
            counts.setdefault(facet, {})[str(value)] = _scaled(n, scale)
    return FacetCounts(counts, matches, scale)


def _sample_slots(session: Session, where: list[sa.ColumnElement[bool]], dialect: str) -> int:
    """How many of the SLOTS to count: all of them when the view is small enough to count
    whole, else enough for about SAMPLE_TARGET matches within READ_BUDGET reads. The size of
    the view is itself estimated from a first sample of about SAMPLE_TARGET candidates."""
    # The id range stands for the queue's size: two index lookups, where count(*) reads it all.
    lowest, highest = session.execute(
        sa.select(sa.select(sa.func.min(C.id)).scalar_subquery(),
                  sa.select(sa.func.max(C.id)).scalar_subquery())
    ).one()  # fmt: skip
    queue = highest - lowest + 1 if highest is not None else 0
    if queue <= EXACT_LIMIT:
        return SAMPLE_SLOTS
    probe_slots = max(1, SAMPLE_SLOTS * SAMPLE_TARGET // queue)
    probe = sa.select(sa.func.count()).where(_in_sample(probe_slots, dialect), *where)
    view = (session.scalar(probe) or 0) * SAMPLE_SLOTS / probe_slots
    if view <= EXACT_LIMIT:
        return SAMPLE_SLOTS
    wanted = SAMPLE_SLOTS * SAMPLE_TARGET / view
    affordable = SAMPLE_SLOTS * READ_BUDGET / queue
    return max(1, min(SAMPLE_SLOTS, round(min(wanted, affordable))))


def _in_sample(slots: int, dialect: str) -> sa.ColumnElement[bool]:
    if dialect != "sqlite":
        return C.sample_slot < slots
    # SQLite keeps no value histogram, so it would rather walk another index and test every
    # row; as an IN list it reads the sample's ids from the slot index and starts from them.
    sampled = aliased(Candidate)
    return C.id.in_(sa.select(sampled.id).where(sampled.sample_slot < slots))


def _scaled(n: int, scale: float) -> int:
    """A sampled count scaled up, rounded to what the sample supports: its relative error is
    about 1/sqrt(n), so two significant digits from 30 sampled candidates up, else one."""
    if scale == 1:
        return int(n)
    value = round(int(n) * scale)
    digits = 2 if n >= 30 else 1
    return int(round(value, -max(0, len(str(value)) - digits)))


def _matching(
    session: Session, where: list[sa.ColumnElement[bool]], dialect: str, me: int
) -> sa.FromClause:
    """The counted candidates with the values of their own facets, computed once for every
    facet's GROUP BY (so those need no second visit to the candidate table)."""
    rows = sa.select(*_own_facets(me)).where(*where)
    if dialect != "sqlite":
        return rows.cte("matching").prefix_with("MATERIALIZED")
    # SQLite evaluates a CTE again for each branch of a UNION; a temp table holds the rows once
    # (temp tables belong to the connection and take no lock on the database file).
    session.execute(sa.text(_CREATE_TEMP))
    session.execute(sa.text("DELETE FROM temp.queue_facet_rows"))
    session.execute(sa.insert(_TEMP).from_select([c.name for c in _TEMP.columns], rows))
    # Its size, so the planner loops over these rows rather than over the facet tables.
    session.execute(sa.text("ANALYZE temp.queue_facet_rows"))
    return _TEMP


_SMALL_READ_SETTINGS = ("enable_hashjoin", "enable_mergejoin", "max_parallel_workers_per_gather")


@contextmanager
def _small_reads(session: Session, dialect: str) -> Iterator[None]:
    """Every statement here reads at most a sample's worth of candidates, which PostgreSQL
    cannot know: it may hash a whole facet table or start parallel workers to join them,
    where a few thousand index lookups in one process are far cheaper."""
    if dialect != "postgresql":
        yield
        return
    for name in _SMALL_READ_SETTINGS:
        session.execute(sa.text(f"SET LOCAL {name} = {0 if name.startswith('max') else 'off'}"))
    try:
        yield
    finally:
        for name in _SMALL_READ_SETTINGS:
            session.execute(sa.text(f"SET LOCAL {name} TO DEFAULT"))


def _own_facets(me: int) -> list[sa.ColumnElement]:
    lic = CandidateLicense
    assigned = sa.case((C.assigned_user_id.is_(None), "none"), (C.assigned_user_id == me, "me"))
    # A correlated count, not EXISTS: PostgreSQL would hash every compact licence in the
    # database for an EXISTS, where this looks up only the counted candidates' licences.
    compact = (
        sa.select(sa.func.count())
        .where(lic.candidate_id == C.id, lic.compact.is_(True))
        .scalar_subquery()
        > 0
    )
    return [
        C.id.label("id"),
        C.status.label("status"),
        C.discipline.label("discipline"),
        sa.func.coalesce(assigned, "other").label("assigned"),
        sa.case((compact, "yes"), else_="no").label("compact"),
        C.has_warnings.label("warnings"),
        sa.case((C.min_confidence < LOW_CONFIDENCE, True), else_=False).label("low_confidence"),
        C.parse_failed.label("parse_failed"),
        C.eligible_states_json.label("eligible_states"),
    ]


_OWN = ("status", "discipline", "assigned", "compact")
_QUALITY = ("warnings", "low_confidence", "parse_failed")
_CREATE_TEMP = (
    "CREATE TEMP TABLE IF NOT EXISTS queue_facet_rows (id INTEGER PRIMARY KEY, status TEXT,"
    " discipline TEXT, assigned TEXT, compact TEXT, warnings BOOLEAN, low_confidence BOOLEAN,"
    " parse_failed BOOLEAN, eligible_states TEXT)"
)
_TEMP = sa.table(
    "queue_facet_rows",
    *(sa.column(n) for n in ("id", *_OWN, *_QUALITY, "eligible_states")),
    schema="temp",
)


def _facet_selects(m: sa.FromClause, dialect: str) -> Iterator[sa.Select]:
    yield sa.select(sa.literal("matches"), sa.literal(None), sa.func.count()).select_from(m)
    for name in _OWN:
        own = m.c[name]
        yield sa.select(sa.literal(name), own, sa.func.count()).group_by(own)
    for name in _QUALITY:
        yield sa.select(sa.literal("quality"), sa.literal(name), sa.func.count()).where(
            m.c[name].is_(True)
        )
    for name, value, key in (
        ("specialty", CandidateSpecialty.name, CandidateSpecialty.candidate_id),
        ("licence_state", CandidateLicense.state, CandidateLicense.candidate_id),
        ("cert", CandidateCertification.name, CandidateCertification.candidate_id),
    ):
        # A candidate with two licences in one state (RN and LPN) counts once.
        yield (
            sa.select(sa.literal(name), value, sa.func.count(sa.distinct(key)))
            .select_from(m)
            .join(key.table, key == m.c.id)
            .group_by(value)
        )
    yield _eligible_states(m, dialect)


def _eligible_states(m: sa.FromClause, dialect: str) -> sa.Select:
    """Candidates per eligible state: each distinct set of states (most compact nurses share
    one) is counted, then expanded once, instead of visiting ~40 rows per candidate."""
    sets = (
        sa.select(m.c.eligible_states.label("states"), sa.func.count().label("n"))
        .where(m.c.eligible_states.is_not(None))
        .group_by(m.c.eligible_states)
        .subquery()
    )
    if dialect == "sqlite":
        states = sa.func.json_each(sets.c.states).table_valued("value")
    else:
        states = sa.func.json_array_elements_text(sa.cast(sets.c.states, sa.JSON)).table_valued(
            "value"
        )
    return (
        sa.select(sa.literal("can_work_in"), states.c.value, sa.func.sum(sets.c.n))
        .select_from(sets)
        .join(states, sa.true())
        .group_by(states.c.value)
    )
