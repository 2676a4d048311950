from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app, flash, redirect, render_template, request, url_for
from flask import session as flask_session
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_user, logout_user

from recruit.auth.blueprint import auth, login_manager
from recruit.auth.forms import LoginForm, LogoutForm
from recruit.auth.sessions import (
    end_session,
    known_device,
    remember_device,
    session_is_live,
    start_session,
)
from recruit.auth.users import LoginUser, authenticate, normalize_email, password_stamp
from recruit.db import get_session
from recruit.events import record_event
from recruit.models import User
from recruit.web.ratelimit import client_key, limit, rule


@login_manager.user_loader
def load_user(session_id: str) -> LoginUser | None:
    user_id, _, rest = session_id.partition(".")
    stamp, _, secret = rest.partition(".")
    session = get_session()
    user = session.get(User, int(user_id)) if user_id.isdigit() else None
    if (
        user is None
        or not user.active
        or stamp != password_stamp(user)
        or not session_is_live(session, user.id, secret)
    ):
        # Disabled, the password changed, or signed out since: end this session for good.
        flask_session.clear()
        return None
    return LoginUser(user, secret)


@auth.app_context_processor
def inject_logout_form() -> dict[str, LogoutForm]:
    # formdata=None: only renders a token; reading the request here would raise again inside
    # the 413 page when the body is over MAX_CONTENT_LENGTH, turning it into a 500.
    return {"logout_form": LogoutForm(formdata=None)}


@auth.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    form = LoginForm()
    if form.validate_on_submit():
        email = normalize_email(form.email.data or "")
        _count_attempt(email)
        session = get_session()
        user = authenticate(session, email, form.password.data or "")
        if user is not None:
            record_event(session, "signed_in", actor_user_id=user.id)
            secret = start_session(session, user.id)
            session.commit()
            login_user(LoginUser(user, secret))
            response = redirect(_safe_next(request.args.get("next")))
            secure = current_app.session_interface.get_cookie_secure(current_app)
            remember_device(response, email, secure=secure)
            return response
        flash("That email and password do not match an active account.", "error")
    return render_template("auth/login.html", form=form)


def _count_attempt(email: str) -> None:
    """Throttle guessing without handing strangers a lock on someone's account.

    A browser this account signed in from before is counted on its own. Anyone else is counted
    per address, per account from that address, and per account from everywhere (a botnet) -
    the last one can lock out unknown browsers, never the owner's known ones.
    """
    device = known_device(request, email)
    if device is not None:
        limit("login-device", f"{device}|{email}", *rule("RATE_LIMIT_LOGIN_ACCOUNT"))
        return
    limit("login-address", client_key(), *rule("RATE_LIMIT_LOGIN_ADDRESS"))
    limit("login-account-address", f"{email}|{client_key()}", *rule("RATE_LIMIT_LOGIN_ACCOUNT"))
    limit("login-account", email, *rule("RATE_LIMIT_LOGIN_ACCOUNT_ANYWHERE"))


@auth.post("/logout")
def logout() -> ResponseReturnValue:
    if LogoutForm().validate_on_submit() and current_user.is_authenticated:
        session = get_session()
        end_session(session, current_user.session_secret)
        session.commit()
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
