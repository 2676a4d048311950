from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, HiddenField, SelectChoice, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Length, Optional

from recruit.models import ROLES


class InviteForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=320)])
    name = StringField("Name (optional)", validators=[Optional(), Length(max=200)])
    role = SelectField(
        "Role", choices=[SelectChoice(r, r.capitalize()) for r in ROLES], default="recruiter"
    )
    submit = SubmitField("Invite")


class UserActionForm(FlaskForm):
    """Disable, enable or reset: the target is in the URL, the action in `action`."""

    action = HiddenField(validators=[DataRequired()])
    submit = SubmitField("Go")
