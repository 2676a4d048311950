"""The admins' blueprint: every page needs a signed-in administrator."""

from flask import Blueprint, abort
from flask.typing import ResponseReturnValue
from flask_login import current_user

from recruit.auth.blueprint import login_manager

admin = Blueprint("admin", __name__, url_prefix="/admin")


@admin.before_request
def require_admin() -> ResponseReturnValue | None:
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    if not current_user.is_admin:
        abort(403)
    return None
