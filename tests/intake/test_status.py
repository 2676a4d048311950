"""After submitting: the done page, the email, the private status page and what it offers."""

from __future__ import annotations

import io
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit import mail
from recruit.models import Candidate, Event, Submission
from tests.candidate_helpers import applied_and_confirmed, apply, confirm, parse_all
from tests.files.pdf import text_pdf


def outbox(app: Flask) -> list[Path]:
    return sorted((Path(app.instance_path) / "outbox").glob("*.eml"))


def test_done_page_gives_a_reference_and_the_private_status_link(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    token = applied_and_confirmed(client, app)
    page = client.get(f"/apply/{token}/done").get_data(as_text=True)
    submission_id = session.query(Submission.id).scalar()
    assert f"RC-{submission_id:06d}" in page
    assert f"http://localhost/status/{token}" in page
    assert "What happens next" in page


def test_confirmation_email_is_written_to_the_outbox_without_smtp(
    client: FlaskClient, app: Flask
) -> None:
    token = applied_and_confirmed(client, app)
    [path] = outbox(app)
    message = message_from_bytes(path.read_bytes())
    assert message["To"] == "jane@example.com"
    assert "RC-" in message["Subject"]
    assert f"/status/{token}" in message.get_payload(decode=True).decode()


def test_confirmation_email_goes_through_smtp_when_configured(
    app_config: dict[str, Any], request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[Any] = []

    class FakeSMTP:
        def __init__(self, host: str, port: int, timeout: float) -> None:
            sent.append(("connect", host, port))

        def __enter__(self) -> FakeSMTP:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def starttls(self) -> None:
            sent.append(("starttls",))

        def login(self, user: str, password: str) -> None:
            sent.append(("login", user))

        def send_message(self, message: Any) -> None:
            sent.append(("send", message["To"]))

    monkeypatch.setattr(mail.smtplib, "SMTP", FakeSMTP)
    app_config.update(SMTP_HOST="smtp.example.com", SMTP_PORT=2525, SMTP_USER="u")
    client, app = request.getfixturevalue("client"), request.getfixturevalue("app")
    applied_and_confirmed(client, app)
    assert sent == [
        ("connect", "smtp.example.com", 2525),
        ("starttls",),
        ("login", "u"),
        ("send", "jane@example.com"),
    ]
    assert outbox(app) == []


def test_a_mail_failure_does_not_lose_the_application(
    client: FlaskClient, app: Flask, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(mail, "write_to_outbox", broken)
    applied_and_confirmed(client, app)
    assert session.query(Submission).one().status == "confirmed"


@pytest.mark.parametrize(
    ("status", "words"),
    [
        ("new", "We have your application."),
        ("in_review", "A recruiter is reading your application."),
        ("submitted", "sent to a facility"),
        ("not_a_fit", "an assignment that fits you right now"),
        ("withdrawn", "You withdrew your application."),
    ],
)
def test_status_page_says_in_plain_words_where_the_application_stands(
    client: FlaskClient, app: Flask, session: Session, status: str, words: str
) -> None:
    token = applied_and_confirmed(client, app)
    session.query(Candidate).one().status = status
    session.commit()
    page = client.get(f"/status/{token}").get_data(as_text=True)
    assert words in page and "What happens next" in page
    assert "in_review" not in page and "not_a_fit" not in page


def test_status_page_before_confirming_asks_to_check_the_details(client: FlaskClient) -> None:
    token = apply(client)
    page = client.get(f"/status/{token}").get_data(as_text=True)
    assert "confirmed your details yet" in page
    assert f'href="/apply/{token}/confirm"' in page


def test_candidate_pages_are_never_cached(client: FlaskClient) -> None:
    token = apply(client)
    assert client.get(f"/status/{token}").headers["Cache-Control"] == "no-store"


def test_candidate_updates_availability_and_preferences(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    token = applied_and_confirmed(client, app)
    form = {"availability_date": "2027-03-01", "preferred_states": "CA, or", "shift": "days"}
    response = client.post(f"/status/{token}/preferences", data=form)
    assert response.status_code == 302
    profile = session.query(Submission).one().confirmed_profile
    assert profile["availability_date"] == "2027-03-01"
    assert (profile["preferred_states"], profile["shift"]) == (["CA", "OR"], "days")
    assert profile["name"] == "Jane Example"
    assert session.query(Event).filter_by(kind="candidate_updated_preferences").count() == 1
    bad = client.post(f"/status/{token}/preferences", data={**form, "preferred_states": "XX"})
    assert bad.status_code == 400 and "recognise XX" in bad.get_data(as_text=True)


def test_a_newer_resume_is_a_new_submission_for_the_same_candidate(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    token = applied_and_confirmed(client, app)
    form = {"resume": (io.BytesIO(text_pdf(["New resume", "jane@example.com"])), "new.pdf")}
    response = client.post(
        f"/status/{token}/resume", data={**form, "consent": "y"}, content_type="multipart/form-data"
    )
    assert response.headers["Location"].endswith(f"/apply/{token}/confirm")
    assert session.query(Candidate).count() == 1
    assert session.query(Submission).count() == 2
    parse_all(app)
    page = client.get(f"/apply/{token}/confirm").get_data(as_text=True)
    assert 'value="Jane Example"' in page  # kept from the earlier confirmation
    assert confirm(client, token, name="Jane Q. Example").status_code == 302
    session.rollback()  # see the app's commits
    assert session.query(Candidate).one().display_name == "Jane Q. Example"
    assert {s.status for s in session.query(Submission)} == {"confirmed"}


def test_withdraw_changes_the_status_and_is_recorded(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    token = applied_and_confirmed(client, app)
    assert client.post(f"/status/{token}/withdraw").status_code == 302
    assert session.query(Candidate).one().status == "withdrawn"
    assert session.query(Event).filter_by(kind="candidate_withdrew").count() == 1
    assert "You withdrew your application." in client.get(f"/status/{token}").get_data(as_text=True)


def test_privacy_page_says_what_is_kept_who_sees_it_and_for_how_long(client: FlaskClient) -> None:
    page = client.get("/privacy").get_data(as_text=True)
    for words in ("What we keep", "Who sees it", "For how long", "24 hours", "24 months"):
        assert words in page
