"""The order list, manual create and edit, and an order's page with its two lists."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from recruit.clinical.regions import us_states
from recruit.clinical.vocab import discipline_labels
from recruit.db import get_session, utcnow
from recruit.events import record_event
from recruit.models import ORDER_STATUSES, JobOrder
from recruit.orderdesk.access import get_order, require_recruiter
from recruit.orderdesk.blueprint import orders
from recruit.orderdesk.forms import AdvanceForm, OrderForm, ProposeForm
from recruit.orders import submittals
from recruit.orders.counts import submittable_counts
from recruit.orders.listing import PAGE, OrderFilters, orders_page
from recruit.orders.matching import order_matches
from recruit.orders.records import FIELDS, raw_from_order, read_values, save_order


@orders.get("/orders")
def order_list() -> ResponseReturnValue:
    require_recruiter()
    filters = OrderFilters.from_args(request.args)
    session = get_session()
    page, total = orders_page(session, filters)
    return render_template(
        "orders/list.html",
        orders=page,
        total=total,
        page_size=PAGE,
        filters=filters,
        counts=submittable_counts(session, page, utcnow()),
        statuses=ORDER_STATUSES,
        states=us_states(),
        disciplines=discipline_labels(),
    )


@orders.route("/orders/new", methods=["GET", "POST"])
def new_order() -> ResponseReturnValue:
    require_recruiter()
    return _edit(JobOrder(source="manual"), OrderForm())


@orders.route("/orders/<int:order_id>/edit", methods=["GET", "POST"])
def edit_order(order_id: int) -> ResponseReturnValue:
    order = get_order(order_id)
    form = OrderForm(data=raw_from_order(order) if request.method == "GET" else None)
    return _edit(order, form)


def _edit(order: JobOrder, form: OrderForm) -> ResponseReturnValue:
    errors: list[str] = []
    if form.validate_on_submit():
        values, errors = read_values({name: form[name].data or "" for name in FIELDS})
        if not errors:
            session = get_session()
            save_order(session, order, values)
            record_event(session, "order_saved", actor_user_id=current_user.id, order_id=order.id)
            session.commit()
            flash("Order saved.", "success")
            return redirect(url_for("orders.order_page", order_id=order.id))
    page = render_template(
        "orders/edit.html", form=form, order=order, fields=FIELDS, problems=errors
    )
    return page, 400 if errors or form.errors else 200


@orders.get("/orders/<int:order_id>")
def order_page(order_id: int) -> ResponseReturnValue:
    order = get_order(order_id)
    session = get_session()
    return render_template(
        "orders/order.html",
        order=order,
        lists=order_matches(session, order, utcnow()),
        submittals=submittals.of_order(session, order.id),
        propose_form=ProposeForm(formdata=None),
        advance_form=AdvanceForm(formdata=None),
        next_steps=submittals.NEXT,
    )
