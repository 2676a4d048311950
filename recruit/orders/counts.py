""" "Submittable now" counts for the order list, kept on each order and re-counted only when
stale. A change to a candidate marks stale just the open orders it can affect: those of the
candidate's discipline in a state their licences can reach (before and after the change).

Helpers take a session and never commit.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.candidates import changes
from recruit.models import Candidate, JobOrder
from recruit.orders.matching import order_matches, reachable_states

# The 60-day guard lapses with time alone, so no count is trusted for longer than this.
FRESH_FOR = timedelta(hours=12)


def install() -> None:
    """Have every candidate change mark the orders it can affect stale (create_app calls it)."""
    changes.observe(mark_affected_stale)


def mark_affected_stale(session: Session, candidate: Candidate) -> None:
    if not candidate.discipline:
        return
    states = sorted(reachable_states(candidate.licenses))
    if not states:
        return
    session.execute(
        sa.update(JobOrder)
        .where(
            JobOrder.status == "open",
            JobOrder.discipline == candidate.discipline,
            JobOrder.state.in_(states),
            JobOrder.counted_at.is_not(None),
        )
        .values(counted_at=None)
        .execution_options(synchronize_session=False)
    )


def stale(order: JobOrder, now: datetime) -> bool:
    return order.counted_at is None or order.counted_at < now - FRESH_FOR


def refresh_counts(session: Session, orders: list[JobOrder], now: datetime) -> dict[int, int]:
    """Order id -> candidates submittable now, for open orders; stale ones counted again."""
    counts = {}
    for order in orders:
        if order.status != "open":
            continue
        if stale(order, now):
            store(order, order_matches(session, order, now, shown=0).eligible_total, now)
        counts[order.id] = order.submittable_count or 0
    return counts


def store(order: JobOrder, count: int, now: datetime) -> None:
    order.submittable_count = count
    order.counted_at = now
