from __future__ import annotations

from datetime import timedelta

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.db import utcnow
from recruit.models import ParseResultRow
from tests.helpers import TEXT_RESUME, make_candidate, make_submission


def test_queue_lists_candidates_oldest_waiting_first_with_name_discipline_and_status(
    signed_in: FlaskClient, session: Session
) -> None:
    two_hours_ago = utcnow() - timedelta(hours=2)
    older = make_candidate(
        session, display_name="Olive Older", discipline="PT", received_at=two_hours_ago
    )
    newer = make_candidate(session, display_name="Nina Newer", discipline="RN", parse_failed=True)
    make_submission(session, older, received_at=two_hours_ago)
    make_submission(session, newer, status="parse_failed")
    session.commit()
    page = signed_in.get("/queue").get_data(as_text=True)
    assert page.index("Olive Older") < page.index("Nina Newer")
    assert "PT" in page and "RN" in page
    assert "parse failed" in page and "status-new" in page


def test_queue_says_so_when_there_is_nothing_yet(signed_in: FlaskClient) -> None:
    assert "No resumes waiting" in signed_in.get("/queue").get_data(as_text=True)


def test_candidate_page_shows_parsed_fields_and_links_the_original(
    signed_in: FlaskClient, session: Session, app: Flask
) -> None:
    submission = make_submission(session, store_dir=app.config["STORAGE_DIR"], status="parsed")
    session.add(
        ParseResultRow(
            submission_id=submission.id,
            ok=True,
            parser_version="test",
            profile={"name": "Jane Example", "specialties": ["ICU", "ER"], "discipline": "RN"},
        )
    )
    session.commit()
    page = signed_in.get(f"/candidates/{submission.candidate_id}").get_data(as_text=True)
    assert "Jane Example" in page
    assert "ICU, ER" in page
    assert f"/submissions/{submission.id}/original" in page


def test_download_returns_the_original_bytes_as_an_attachment(
    signed_in: FlaskClient, session: Session, app: Flask
) -> None:
    submission = make_submission(session, store_dir=app.config["STORAGE_DIR"])
    session.commit()
    url = f"/candidates/{submission.candidate_id}/submissions/{submission.id}/original"
    response = signed_in.get(url)
    assert response.status_code == 200
    assert response.data == TEXT_RESUME
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_download_of_another_candidates_submission_is_not_found(
    signed_in: FlaskClient, session: Session, app: Flask
) -> None:
    submission = make_submission(session, store_dir=app.config["STORAGE_DIR"])
    other = make_candidate(session)
    session.commit()
    response = signed_in.get(f"/candidates/{other.id}/submissions/{submission.id}/original")
    assert response.status_code == 404


def test_missing_candidate_gets_the_404_page(signed_in: FlaskClient) -> None:
    response = signed_in.get("/candidates/999999")
    assert response.status_code == 404
    assert "could not find" in response.get_data(as_text=True)
