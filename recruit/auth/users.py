"""Staff accounts: create, look up, authenticate. Helpers take a session and never commit."""

from __future__ import annotations

import hashlib
import secrets

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Session

from recruit.auth.passwords import hash_password, needs_rehash, verify_password
from recruit.events import record_event
from recruit.models import ROLES, User

MIN_PASSWORD_LENGTH = 12
FIRST_ADMIN_EMAIL = "admin@localhost"


class UserError(ValueError):
    pass


class LoginUser(UserMixin):
    """What Flask-Login keeps for the current request: a detached snapshot of a User row."""

    def __init__(self, user: User, session_secret: str) -> None:
        self.id = user.id
        self.session_secret = session_secret
        self.email = user.email
        self.role = user.role
        self.active = user.active
        self.password_stamp = password_stamp(user)

    def get_id(self) -> str:
        """What the session keeps: the id, a stamp of the password, so setting a new
        password (a reset, say) ends every session signed in with the old one, and the secret
        of its server-side session (recruit.auth.sessions), which signing out deletes."""
        return f"{self.id}.{self.password_stamp}.{self.session_secret}"

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def password_stamp(user: User) -> str:
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


def normalize_email(email: str) -> str:
    return email.strip().lower()


def find_user(session: Session, email: str) -> User | None:
    return session.scalar(sa.select(User).where(User.email == normalize_email(email)))


def create_user(session: Session, email: str, password: str, role: str = "recruiter") -> User:
    email = normalize_email(email)
    if role not in ROLES:
        raise UserError(f"role must be one of: {', '.join(ROLES)}")
    if "@" not in email:
        raise UserError("that does not look like an email address")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    if find_user(session, email) is not None:
        raise UserError("a user with that email already exists")
    user = User(email=email, password_hash=hash_password(password), role=role)
    session.add(user)
    session.flush()
    record_event(session, "user_created", role=role, user_id=user.id)
    return user


def authenticate(session: Session, email: str, password: str) -> User | None:
    user = find_user(session, email)
    if not verify_password(user.password_hash if user else None, password):
        return None
    if user is None or not user.active:
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def create_first_admin(session: Session) -> str | None:
    """With no users at all, create admin@localhost and return its one-time password."""
    if session.scalar(sa.select(sa.func.count(User.id))):
        return None
    password = secrets.token_urlsafe(18)
    create_user(session, FIRST_ADMIN_EMAIL, password, role="admin")
    return password
