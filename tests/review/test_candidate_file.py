"""The candidate file reads like a clinician's file: a summary with per-item marks, the work
history as a timeline with its gaps and overlaps, education as lines, evidence on demand, and
the previous/next candidate of the queue view it was opened from."""

from __future__ import annotations

import re
from html import unescape

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.models import Candidate
from tests.file_helpers import SLP_PROFILE, SLP_TEXT
from tests.helpers import login, make_user
from tests.queue_helpers import parsed_candidate, profile

# Readiness is read on a start date: the AZ licence (Dec 2029) then ends mid-assignment.
START = "2029-11-01"


@pytest.fixture
def maya(session: Session) -> Candidate:
    make_user(session)
    candidate = parsed_candidate(session, SLP_PROFILE, text=SLP_TEXT, hours_ago=5)
    session.commit()
    return candidate


def page_of(client: FlaskClient, candidate: Candidate, query: str = "") -> str:
    login(client)
    response = client.get(f"/candidates/{candidate.id}{query}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_the_summary_shows_licences_and_certifications_with_their_expiry_status(
    client: FlaskClient, maya: Candidate
) -> None:
    text = text_of(page_of(client, maya, f"?start={START}&state=AZ"))
    assert "CA SLP valid to Aug 2030" in text
    assert "AZ SLP expires Dec 2029, during the assignment low confidence 40%" in text
    assert "VitalStim no expiry given" in text
    assert "7.5 years · SLP" in text and "Acute Care 3.5 y" in text
    assert "Readiness for AZ, starting 2029-11-01" in text
    assert "Licence for AZ expires 2029-12-31, during the assignment." in text
    # Nobody confirmed the parse: the file says so once, and per field where it matters.
    assert "the candidate has not confirmed these details" in text
    # The AZ licence by its own confidence; the certifications once, by their field's (0.5).
    assert text.count("low confidence") == 2
    assert "Certifications unconfirmed low confidence 50%" in text


def test_work_history_is_a_timeline_with_its_gap_overlap_and_open_ended_jobs(
    client: FlaskClient, maya: Candidate
) -> None:
    html = page_of(client, maya)
    work = text_of(html[html.index('<h2 id="work-title"') : html.index('id="education"')])
    assert work.startswith("Work history unconfirmed gap: Mar 2022–Dec 2023 2 jobs “to present”")
    work = text_of(html[html.index('<ol class="jobs">') : html.index('id="education"')])
    assert work.index("Central Coast Medical Center") < work.index("gap: Mar 2022–Dec 2023")
    assert work.index("gap: Mar 2022–Dec 2023") < work.index("Valley Children's Hospital")
    assert work.count("one of 2 “to present”") == 2
    assert "Central Coast Medical Center , San Luis Obispo, CA travel · Aya Healthcare" in work
    assert "overlaps Sierra Rehab" in work
    assert "Speech-Language Pathologist · Pediatrics — Aug 2019 – Feb 2022 · 2 y 7 mo" in work
    education = text_of(html[html.index('id="education"') : html.index('id="original"')])
    assert (
        "MS Speech-Language Pathology , California State University Sacramento, 2018" in education
    )


def test_no_record_is_printed_as_keys_and_values(client: FlaskClient, maya: Candidate) -> None:
    text = text_of(page_of(client, maya))
    assert not re.search(r"\b\w+: [^;]{1,80}; \w+: ", text), "a record printed as key: value"
    assert "name: Central Coast" not in text and "start: 2025" not in text


def test_evidence_opens_beside_the_original_only_when_asked(
    client: FlaskClient, maya: Candidate
) -> None:
    closed = page_of(client, maya)
    assert 'class="hit"' not in closed
    assert re.search(r'id="evidence-box"[^>]*hidden', closed)
    arizona = SLP_TEXT.splitlines().index("Arizona SLP License 7788, expires 12/2029") + 1
    assert f'data-lines="{arizona}"' in closed  # the link knows its line, for candidate.js
    opened = page_of(client, maya, "?evidence=licenses-1")
    assert not re.search(r'id="evidence-box"[^>]*hidden', opened)
    assert "Evidence for Licences · page 1" in opened
    hit = f'<span id="line-{arizona}" class="hit"><mark title="licenses">Arizona SLP License'
    assert hit in opened
    assert opened.count('class="hit"') == 1


def test_the_file_links_to_the_previous_and_next_candidate_of_its_queue_view(
    client: FlaskClient, session: Session, maya: Candidate
) -> None:
    older = parsed_candidate(session, profile(name="Olive Older"), hours_ago=9)
    texan = parsed_candidate(session, profile(name="Tex Newer"), hours_ago=1)
    session.commit()
    html = page_of(client, maya, "?view=discipline%3DSLP")
    assert 'id="prev-candidate"' not in html and 'id="next-candidate"' not in html
    html = page_of(client, maya)
    assert f'id="prev-candidate" rel="prev" href="/candidates/{older.id}"' in html
    assert f'id="next-candidate" rel="next" href="/candidates/{texan.id}"' in html
    queue = client.get("/queue?can_work_in=TX").get_data(as_text=True)
    assert f'data-href="/candidates/{older.id}?view=can_work_in%3DTX"' in queue
    html = page_of(client, maya, "?view=can_work_in%3DTX")
    # Readiness follows the view's state unless another is chosen.
    assert "Readiness for TX" in html
