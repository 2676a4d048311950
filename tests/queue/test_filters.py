"""The queue's filters, facet counts and keyset pages, through SQL on each database."""

from __future__ import annotations

from datetime import date

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.models import Candidate
from recruit.queue.facets import facet_counts
from recruit.queue.filters import Cursor, QueueFilters
from recruit.queue.pages import queue_page
from tests.helpers import login, make_candidate, make_user
from tests.queue_helpers import parsed_candidate, profile

CA_ONLY = {"licenses": [{"state": "CA", "type": "RN", "compact": False}], "eligible_states": ["CA"]}


@pytest.fixture
def me(session: Session) -> int:
    user = make_user(session)
    session.commit()
    return user.id


@pytest.fixture
def people(session: Session, me: int) -> dict[str, Candidate]:
    """Five candidates, oldest first: a compact ICU nurse, a California ER nurse, a PT,
    a new grad with warnings, and a placed ICU nurse who is out of the default view."""
    people = {
        "compact": parsed_candidate(session, profile(), hours_ago=50),
        "california": parsed_candidate(
            session,
            profile(
                specialties=["ER"],
                years_experience=2,
                certifications=[{"name": "ACLS", "expires": "2026-01-31"}],
                **CA_ONLY,
            ),
            hours_ago=40,
        ),
        "therapist": parsed_candidate(
            session,
            profile(discipline="PT", specialties=["Outpatient"], certifications=[], **CA_ONLY),
            hours_ago=30,
        ),
        "newgrad": parsed_candidate(
            session,
            profile(
                years_experience=0.5,
                certifications=[{"name": "ACLS"}],
                fields={"name": {"confidence": 0.3, "evidence": []}},
            ),
            warnings=("two columns",),
            hours_ago=20,
        ),
        "placed": parsed_candidate(session, profile(), hours_ago=10, status="placed"),
    }
    people["california"].assigned_user_id = me
    session.commit()
    return people


def names(session: Session, me: int, **args: str) -> list[str]:
    page = queue_page(session, QueueFilters.from_args(args), me)
    return [_key(session, c) for c in page.candidates]


def _key(session: Session, candidate: Candidate) -> str:
    return session.info["names"][candidate.id]


@pytest.fixture(autouse=True)
def _label(session: Session, people: dict[str, Candidate]) -> None:
    session.info["names"] = {c.id: name for name, c in people.items()}


def test_default_view_is_what_needs_review_oldest_first(session: Session, me: int) -> None:
    assert names(session, me) == ["compact", "california", "therapist", "newgrad"]
    assert "placed" in names(session, me, status="all")
    assert names(session, me, status="placed") == ["placed"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ({"discipline": "PT"}, ["therapist"]),
        ({"specialty": "ER"}, ["california"]),
        ({"licence_state": "CA"}, ["california", "therapist"]),
        ({"compact": "yes"}, ["compact", "newgrad"]),
        ({"compact": "no"}, ["california", "therapist"]),
        ({"cert": "ACLS"}, ["compact", "california", "newgrad"]),
        ({"min_years": "2"}, ["compact", "california", "therapist"]),
        ({"assigned": "me"}, ["california"]),
        ({"assigned": "none"}, ["compact", "therapist", "newgrad"]),
        ({"quality": "warnings"}, ["newgrad"]),
        ({"quality": "low_confidence"}, ["newgrad"]),
        ({"discipline": "RN", "licence_state": "CA"}, ["california"]),
    ],
)
def test_each_filter_narrows_the_queue(
    session: Session, me: int, args: dict[str, str], expected: list[str]
) -> None:
    assert names(session, me, **args) == expected


def test_can_work_in_a_state_includes_compact_licences_from_another_state(
    session: Session, me: int
) -> None:
    # The compact nurse is licensed in TX only; the parser made her eligible in AZ too.
    assert names(session, me, can_work_in="AZ") == ["compact", "newgrad"]
    assert names(session, me, can_work_in="CA") == ["california", "therapist"]
    assert names(session, me, licence_state="AZ") == []


def test_certification_valid_on_a_date_drops_expired_and_keeps_unknown_expiry(
    session: Session, me: int
) -> None:
    on = {"cert": "ACLS", "cert_valid_on": "2026-06-01"}
    # California's ACLS expired 2026-01-31; the new grad's has no stated expiry.
    assert names(session, me, **on) == ["compact", "newgrad"]
    assert names(session, me, cert="ACLS", cert_valid_on="2025-12-01") == [
        "compact",
        "california",
        "newgrad",
    ]


def test_received_date_range_filter(session: Session, me: int, people: dict) -> None:
    day = people["therapist"].received_at.date().isoformat()
    chosen = names(session, me, received_from=day, received_to=day)
    assert "therapist" in chosen
    assert all(people[name].received_at.date().isoformat() == day for name in chosen)
    assert names(session, me, received_to="2000-01-01") == []


def test_facet_counts_are_grouped_under_the_current_filters(session: Session, me: int) -> None:
    facets = facet_counts(session, QueueFilters(), me)
    assert not facets.estimated and facets.matches == 4
    counts = facets.counts
    assert counts["discipline"] == {"RN": 3, "PT": 1}
    assert counts["status"] == {"new": 4}
    assert counts["can_work_in"]["AZ"] == 2 and counts["can_work_in"]["CA"] == 2
    assert counts["compact"] == {"yes": 2, "no": 2}
    assert counts["assigned"] == {"me": 1, "none": 3}
    assert counts["quality"]["warnings"] == 1
    assert facets.get("discipline", "LPN") == 0  # counted whole: absent means none
    narrowed = facet_counts(session, QueueFilters(licence_state="CA"), me).counts
    assert narrowed["discipline"] == {"RN": 1, "PT": 1}
    assert "TX" not in narrowed["licence_state"]


