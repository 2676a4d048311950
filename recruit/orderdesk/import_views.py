"""Import a job-order CSV: upload, a preview with the column mapping and every row's problems,
then save. The file travels inside the preview form, so nothing is stored before saving."""

from __future__ import annotations

import base64
import binascii
from pathlib import PurePath

from flask import flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from recruit.db import get_session, utcnow
from recruit.events import record_event
from recruit.orderdesk.access import require_recruiter
from recruit.orderdesk.blueprint import orders
from recruit.orderdesk.forms import ImportForm
from recruit.orders.columns import IGNORE, auto_mapping, checked_mapping
from recruit.orders.csvfile import BadFile, Table, read_table
from recruit.orders.importing import Outcome, plan_import, save_import
from recruit.orders.records import FIELDS


@orders.route("/orders/import", methods=["GET", "POST"])
def import_orders() -> ResponseReturnValue:
    require_recruiter()
    form = ImportForm()
    if not form.validate_on_submit():
        return render_template("orders/import.html", form=form), 400 if form.errors else 200
    upload = form.file.data
    data = upload.read()
    try:
        table = read_table(data)
    except BadFile as problem:
        form.file.errors = [str(problem)]
        return render_template("orders/import.html", form=form), 400
    source = (form.source.data or "").strip() or PurePath(upload.filename or "import").stem
    return _preview(table, data, source[:100], bool(form.full.data), auto_mapping(table.headers))


@orders.post("/orders/import/preview")
def import_preview() -> ResponseReturnValue:
    require_recruiter()
    try:
        data = base64.b64decode(request.form.get("data", ""), validate=True)
        table = read_table(data)
    except (binascii.Error, BadFile):
        return _again("The file could not be read again; upload it again.")
    source = (request.form.get("source") or "import").strip()[:100]
    full = request.form.get("full") == "y"
    chosen = [request.form.get(f"map-{i}", IGNORE) for i in range(len(table.headers))]
    mapping = checked_mapping(chosen, len(table.headers))
    if request.form.get("action") != "save":
        return _preview(table, data, source, full, mapping)
    session = get_session()
    plan = plan_import(session, table, mapping, source, full)
    outcome = save_import(session, plan, request.form.get("close_missing") == "y", utcnow())
    record_event(
        session, "orders_imported", actor_user_id=current_user.id, source=source,
        created=outcome.created, updated=outcome.updated, skipped=outcome.skipped,
    )  # fmt: skip
    session.commit()
    flash(_summary(outcome), "success")
    for ident in outcome.left_open:
        flash(f"Order {ident} is not in this file and was left as it is.", "info")
    return redirect(url_for("orders.order_list", status="all"))


def _preview(table: Table, data: bytes, source: str, full: bool, mapping: list[str]) -> str:
    plan = plan_import(get_session(), table, mapping, source, full)
    return render_template(
        "orders/preview.html",
        table=table,
        plan=plan,
        mapping=mapping,
        fields=FIELDS,
        data=base64.b64encode(data).decode("ascii"),
        source=source,
        full=full,
    )


def _again(message: str) -> ResponseReturnValue:
    flash(message, "error")
    return redirect(url_for("orders.import_orders"))


def _summary(outcome: Outcome) -> str:
    closed = f", {len(outcome.closed)} closed as missing from the file" if outcome.closed else ""
    return (
        f"Imported: {outcome.created} new, {outcome.updated} updated, "
        f"{outcome.skipped} rows skipped with errors{closed}."
    )
