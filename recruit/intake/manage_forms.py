"""Forms for proving the email on file and managing the applications under it."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length, Regexp

from recruit.intake.confirm_forms import EMAIL_MESSAGE, EMAIL_PATTERN


class LinkForm(FlaskForm):
    submit = SubmitField("Email me a link to my earlier applications")


class ProofRequestForm(FlaskForm):
    email = StringField(
        "The email address you applied with",
        validators=[
            DataRequired("Please give the email address you applied with."),
            Regexp(EMAIL_PATTERN, message=EMAIL_MESSAGE),
            Length(max=320),
        ],
    )
    submit = SubmitField("Email me a link")


class OpenProofForm(FlaskForm):
    submit = SubmitField("Show my applications")


class ManageActionForm(FlaskForm):
    submit = SubmitField("Go ahead")
