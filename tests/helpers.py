"""Plain helpers for arranging data: they add to the given session and never commit."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.applications.filetypes import sniff
from recruit.auth.users import create_user
from recruit.db import Base, utcnow
from recruit.jobs import enqueue
from recruit.models import Candidate, Document, ParseJob, Submission, User
from recruit.paths import migrations_dir
from recruit.storage import FileBlobStore

PASSWORD = "correct horse battery staple"
TEXT_RESUME = b"""Jane Example, RN
jane.example@example.com | (555) 201-3344 | Denver, CO

Experience
ICU Travel Nurse, Acme Staffing at Mercy Hospital, 2021 - present
"""


def make_config(database_url: str, tmp_path: Path, **overrides: Any) -> dict[str, Any]:
    return {
        "TESTING": True,
        "INSTANCE_PATH": str(tmp_path / "instance"),
        "DATABASE_URL": database_url,
        "SECRET_KEY": "test secret",
        "STORAGE_DIR": str(tmp_path / "blobs"),
        "WTF_CSRF_ENABLED": False,
        "MAX_UPLOAD_MB": 1,
        "JOB_RETRY_DELAY_S": 0.0,
        "WORKER_POLL_S": 0.05,
        **overrides,
    }


@cache
def _migrations() -> ScriptDirectory:
    return ScriptDirectory(str(migrations_dir()))


def create_schema(url: str) -> None:
    """The models' tables, stamped as migrated (faster than running every migration per test;
    test_migrations checks the two agree)."""
    engine = sa.create_engine(url)
    Base.metadata.create_all(engine)
    with engine.begin() as connection:
        MigrationContext.configure(connection).stamp(_migrations(), "head")
    engine.dispose()


def make_candidate(session: Session, **overrides: Any) -> Candidate:
    candidate = Candidate(**{"display_name": "Jane Example", "discipline": "RN", **overrides})
    session.add(candidate)
    session.flush()
    return candidate


def make_submission(
    session: Session,
    candidate: Candidate | None = None,
    *,
    data: bytes = TEXT_RESUME,
    store_dir: str | None = None,
    queued: bool = True,
    display_name: str = "resume.txt",
    **overrides: Any,
) -> Submission:
    """A submission with its document (stored when store_dir is given) and, by default, a job."""
    candidate = candidate or make_candidate(session)
    submission = Submission(candidate=candidate, consent_at=utcnow(), **overrides)
    key = FileBlobStore(store_dir).put(data) if store_dir else "0" * 64
    session.add(submission)
    session.add(
        Document(
            submission=submission,
            sha256=hashlib.sha256(data).hexdigest(),
            size=len(data),
            media_type=sniff(data) or "text/plain",  # what the upload check would have stored
            storage_key=key,
            display_name=display_name,
        )
    )
    session.flush()
    if queued:
        enqueue(session, submission)
        session.flush()
    return submission


def make_user(session: Session, email: str = "rita@example.com", role: str = "recruiter") -> User:
    return create_user(session, email, PASSWORD, role)


def login(client: FlaskClient, email: str = "rita@example.com", password: str = PASSWORD) -> Any:
    return client.post("/login", data={"email": email, "password": password})


def jobs_of(session: Session, submission_id: int) -> list[ParseJob]:
    return list(session.query(ParseJob).filter_by(submission_id=submission_id))
