"""What the candidate page's workspace partials need: timeline, notes, corrections, forms."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from wtforms import SelectChoice

from recruit.candidates.corrections import FIELDS, format_value
from recruit.candidates.duplicates import changes_since_previous
from recruit.candidates.profile import parsed_profile
from recruit.candidates.workflow import STATUS_LABELS, notes_of, staff, timeline
from recruit.models import Candidate, FieldOverride, User
from recruit.review.forms import AssignForm, CorrectionForm, MergeForm, NoteForm, StatusForm


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
    """The latest override per field, beside the parsed value it stands in for."""
    parsed = parsed_profile(candidate)
    rows = session.execute(
        sa.select(FieldOverride, User.email)
        .outerjoin(User, User.id == FieldOverride.user_id)
        .where(FieldOverride.candidate_id == candidate.id)
        .order_by(FieldOverride.at, FieldOverride.id)
    )
    latest = {override.field: (override, email) for override, email in rows}
    return [
        {
            "field": field,
            "value": format_value(field, override.value),
            "parsed": format_value(field, parsed.get(field)),
            "by": email,
            "at": override.at,
        }
        for field, (override, email) in latest.items()
        if field in FIELDS
    ]
