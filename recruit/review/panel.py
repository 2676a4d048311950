"""What the candidate page's workspace partials need: timeline, notes, corrections, forms."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from wtforms import SelectChoice

from recruit.candidates.corrections import format_value
from recruit.candidates.duplicates import changes_since_previous
from recruit.candidates.item_edits import previous_value
from recruit.candidates.profile import AS_PARSED, parsed_profile
from recruit.candidates.workflow import STATUS_LABELS, notes_of, staff, timeline
from recruit.models import Candidate, FieldOverride, User
from recruit.review.forms import AssignForm, CorrectionForm, MergeForm, NoteForm, StatusForm
from recruit.review.wording import describe

CORRECTIONS_SHOWN = 12


def assign_choices(session: Session) -> list[SelectChoice]:
    people = [SelectChoice(str(u.id), u.name or u.email) for u in staff(session)]
    return [SelectChoice("", "Nobody"), *people]


def workspace(session: Session, candidate: Candidate) -> dict[str, Any]:
    assign_form = AssignForm(assignee=str(candidate.assigned_user_id or ""))
    assign_form.assignee.choices = assign_choices(session)
    people = {u.id: u for u in session.scalars(sa.select(User))}
    return {
        "status_labels": STATUS_LABELS,
        "status_form": StatusForm(status=candidate.status),
        "assign_form": assign_form,
        "note_form": NoteForm(),
        "correction_form": CorrectionForm(),
        "merge_form": MergeForm(),
        "people": people,
        "timeline": timeline(session, candidate.id),
        "notes": notes_of(session, candidate.id),
        "corrections": corrections_view(session, candidate),
        "changes": changes_since_previous(candidate),
        "format_value": format_value,
        "lookalike": session.get(Candidate, candidate.possible_duplicate_of_id)
        if candidate.possible_duplicate_of_id
        else None,
    }


def corrections_view(session: Session, candidate: Candidate) -> list[dict[str, Any]]:
    """Every correction, newest first: the field, what it became and what it was, who and
    when, and whether it is the latest of its field (only that one can be undone)."""
    parsed = parsed_profile(candidate)
    rows = list(
        session.execute(
            sa.select(FieldOverride, User.email)
            .outerjoin(User, User.id == FieldOverride.user_id)
            .where(FieldOverride.candidate_id == candidate.id)
            .order_by(FieldOverride.at, FieldOverride.id)
        )
    )
    overrides = [override for override, _ in rows]
    latest = {override.field: override.id for override in overrides}
    history = [
        {
            "id": override.id,
            "field": override.field,
            "value": describe(override.field, override.value),
            "was": describe(override.field, _before(overrides, override, parsed)),
            "by": email,
            "at": override.at,
            "undoable": latest[override.field] == override.id,
        }
        for override, email in rows
    ]
    return history[::-1][:CORRECTIONS_SHOWN]


def _before(overrides: list[FieldOverride], override: FieldOverride, parsed: dict) -> Any:
    value = previous_value(overrides, override)
    return parsed.get(override.field) if value == AS_PARSED else value
