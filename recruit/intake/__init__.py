"""Candidates' blueprint: upload a resume, confirm the details, follow and own the application."""

from __future__ import annotations

from flask import Blueprint

intake = Blueprint("intake", __name__)

from recruit.intake import confirm_views, status_views, views  # noqa: E402,F401
