"""A recruiter proposes a candidate for an order and moves a submittal along its pipeline."""

from __future__ import annotations

from flask import current_app, flash, redirect, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from recruit.db import get_session, utcnow
from recruit.models import Candidate, Submittal
from recruit.orderdesk.access import get_order, require_recruiter
from recruit.orderdesk.blueprint import orders
from recruit.orderdesk.forms import AdvanceForm, ProposeForm
from recruit.orders import submittals
from recruit.orders.notify import send_proposal


@orders.post("/orders/<int:order_id>/propose")
def propose(order_id: int) -> ResponseReturnValue:
    order = get_order(order_id)
    form = ProposeForm()
    session = get_session()
    candidate = None
    if form.validate_on_submit() and (form.candidate_id.data or "").isdigit():
        candidate = session.get(Candidate, int(form.candidate_id.data))
    if candidate is None:
        flash("Choose a candidate to propose.", "error")
        return redirect(url_for("orders.order_page", order_id=order.id))
    try:
        submittal = submittals.propose(
            session, order, candidate, current_user.id, utcnow(), share_pay=form.share_pay.data
        )
    except submittals.Refused as refused:
        flash(str(refused), "error")
        return redirect(url_for("orders.order_page", order_id=order.id))
    session.commit()
    send_proposal(current_app.config, current_app.instance_path, submittal)
    flash("Proposed: the candidate is asked to approve on their status page.", "success")
    return redirect(url_for("orders.order_page", order_id=order.id) + "#submittals")


@orders.post("/submittals/<int:submittal_id>/advance")
def advance(submittal_id: int) -> ResponseReturnValue:
    require_recruiter()
    session = get_session()
    submittal = session.get(Submittal, submittal_id)
    if submittal is None:
        return "", 404
    form = AdvanceForm()
    back = url_for("orders.order_page", order_id=submittal.order_id) + "#submittals"
    if not form.validate_on_submit():
        flash("Choose the next step.", "error")
        return redirect(back)
    try:
        submittals.advance(
            session, submittal, form.status.data, current_user.id, utcnow(), form.reason.data or ""
        )
    except submittals.Refused as refused:
        flash(str(refused), "error")
        return redirect(back)
    session.commit()
    flash(f"Recorded: {form.status.data}.", "success")
    return redirect(back)
