"""Candidates' blueprint: upload a resume, confirm the details, follow and own the application."""

from recruit.intake import confirm_views, limits, manage_views, status_views, views
from recruit.intake.blueprint import intake

__all__ = ["intake", "confirm_views", "limits", "manage_views", "status_views", "views"]
