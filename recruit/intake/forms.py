from __future__ import annotations

import unicodedata
from typing import Any

from flask import current_app
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from werkzeug.exceptions import RequestEntityTooLarge
from wtforms import BooleanField, SubmitField
from wtforms.validators import DataRequired, ValidationError

from recruit.intake.archive import ArchiveLimits, Problem, check_docx, check_image
from recruit.intake.filetypes import ACCEPTED, DOCX, JPEG, PNG, sniff


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
        problem = _structure_problem(data, media_type)
        if problem is not None:
            raise ValidationError(problem.message)
        self.data_bytes, self.media_type = data, media_type

    @property
    def display_name(self) -> str:
        """The client's file name without any folders; shown to staff, never used as a path."""
        name = (self.resume.data.filename or "").replace("\\", "/").rsplit("/", 1)[-1]
        # Control and bidi-override characters (U+202E makes "fdp.exe" read as "exe.pdf").
        name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf")).strip()
        return (name or "resume")[:255]


def _structure_problem(data: bytes, media_type: str) -> Problem | None:
    """Archive and image checks, before anything is stored (see recruit/intake/archive.py)."""
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
