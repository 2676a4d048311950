"""Candidates' blueprint: upload a resume, see what happens next."""

from __future__ import annotations

from flask import Blueprint

intake = Blueprint("intake", __name__)

from recruit.intake import views  # noqa: E402,F401
