"""Who may see job orders: signed-in recruiters and admins only. Candidates have no staff
account, so they (and anonymous visitors) never reach an order, a rate or another candidate."""

from __future__ import annotations

from flask import abort
from flask_login import current_user

from recruit.db import get_session
from recruit.models import JobOrder
from recruit.queue.queries import REVIEW_ROLES


def require_recruiter() -> None:
    if not current_user.is_authenticated:
        abort(401)
    if current_user.role not in REVIEW_ROLES:
        abort(403)


def get_order(order_id: int) -> JobOrder:
    require_recruiter()
    order = get_session().get(JobOrder, order_id)
    if order is None:
        abort(404)
    return order
