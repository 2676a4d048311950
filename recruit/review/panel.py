"""What the candidate page's workspace partials need: timeline, notes, corrections, forms."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from wtforms import SelectChoice

from recruit.candidates.corrections import format_value
from recruit.candidates.duplicates import changes_since_previous
from recruit.candidates.item_edits import value_before
from recruit.candidates.profile import AS_PARSED, override_rows, parsed_profile, standing
from recruit.candidates.workflow import STATUS_LABELS, notes_of, staff, timeline
from recruit.models import Candidate, User
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
    """Every correction and undo, newest first: the field, what it became and what it was, who
    and when, and whether it stands on top of its field (only that one can be undone)."""
    parsed = parsed_profile(candidate)
    rows = override_rows(session, candidate.id)
    tops = {stack[-1].id for stack in standing(rows).values() if stack}
    people = dict(session.execute(sa.select(User.id, User.email)).all())
    history = [
        {
            "id": row.id,
            "field": row.field,
            "value": describe(row.field, _shown(row.value, row.field, parsed)),
            "was": describe(row.field, _shown(value_before(rows, row), row.field, parsed)),
            "undo": row.undoes_id is not None,
            "by": people.get(row.user_id) if row.user_id is not None else None,
            "at": row.at,
            "undoable": row.id in tops,
        }
        for row in rows
    ]
    return history[::-1][:CORRECTIONS_SHOWN]


def _shown(value: Any, field: str, parsed: dict[str, Any]) -> Any:
    return parsed.get(field) if value == AS_PARSED else value
