"""Admins' blueprint: staff accounts (invite, disable, enable, reset)."""

from __future__ import annotations

from flask import Blueprint, abort
from flask_login import current_user

admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.before_request
def require_admin() -> None:
    from recruit.auth import login_manager

    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    if not current_user.is_admin:
        abort(403)
    return None


from recruit.admin import views  # noqa: E402,F401
