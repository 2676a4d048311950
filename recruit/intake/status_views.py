"""The private status page and what a candidate can do from it: send a newer resume, change
preferences, withdraw, delete, ask to link earlier applications. Each acts only on what the
link owns (recruit.applications.ownership)."""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue

from recruit.applications.confirmation import update_application_preferences
from recruit.applications.email_proofs import on_file_email
from recruit.applications.ownership import Application
from recruit.applications.status_links import reference_number
from recruit.applications.uploads import accept_upload
from recruit.applications.withdrawal import withdraw_application
from recruit.candidates.duplicates import flag_as_possible_duplicate
from recruit.db import get_session
from recruit.intake.blueprint import intake
from recruit.intake.confirm_data import form_data, preferences_from_form
from recruit.intake.confirm_forms import ConfirmDeleteForm, PreferencesForm, WithdrawForm
from recruit.intake.confirm_views import load_application
from recruit.intake.forms import ACCEPT, ApplyForm
from recruit.intake.limits import count_proof_mail, count_upload
from recruit.intake.manage_forms import LinkForm
from recruit.intake.notify import send_proof
from recruit.intake.words import LINK_SENT, standing
from recruit.privacy.erasure import erase_application
from recruit.storage import make_store


@intake.get("/status/<token>")
def status(token: str) -> ResponseReturnValue:
    return _status_page(token, load_application(token))


@intake.post("/status/<token>/resume")
def newer_resume(token: str) -> ResponseReturnValue:
    count_upload()  # the same budget as /apply: both store a file and queue a parse
    application = load_application(token)
    form = ApplyForm()
    if not form.validate_on_submit():
        return _status_page(token, application, upload_form=form)
    session = get_session()
    store = make_store(current_app.config, session)
    # Onto the candidate only while it is all this link's; otherwise a candidate of its own,
    # flagged for a recruiter, like any upload that looks like someone known.
    mine = application.candidate if application.owns_candidate() else None
    data, media_type, name = form.data_bytes, form.media_type, form.display_name
    newer = accept_upload(session, store, data, media_type, name, mine, application.holder)
    if mine is None:
        flag_as_possible_duplicate(session, newer.candidate, application.candidate)
    session.commit()
    return redirect(url_for("intake.confirm", token=token))


@intake.post("/status/<token>/preferences")
def preferences(token: str) -> ResponseReturnValue:
    application = load_application(token)
    if application.latest_confirmed() is None:
        flash("Please check and send your details first.", "error")
        return redirect(url_for("intake.confirm", token=token))
    form = PreferencesForm()
    if not form.validate_on_submit():
        return _status_page(token, application, preferences_form=form)
    update_application_preferences(get_session(), application, preferences_from_form(form))
    get_session().commit()
    flash("Saved. Your recruiter sees your new preferences.", "success")
    return redirect(url_for("intake.status", token=token))


@intake.post("/status/<token>/withdraw")
def withdraw(token: str) -> ResponseReturnValue:
    application = load_application(token)
    if WithdrawForm().validate_on_submit() and withdraw_application(get_session(), application):
        get_session().commit()
        flash("You have withdrawn your application. We won't contact you about it.", "success")
    return redirect(url_for("intake.status", token=token))


@intake.route("/status/<token>/delete", methods=["GET", "POST"])
def delete(token: str) -> ResponseReturnValue:
    application = load_application(token)
    form = ConfirmDeleteForm()
    if not form.validate_on_submit():
        return render_template("intake/delete.html", form=form, token=token)
    session = get_session()
    erase_application(session, make_store(current_app.config, session), application)
    session.commit()
    return render_template("intake/deleted.html")


@intake.post("/status/<token>/link")
def link_applications(token: str) -> ResponseReturnValue:
    """Mail a one-time link to the address on file; opening it joins this application to the
    others under that address. The asker is never told the address, nor whether there is one."""
    application = load_application(token)
    if LinkForm().validate_on_submit():
        email = on_file_email(get_session(), application)
        if email is not None:
            send_proof(email, application.holder)
        else:  # counted all the same, so a refusal says nothing about what is on file
            count_proof_mail(f"submission {application.holder.id}")
        flash(LINK_SENT, "success")
    return redirect(url_for("intake.status", token=token))


def _status_page(
    token: str,
    application: Application,
    upload_form: ApplyForm | None = None,
    preferences_form: PreferencesForm | None = None,
) -> ResponseReturnValue:
    submission = application.newest
    confirmed = application.confirmed_profile()
    if preferences_form is None:
        preferences_form = PreferencesForm(data=form_data(confirmed or {}), formdata=None)
    page = render_template(
        "intake/status.html",
        token=token,
        submission=submission,
        withdrawn=application.withdrawn(),
        standing=standing(application),
        reference=reference_number(submission),
        confirmed=confirmed,
        upload_form=upload_form or ApplyForm(formdata=None),
        preferences_form=preferences_form,
        withdraw_form=WithdrawForm(formdata=None),
        link_form=LinkForm(formdata=None),
        accept=ACCEPT,
    )
    errors = (upload_form and upload_form.errors) or preferences_form.errors
    return page, 400 if errors else 200
