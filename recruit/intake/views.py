from __future__ import annotations

from flask import current_app, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from recruit.db import get_session
from recruit.intake import intake
from recruit.intake.forms import ApplyForm
from recruit.intake.services import accept_upload
from recruit.ratelimit import client_key, limit, rule
from recruit.storage import make_store


@intake.get("/")
def index() -> ResponseReturnValue:
    return redirect(url_for("intake.apply"))


@intake.route("/apply", methods=["GET", "POST"])
def apply() -> ResponseReturnValue:
    if request.method == "POST":  # counted first, in its own transaction
        limit("apply", client_key(), *rule("RATE_LIMIT_APPLY"))
    form = ApplyForm()
    if form.validate_on_submit():
        session = get_session()
        store = make_store(current_app.config, session)
        accept_upload(session, store, form.data_bytes, form.media_type, form.display_name)
        session.commit()
        return redirect(url_for("intake.done"))
    return render_template("intake/apply.html", form=form), 400 if form.errors else 200


@intake.get("/apply/done")
def done() -> ResponseReturnValue:
    return render_template("intake/done.html")
