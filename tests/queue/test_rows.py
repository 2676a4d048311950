"""A queue row answers "can I submit them?": licence states with compact badges, the next
certification expiry, years in the main specialty, readiness for the view's state, marks for
unconfirmed and doubtful details, and how long they have waited."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.db import utcnow
from recruit.queue.rows import waiting
from tests.file_helpers import SLP_PROFILE
from tests.helpers import login, make_user
from tests.queue_helpers import parsed_candidate, profile


@pytest.fixture
def recruiter(client: FlaskClient, session: Session) -> FlaskClient:
    make_user(session)
    parsed_candidate(session, SLP_PROFILE, hours_ago=5)
    tara = parsed_candidate(session, profile(name="Tara Texas"), hours_ago=50)
    tara.submissions[0].confirmed_at = utcnow()
    tara.submissions[0].confirmed_profile = {}
    session.commit()
    login(client)
    return client


def rows(client: FlaskClient, query: str = "") -> dict[str, list[str]]:
    """Each row's cells as text, by the candidate's name."""
    html = client.get(f"/queue{query}").get_data(as_text=True)
    body = html[html.index("<tbody>") : html.index("</tbody>")]
    found = {}
    for row in re.findall(r"<tr data-href.*?</tr>", body, re.S):
        cells = [
            " ".join(unescape(re.sub(r"<[^>]+>", " ", c)).split())
            for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        ]
        found[cells[1].split(" ")[0]] = cells
    return found


def test_a_row_shows_licences_certification_specialty_marks_and_waiting(
    recruiter: FlaskClient,
) -> None:
    maya, tara = rows(recruiter)["Maya"], rows(recruiter)["Tara"]
    assert maya[:6] == [
        "5 h", "Maya Castillo unconfirmed low confidence", "SLP", "Acute Care 3.5 y",
        "CA AZ TX", "BLS Mar 2030",
    ]  # fmt: skip
    # Tara confirmed her details: no marks; her Texas licence is compact.
    assert tara[:6] == ["2 d", "Tara Texas", "RN", "ICU 4 y", "TX C", "ACLS Jun 2027"]
    html = recruiter.get("/queue").get_data(as_text=True)
    assert 'TX<span class="badge compact" title="Compact (multistate) licence">C</span>' in html
    assert "Ready for" not in html  # no state in the view, no readiness column


def test_with_a_state_in_the_view_each_row_says_whether_they_are_ready_for_it(
    recruiter: FlaskClient,
) -> None:
    found = rows(recruiter, "?can_work_in=TX")
    # Maya's Pediatrics years make facilities ask for PALS, which her resume lacks.
    assert found["Maya"][6] == "PALS missing"
    # Tara's licence states no expiry: ready, but the recruiter is told to verify it.
    assert found["Tara"][6] == "ready licence verify"
    found = rows(recruiter, "?licence_state=AZ")
    assert list(found) == ["Maya"] and found["Maya"][6] == "PALS missing"
    html = recruiter.get("/queue?can_work_in=TX").get_data(as_text=True)
    assert '<th scope="col">Ready for TX?</th>' in html


@pytest.mark.parametrize(
    ("elapsed", "shown"),
    [(timedelta(minutes=-3), "0 min"), (timedelta(minutes=59), "59 min"),
     (timedelta(hours=47), "47 h"), (timedelta(hours=49), "2 d"), (timedelta(days=30), "30 d")],
)  # fmt: skip
def test_waiting_time_is_told_in_the_unit_that_matters(elapsed: timedelta, shown: str) -> None:
    assert waiting(elapsed) == shown