def test_keyset_pages_walk_forward_and_back_without_gaps(session: Session, me: int) -> None:
    filters = QueueFilters(status="all")
    first = queue_page(session, filters, me, size=2)
    second = queue_page(session, filters, me, after=first.next_cursor, size=2)
    third = queue_page(session, filters, me, after=second.next_cursor, size=2)
    seen = [_key(session, c) for p in (first, second, third) for c in p.candidates]
    assert seen == ["compact", "california", "therapist", "newgrad", "placed"]
    assert first.prev_cursor is None and third.next_cursor is None
    back = queue_page(session, filters, me, before=second.prev_cursor, size=2)
    assert [_key(session, c) for c in back.candidates] == ["compact", "california"]
    assert back.prev_cursor is None
    token = second.next_cursor.token()
    assert Cursor.parse(token) == second.next_cursor


def test_queue_page_keeps_filters_in_the_url_and_links_the_next_page(
    client: FlaskClient, app: Flask, session: Session, people: dict
) -> None:
    login(client)
    page = client.get("/queue?discipline=RN&min_years=1&counts=1").get_data(as_text=True)
    assert 'value="RN" data-facet="discipline" data-value="RN" selected' in page
    assert "RN (2)" in page  # counts beside the options when asked for without JavaScript
    assert "/queue.csv?" in page and "discipline=RN" in page
    assert 'rel="next"' not in page


def test_queue_facets_endpoint_returns_json_counts(client: FlaskClient, people: dict) -> None:
    login(client)
    body = client.get("/queue/facets?discipline=RN").get_json()
    assert not body["estimated"] and body["counts"]["discipline"] == {"RN": 3}


@pytest.fixture
def crowd(session: Session) -> None:
    """300 more candidates in the default view: 200 RNs and 100 PTs, interleaved."""
    for n in range(300):
        make_candidate(session, discipline="PT" if n % 3 == 2 else "RN")
    session.commit()


def small_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    """Views over 50 are sampled, about 200 of them: two thirds of the crowd."""
    monkeypatch.setattr("recruit.queue.facets.EXACT_LIMIT", 50)
    monkeypatch.setattr("recruit.queue.facets.SAMPLE_TARGET", 200)


def test_broad_views_are_counted_over_a_sample_and_scaled_up(
    session: Session, me: int, people: dict, crowd: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_sample(monkeypatch)
    facets = facet_counts(session, QueueFilters(), me)
    assert facets.estimated and facets.scale > 1
    rn, pt = facets.counts["discipline"]["RN"], facets.counts["discipline"]["PT"]
    assert 150 <= rn <= 260 and 60 <= pt <= 140  # truth: 203 and 101
    assert 240 <= facets.matches <= 360  # truth: 304
    assert facets.get("discipline", "OT") is None  # a sample's miss is not a zero
    # A view the sample shows to be small is counted whole again.
    therapists = facet_counts(session, QueueFilters(licence_state="CA"), me)
    assert not therapists.estimated and therapists.counts["discipline"] == {"RN": 1, "PT": 1}


def test_facets_endpoint_and_page_mark_estimated_counts(
    client: FlaskClient, people: dict, crowd: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_sample(monkeypatch)
    login(client)
    body = client.get("/queue/facets").get_json()
    assert body["estimated"] and 240 <= body["matches"] <= 360
    page = client.get("/queue?counts=1").get_data(as_text=True)
    assert "RN (\u2248" in page and "(counts estimated from a sample)" in page
    exact = client.get("/queue?counts=1&licence_state=CA").get_data(as_text=True)
    assert "RN (1)" in exact and "\u2248" not in exact


def test_a_merged_away_candidate_is_only_listed_among_duplicates(
    session: Session, me: int, people: dict
) -> None:
    people["placed"].merged_into_id = people["compact"].id
    session.commit()
    people["placed"].status = "duplicate"
    session.commit()
    assert "placed" not in names(session, me, status="all")
    assert facet_counts(session, QueueFilters(status="all"), me).matches == 4
    assert names(session, me, status="duplicate") == ["placed"]  # where the merge is traced


def test_bad_filter_values_are_ignored_not_errors(session: Session, me: int) -> None:
    filters = QueueFilters.from_args(
        {"min_years": "lots", "cert_valid_on": "soon", "status": "bogus", "assigned": "x"}
    )
    assert filters == QueueFilters()
    assert QueueFilters(cert_valid_on=date(2026, 1, 2)).to_args() == {"cert_valid_on": "2026-01-02"}


def test_a_corrected_field_no_longer_counts_as_low_confidence(
    session: Session, me: int, people: dict
) -> None:
    from recruit.candidates.corrections import correct_field

    assert names(session, me, quality="low_confidence") == ["newgrad"]
    correct_field(session, people["newgrad"], "name", "Nora Newgrad", me)
    session.commit()
    assert names(session, me, quality="low_confidence") == []
