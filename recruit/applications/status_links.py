"""Private status links: an unguessable token goes to the candidate, only its hash is stored."""

from __future__ import annotations

import hashlib
import logging
import re
import secrets

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.models import Submission


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    # The token carries 256 random bits, so a fast hash is enough: nothing to brute-force.
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(submission: Submission) -> str:
    """Give the submission a fresh token; the caller shows it once and commits."""
    token = new_token()
    submission.status_token_hash = token_hash(token)
    return token


def submission_for_token(session: Session, token: str) -> Submission | None:
    if not token or len(token) > 100:
        return None
    query = sa.select(Submission).where(Submission.status_token_hash == token_hash(token))
    return session.scalar(query)


def reference_number(submission: Submission) -> str:
    """What the candidate quotes when they write to us; staff find it by submission id."""
    return f"RC-{submission.id:06d}"


_TOKEN_IN_PATH = re.compile(r"(/(?:apply|status|manage/link)/)[\w-]{20,}")


class RedactStatusTokens(logging.Filter):
    """Keep private status tokens and one-time email links out of access and error logs: each
    opens an application."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _TOKEN_IN_PATH.sub(r"\1<token>", message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True
