"""Confirm the parsed details, then the thank-you page with the private status link."""

from __future__ import annotations

from flask import abort, jsonify, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from recruit.applications.confirmation import confirm_application, starting_profile
from recruit.applications.ownership import Application, application_for_token
from recruit.applications.status_links import reference_number
from recruit.db import get_session
from recruit.intake.blueprint import intake
from recruit.intake.confirm_data import form_data, parse_progress, profile_from_form
from recruit.intake.confirm_forms import ConfirmForm
from recruit.intake.limits import count_contact_details
from recruit.intake.notify import send_confirmation


def load_application(token: str) -> Application:
    """What the private token owns (its submission and the newer resumes sent with it); 404
    otherwise. Never the rest of the candidate: the token proves nothing about them."""
    application = application_for_token(get_session(), token)
    if application is None:
        abort(404)
    return application


@intake.route("/apply/<token>/confirm", methods=["GET", "POST"])
def confirm(token: str) -> ResponseReturnValue:
    application = load_application(token)
    submission = application.newest
    if submission.confirmed_at is not None:
        return redirect(url_for("intake.status", token=token))
    earlier = application.confirmed_profile()
    prefill = form_data(starting_profile(submission, earlier)) if request.method == "GET" else None
    form = ConfirmForm(data=prefill)
    if request.method == "POST" and form.wants_another_row():
        return _confirm_page(form, application, token)
    if form.validate_on_submit():
        confirmed = profile_from_form(form)
        count_contact_details(confirmed)
        confirm_application(get_session(), application, confirmed)
        get_session().commit()
        send_confirmation(submission, url_for("intake.status", token=token, _external=True))
        return redirect(url_for("intake.done", token=token))
    return _confirm_page(form, application, token)


@intake.get("/apply/<token>/parse-status.json")
def parse_status(token: str) -> ResponseReturnValue:
    application = load_application(token)
    return jsonify(parse_progress(application.newest, application.confirmed_profile()))


@intake.get("/apply/<token>/done")
def done(token: str) -> ResponseReturnValue:
    submission = load_application(token).newest
    if submission.confirmed_at is None:
        return redirect(url_for("intake.confirm", token=token))
    return render_template(
        "intake/done.html",
        reference=reference_number(submission),
        email=(submission.confirmed_profile or {}).get("email"),
        status_url=url_for("intake.status", token=token, _external=True),
    )


def _confirm_page(form: ConfirmForm, application: Application, token: str) -> ResponseReturnValue:
    submission = application.newest
    page = render_template(
        "intake/confirm.html",
        form=form,
        token=token,
        progress=parse_progress(submission, application.confirmed_profile()),
        document=submission.document,
    )
    return page, 400 if form.errors else 200
