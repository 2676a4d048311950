"""Confirm the parsed details, then the thank-you page with the private status link."""

from __future__ import annotations

from flask import abort, jsonify, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from recruit.applications.confirmation import confirm_submission, starting_profile
from recruit.applications.status_links import reference_number, submission_for_token
from recruit.candidates.profile import newest_submission
from recruit.db import get_session
from recruit.intake.blueprint import intake
from recruit.intake.confirm_data import form_data, parse_progress, profile_from_form
from recruit.intake.confirm_forms import ConfirmForm
from recruit.intake.notify import send_confirmation
from recruit.models import Submission


def load_application(token: str) -> Submission:
    """The candidate's newest submission, found through their private token; 404 otherwise."""
    holder = submission_for_token(get_session(), token)
    if holder is None:
        abort(404)
    newest = newest_submission(holder.candidate.submissions)
    assert newest is not None  # the token's own submission is one of them
    return newest


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
        confirm_submission(get_session(), submission, profile_from_form(form))
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
