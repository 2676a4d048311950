from __future__ import annotations

from flask import current_app, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from werkzeug.wrappers import Response

from recruit.applications.uploads import start_application
from recruit.db import get_session
from recruit.intake.blueprint import intake
from recruit.intake.forms import ACCEPT, ApplyForm
from recruit.intake.limits import count_upload
from recruit.intake.responses import form_page, go
from recruit.storage import make_store


@intake.after_request
def _private(response: Response) -> Response:
    # Candidate pages carry private links and personal details: never keep them in a cache.
    response.headers["Cache-Control"] = "no-store"
    return response


@intake.get("/")
def index() -> ResponseReturnValue:
    return redirect(url_for("intake.apply"))


@intake.route("/apply", methods=["GET", "POST"])
def apply() -> ResponseReturnValue:
    if request.method == "POST":  # counted first, in its own transaction
        count_upload()
    form = ApplyForm()
    if form.validate_on_submit():
        session = get_session()
        store = make_store(current_app.config, session)
        token = start_application(
            session, store, form.data_bytes, form.media_type, form.display_name
        )
        session.commit()
        return go(url_for("intake.confirm", token=token))
    return form_page("intake/apply.html", form, accept=ACCEPT)


@intake.get("/privacy")
def privacy() -> ResponseReturnValue:
    return render_template("intake/privacy.html")
