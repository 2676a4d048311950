from __future__ import annotations

from urllib.parse import urlsplit

from flask import flash, redirect, render_template, request, url_for
from flask import session as flask_session
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_user, logout_user

from recruit.auth.blueprint import auth, login_manager
from recruit.auth.forms import LoginForm, LogoutForm
from recruit.auth.users import LoginUser, authenticate, normalize_email, password_stamp
from recruit.db import get_session
from recruit.events import record_event
from recruit.models import User
from recruit.web.ratelimit import client_key, limit, rule


@login_manager.user_loader
def load_user(session_id: str) -> LoginUser | None:
    user_id, _, stamp = session_id.partition(".")
    user = get_session().get(User, int(user_id)) if user_id.isdigit() else None
    if user is None or not user.active or stamp != password_stamp(user):
        # Disabled, or the password changed, since signing in: end this session for good.
        flask_session.clear()
        return None
    return LoginUser(user)


@auth.app_context_processor
def inject_logout_form() -> dict[str, LogoutForm]:
    # formdata=None: only renders a token; reading the request here would raise again inside
    # the 413 page when the body is over MAX_CONTENT_LENGTH, turning it into a 500.
    return {"logout_form": LogoutForm(formdata=None)}


@auth.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    form = LoginForm()
    if form.validate_on_submit():
        _count_attempt(form.email.data or "")
        session = get_session()
        user = authenticate(session, form.email.data or "", form.password.data or "")
        if user is not None:
            record_event(session, "signed_in", actor_user_id=user.id)
            session.commit()
            login_user(LoginUser(user))
            return redirect(_safe_next(request.args.get("next")))
        flash("That email and password do not match an active account.", "error")
    return render_template("auth/login.html", form=form)


def _count_attempt(email: str) -> None:
    """Per address and per account (hashed), so neither a botnet nor one host can guess on."""
    limit("login-address", client_key(), *rule("RATE_LIMIT_LOGIN_ADDRESS"))
    limit("login-account", normalize_email(email), *rule("RATE_LIMIT_LOGIN_ACCOUNT"))


@auth.post("/logout")
def logout() -> ResponseReturnValue:
    if LogoutForm().validate_on_submit() and current_user.is_authenticated:
        logout_user()
        flash("You are signed out.", "info")
    return redirect(url_for("auth.login"))


def _safe_next(target: str | None) -> str:
    """Only same-site paths, so the login page cannot bounce people to another site."""
    if target and any(ord(ch) < 32 or ord(ch) == 127 for ch in target):
        return url_for("review.queue")  # CR/LF would split the Location header
    if target and target.startswith("/") and not target.startswith("//"):
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and "\\" not in target:
            return target
    return url_for("review.queue")
