"""The candidate page: evidence highlighted in inert text, the original inline behind a
restrictive policy, readiness, and access control for pages, files and exports."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.db import utcnow
from recruit.models import Candidate, Document, Event
from recruit.storage import FileBlobStore
from tests.files.pdf import text_pdf
from tests.helpers import login, make_user
from tests.queue_helpers import parsed_candidate, profile

TEXT = """Tara Texas, RN
<script>alert('owned')</script>
ICU Travel Nurse, Acme Staffing, 2020 - present
Compact RN licence, Texas"""
FIELDS = {
    "specialties": {"confidence": 0.9, "evidence": [{"page": 1, "text": "ICU Travel Nurse"}]},
    "licenses": {"confidence": 0.45, "evidence": [{"page": 1, "text": "compact rn licence"}]},
}


@pytest.fixture
def tara(session: Session) -> Candidate:
    make_user(session)
    candidate = parsed_candidate(session, profile(fields=FIELDS), text=TEXT)
    session.commit()
    return candidate


def test_evidence_lines_are_marked_and_resume_markup_stays_text(
    client: FlaskClient, tara: Candidate
) -> None:
    login(client)
    page = client.get(f"/candidates/{tara.id}").get_data(as_text=True)
    assert (
        '<mark title="specialties">ICU Travel Nurse, Acme Staffing, 2020 - present</mark>' in page
    )
    assert '<mark title="licenses">Compact RN licence, Texas</mark>' in page
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;" in page
    assert '<span class="confidence-low">45%</span>' in page and "90%" in page
    assert 'href="#line-3"' in page


def test_each_view_is_written_to_the_event_trail(
    client: FlaskClient, session: Session, tara: Candidate
) -> None:
    login(client)
    client.get(f"/candidates/{tara.id}")
    kinds = session.scalars(sa.select(Event.kind).where(Event.candidate_id == tara.id)).all()
    assert "candidate_viewed" in kinds


def test_readiness_for_a_chosen_state_and_start_date(client: FlaskClient, tara: Candidate) -> None:
    login(client)
    page = client.get(f"/candidates/{tara.id}?state=CA&start=2027-05-01").get_data(as_text=True)
    assert "No licence valid in CA" in page
    assert "ACLS expires 2027-06-30, during the assignment" in page
    assert "Can work today in: AZ, CO, TX" in page


def test_pdf_is_served_inline_with_a_sandboxing_policy(
    client: FlaskClient, session: Session, app: Flask, tara: Candidate
) -> None:
    document = session.scalars(sa.select(Document)).one()
    document.media_type = "application/pdf"
    document.storage_key = FileBlobStore(app.config["STORAGE_DIR"]).put(text_pdf(["Tara"]))
    session.commit()
    login(client)
    page = client.get(f"/candidates/{tara.id}").get_data(as_text=True)
    url = f"/candidates/{tara.id}/submissions/{document.submission_id}/inline"
    assert f'<iframe src="{url}"' in page
    response = client.get(url)
    assert response.status_code == 200 and response.data.startswith(b"%PDF")
    assert response.headers["Content-Disposition"].startswith("inline")
    policy = response.headers["Content-Security-Policy"]
    assert policy.startswith("sandbox;") and "default-src 'none'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_text_documents_are_not_served_inline(
    client: FlaskClient, session: Session, tara: Candidate
) -> None:
    login(client)
    submission_id = session.scalars(sa.select(Document.submission_id)).one()
    assert (
        client.get(f"/candidates/{tara.id}/submissions/{submission_id}/inline").status_code == 404
    )


@pytest.mark.parametrize(
    "path",
    [
        "/queue",
        "/queue.csv",
        "/queue/facets",
        "/candidates/{id}",
        "/candidates/{id}/submissions/{sub}/inline",
        "/candidates/{id}/submissions/{sub}/original",
    ],
)
def test_anonymous_visitors_never_reach_recruiter_pages_or_files(
    client: FlaskClient, session: Session, tara: Candidate, path: str
) -> None:
    submission_id = session.scalars(sa.select(Document.submission_id)).one()
    response = client.get(path.format(id=tara.id, sub=submission_id))
    assert response.status_code == 302 and "/login" in response.location


def test_readiness_follows_a_recruiters_licence_correction(
    client: FlaskClient, tara: Candidate
) -> None:
    login(client)
    correction = {"field": "licenses", "value": "CA | RN | 12345 | no | 2030-12-31"}
    assert client.post(f"/candidates/{tara.id}/corrections", data=correction).status_code == 302
    page = client.get(f"/candidates/{tara.id}?state=CA&start=2027-05-01").get_data(as_text=True)
    assert "No licence valid in CA" not in page
    assert "Can work today in: CA" in page


def test_an_unconfirmed_application_says_when_it_will_be_erased(
    client: FlaskClient, session: Session, tara: Candidate
) -> None:
    login(client)
    submission = tara.submissions[0]
    erased_at = submission.received_at + timedelta(hours=24)
    page = client.get(f"/candidates/{tara.id}").get_data(as_text=True)
    assert "has not confirmed their details yet" in page
    assert f"deleted automatically at {erased_at:%Y-%m-%d %H:%M} UTC" in page
    submission.confirmed_at = utcnow()
    session.commit()
    page = client.get(f"/candidates/{tara.id}").get_data(as_text=True)
    assert "has not confirmed their details yet" not in page


def test_originals_download_under_our_reference_and_their_real_type(
    client: FlaskClient, session: Session, app: Flask, tara: Candidate
) -> None:
    document = session.scalars(sa.select(Document)).one()
    document.display_name = "cv.html"
    document.media_type = "application/pdf"
    document.storage_key = FileBlobStore(app.config["STORAGE_DIR"]).put(text_pdf(["Tara"]))
    session.commit()
    login(client)
    response = client.get(f"/candidates/{tara.id}/submissions/{document.submission_id}/original")
    disposition = response.headers["Content-Disposition"]
    assert disposition == f"attachment; filename=RC-{document.submission_id:06d}.pdf"
    assert "html" not in disposition


def test_a_long_extracted_text_is_shown_a_page_at_a_time(
    client: FlaskClient, session: Session
) -> None:
    make_user(session)
    text = "\n".join(f"Line number {n} of a long resume" for n in range(1, 1201))
    fields = {"specialties": {"confidence": 0.9, "evidence": [{"text": "Line number 700 of"}]}}
    candidate = parsed_candidate(session, profile(fields=fields), text=text)
    session.commit()
    login(client)
    first = client.get(f"/candidates/{candidate.id}").get_data(as_text=True)
    assert 'id="line-500"' in first and 'id="line-501"' not in first
    assert "Page 1 of 3" in first and "Later lines" in first
    assert "text_page=2#line-700" in first  # evidence on another page links to it
    third = client.get(f"/candidates/{candidate.id}?text_page=3").get_data(as_text=True)
    assert 'id="line-1001"' in third and 'id="line-1000"' not in third
    assert "Earlier lines" in third and "Later lines" not in third
