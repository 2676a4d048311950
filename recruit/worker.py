"""The parse worker: claim a job, parse the file in a sandboxed child, save the result.

Each job takes short transactions (claim, then save or fail) so no database lock is held
while a document is being parsed.
"""

from __future__ import annotations

import importlib
import logging
import os
import socket
import threading
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

import sqlalchemy as sa
from flask import Flask
from sqlalchemy.orm import Session

from recruit import jobs
from recruit.candidates.parse_results import save_parse_result
from recruit.db import database_unavailable, get_db, utcnow
from recruit.logs import describe
from recruit.models import Submission, WorkerHeartbeat
from recruit.parsing.model import ParseResult
from recruit.parsing.sandbox import Limits
from recruit.storage import make_store

log = logging.getLogger(__name__)


class ParseFunction(Protocol):
    """parse_sandboxed's shape; `media_type` is the type the upload check stored."""

    def __call__(
        self,
        data: bytes,
        filename: str,
        limits: Limits,
        media_type: str | None = None,
        *,
        today: date | None = None,
    ) -> ParseResult: ...


HEARTBEAT_EVERY_S = 5.0
MAX_BACKOFF_S = 10.0


@dataclass(frozen=True)
class Claimed:
    job_id: int
    submission_id: int
    key: str
    filename: str
    media_type: str


@dataclass
class Held:
    """A claimed job not yet recorded, with its parse outcome once there is one."""

    claimed: Claimed
    outcome: ParseResult | str | None = None


class Worker:
    def __init__(self, app: Flask, name: str | None = None) -> None:
        self.app = app
        self.owner = name or worker_id()
        self.policy = queue_policy(app)
        self.limits = parse_limits(app)
        self.parse: ParseFunction = load_parse_function(app.config["PARSE_FUNCTION"])
        self.jobs_done = 0
        self._last_beat = 0.0
        self._errors = 0
        self._held: Held | None = None

    def run(self, stop: threading.Event, max_jobs: int | None = None) -> None:
        """Work until `stop` is set (or `max_jobs` have run); errors never end the loop."""
        log.info("worker %s started", self.owner)
        try:
            while not stop.is_set() and (max_jobs is None or self.jobs_done < max_jobs):
                if not self._step():
                    stop.wait(self._pause())
        finally:
            self._forget_heartbeat()
            log.info("worker %s stopped after %d jobs", self.owner, self.jobs_done)

    def _step(self) -> bool:
        try:
            self._beat()
            worked = self.run_once()
        except Exception as error:  # e.g. the database restarted: back off, then reconnect
            self._errors += 1
            log.error("worker %s: %s; retrying shortly", self.owner, describe(error))
            if not database_unavailable(error):  # leave the job to its lease, like a dead worker
                self._held = None
            return False
        self._errors = 0
        return worked

    def _pause(self) -> float:
        """The idle poll interval, doubled per consecutive error up to MAX_BACKOFF_S."""
        poll = float(self.app.config["WORKER_POLL_S"])
        return poll if not self._errors else min(poll * 2**self._errors, MAX_BACKOFF_S)

    def run_once(self) -> bool:
        """Claim and run one job. Returns False when the queue had nothing to run.

        When the database becomes unavailable (a restart, say) mid-job this raises and keeps
        the job, and its parse if there is one, to finish on the next call: the lease is still
        ours, and the outage should cost neither the parse nor one of the job's attempts.
        """
        if self._held is None:
            with get_db(self.app).write_sessions() as session, session.begin():
                claimed = self._claim(session)
            if claimed is None:
                return False
            self._held = Held(claimed)
        held = self._held
        if held.outcome is None:
            held.outcome = self._attempt(held.claimed)
        self._record(held.claimed, held.outcome)
        self._held = None
        self.jobs_done += 1
        self._beat(force=True)
        return True

    def _attempt(self, claimed: Claimed) -> ParseResult | str:
        """Load and parse the file: its result, or why this attempt failed."""
        try:
            data = self._load(claimed)
            return self.parse(data, claimed.filename, self.limits, media_type=claimed.media_type)
        except Exception as error:
            if database_unavailable(error):
                raise
            return failed_attempt(claimed, error)

    def _record(self, claimed: Claimed, outcome: ParseResult | str) -> None:
        """Save the result, or count the failed attempt (also when saving the result failed)."""
        with get_db(self.app).write_sessions() as session:
            if isinstance(outcome, ParseResult):
                try:
                    with session.begin():
                        self._finish(session, claimed, outcome)
                    return
                except Exception as error:
                    if database_unavailable(error):
                        raise
                    outcome = failed_attempt(claimed, error)
            with session.begin():
                self._fail(session, claimed, outcome)

    def _claim(self, session: Session) -> Claimed | None:
        job = jobs.claim(session, self.owner, self.policy)
        if job is None:
            return None
        document = session.get_one(Submission, job.submission_id).document
        if document is None:
            raise LookupError(f"submission {job.submission_id} has no document")
        log.info("job %d claimed by %s (attempt %d)", job.id, self.owner, job.attempts)
        return Claimed(
            job.id,
            job.submission_id,
            document.storage_key,
            document.display_name,
            document.media_type,
        )

    def _load(self, claimed: Claimed) -> bytes:
        # A read-only session: on SQLite a write session would take the write lock (BEGIN
        # IMMEDIATE) just to read a file, and make uploads wait behind it.
        with get_db(self.app).sessions() as session, session.begin():
            with make_store(self.app.config, session).open(claimed.key) as handle:
                return handle.read()

    def _finish(self, session: Session, claimed: Claimed, result: ParseResult) -> None:
        job = jobs.held_job(session, claimed.job_id, self.owner)
        if job is None:
            log.warning("job %d: lease lost before saving; result dropped", claimed.job_id)
            return
        save_parse_result(session, session.get_one(Submission, claimed.submission_id), result)
        jobs.complete(session, job)
        log.info("job %d done: ok=%s code=%s", job.id, result.ok, result.error_code)

    def _fail(self, session: Session, claimed: Claimed, error: str) -> None:
        job = jobs.held_job(session, claimed.job_id, self.owner)
        if job is not None:
            jobs.fail_attempt(session, job, error, self.policy)

    def _beat(self, force: bool = False) -> None:
        now = utcnow()
        if not force and now.timestamp() - self._last_beat < HEARTBEAT_EVERY_S:
            return
        with get_db(self.app).write_sessions() as session, session.begin():
            beat = session.get(WorkerHeartbeat, self.owner) or WorkerHeartbeat(worker_id=self.owner)
            beat.seen_at = now
            beat.jobs_done = self.jobs_done
            session.add(beat)
        self._last_beat = now.timestamp()

    def _forget_heartbeat(self) -> None:
        try:
            with get_db(self.app).write_sessions() as session, session.begin():
                beat = session.get(WorkerHeartbeat, self.owner)
                if beat is not None:
                    session.delete(beat)
        except Exception as error:
            log.error("worker %s: could not remove its heartbeat: %s", self.owner, describe(error))


