"""Staff sign-in: login, logout, roles, password hashing."""

from __future__ import annotations

from flask import Blueprint
from flask_login import LoginManager

auth = Blueprint("auth", __name__)
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please sign in to see that page."

from recruit.auth import invites, views  # noqa: E402,F401  (registers routes and the user loader)
