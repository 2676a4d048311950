"""Managing every application under an email address, once the candidate has proven they
read it: ask for a one-time link, open it, then withdraw or delete any of them."""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, session, url_for
from flask.typing import ResponseReturnValue

from recruit.applications.email_proofs import (
    candidates_under,
    proven_email,
    usable_proof,
    use_proof,
)
from recruit.applications.status_links import reference_number
from recruit.applications.withdrawal import withdraw_candidate
from recruit.candidates.identity import normalize_email
from recruit.db import get_session
from recruit.intake.blueprint import intake
from recruit.intake.limits import count_proof_mail
from recruit.intake.manage_forms import ManageActionForm, OpenProofForm, ProofRequestForm
from recruit.intake.notify import send_proof
from recruit.intake.words import PROOF_SENT, candidate_standing
from recruit.models import Candidate
from recruit.privacy.erasure import erase_candidate
from recruit.storage import make_store
from recruit.web.ratelimit import client_key, limit, rule

PROVEN = "email_proof_id"  # the browser's session cookie holds the proof's id, nothing else


@intake.route("/manage", methods=["GET", "POST"])
def manage() -> ResponseReturnValue:
    email = _proven_email()
    if email is not None:
        return _manage_page(email)
    form = ProofRequestForm()
    if form.is_submitted():
        limit("manage", client_key(), *rule("RATE_LIMIT_STATUS"))
    if not form.validate_on_submit():
        page = render_template("intake/manage_request.html", form=form)
        return page, 400 if form.errors else 200
    address = normalize_email(form.email.data)
    assert address is not None  # the form checked its shape
    if candidates_under(get_session(), address):
        send_proof(address, None)
    else:  # counted all the same: the answer never tells which addresses are on file
        count_proof_mail(address)
    return render_template("intake/manage_request.html", form=None, sent=PROOF_SENT)


@intake.route("/manage/link/<proof>", methods=["GET", "POST"])
def open_proof(proof: str) -> ResponseReturnValue:
    """GET only shows a button: mail scanners open links, and opening must not spend it."""
    found = usable_proof(get_session(), proof)
    if found is None:
        return render_template("intake/manage_expired.html"), 404
    form = OpenProofForm()
    if not form.validate_on_submit():
        return render_template("intake/manage_open.html", form=form, proof=proof)
    use_proof(get_session(), found)
    get_session().commit()
    session[PROVEN] = found.id
    return redirect(url_for("intake.manage"))


@intake.post("/manage/candidates/<int:candidate_id>/withdraw")
def manage_withdraw(candidate_id: int) -> ResponseReturnValue:
    candidate = _proven_candidate(candidate_id)
    if ManageActionForm().validate_on_submit():
        if withdraw_candidate(get_session(), candidate, via="email_proof"):
            get_session().commit()
            flash("Withdrawn. We won't contact you about that application.", "success")
    return redirect(url_for("intake.manage"))


@intake.route("/manage/candidates/<int:candidate_id>/delete", methods=["GET", "POST"])
def manage_delete(candidate_id: int) -> ResponseReturnValue:
    candidate = _proven_candidate(candidate_id)
    form = ManageActionForm()
    if not form.validate_on_submit():
        return render_template("intake/manage_delete.html", form=form, candidate=candidate)
    db = get_session()
    erase_candidate(db, make_store(current_app.config, db), candidate.id)
    db.commit()
    flash("Deleted: the files, the details and the application are gone.", "success")
    return redirect(url_for("intake.manage"))


@intake.post("/manage/end")
def manage_end() -> ResponseReturnValue:
    session.pop(PROVEN, None)
    return redirect(url_for("intake.manage"))


def _proven_email() -> str | None:
    return proven_email(get_session(), session.get(PROVEN))


def _proven_candidate(candidate_id: int) -> Candidate:
    """A candidate under the proven address; 404 for anything else, proven or not."""
    email = _proven_email()
    candidate = get_session().get(Candidate, candidate_id)
    if email is None or candidate is None or candidate.merged_into_id is not None:
        abort(404)
    if candidate.email_normalized != email:
        abort(404)
    return candidate


def _manage_page(email: str) -> ResponseReturnValue:
    candidates = candidates_under(get_session(), email)
    return render_template(
        "intake/manage.html",
        email=email,
        candidates=candidates,
        standing=candidate_standing,
        reference=reference_number,
        form=ManageActionForm(formdata=None),
    )
