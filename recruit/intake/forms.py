from __future__ import annotations

from typing import Any

from flask import current_app
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from werkzeug.exceptions import RequestEntityTooLarge
from wtforms import BooleanField, SubmitField
from wtforms.validators import DataRequired, ValidationError

from recruit.intake.filetypes import ACCEPTED, sniff


class ApplyForm(FlaskForm):
    resume = FileField("Your resume", validators=[FileRequired("Please choose your resume file.")])
    consent = BooleanField(
        "I agree that recruit may store my resume and share it with its recruiters.",
        validators=[DataRequired("We need your agreement before we can keep your resume.")],
    )
    submit = SubmitField("Send my resume")

    data_bytes: bytes = b""
    media_type: str = ""

    def validate_resume(self, field: Any) -> None:
        limit = current_app.config["MAX_UPLOAD_BYTES"]
        data = field.data.read(limit + 1)
        if len(data) > limit:
            raise RequestEntityTooLarge()
        media_type = sniff(data)
        if media_type is None:
            kinds = ", ".join(ACCEPTED.values())
            raise ValidationError(f"We can read these kinds of file: {kinds}. Please try another.")
        self.data_bytes, self.media_type = data, media_type

    @property
    def display_name(self) -> str:
        """The client's file name without any folders; shown to staff, never used as a path."""
        name = (self.resume.data.filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
        return (name or "resume")[:255]
