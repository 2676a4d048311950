"""The staff sign-in blueprint and its login manager, which auth's view modules use."""

from flask import Blueprint
from flask_login import LoginManager

auth = Blueprint("auth", __name__)
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please sign in to see that page."
