"""Public pages behind one-time links: accept an invite, reset a password."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import logout_user

from recruit.auth.blueprint import auth
from recruit.auth.forms import SetPasswordForm
from recruit.auth.tokens import redeem, usable_token
from recruit.auth.users import UserError
from recruit.db import get_session


@auth.route("/invite/<token>", methods=["GET", "POST"])
def accept_invite(token: str) -> ResponseReturnValue:
    return _set_password(token, "invite")


@auth.route("/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str) -> ResponseReturnValue:
    return _set_password(token, "reset")


def _set_password(token: str, purpose: str) -> ResponseReturnValue:
    session = get_session()
    if usable_token(session, token, purpose) is None:
        return render_template("auth/link_expired.html"), 404, {"Referrer-Policy": "no-referrer"}
    form = SetPasswordForm()
    if form.validate_on_submit():
        try:
            redeem(session, token, purpose, form.password.data or "")
        except UserError as error:
            form.password.errors = [str(error)]
        else:
            session.commit()
            logout_user()
            flash("Your password is set. Please sign in.", "info")
            return redirect(url_for("auth.login"))
    page = render_template("auth/set_password.html", form=form, purpose=purpose)
    # The token is in the URL: keep it out of caches and Referer headers.
    return (
        page,
        400 if form.errors else 200,
        {
            "Cache-Control": "no-store",
            "Referrer-Policy": "no-referrer",
        },
    )
