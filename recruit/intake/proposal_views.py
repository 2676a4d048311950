"""Assignments a recruiter proposes, on the candidate's private status page: the candidate
approves or declines each one (their right to represent), and the answer is kept with its time.

A status link shows and answers proposals only when it owns the whole candidate: a link that
owns just some of a merged candidate's resumes proves nothing about the person proposed.
"""

from __future__ import annotations

from flask import abort, flash, redirect, request, url_for
from flask.typing import ResponseReturnValue

from recruit.applications.ownership import application_for_token
from recruit.db import get_session, utcnow
from recruit.intake.blueprint import intake
from recruit.intake.confirm_views import load_application
from recruit.models import Submittal
from recruit.orders import submittals
from recruit.orders.notify import summary_lines


@intake.app_template_global()
def proposals_for(token: str) -> list[tuple[Submittal, list[str]]]:
    """The link's candidate's proposals, newest first, each with what they are told."""
    application = application_for_token(get_session(), token)
    if application is None or not application.owns_candidate():
        return []
    found = submittals.pending_for(get_session(), application.candidate.id)
    return [(s, summary_lines(s)) for s in found]


@intake.post("/status/<token>/proposals/<int:submittal_id>")
def answer_proposal(token: str, submittal_id: int) -> ResponseReturnValue:
    application = load_application(token)
    submittal = get_session().get(Submittal, submittal_id)
    if (
        submittal is None
        or not application.owns_candidate()
        or submittal.candidate_id != application.candidate.id
    ):
        abort(404)
    answer = request.form.get("answer")
    if answer not in ("approve", "decline"):
        abort(400)
    try:
        submittals.decide(
            get_session(), submittal, answer == "approve", utcnow(), request.form.get("reason", "")
        )
    except submittals.Refused as refused:
        flash(str(refused), "error")
    else:
        get_session().commit()
        flash(
            "Thank you: your recruiter may now put you forward."
            if answer == "approve"
            else "Declined: you will not be put forward for this one.",
            "success",
        )
    return redirect(url_for("intake.status", token=token) + "#proposals")
