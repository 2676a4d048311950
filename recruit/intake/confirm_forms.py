"""The confirm form: every field the parser pre-fills, editable, plus what only the candidate
knows (availability, preferred states, shift) and their consent."""

from __future__ import annotations

import re
from typing import Any

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    FieldList,
    Form,
    FormField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
)
from wtforms.validators import DataRequired, Length, Optional, Regexp, ValidationError

from recruit.candidates.identity import normalize_phone
from recruit.clinical.regions import us_states
from recruit.clinical.vocab import discipline_labels
from recruit.intake.choices import discipline_choices, shift_choices, state_choices

MAX_ROWS = 12
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
EMAIL_MESSAGE = "Please check your email address, like name@example.com."


def split_list(text: str | None) -> list[str]:
    """'ICU, ER ; tele' -> ['ICU', 'ER', 'tele'], without repeats."""
    parts = re.split(r"[,;\n]+", text or "")
    return list(dict.fromkeys(p.strip() for p in parts if p.strip()))


def check_states(_form: Any, field: Any) -> None:
    unknown = [s for s in split_list(field.data) if s.upper() not in us_states()]
    if unknown:
        raise ValidationError(
            f"We don't recognise {', '.join(unknown)}. Use two-letter state codes, like TX, FL."
        )


def check_discipline(_form: Any, field: Any) -> None:
    if field.data and field.data not in discipline_labels():
        raise ValidationError("Please choose your discipline from the list.")


def check_phone(_form: Any, field: Any) -> None:
    if field.data and normalize_phone(field.data) is None:
        raise ValidationError("Please give a phone number we can call, like (555) 201-3344.")


class LicenseForm(Form):
    state = SelectField("State", choices=state_choices())
    type = StringField("Licence type", validators=[Length(max=20)], description="RN, LPN, PT…")
    number = StringField("Licence number", validators=[Length(max=60)])
    compact = BooleanField("Multistate (compact) licence")
    expires = DateField("Expires on", validators=[Optional()])

    def validate_state(self, field: Any) -> None:
        if not field.data and (self.type.data or self.number.data or self.expires.data):
            raise ValidationError("Choose the state that issued this licence.")


class CertificationForm(Form):
    name = StringField("Certification", validators=[Length(max=80)], description="BLS, ACLS…")
    expires = DateField("Expires on", validators=[Optional()])

    def validate_name(self, field: Any) -> None:
        if not field.data and self.expires.data:
            raise ValidationError("Give the name of this certification, or clear its date.")


class ConfirmForm(FlaskForm):
    name = StringField(
        "Your full name",
        validators=[DataRequired("Please tell us your name."), Length(max=200)],
    )
    email = StringField(
        "Email",
        validators=[
            DataRequired("We need an email address to send you your status link."),
            Regexp(EMAIL_PATTERN, message=EMAIL_MESSAGE),
            Length(max=320),
        ],
    )
    phone = StringField("Mobile phone", validators=[Optional(), Length(max=40), check_phone])
    discipline = SelectField(
        "Your discipline",
        choices=discipline_choices(),
        validate_choice=False,  # check_discipline says it in words
        validators=[DataRequired("Please choose your discipline."), check_discipline],
    )
    specialties = StringField("Specialties or units", validators=[Length(max=400)])
    licenses = FieldList(FormField(LicenseForm), min_entries=1, max_entries=MAX_ROWS)
    add_license = SubmitField("Add another licence")
    certifications = FieldList(FormField(CertificationForm), min_entries=1, max_entries=MAX_ROWS)
    add_certification = SubmitField("Add another certification")
    availability_date = DateField("When could you start?", validators=[Optional()])
    preferred_states = StringField(
        "States you'd like to work in", validators=[Length(max=400), check_states]
    )
    shift = RadioField("Shift you prefer", choices=shift_choices(), default="any")
    consent = BooleanField(
        "I agree that recruit keeps my resume and these details and shows them to its "
        "recruiters, as described on the privacy page.",
        validators=[
            DataRequired("Please agree, so we can keep your details and show them to a recruiter.")
        ],
    )
    submit = SubmitField("Send my details")

    def wants_another_row(self) -> bool:
        """The no-JavaScript 'Add another' buttons: add a blank row and show the form again."""
        for button, rows in (
            (self.add_license, self.licenses),
            (self.add_certification, self.certifications),
        ):
            if button.data:
                if len(rows) < MAX_ROWS:
                    rows.append_entry()
                return True
        return False


class PreferencesForm(FlaskForm):
    """What a candidate may change later from the status page."""

    availability_date = DateField("When could you start?", validators=[Optional()])
    preferred_states = StringField(
        "States you'd like to work in", validators=[Length(max=400), check_states]
    )
    shift = RadioField("Shift you prefer", choices=shift_choices(), default="any")
    submit = SubmitField("Save my preferences")


class ConfirmDeleteForm(FlaskForm):
    submit = SubmitField("Yes, delete everything")


class WithdrawForm(FlaskForm):
    submit = SubmitField("Withdraw my application")
