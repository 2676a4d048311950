from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    IntegerField,
    SelectChoice,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from recruit.candidates.corrections import FIELDS
from recruit.candidates.workflow import STATUS_LABELS


class StatusForm(FlaskForm):
    status = SelectField("Status", choices=[SelectChoice(k, v) for k, v in STATUS_LABELS.items()])
    reason = StringField("Reason (optional)", validators=[Optional(), Length(max=500)])
    submit = SubmitField("Change status")


class AssignForm(FlaskForm):
    # Choices are the active staff, filled in by the view: "" means nobody.
    assignee = SelectField(
        "Assigned to", choices=[SelectChoice("", "Nobody")], validate_choice=False
    )
    submit = SubmitField("Assign")


class NoteForm(FlaskForm):
    body = TextAreaField(
        "Note",
        validators=[DataRequired(), Length(max=5000)],
        description="Mention a colleague with @ and their email name, e.g. @rita",
    )
    submit = SubmitField("Add note")


class CorrectionForm(FlaskForm):
    field = SelectField(
        "Field", choices=[SelectChoice(f, f.replace("_", " ").capitalize()) for f in FIELDS]
    )
    value = TextAreaField("Correct value", validators=[Length(max=5000)])
    submit = SubmitField("Save correction")


class MergeForm(FlaskForm):
    other_id = IntegerField(
        "Candidate number to merge into this one", validators=[InputRequired(), NumberRange(min=1)]
    )
    submit = SubmitField("Review the merge")


class ConfirmForm(FlaskForm):
    submit = SubmitField("Confirm")
