"""Staff sessions the server can end, and the browsers a staff member has signed in from.

The signed session cookie carries a random secret; the staff_session table holds its SHA-256.
Signing out deletes the row, so a copy of the cookie taken earlier opens nothing afterwards.
A "known device" cookie, set after a correct password, lets its owner sign in past the
per-account throttle that strangers can run up (see recruit.auth.views).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

import sqlalchemy as sa
from flask import Request, current_app
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy.orm import Session
from werkzeug.wrappers import Response

from recruit.db import utcnow
from recruit.models import StaffSession

DEVICE_COOKIE = "recruit_device"
DEVICE_DAYS = 180
SESSION_DAYS = 30  # a session row older than this is stale whatever the browser still holds


def start_session(session: Session, user_id: int) -> str:
    """A new server-side session for user_id; returns the secret the cookie will carry."""
    secret = secrets.token_urlsafe(32)
    stale = utcnow() - timedelta(days=SESSION_DAYS)
    session.execute(
        sa.delete(StaffSession).where(
            StaffSession.user_id == user_id, StaffSession.created_at < stale
        )
    )
    session.add(StaffSession(id=_digest(secret), user_id=user_id))
    return secret


def session_is_live(session: Session, user_id: int, secret: str) -> bool:
    row = session.get(StaffSession, _digest(secret)) if secret else None
    if row is None:
        return False
    return row.user_id == user_id and row.created_at > utcnow() - timedelta(days=SESSION_DAYS)


def end_session(session: Session, secret: str) -> None:
    session.execute(sa.delete(StaffSession).where(StaffSession.id == _digest(secret)))


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def remember_device(response: Response, email: str, secure: bool) -> None:
    """Mark this browser as one `email` signed in from (the cookie holds a digest, not it)."""
    value = _serializer().dumps({"e": _digest(email), "d": secrets.token_hex(8)})
    response.set_cookie(
        DEVICE_COOKIE,
        value,
        max_age=DEVICE_DAYS * 86400,
        httponly=True,
        samesite="Lax",
        secure=secure,
    )


def known_device(request: Request, email: str) -> str | None:
    """This browser's device id when it has signed in as `email` before, else None. Read
    from the signed cookie alone: the login throttle runs before the database is touched."""
    raw = request.cookies.get(DEVICE_COOKIE, "")
    try:
        data = _serializer().loads(raw, max_age=DEVICE_DAYS * 86400) if raw else None
    except BadSignature:
        return None
    if not isinstance(data, dict) or data.get("e") != _digest(email):
        return None
    return str(data.get("d", ""))


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="known-device")
