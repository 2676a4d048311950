from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import Length, Optional

from recruit.orders.records import FIELDS
from recruit.orders.submittals import NEXT


class ImportForm(FlaskForm):
    file = FileField("CSV file", validators=[FileRequired("Choose a CSV file.")])
    source = StringField("Source (VMS or client name)", validators=[Optional(), Length(max=100)])
    full = BooleanField("This file lists every open order from this source")
    submit = SubmitField("Preview")


class ProposeForm(FlaskForm):
    candidate_id = StringField("Candidate", validators=[Length(max=12)])
    share_pay = BooleanField("Show the pay package to the candidate")
    submit = SubmitField("Propose")


class AdvanceForm(FlaskForm):
    status = SelectField(
        "Next step",
        choices=sorted({s for steps in NEXT.values() for s in steps}),
        validate_choice=True,
    )
    reason = StringField("Reason", validators=[Optional(), Length(max=1000)])
    submit = SubmitField("Record")


class OrderForm(FlaskForm):
    """Every order field as text: recruit.orders.records reads it as an import row."""

    submit = SubmitField("Save order")


for _name, (_label, _convert) in FIELDS.items():
    _field = TextAreaField if _name in ("notes", "pay_package", "rto_notes") else StringField
    setattr(OrderForm, _name, _field(_label, validators=[Optional(), Length(max=4000)]))
