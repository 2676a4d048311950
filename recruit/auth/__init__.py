"""Staff sign-in: login, logout, roles, password hashing."""

from recruit.auth import invites, views
from recruit.auth.blueprint import auth, login_manager

__all__ = ["auth", "login_manager", "invites", "views"]
