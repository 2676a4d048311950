from __future__ import annotations

from typing import Any

from flask import current_app
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import RequestEntityTooLarge
from wtforms import BooleanField, SubmitField
from wtforms.validators import DataRequired, ValidationError

from recruit.intake.filetypes import ACCEPTED, sniff

ACCEPT = "application/pdf,.pdf,.doc,.docx,.txt,image/jpeg,image/png"


class ApplyForm(FlaskForm):
    resume = FileField("Choose your resume file")
    photo = FileField("Or take a photo of a printed resume")
    consent = BooleanField(
        "I agree that recruit keeps this file to read it. If I don't confirm my details within "
        "24 hours, it is deleted.",
        validators=[DataRequired("We need your agreement before we can keep your resume.")],
    )
    submit = SubmitField("Upload my resume")

    data_bytes: bytes = b""
    media_type: str = ""
    upload: FileStorage | None = None

    def validate_resume(self, field: Any) -> None:
        upload = next((f for f in (field.data, self.photo.data) if _has_file(f)), None)
        if upload is None:
            raise ValidationError("Please choose your resume file, or take a photo of it.")
        limit = current_app.config["MAX_UPLOAD_BYTES"]
        data = upload.read(limit + 1)
        if len(data) > limit:
            raise RequestEntityTooLarge()
        media_type = sniff(data)
        if media_type is None:
            kinds = ", ".join(ACCEPTED.values())
            raise ValidationError(
                f"We can read these kinds of file: {kinds}. This one is none of them. Save your "
                "resume as a PDF or Word file, or take a photo of a printed copy, and try again."
            )
        self.upload, self.data_bytes, self.media_type = upload, data, media_type

    @property
    def display_name(self) -> str:
        """The client's file name without any folders; shown to staff, never used as a path."""
        raw = self.upload.filename if self.upload is not None else ""
        name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
        return (name or "resume")[:255]


def _has_file(value: Any) -> bool:
    return isinstance(value, FileStorage) and bool(value.filename)
