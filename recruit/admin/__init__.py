"""Admins' blueprint: staff accounts (invite, disable, enable, reset)."""

from recruit.admin import views
from recruit.admin.blueprint import admin

__all__ = ["admin", "views"]
