"""The apply page answers its script with JSON and everyone else with pages."""

from __future__ import annotations

from flask import jsonify, redirect, render_template, request
from flask.typing import ResponseReturnValue
from flask_wtf import FlaskForm


def wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json"


def go(url: str) -> ResponseReturnValue:
    """Where to go next: a redirect, or {"next": url} for the upload script."""
    return jsonify(next=url) if wants_json() else redirect(url)


def form_page(template: str, form: FlaskForm, **context: object) -> ResponseReturnValue:
    """The form again, 400 when it has errors (as JSON for the upload script)."""
    status = 400 if form.errors else 200
    if wants_json() and form.errors:
        return jsonify(errors=_messages(form.errors)), status
    return render_template(template, form=form, **context), status


def _messages(errors: dict[str, object]) -> dict[str, list[str]]:
    return {
        name: [str(m) for m in (messages if isinstance(messages, list) else [messages])]
        for name, messages in errors.items()
    }
