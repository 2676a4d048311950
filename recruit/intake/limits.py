"""The candidate side's rate limits, each counted before the work it guards.

Per address they are loose (a job fair or a hospital shares one address); per email and
phone they are tight. Every route that stores a file or queues a parse spends one budget.
"""

from __future__ import annotations

from typing import Any

from flask import request

from recruit.candidates.identity import normalize_email, normalize_phone
from recruit.db import get_session
from recruit.intake.blueprint import intake
from recruit.web.ratelimit import client_key, limit, rule

POLLING = {"intake.parse_status"}


def count_upload() -> None:
    limit("upload", client_key(), *rule("RATE_LIMIT_APPLY"))


def count_contact_details(profile: dict[str, Any]) -> None:
    """A confirmation, counted against the email and the phone it gives."""
    if email := normalize_email(profile.get("email")):
        _count_midway("contact-email", email, "RATE_LIMIT_CONTACT")
    if phone := normalize_phone(profile.get("phone")):
        _count_midway("contact-phone", phone, "RATE_LIMIT_CONTACT")


def count_proof_mail(key: str) -> None:
    """A link mailed to an address: counted whether or not we know the address, so the answer
    never tells which addresses are on file, and nobody can fill someone's mailbox."""
    _count_midway("proof-email", key, "RATE_LIMIT_PROOF_EMAIL")


def _count_midway(bucket: str, key: str, setting: str) -> None:
    """Count after the request has read (but not yet written) through its own session.

    The count commits on another connection, so the request's transaction ends first: on
    SQLite a POST's transaction holds the write lock from its first read. Its objects reload
    on next use."""
    session = get_session()
    assert not (session.new or session.dirty or session.deleted), "count before any change"
    session.rollback()
    limit(bucket, key, *rule(setting))


@intake.before_request
def _count_private_links() -> None:
    """Every page opened with a private link counts per address, so guessing links stays
    slow; the confirm page's script, polling for the parse, has a larger budget of its own."""
    args = request.view_args or {}
    if "token" not in args and "proof" not in args:
        return
    if request.endpoint in POLLING:
        limit("poll", client_key(), *rule("RATE_LIMIT_POLL"))
    else:
        limit("status", client_key(), *rule("RATE_LIMIT_STATUS"))
