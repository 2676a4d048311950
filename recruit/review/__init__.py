"""Recruiters' blueprint: the queue and the candidate page."""

from __future__ import annotations

from flask import Blueprint

review = Blueprint("review", __name__)

from recruit.review import actions, views  # noqa: E402,F401
