"""The private status page and what a candidate can do from it: send a newer resume, change
preferences, withdraw, delete everything."""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue

from recruit.applications.confirmation import update_preferences
from recruit.applications.status_links import reference_number
from recruit.applications.uploads import accept_upload
from recruit.candidates.profile import latest_confirmed
from recruit.db import get_session
from recruit.events import record_event
from recruit.intake.blueprint import intake
from recruit.intake.confirm_data import form_data, preferences_from_form
from recruit.intake.confirm_forms import ConfirmDeleteForm, PreferencesForm, WithdrawForm
from recruit.intake.confirm_views import load_application
from recruit.intake.forms import ACCEPT, ApplyForm
from recruit.intake.words import standing
from recruit.models import Submission
from recruit.privacy.erasure import erase_candidate
from recruit.storage import make_store
from recruit.web.ratelimit import client_key, limit, rule


@intake.get("/status/<token>")
def status(token: str) -> ResponseReturnValue:
    limit("status", client_key(), *rule("RATE_LIMIT_STATUS"))  # guessing links stays slow
    return _status_page(token, load_application(token))


@intake.post("/status/<token>/resume")
def newer_resume(token: str) -> ResponseReturnValue:
    submission = load_application(token)
    form = ApplyForm()
    if not form.validate_on_submit():
        return _status_page(token, submission, upload_form=form)
    session = get_session()
    store = make_store(current_app.config, session)
    accept_upload(
        session, store, form.data_bytes, form.media_type, form.display_name, submission.candidate
    )
    session.commit()
    return redirect(url_for("intake.confirm", token=token))


@intake.post("/status/<token>/preferences")
def preferences(token: str) -> ResponseReturnValue:
    submission = _latest_confirmed_submission(load_application(token))
    if submission is None:
        flash("Please check and send your details first.", "error")
        return redirect(url_for("intake.confirm", token=token))
    form = PreferencesForm()
    if not form.validate_on_submit():
        return _status_page(token, load_application(token), preferences_form=form)
    update_preferences(get_session(), submission, preferences_from_form(form))
    get_session().commit()
    flash("Saved. Your recruiter sees your new preferences.", "success")
    return redirect(url_for("intake.status", token=token))


@intake.post("/status/<token>/withdraw")
def withdraw(token: str) -> ResponseReturnValue:
    candidate = load_application(token).candidate
    if WithdrawForm().validate_on_submit() and candidate.status != "withdrawn":
        candidate.status = "withdrawn"
        record_event(get_session(), "candidate_withdrew", candidate_id=candidate.id)
        get_session().commit()
        flash("You have withdrawn your application. We won't contact you about it.", "success")
    return redirect(url_for("intake.status", token=token))


@intake.route("/status/<token>/delete", methods=["GET", "POST"])
def delete(token: str) -> ResponseReturnValue:
    candidate = load_application(token).candidate
    form = ConfirmDeleteForm()
    if not form.validate_on_submit():
        return render_template("intake/delete.html", form=form, token=token)
    session = get_session()
    erase_candidate(session, make_store(current_app.config, session), candidate.id)
    session.commit()
    return render_template("intake/deleted.html")


def _status_page(
    token: str,
    submission: Submission,
    upload_form: ApplyForm | None = None,
    preferences_form: PreferencesForm | None = None,
) -> ResponseReturnValue:
    candidate = submission.candidate
    confirmed = latest_confirmed(candidate)
    if preferences_form is None:
        preferences_form = PreferencesForm(data=form_data(confirmed or {}), formdata=None)
    page = render_template(
        "intake/status.html",
        token=token,
        submission=submission,
        candidate=candidate,
        standing=standing(candidate, submission),
        reference=reference_number(submission),
        confirmed=confirmed,
        upload_form=upload_form or ApplyForm(formdata=None),
        preferences_form=preferences_form,
        withdraw_form=WithdrawForm(formdata=None),
        accept=ACCEPT,
    )
    errors = (upload_form and upload_form.errors) or preferences_form.errors
    return page, 400 if errors else 200


def _latest_confirmed_submission(submission: Submission) -> Submission | None:
    done = [(s.confirmed_at, s) for s in submission.candidate.submissions if s.confirmed_at]
    return max(done, key=lambda pair: pair[0])[1] if done else None
