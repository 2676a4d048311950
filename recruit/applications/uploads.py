"""Accepting an upload: store the bytes, then candidate, submission, document and job together."""

from __future__ import annotations

from sqlalchemy.orm import Session

from recruit.applications.status_links import issue_token
from recruit.db import utcnow
from recruit.events import record_event
from recruit.jobs import enqueue
from recruit.models import Candidate, Document, Submission
from recruit.storage import BlobStore, StorageUnavailable, blob_key


def accept_upload(
    session: Session,
    store: BlobStore,
    data: bytes,
    media_type: str,
    display_name: str,
    candidate: Candidate | None = None,
    sent_from: Submission | None = None,
) -> Submission:
    """Add everything to the caller's transaction; one commit makes the upload durable.

    A newer resume from a known candidate passes `candidate`; otherwise a new one is made.
    One sent from a status page passes `sent_from`, the link's submission, which owns it too.
    """
    try:
        key = store.put(data)  # before any row, so no row can point at a missing file
    except OSError as error:
        raise StorageUnavailable() from error
    now = utcnow()
    candidate = candidate or Candidate()
    submission = Submission(
        candidate=candidate, status="received", consent_at=now, source="web", sent_from=sent_from
    )
    document = Document(
        submission=submission,
        sha256=blob_key(data),
        size=len(data),
        media_type=media_type,
        storage_key=key,
        display_name=display_name,
    )
    session.add_all([candidate, submission, document])
    session.flush()
    enqueue(session, submission)
    record_event(
        session,
        "submission_received",
        candidate_id=candidate.id,
        submission_id=submission.id,
        media_type=media_type,
        size=len(data),
    )
    return submission


def start_application(
    session: Session, store: BlobStore, data: bytes, media_type: str, display_name: str
) -> str:
    """A first upload: accept it and return the private token of the candidate's status link."""
    submission = accept_upload(session, store, data, media_type, display_name)
    return issue_token(submission)
