"""Fixed-window rate limits counted in the database, so every web process and host agrees.

Use it as a call at the top of a view, before the request's own session is touched:

    from recruit.web.ratelimit import client_key, limit
    limit("status", client_key(), *rule("RATE_LIMIT_STATUS"))

limit() raises RateLimited (a 429 with Retry-After and a "try again in N minutes" page) once
`max_hits` calls with the same bucket and key fall in one window of `per_seconds`. Each call
counts, in its own tiny committed transaction (a failed login is counted even though the
request rolls back). Keys are HMAC digests, never raw addresses or emails.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import time

import sqlalchemy as sa
from flask import Flask, current_app, render_template, request
from flask.typing import ResponseReturnValue
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from werkzeug.exceptions import TooManyRequests

from recruit.db import get_db
from recruit.models import RateLimit


class RateLimited(TooManyRequests):
    def __init__(self, retry_after_s: int) -> None:
        super().__init__(retry_after=retry_after_s)
        self.retry_after_s = retry_after_s

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(self.retry_after_s / 60))


def init_app(app: Flask) -> None:
    app.register_error_handler(RateLimited, _too_many)


def _too_many(error: RateLimited) -> ResponseReturnValue:
    page = render_template("errors/429.html", minutes=error.minutes)
    return page, 429, {"Retry-After": str(error.retry_after_s)}


def rule(setting: str) -> tuple[int, int]:
    """A "count/seconds" setting such as RATE_LIMIT_APPLY = "20/3600" as (count, seconds)."""
    count, _, seconds = str(current_app.config[setting]).partition("/")
    return int(count), int(seconds or 60)


def client_key() -> str:
    """The client's address (X-Forwarded-For only when RECRUIT_BEHIND_PROXY says so)."""
    return request.remote_addr or "unknown"


def limit(bucket: str, key: str, max_hits: int, per_seconds: int) -> None:
    """Count one hit; raise RateLimited when this window already had `max_hits`."""
    if not current_app.config.get("RATE_LIMIT_ENABLED", 1) or max_hits <= 0:
        return
    now = int(time.time())
    window = now - now % per_seconds
    with get_db().write_sessions() as session, session.begin():
        count = hit(session, bucket, hashed(key), window)
        if count == 1:
            _forget_old_windows(session, bucket, window)
    if count > max_hits:
        raise RateLimited(retry_after_s=window + per_seconds - now)


def hit(session: Session, bucket: str, key: str, window: int) -> int:
    """Atomically add one to the counter and return the new count (PostgreSQL and SQLite)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    values = {"bucket": bucket, "key": key, "window_start": window, "count": 1}
    statement = dialect.insert(RateLimit).values(**values)
    statement = statement.on_conflict_do_update(
        index_elements=["bucket", "key", "window_start"],
        set_={"count": RateLimit.count + 1},
    ).returning(RateLimit.count)
    return int(session.execute(statement).scalar_one())


def _forget_old_windows(session: Session, bucket: str, window: int) -> None:
    session.execute(
        sa.delete(RateLimit).where(RateLimit.bucket == bucket, RateLimit.window_start < window)
    )


def hashed(key: str) -> str:
    """Keyed digest, so the table holds neither addresses nor emails."""
    secret = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(secret, key.encode(), hashlib.sha256).hexdigest()[:64]
