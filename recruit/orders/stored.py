"""Keeping order_match in step with everything a pair's gates read.

- An order created, edited, imported or changing status: `order_changed` drops its pairs and
  marks it unbuilt (its lists are then computed live); `build_order` computes them again, over
  the candidates its indexed prefilter leaves.
- A candidate's matching facts change (recruit.candidates.changes: a profile refresh, a status
  change, a merge, a submittal proposed or moved along, which the 60-day guard reads):
  `refresh_candidate` recomputes only that candidate's pairs, with only the built open orders
  their discipline, licences, wishes and certifications can reach.
- Time: the guard lifts on its own, so a held pair carries recheck_at; `recheck_due`
  recomputes the pairs whose time has come (the sweep; reads evaluate them live meanwhile).

Every write is SQL over the facet tables (INSERT ... SELECT), never Python per candidate.
On PostgreSQL the writers take one transaction-scoped advisory lock, so an order being built
and a candidate changing at the same moment cannot each compute their shared pair from the
other's old facts. Helpers take a session and never commit.
"""

from __future__ import annotations

import time
from collections import defaultdict
from datetime import datetime, timedelta
from typing import cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.candidates import changes
from recruit.db import utcnow
from recruit.models import Candidate, JobOrder, OrderMatch
from recruit.orders import gates as g
from recruit.orders.evaluate import HELD, of_candidate, of_order, standings

m = cast(sa.Table, OrderMatch.__table__)
# Any fixed number: names the advisory lock every writer of order_match takes on PostgreSQL.
WRITERS_LOCK = 0x6F726465  # "orde"
RECHECK_BATCH = 500


def install() -> None:
    """Have every change to a candidate's matching facts recompute their pairs (create_app)."""
    changes.observe(candidate_changed)


def candidate_changed(session: Session, candidate: Candidate) -> None:
    refresh_candidate(session, candidate, utcnow())


def refresh_candidate(session: Session, candidate: Candidate, now: datetime) -> None:
    """Recompute this candidate's pairs with the built open orders they can reach."""
    lock_writers(session)
    scope = m.c.candidate_id == candidate.id
    session.execute(sa.delete(m).where(scope))
    if not candidate.discipline or candidate.status in g.CLOSED_CANDIDATE:
        return
    if candidate.merged_into_id is not None:
        return
    _insert(session, sa.and_(of_candidate(candidate), g.o.c.matched_at.is_not(None)), scope, now)


def order_changed(session: Session, order: JobOrder) -> None:
    """Drop the order's pairs: until it is built again its lists are computed live."""
    lock_writers(session)
    if order.id is not None:
        session.execute(sa.delete(m).where(m.c.order_id == order.id))
    order.matched_at = None


def build_order(session: Session, order: JobOrder, now: datetime) -> None:
    """Compute every pair of the order anew (none for an order that is not open)."""
    session.flush()
    order_changed(session, order)
    if order.status != "open":
        return
    _insert(session, of_order(order), m.c.order_id == order.id, now)
    order.matched_at = now


def build_orders(session: Session, orders: list[JobOrder], now: datetime, budget_s: float) -> int:
    """Build the open ones among `orders` until `budget_s` seconds have gone; the rest are
    left to the sweep (and read live meanwhile). How many were built."""
    started, built = time.monotonic(), 0
    for order in orders:
        if time.monotonic() - started >= budget_s:
            break
        if order.status == "open":
            build_order(session, order, now)
            built += 1
    return built


def recheck_due(session: Session, now: datetime, limit: int = RECHECK_BATCH) -> int:
    """Recompute up to `limit` pairs whose recheck time has passed; how many were due."""
    due = session.execute(
        sa.select(m.c.candidate_id, m.c.order_id)
        .where(m.c.recheck_at <= now)
        .order_by(m.c.recheck_at)
        .limit(limit)
    ).all()
    if not due:
        return 0
    lock_writers(session)
    orders_of: dict[int, list[int]] = defaultdict(list)
    for candidate_id, order_id in due:
        orders_of[candidate_id].append(order_id)
    for candidate_id, order_ids in orders_of.items():
        scope = sa.and_(m.c.candidate_id == candidate_id, m.c.order_id.in_(order_ids))
        session.execute(sa.delete(m).where(scope))
        where = sa.and_(g.c.c.id == candidate_id, g.o.c.id.in_(order_ids))
        _insert(session, where, scope, now)
    return len(due)


def unbuilt_orders(session: Session, limit: int) -> list[int]:
    """Open orders with no pairs kept yet, oldest first: the sweep's work."""
    query = (
        sa.select(JobOrder.id)
        .where(JobOrder.status == "open", JobOrder.matched_at.is_(None))
        .order_by(JobOrder.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def _insert(
    session: Session, where: sa.ColumnElement[bool], scope: sa.ColumnElement[bool], now: datetime
) -> None:
    """Write the pairs `where` selects (their old rows, `scope`, already deleted)."""
    computed = sa.literal(now, type_=m.c.computed_at.type)
    insert = sa.insert(m).from_select(
        ["order_id", "candidate_id", "standing", "score", "computed_at"],
        standings(where, now).add_columns(computed),
    )
    session.execute(insert)
    _date_held(session, scope, now)


def _date_held(session: Session, scope: sa.ColumnElement[bool], now: datetime) -> None:
    """Held pairs are rechecked when the guard lifts: the blocking submittal's time plus the
    window (reckoned here, so every engine adds the days alike)."""
    query = (
        sa.select(m.c.order_id, m.c.candidate_id, g.guard_lifts_at(now))
        .select_from(m.join(g.o, g.o.c.id == m.c.order_id).join(g.c, g.c.c.id == m.c.candidate_id))
        .where(scope, m.c.standing == HELD)
    )
    window = timedelta(days=g.GUARD_DAYS)
    updates = [
        {"o": order_id, "c": candidate_id, "at": since + window if since else now}
        for order_id, candidate_id, since in session.execute(query)
    ]
    if updates:
        session.execute(
            sa.update(m)
            .where(m.c.order_id == sa.bindparam("o"), m.c.candidate_id == sa.bindparam("c"))
            .values(recheck_at=sa.bindparam("at")),
            updates,
        )


def lock_writers(session: Session) -> None:
    """Every writer of order_match holds this until commit (PostgreSQL; SQLite has one
    writer anyway): pairs are then always computed from committed facts."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.select(sa.func.pg_advisory_xact_lock(WRITERS_LOCK)))
