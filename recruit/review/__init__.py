"""Recruiters' blueprint: the queue and the candidate page."""

from recruit.review import actions, edits, views
from recruit.review.blueprint import review

__all__ = ["review", "actions", "edits", "views"]
