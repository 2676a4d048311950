"""The parse queue, kept in the database: enqueue, claim, complete, fail.

A job is claimed under a lease; a worker that dies loses the lease when it expires and the job
runs again. Helpers here take the caller's session and never commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.db import utcnow
from recruit.events import record_event
from recruit.models import ParseJob, Submission

WORKER_DIED = "The worker stopped before finishing this job."


@dataclass(frozen=True)
class QueuePolicy:
    lease_s: float = 120.0
    max_attempts: int = 3
    retry_delay_s: float = 10.0


def enqueue(session: Session, submission: Submission) -> ParseJob:
    job = ParseJob(submission_id=submission.id, status="queued", run_after=utcnow())
    session.add(job)
    return job


def claim(
    session: Session, owner: str, policy: QueuePolicy, now: datetime | None = None
) -> ParseJob | None:
    """Take the next runnable job for `owner`, or None. The caller commits to make it stick."""
    now = now or utcnow()
    while (job := session.scalars(_next_claimable(session, now)).first()) is not None:
        if job.attempts >= policy.max_attempts:  # its last worker died mid-job
            _give_up(session, job, job.last_error or WORKER_DIED)
            continue
        job.status = "running"
        job.attempts += 1
        job.lease_owner = owner
        job.lease_expires_at = now + timedelta(seconds=policy.lease_s)
        _set_submission_status(session, job.submission_id, "parsing")
        session.flush()
        return job
    return None


def _next_claimable(session: Session, now: datetime) -> sa.Select[ParseJob]:
    runnable = sa.or_(
        sa.and_(ParseJob.status == "queued", ParseJob.run_after <= now),
        sa.and_(ParseJob.status == "running", ParseJob.lease_expires_at < now),
    )
    query = sa.select(ParseJob).where(runnable).order_by(ParseJob.run_after, ParseJob.id).limit(1)
    if session.get_bind().dialect.name == "postgresql":
        # Other workers skip the row we hold instead of waiting for it. On SQLite the
        # caller's BEGIN IMMEDIATE already makes us the only writer.
        query = query.with_for_update(skip_locked=True)
    return query


def held_job(session: Session, job_id: int, owner: str) -> ParseJob | None:
    """The job if `owner` still holds its lease; None if it was reclaimed meanwhile."""
    query = sa.select(ParseJob).where(ParseJob.id == job_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    job = session.scalars(query).first()
    if job is None or job.status != "running" or job.lease_owner != owner:
        return None
    return job


def complete(session: Session, job: ParseJob) -> None:
    job.status = "done"
    job.lease_owner = None
    job.lease_expires_at = None


def fail_attempt(
    session: Session, job: ParseJob, error: str, policy: QueuePolicy, now: datetime | None = None
) -> None:
    """Record a failed attempt: retry later, or give up after the last attempt."""
    if job.attempts >= policy.max_attempts:
        _give_up(session, job, error)
        return
    now = now or utcnow()
    job.status = "queued"
    job.last_error = error
    job.lease_owner = None
    job.lease_expires_at = None
    job.run_after = now + timedelta(seconds=policy.retry_delay_s * job.attempts)
    _set_submission_status(session, job.submission_id, "received")


def _give_up(session: Session, job: ParseJob, error: str) -> None:
    job.status = "failed"
    job.last_error = error
    job.lease_owner = None
    job.lease_expires_at = None
    submission = _set_submission_status(session, job.submission_id, "parse_failed")
    submission.candidate.parse_failed = True  # the queue's indexed flag
    record_event(
        session,
        "parse_gave_up",
        candidate_id=submission.candidate_id,
        submission_id=submission.id,
        attempts=job.attempts,
    )


def _set_submission_status(session: Session, submission_id: int, status: str) -> Submission:
    submission = session.get_one(Submission, submission_id)
    submission.status = status
    return submission


def queue_depth(session: Session) -> int:
    count = session.scalar(sa.select(sa.func.count(ParseJob.id)).where(ParseJob.status == "queued"))
    return int(count or 0)
