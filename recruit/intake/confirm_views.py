"""Confirm the parsed details, then the thank-you page with the private status link."""

from __future__ import annotations

from flask import abort, jsonify, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from recruit.db import get_session
from recruit.intake import intake
from recruit.intake.confirm_forms import ConfirmForm
from recruit.intake.confirming import (
    confirm_submission,
    form_data,
    parse_progress,
    starting_profile,
)
from recruit.intake.notify import send_confirmation
from recruit.intake.services import newest_submission
from recruit.intake.tokens import reference_number, submission_for_token
from recruit.models import Submission


def load_application(token: str) -> Submission:
    """The candidate's newest submission, found through their private token; 404 otherwise."""
    holder = submission_for_token(get_session(), token)
    if holder is None:
        abort(404)
    return newest_submission(holder.candidate)


@intake.route("/apply/<token>/confirm", methods=["GET", "POST"])
def confirm(token: str) -> ResponseReturnValue:
    submission = load_application(token)
    if submission.confirmed_at is not None:
        return redirect(url_for("intake.status", token=token))
    prefill = form_data(starting_profile(submission)) if request.method == "GET" else None
    form = ConfirmForm(data=prefill)
    if request.method == "POST" and form.wants_another_row():
        return _confirm_page(form, submission, token)
    if form.validate_on_submit():
        confirm_submission(get_session(), submission, form)
        get_session().commit()
        send_confirmation(submission, url_for("intake.status", token=token, _external=True))
        return redirect(url_for("intake.done", token=token))
    return _confirm_page(form, submission, token)


@intake.get("/apply/<token>/parse-status.json")
def parse_status(token: str) -> ResponseReturnValue:
    return jsonify(parse_progress(load_application(token)))


@intake.get("/apply/<token>/done")
def done(token: str) -> ResponseReturnValue:
    submission = load_application(token)
    if submission.confirmed_at is None:
        return redirect(url_for("intake.confirm", token=token))
    return render_template(
        "intake/done.html",
        reference=reference_number(submission),
        email=(submission.confirmed_profile or {}).get("email"),
        status_url=url_for("intake.status", token=token, _external=True),
    )


def _confirm_page(form: ConfirmForm, submission: Submission, token: str) -> ResponseReturnValue:
    page = render_template(
        "intake/confirm.html",
        form=form,
        token=token,
        progress=parse_progress(submission),
        document=submission.document,
    )
    return page, 400 if form.errors else 200
