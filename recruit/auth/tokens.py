"""Invites, password resets and disabling accounts. Helpers take a session and never commit.

A link carries a random token; only its SHA-256 is stored, it expires, and it works once.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.auth.passwords import hash_password
from recruit.auth.users import MIN_PASSWORD_LENGTH, UserError, create_user, find_user
from recruit.db import utcnow
from recruit.events import record_event
from recruit.models import ROLES, User, UserToken

TOKEN_LIFETIME = timedelta(hours=72)
PURPOSES = ("invite", "reset")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(session: Session, user: User, purpose: str, admin_id: int | None) -> str:
    """A new one-time token for `user`; earlier unused ones stop working."""
    _expire_outstanding(session, user.id)
    token = secrets.token_urlsafe(32)
    session.add(
        UserToken(
            user_id=user.id,
            purpose=purpose,
            token_hash=_digest(token),
            created_by_id=admin_id,
            expires_at=utcnow() + TOKEN_LIFETIME,
        )
    )
    record_event(session, f"{purpose}_issued", actor_user_id=admin_id, user_id=user.id)
    return token


def invite(
    session: Session, email: str, name: str | None, role: str, admin_id: int
) -> tuple[User, str]:
    """Create the account with a password nobody knows, and its invite token."""
    if find_user(session, email) is not None:
        raise UserError("a user with that email already exists")
    if role not in ROLES:
        raise UserError(f"role must be one of: {', '.join(ROLES)}")
    user = create_user(session, email, secrets.token_urlsafe(32), role)
    user.name = (name or "").strip() or None
    return user, issue_token(session, user, "invite", admin_id)


def usable_token(session: Session, token: str, purpose: str) -> UserToken | None:
    row = session.scalar(sa.select(UserToken).where(UserToken.token_hash == _digest(token)))
    if row is None or row.purpose != purpose or row.used_at is not None:
        return None
    if row.expires_at <= utcnow():
        return None
    return row


def redeem(session: Session, token: str, purpose: str, password: str) -> User:
    """Set the password through a valid token, which is then spent."""
    row = usable_token(session, token, purpose)
    if row is None:
        raise UserError("this link has expired or has already been used")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    user = session.get_one(User, row.user_id)
    if not user.active:
        raise UserError("this account is disabled")
    user.password_hash = hash_password(password)
    _expire_outstanding(session, user.id)
    record_event(session, f"{purpose}_redeemed", actor_user_id=user.id, user_id=user.id)
    return user


def _expire_outstanding(session: Session, user_id: int) -> None:
    session.execute(
        sa.update(UserToken)
        .where(UserToken.user_id == user_id, UserToken.used_at.is_(None))
        .values(used_at=utcnow())
    )


def set_active(session: Session, user: User, active: bool, admin_id: int) -> None:
    if user.id == admin_id and not active:
        raise UserError("you cannot disable your own account")
    user.active = active
    if not active:
        _expire_outstanding(session, user.id)
    record_event(
        session,
        "user_enabled" if active else "user_disabled",
        actor_user_id=admin_id,
        user_id=user.id,
    )


def all_users(session: Session) -> list[User]:
    return list(session.scalars(sa.select(User).order_by(User.email)))
