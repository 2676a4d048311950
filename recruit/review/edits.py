"""Structured corrections from the candidate file: one item, the contact details, undo.

Each answers a plain form post with a redirect back to the item (no JavaScript needed), and
candidate.js's fetch (Accept: application/json) with the message, so it can redraw in place.
"""

from __future__ import annotations

from typing import Any

from flask import flash, jsonify, redirect, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required

from recruit.candidates.corrections import CorrectionError
from recruit.candidates.item_edits import (
    ITEM_FIELDS,
    correct_contact,
    edit_item,
    item_from_form,
    undo_correction,
)
from recruit.db import get_session
from recruit.models import Candidate
from recruit.review.actions import live_candidate
from recruit.review.blueprint import review
from recruit.review.forms import ConfirmForm


@review.post("/candidates/<int:candidate_id>/items/<field>")
@login_required
def edit_candidate_item(candidate_id: int, field: str) -> ResponseReturnValue:
    candidate = live_candidate(candidate_id)
    index = request.form.get("index", "")
    position = int(index) if index.isdigit() else None
    anchor = f"{field}-{position}" if position is not None else f"{field}-new"
    if not ConfirmForm().validate_on_submit() or field not in ITEM_FIELDS:
        return _answer(candidate, "That form has expired; reload the page.", anchor, ok=False)
    try:
        removing = request.form.get("remove") == "1"
        item = None if removing else item_from_form(field, request.form)
        edit_item(get_session(), candidate, field, position, item, current_user.id)
    except CorrectionError as error:
        return _answer(candidate, f"Not saved: {error}.", anchor, ok=False)
    get_session().commit()
    done = "Removed" if removing else "Added" if position is None else "Saved"
    return _answer(candidate, f"{done}; the parsed value is kept and this can be undone.", field)


@review.post("/candidates/<int:candidate_id>/contact")
@login_required
def correct_candidate_contact(candidate_id: int) -> ResponseReturnValue:
    candidate = live_candidate(candidate_id)
    if not ConfirmForm().validate_on_submit():
        return _answer(candidate, "That form has expired; reload the page.", "contact", ok=False)
    try:
        correct_contact(get_session(), candidate, request.form, current_user.id)
    except CorrectionError as error:
        return _answer(candidate, f"Not saved: {error}.", "contact", ok=False)
    get_session().commit()
    return _answer(candidate, "Contact details saved; this can be undone.", "summary")


@review.post("/candidates/<int:candidate_id>/corrections/<int:override_id>/undo")
@login_required
def undo_candidate_correction(candidate_id: int, override_id: int) -> ResponseReturnValue:
    candidate = live_candidate(candidate_id)
    if not ConfirmForm().validate_on_submit():
        return _answer(
            candidate, "That form has expired; reload the page.", "corrections", ok=False
        )
    try:
        undo_correction(get_session(), candidate, override_id, current_user.id)
    except CorrectionError as error:
        return _answer(candidate, f"Not undone: {error}.", "corrections-heading", ok=False)
    get_session().commit()
    return _answer(candidate, "Undone: the previous value is back.", "corrections-heading")


def _answer(
    candidate: Candidate, message: str, anchor: str, ok: bool = True
) -> ResponseReturnValue:
    if request.accept_mimetypes.best == "application/json":
        return jsonify(message=message, ok=ok), 200 if ok else 400
    flash(message, "info" if ok else "error")
    args: dict[str, Any] = {} if ok else {"edit": anchor}
    view = request.form.get("view", "")[:500] or None  # the queue view, for j/k
    target = url_for(
        "review.candidate", candidate_id=candidate.id, view=view, **args, _anchor=anchor
    )
    return redirect(target)
