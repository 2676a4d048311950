""" "Submittable now" for the order list: the size of each open order's eligible list, read
from the same kept pairs as its page (recruit.orders.matching), so the two always agree.

Read-only: helpers take a session and never write.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from recruit.models import JobOrder
from recruit.orders.matching import ranked_pairs


def submittable_counts(session: Session, orders: list[JobOrder], now: datetime) -> dict[int, int]:
    """Order id -> candidates submittable now, for the open orders among `orders`."""
    return {
        order.id: ranked_pairs(session, order, now, shown=0).eligible_total
        for order in orders
        if order.status == "open"
    }
