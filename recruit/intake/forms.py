from __future__ import annotations

import unicodedata
from typing import Any

from flask import current_app
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import RequestEntityTooLarge
from wtforms import BooleanField, SubmitField
from wtforms.validators import DataRequired, ValidationError

from recruit.applications.archive import Problem, check_docx, check_image
from recruit.applications.filetypes import ACCEPTED, DOCX, JPEG, PNG, sniff
from recruit.parsing.docx_package import ArchiveLimits

ACCEPT = "application/pdf,.pdf,.doc,.docx,.rtf,.txt,image/jpeg,image/png"


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
        problem = _structure_problem(data, media_type)
        if problem is not None:
            raise ValidationError(problem.message)
        self.upload, self.data_bytes, self.media_type = upload, data, media_type

    @property
    def display_name(self) -> str:
        """The client's file name without any folders; shown to staff, never used as a path."""
        raw = self.upload.filename if self.upload is not None else ""
        name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
        # Control and bidi-override characters (U+202E makes "fdp.exe" read as "exe.pdf").
        name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf")).strip()
        return (name or "resume")[:255]


def _has_file(value: Any) -> bool:
    return isinstance(value, FileStorage) and bool(value.filename)


def _structure_problem(data: bytes, media_type: str) -> Problem | None:
    """Archive and image checks, before anything is stored (see recruit/applications/archive.py)."""
    if media_type == DOCX:
        config = current_app.config
        limits = ArchiveLimits(
            max_entries=int(config["DOCX_MAX_ENTRIES"]),
            max_uncompressed_bytes=int(config["DOCX_MAX_UNCOMPRESSED_MB"]) * 1024 * 1024,
        )
        return check_docx(data, limits)
    if media_type in (PNG, JPEG):
        return check_image(data)
    return None
