"""The app on the S3 backend: uploads, parsing, originals behind the access checks, erasure,
`recruit blobs gc` and `recruit blobs verify` (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy.orm import Session

from recruit.cli import main
from recruit.models import Document, Submission
from recruit.storage import make_store
from tests import s3
from tests.candidate_helpers import applied_and_confirmed, apply, parse_all
from tests.helpers import TEXT_RESUME, login, make_user

PREFIX = "blobs/"
RESUME_KEY = hashlib.sha256(TEXT_RESUME).hexdigest()


@pytest.fixture(autouse=True)
def on_s3(app_config: dict[str, Any], s3_endpoint: str, s3_bucket: str) -> None:
    app_config.update(s3.s3_settings(s3_endpoint, s3_bucket, S3_PREFIX=PREFIX))
    app_config["PARSE_FUNCTION"] = "tests.fakes:good_parse"


def bucket_keys(app: Flask) -> list[str]:
    return s3.object_keys(app.config["S3_ENDPOINT_URL"], app.config["S3_BUCKET"])


def test_an_upload_lands_in_the_bucket_and_nothing_on_local_disk(
    client: FlaskClient, app: Flask
) -> None:
    apply(client)
    assert bucket_keys(app) == [PREFIX + RESUME_KEY]
    assert not Path(app.config["STORAGE_DIR"]).exists()


def test_a_worker_parses_the_original_it_reads_from_the_bucket(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    apply(client)
    parse_all(app)
    submission = session.scalars(sa.select(Submission)).one()
    assert submission.status == "parsed"
    assert submission.parse_result is not None and submission.parse_result.ok


def test_recruiters_get_the_original_through_the_app_and_strangers_do_not(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    apply(client)
    document = session.scalars(sa.select(Document)).one()
    path = (
        f"/candidates/{document.submission.candidate_id}/submissions/"
        f"{document.submission_id}/original"
    )
    anonymous = client.get(path)
    assert anonymous.status_code == 302 and "/login" in anonymous.location
    make_user(session)
    session.commit()
    login(client)
    response = client.get(path)
    assert response.status_code == 200
    assert response.data == TEXT_RESUME  # the bytes themselves, never a link into the bucket
    assert response.headers["Cache-Control"] == "private, no-store"


def test_deleting_everything_deletes_the_object(client: FlaskClient, app: Flask) -> None:
    token = applied_and_confirmed(client, app)
    assert bucket_keys(app) == [PREFIX + RESUME_KEY]
    client.post(f"/status/{token}/delete")
    assert bucket_keys(app) == []


def test_blob_gc_removes_old_unreferenced_objects_only(
    client: FlaskClient, app: Flask, runner: FlaskCliRunner, session: Session
) -> None:
    apply(client)
    with app.app_context():
        orphan = make_store(app.config, session).put(b"left by an upload that died mid-way")
    young = runner.invoke(main, args=["blobs", "gc"])  # the default grace: 24 hours
    assert "removed 0 orphaned" in young.output
    dry = runner.invoke(main, args=["blobs", "gc", "--grace-hours", "0", "--dry-run"])
    assert "would remove 1 orphaned" in dry.output and orphan in dry.output
    assert len(bucket_keys(app)) == 2
    result = runner.invoke(main, args=["blobs", "gc", "--grace-hours", "0"])
    assert result.exit_code == 0 and "removed 1 orphaned" in result.output
    assert bucket_keys(app) == [PREFIX + RESUME_KEY]


def test_verify_names_documents_whose_object_is_missing(
    client: FlaskClient, app: Flask, runner: FlaskCliRunner
) -> None:
    apply(client)
    assert runner.invoke(main, args=["blobs", "verify"]).exit_code == 0
    s3.client(app.config["S3_ENDPOINT_URL"]).delete_object(
        Bucket=app.config["S3_BUCKET"], Key=PREFIX + RESUME_KEY
    )
    result = runner.invoke(main, args=["blobs", "verify"])
    assert result.exit_code == 1
    assert f"missing {RESUME_KEY}" in result.output


def test_an_unreachable_bucket_gets_the_could_not_save_page_and_stores_no_row(
    app_config: dict[str, Any], request: pytest.FixtureRequest
) -> None:
    app_config.update(S3_ENDPOINT_URL="http://127.0.0.1:9", S3_MAX_ATTEMPTS=1, S3_TIMEOUT_S=2)
    client = request.getfixturevalue("client")
    form = {"resume": (io.BytesIO(TEXT_RESUME), "r.txt"), "consent": "y"}
    response = client.post("/apply", data=form, content_type="multipart/form-data")
    assert response.status_code == 503
    assert "could not save your file" in response.get_data(as_text=True)
    session = request.getfixturevalue("session")
    assert session.scalar(sa.select(sa.func.count(Submission.id))) == 0
