from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from recruit import mail
from recruit.admin.blueprint import admin
from recruit.admin.forms import InviteForm, UserActionForm
from recruit.auth.tokens import all_users, invite, issue_token, set_active
from recruit.auth.users import UserError
from recruit.db import get_session
from recruit.models import User


@admin.get("/users")
def users() -> ResponseReturnValue:
    return _users_page(InviteForm())


@admin.post("/users/invite")
def invite_user() -> ResponseReturnValue:
    form = InviteForm()
    if not form.validate_on_submit():
        return _users_page(form, status=400)
    session = get_session()
    try:
        user, token = invite(
            session, form.email.data or "", form.name.data, form.role.data, current_user.id
        )
    except UserError as error:
        form.email.errors = [str(error)]
        return _users_page(form, status=400)
    session.commit()
    return _show_link(user, url_for("auth.accept_invite", token=token, _external=True), "invite")


@admin.post("/users/<int:user_id>")
def user_action(user_id: int) -> ResponseReturnValue:
    form = UserActionForm()
    session = get_session()
    user = session.get(User, user_id)
    if user is None:
        abort(404)
    if not form.validate_on_submit() or form.action.data not in ("disable", "enable", "reset"):
        abort(400)
    if form.action.data == "reset":
        token = issue_token(session, user, "reset", current_user.id)
        session.commit()
        return _show_link(
            user, url_for("auth.reset_password", token=token, _external=True), "reset"
        )
    try:
        set_active(session, user, form.action.data == "enable", current_user.id)
    except UserError as error:
        flash(str(error).capitalize() + ".", "error")
        return redirect(url_for("admin.users"))
    session.commit()
    flash(f"{user.email} is now {'enabled' if user.active else 'disabled'}.", "info")
    return redirect(url_for("admin.users"))


def _users_page(form: InviteForm, status: int = 200) -> ResponseReturnValue:
    users = all_users(get_session())
    return render_template(
        "admin/users.html", users=users, form=form, action_form=UserActionForm()
    ), status


def _show_link(user: User, link: str, purpose: str) -> ResponseReturnValue:
    """Show the one-time link once, and leave a copy in the outbox; never log it."""
    subject = "Your recruit account" if purpose == "invite" else "Reset your recruit password"
    body = f"Set your password here (the link works once, for 72 hours):\n{link}"
    message = mail.build_message(current_app.config, user.email, subject, body)
    mail.write_to_outbox(current_app.config, current_app.instance_path, message)
    response = current_app.make_response(
        render_template("admin/link.html", user=user, link=link, purpose=purpose)
    )
    response.headers["Cache-Control"] = "no-store"
    return response
