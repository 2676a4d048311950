"""Recruiters' job-order desk (blueprint "orders", views only): the order list, import,
create and edit, an order's matches, submittals, and the JSON API."""

from recruit.orderdesk import api, import_views, submittal_views, views
from recruit.orderdesk.blueprint import orders

__all__ = ["orders", "api", "import_views", "submittal_views", "views"]
