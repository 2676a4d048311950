"""Recruiters working a candidate: status, assign, notes, corrections, re-parse, merge, export."""

from __future__ import annotations

import json

from flask import abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from recruit.candidates.corrections import CorrectionError, correct_field
from recruit.candidates.duplicates import merge_candidates
from recruit.candidates.workflow import (
    PipelineError,
    add_note,
    assign,
    change_status,
    export_profile,
    mentions_of,
    request_reparse,
)
from recruit.db import get_session
from recruit.events import trace
from recruit.models import Candidate
from recruit.queue.queries import REVIEW_ROLES
from recruit.review.blueprint import review
from recruit.review.forms import (
    AssignForm,
    ConfirmForm,
    CorrectionForm,
    MergeForm,
    NoteForm,
    StatusForm,
)
from recruit.review.panel import assign_choices
from recruit.review.views import get_candidate


def live_candidate(candidate_id: int) -> Candidate:
    """A candidate that can still be worked on: merged-away ones send you to the survivor."""
    candidate = get_candidate(candidate_id)
    if candidate.merged_into_id is not None:
        abort(redirect(url_for("review.candidate", candidate_id=candidate.merged_into_id)))
    return candidate


def _back(candidate: Candidate, message: str, category: str = "info") -> Response:
    flash(message, category)
    return redirect(url_for("review.candidate", candidate_id=candidate.id))


def _done(candidate: Candidate, message: str) -> Response:
    get_session().commit()
    return _back(candidate, message)


@review.post("/candidates/<int:candidate_id>/status")
@login_required
def change_candidate_status(candidate_id: int) -> ResponseReturnValue:
    candidate, form = live_candidate(candidate_id), StatusForm()
    if not form.validate_on_submit():
        return _back(candidate, "Choose a status from the list.", "error")
    change_status(get_session(), candidate, form.status.data, form.reason.data, current_user.id)
    return _done(candidate, "Status changed.")


@review.post("/candidates/<int:candidate_id>/assign")
@login_required
def assign_candidate(candidate_id: int) -> ResponseReturnValue:
    candidate, form, session = live_candidate(candidate_id), AssignForm(), get_session()
    form.assignee.choices = assign_choices(session)
    value = form.assignee.data or ""
    if not form.validate_on_submit() or not (value == "" or value.isdigit()):
        return _back(candidate, "Choose someone from the list.", "error")
    try:
        assign(session, candidate, int(value) if value else None, current_user.id)
    except PipelineError as error:
        return _back(candidate, f"Not assigned: {error}.", "error")
    return _done(candidate, "Assignment saved.")


@review.post("/candidates/<int:candidate_id>/notes")
@login_required
def add_candidate_note(candidate_id: int) -> ResponseReturnValue:
    candidate, form = live_candidate(candidate_id), NoteForm()
    if not form.validate_on_submit():
        return _back(candidate, "A note needs some text (at most 5,000 characters).", "error")
    note = add_note(get_session(), candidate, form.body.data or "", current_user.id)
    mentioned = len(note.mentions)
    return _done(candidate, f"Note added{f', {mentioned} mentioned' if mentioned else ''}.")


@review.post("/candidates/<int:candidate_id>/corrections")
@login_required
def correct_candidate(candidate_id: int) -> ResponseReturnValue:
    candidate, form = live_candidate(candidate_id), CorrectionForm()
    if not form.validate_on_submit():
        return _back(candidate, "Choose a field to correct.", "error")
    try:
        correct_field(
            get_session(), candidate, form.field.data, form.value.data or "", current_user.id
        )
    except CorrectionError as error:
        return _back(candidate, f"Not saved: {error}.", "error")
    return _done(candidate, "Correction saved; the parsed value is kept beside it.")


@review.post("/candidates/<int:candidate_id>/reparse")
@login_required
def reparse_candidate(candidate_id: int) -> ResponseReturnValue:
    candidate, session = live_candidate(candidate_id), get_session()
    if not ConfirmForm().validate_on_submit() or not candidate.submissions:
        return _back(candidate, "There is nothing to re-parse.", "error")
    request_reparse(session, candidate, current_user.id)
    return _done(candidate, "Re-parse queued; your corrections will be kept.")


@review.route("/candidates/<int:candidate_id>/merge", methods=["GET", "POST"])
@login_required
def merge_candidate(candidate_id: int) -> ResponseReturnValue:
    survivor = live_candidate(candidate_id)
    form = (
        MergeForm() if request.method == "POST" else MergeForm(request.args, meta={"csrf": False})
    )
    if not form.validate() or form.other_id.data == survivor.id:
        return _back(survivor, "Give the number of another candidate to merge.", "error")
    other = live_candidate(form.other_id.data)
    if request.method == "GET":
        return render_template(
            "review/merge.html", survivor=survivor, other=other, form=MergeForm(other_id=other.id)
        )
    merge_candidates(get_session(), survivor, other, actor_user_id=current_user.id)
    return _done(survivor, f"Candidate #{other.id} was merged into this one.")


@review.get("/candidates/<int:candidate_id>/export.json")
@login_required
def export_candidate(candidate_id: int) -> ResponseReturnValue:
    candidate, session = get_candidate(candidate_id), get_session()
    trace(session, "candidate_exported", candidate_id=candidate.id, actor_user_id=current_user.id)
    payload = export_profile(session, candidate)
    body = json.dumps(payload, indent=2, sort_keys=True, default=str)
    return Response(
        body,
        mimetype="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="candidate-{candidate.id}.json"',
            "Cache-Control": "no-store",
        },
    )


@review.get("/mentions")
@login_required
def mentions() -> ResponseReturnValue:
    if current_user.role not in REVIEW_ROLES:
        abort(403)
    return render_template(
        "review/mentions.html", notes=mentions_of(get_session(), current_user.id)
    )
