"""Keeping no more than we need: unconfirmed uploads go after a day, inactive candidates after
RECRUIT_RETENTION_MONTHS. Both erase through recruit.privacy.erasure; helpers never commit."""

from __future__ import annotations

import calendar
import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask import Flask
from sqlalchemy.orm import Session

from recruit.applications.email_proofs import forget_spent_proofs
from recruit.candidates.profile import arrival
from recruit.db import UTCDateTime, get_db, utcnow
from recruit.logs import describe
from recruit.models import Candidate, Submission
from recruit.privacy.erasure import erase_candidate, erase_submission
from recruit.storage import BlobStore, make_store

log = logging.getLogger(__name__)
CLEANUP_EVERY_S = 3600.0


@dataclass(frozen=True)
class Inactive:
    candidate_id: int
    days: int


def cleanup_unconfirmed(
    session: Session, storage: BlobStore, ttl: timedelta, now: datetime | None = None
) -> int:
    """Erase uploads never confirmed within `ttl`; returns how many submissions went.

    A candidate left with nothing else goes entirely. One who still has a confirmed or a fresh
    upload keeps it. A status link whose own submission goes moves to the newest kept
    submission it owns (a newer resume sent with it), never to anyone else's.
    """
    cutoff = (now or utcnow()) - ttl
    stale_ids = session.scalars(
        sa.select(Submission.candidate_id)
        .where(Submission.confirmed_at.is_(None), Submission.received_at < cutoff)
        .distinct()
    ).all()
    erased = 0
    for candidate_id in sorted(stale_ids):
        candidate = session.get_one(Candidate, candidate_id)
        stale = [s for s in candidate.submissions if _is_stale(s, cutoff)]
        kept = [s for s in candidate.submissions if not _is_stale(s, cutoff)]
        if not kept:
            erase_candidate(session, storage, candidate_id, reason="unconfirmed")
        else:
            _move_status_links(session, stale, kept)
            for submission_id in [s.id for s in stale]:
                erase_submission(session, storage, submission_id, reason="unconfirmed")
        erased += len(stale)
    return erased


def _is_stale(submission: Submission, cutoff: datetime) -> bool:
    return submission.confirmed_at is None and submission.received_at < cutoff


def _move_status_links(session: Session, stale: list[Submission], kept: list[Submission]) -> None:
    for holder in stale:
        if holder.status_token_hash is None:
            continue
        heirs = [s for s in kept if s.sent_from_id == holder.id]
        if not heirs:
            continue  # nothing of the link's own is left: the link ends with its submission
        keeper = max(heirs, key=arrival)
        token_hash, holder.status_token_hash = holder.status_token_hash, None
        session.flush()  # the hash is unique: free it before giving it to the keeper
        keeper.status_token_hash, keeper.sent_from_id = token_hash, None
        for heir in heirs:
            if heir is not keeper:
                heir.sent_from_id = keeper.id


def inactive_candidates(
    session: Session, months: int, now: datetime | None = None
) -> list[Inactive]:
    """Candidates with no change to them or their submissions for `months` months."""
    now = now or utcnow()
    latest = sa.case(
        (Submission.updated_at > Candidate.updated_at, Submission.updated_at),
        else_=Candidate.updated_at,
    )
    last_seen = sa.type_coerce(sa.func.max(latest), UTCDateTime())
    query = (
        sa.select(Candidate.id, last_seen)
        .outerjoin(Submission, Submission.candidate_id == Candidate.id)
        .group_by(Candidate.id)
        .order_by(Candidate.id)
    )
    cutoff = months_before(now, months)
    return [
        Inactive(candidate_id, (now - seen).days)
        for candidate_id, seen in session.execute(query)
        if seen < cutoff
    ]


def erase_inactive(session: Session, storage: BlobStore, months: int) -> list[Inactive]:
    found = inactive_candidates(session, months)
    for item in found:
        erase_candidate(session, storage, item.candidate_id, reason="retention")
    return found


def months_before(moment: datetime, months: int) -> datetime:
    """The same day `months` calendar months earlier (clamped to that month's last day)."""
    year, month0 = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return moment.replace(year=year, month=month0 + 1, day=min(moment.day, last_day))


def run_cleanup(app: Flask) -> int:
    """One unit of work: erase stale uploads and commit."""
    ttl = timedelta(hours=float(app.config["UNCONFIRMED_TTL_H"]))
    with get_db(app).write_sessions() as session, session.begin():
        forget_spent_proofs(session)
        return cleanup_unconfirmed(session, make_store(app.config, session), ttl)


def start_cleanup_thread(app: Flask, stop: threading.Event) -> threading.Thread:
    """Run the clean-up now and then every hour until `stop` is set."""

    def loop() -> None:
        while not stop.is_set():
            try:
                erased = run_cleanup(app)
                if erased:
                    log.info("erased %d unconfirmed upload(s)", erased)
            except Exception as error:
                log.error("clean-up failed: %s", describe(error))
            stop.wait(CLEANUP_EVERY_S)

    thread = threading.Thread(target=loop, name="recruit-cleanup", daemon=True)
    thread.start()
    return thread
