from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.applications import uploads as services
from recruit.applications.status_links import token_hash
from recruit.models import Candidate, Document, Event, ParseJob, Submission
from tests.files.pdf import text_pdf
from tests.helpers import TEXT_RESUME


def upload(client: FlaskClient, data: bytes, filename: str, **extra: Any) -> Any:
    form = {"resume": (io.BytesIO(data), filename), "consent": "y", **extra}
    return client.post("/apply", data=form, content_type="multipart/form-data")


def counts(session: Session) -> tuple[int, int, int, int]:
    session.rollback()  # start a fresh transaction so the app's commits are visible
    return tuple(session.query(m).count() for m in (Candidate, Submission, Document, ParseJob))


def test_apply_page_offers_a_resume_field_and_consent(client: FlaskClient) -> None:
    page = client.get("/apply").get_data(as_text=True)
    assert 'name="resume"' in page and 'type="file"' in page
    assert 'name="consent"' in page
    assert 'enctype="multipart/form-data"' in page


def test_upload_of_pdf_creates_submission_and_job(
    client: FlaskClient, session: Session, app: Flask
) -> None:
    pdf = text_pdf(["Jane Example, RN"])
    response = upload(client, pdf, "My Resume (final).pdf")
    assert response.status_code == 302
    token = re.fullmatch(r".*/apply/([\w-]+)/confirm", response.headers["Location"]).group(1)
    assert counts(session) == (1, 1, 1, 1)
    submission = session.query(Submission).one()
    assert submission.status == "received" and submission.consent_at is not None
    assert submission.status_token_hash == token_hash(token)  # the token itself is not stored
    document = session.query(Document).one()
    assert document.media_type == "application/pdf"
    assert document.size == len(pdf)
    assert document.display_name == "My Resume (final).pdf"
    job = session.query(ParseJob).one()
    assert (job.status, job.attempts, job.submission_id) == ("queued", 0, submission.id)
    assert session.query(Event).filter_by(kind="submission_received").count() == 1


def test_stored_file_is_named_by_content_never_by_the_client(
    client: FlaskClient, session: Session, app: Flask
) -> None:
    upload(client, text_pdf(["x"]), "..\\../../evil.pdf")
    document = session.query(Document).one()
    assert document.display_name == "evil.pdf"
    stored = [p.name for p in Path(app.config["STORAGE_DIR"]).rglob("*") if p.is_file()]
    assert stored == [document.sha256] == [document.storage_key]


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "resume.pdf"),
        (b"PK\x03\x04 not really a docx", "resume.docx"),
        (b"GIF89a" + b"\x00" * 20, "photo.png"),
    ],
    ids=["program-named-pdf", "zip-named-docx", "gif-named-png"],
)
def test_upload_of_wrong_type_is_rejected_by_content(
    client: FlaskClient, session: Session, data: bytes, filename: str
) -> None:
    response = upload(client, data, filename)
    assert response.status_code == 400
    assert "We can read these kinds of file" in response.get_data(as_text=True)
    assert counts(session) == (0, 0, 0, 0)


def test_upload_without_consent_is_not_stored(client: FlaskClient, session: Session) -> None:
    form = {"resume": (io.BytesIO(TEXT_RESUME), "resume.txt")}
    response = client.post("/apply", data=form, content_type="multipart/form-data")
    assert response.status_code == 400
    assert "agreement" in response.get_data(as_text=True)
    assert counts(session) == (0, 0, 0, 0)


def test_upload_over_the_size_limit_gets_the_413_page(
    client: FlaskClient, session: Session
) -> None:
    response = upload(client, b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10), "big.pdf")
    assert response.status_code == 413
    assert "too big" in response.get_data(as_text=True)
    assert counts(session) == (0, 0, 0, 0)


def test_csrf_token_is_required_when_protection_is_on(
    app_config: dict[str, Any], request: pytest.FixtureRequest
) -> None:
    app_config["WTF_CSRF_ENABLED"] = True
    client = request.getfixturevalue("client")
    session = request.getfixturevalue("session")
    assert upload(client, TEXT_RESUME, "resume.txt").status_code == 400
    assert counts(session) == (0, 0, 0, 0)
    page = client.get("/apply").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)
    assert token is not None
    response = upload(client, TEXT_RESUME, "resume.txt", csrf_token=token.group(1))
    assert response.status_code == 302
    assert counts(session) == (1, 1, 1, 1)


def test_a_failure_mid_upload_saves_nothing(
    client: FlaskClient, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_enqueue(*_args: Any) -> None:
        raise RuntimeError("queue unavailable")

    monkeypatch.setattr(services, "enqueue", broken_enqueue)
    with pytest.raises(RuntimeError):
        upload(client, TEXT_RESUME, "resume.txt")
    assert counts(session) == (0, 0, 0, 0)


@pytest.mark.parametrize(
    ("data", "stored"),
    [
        (TEXT_RESUME.decode().encode("utf-16"), "text/plain"),
        (b"{\\rtf1\\ansi Jane Example, RN\\par ICU\\par}", "application/rtf"),
        (b"Jane Example, RN\n%PDF-1.4 forms\n" + TEXT_RESUME, "application/pdf"),
    ],
    ids=["utf-16 text", "rtf", "pdf marker early in text"],
)
def test_an_upload_is_stored_as_the_type_the_parser_will_read_it_as(
    client: FlaskClient, session: Session, data: bytes, stored: str
) -> None:
    assert upload(client, data, "resume.txt").status_code == 302
    session.rollback()
    assert session.query(Document.media_type).one()[0] == stored


@pytest.mark.parametrize(
    "data",
    [
        b"<!-- my resume -->\n<svg onload=alert(1)>",
        b"Jane Example, RN\n<img src=x onerror=alert(1)>",
        b"Jane Example\n<hta:application id=x/>",
    ],
    ids=["comment then svg", "img onerror", "hta"],
)
def test_markup_anywhere_in_a_text_upload_is_refused(client: FlaskClient, data: bytes) -> None:
    assert upload(client, data, "resume.txt").status_code == 400
