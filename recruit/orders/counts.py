""" "Submittable now" for the order list: the size of each open order's eligible list, read
from the same kept pairs as its page (recruit.orders.matching), so the two always agree; for a
page of orders in two queries, not two per order.

Read-only: helpers take a session and never write.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.models import JobOrder, OrderMatch
from recruit.orders.evaluate import ELIGIBLE
from recruit.orders.matching import LIVE_RECHECKS, not_due, ranked_pairs, rechecked

m = cast(sa.Table, OrderMatch.__table__)


def submittable_counts(session: Session, orders: list[JobOrder], now: datetime) -> dict[int, int]:
    """Order id -> candidates submittable now, for the open orders among `orders`."""
    kept = [o for o in orders if o.status == "open" and o.matched_at is not None]
    counts = {
        o.id: ranked_pairs(session, o, now, shown=0).eligible_total  # read live
        for o in orders
        if o.status == "open" and o.matched_at is None
    }
    ids = [o.id for o in kept]
    due: dict[int, list[int]] = defaultdict(list)
    query = sa.select(m.c.order_id, m.c.candidate_id).where(
        m.c.order_id.in_(ids), m.c.recheck_at <= now
    )
    for order_id, candidate_id in session.execute(query):
        due[order_id].append(candidate_id)
    totals = _eligible_totals(session, ids, now)
    for order in kept:
        if len(due[order.id]) > LIVE_RECHECKS:
            counts[order.id] = ranked_pairs(session, order, now, shown=0).eligible_total
            continue
        fresh = rechecked(session, order, due[order.id], now)
        counts[order.id] = totals.get(order.id, 0) + sum(p.eligible for p in fresh)
    return counts


def _eligible_totals(session: Session, order_ids: list[int], now: datetime) -> dict[int, int]:
    query = (
        sa.select(m.c.order_id, sa.func.count())
        .where(m.c.order_id.in_(order_ids), m.c.standing == ELIGIBLE, not_due(now))
        .group_by(m.c.order_id)
    )
    return {order_id: count for order_id, count in session.execute(query)}