def failed_attempt(claimed: Claimed, error: Exception) -> str:
    """Log a failed attempt (naming the error, never quoting it) and return what the job keeps."""
    log.warning("job %d attempt failed: %s", claimed.job_id, describe(error))
    return f"{type(error).__name__}: {error}"[:2000]


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def queue_policy(app: Flask) -> jobs.QueuePolicy:
    return jobs.QueuePolicy(
        lease_s=float(app.config["JOB_LEASE_S"]),
        max_attempts=int(app.config["JOB_MAX_ATTEMPTS"]),
        retry_delay_s=float(app.config["JOB_RETRY_DELAY_S"]),
    )


def parse_limits(app: Flask) -> Limits:
    return Limits(
        cpu_seconds=int(app.config["PARSE_CPU_S"]),
        memory_mb=int(app.config["PARSE_MEMORY_MB"]),
        wall_seconds=float(app.config["PARSE_TIMEOUT_S"]),
        max_pages=int(app.config["PARSE_MAX_PAGES"]),
    )


def load_parse_function(dotted: str) -> ParseFunction:
    module_name, _, attribute = dotted.partition(":")
    return getattr(importlib.import_module(module_name), attribute)


def start_worker_threads(app: Flask, count: int, stop: threading.Event) -> list[threading.Thread]:
    threads = [
        threading.Thread(
            target=Worker(app).run, args=(stop,), name=f"recruit-worker-{n}", daemon=True
        )
        for n in range(count)
    ]
    for thread in threads:
        thread.start()
    return threads


def latest_heartbeat_age(session: Session) -> timedelta | None:
    seen = session.scalar(sa.select(sa.func.max(WorkerHeartbeat.seen_at)))
    return None if seen is None else utcnow() - seen
