"""JSON for recruiter sessions: orders, and an order's match lists."""

from __future__ import annotations

from typing import Any

from flask import jsonify, request
from flask.typing import ResponseReturnValue

from recruit.db import get_session, utcnow
from recruit.models import ORDER_STATUSES, JobOrder
from recruit.orderdesk.access import get_order, require_recruiter
from recruit.orderdesk.blueprint import orders
from recruit.orders.listing import api_orders
from recruit.orders.matching import order_matches


def order_json(order: JobOrder) -> dict[str, Any]:
    return {
        "id": order.id,
        "external_id": order.external_id,
        "source": order.source,
        "facility": order.facility,
        "city": order.city,
        "state": order.state,
        "discipline": order.discipline,
        "specialty": order.specialty,
        "start_date": order.start_date.isoformat(),
        "weeks": order.weeks,
        "status": order.status,
    }


@orders.get("/api/v1/orders")
def api_order_list() -> ResponseReturnValue:
    require_recruiter()
    status = request.args.get("status", "open")
    if status not in (*ORDER_STATUSES, "all"):
        return jsonify(error=f"status must be one of {', '.join(ORDER_STATUSES)} or all"), 400
    return jsonify([order_json(o) for o in api_orders(get_session(), status)])


@orders.get("/api/v1/orders/<int:order_id>/matches")
def api_matches(order_id: int) -> ResponseReturnValue:
    order = get_order(order_id)
    lists = order_matches(get_session(), order, utcnow(), shown=500)
    return jsonify(
        order=order_json(order),
        eligible=[
            {
                "candidate_id": row.candidate.id,
                "name": row.candidate.display_name,
                "score": row.score,
                "reasons": row.reasons,
                "verify": row.verify,
            }
            for row in lists.eligible
        ],
        one_step_away=[
            {
                "candidate_id": row.candidate.id,
                "name": row.candidate.display_name,
                "missing": row.missing,
            }
            for row in lists.one_step_away
        ],  # fmt: skip
    )
