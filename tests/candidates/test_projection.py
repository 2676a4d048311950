"""The queue's filters and search follow the candidate's effective profile (parse < candidate-
confirmed < recruiter overrides) whenever any layer changes, checked through /queue itself."""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.candidates.parse_results import save_parse_result
from recruit.models import Candidate, Submission
from recruit.parsing.model import ParseResult
from tests.candidate_helpers import apply, confirm, parse_all
from tests.queue_helpers import parsed_candidate, profile

TEXAS_ONLY = {
    "licenses": [{"state": "TX", "type": "RN", "number": "TX-77", "compact": False}],
    "eligible_states": ["TX"],
}
_ROW = re.compile(r'data-href="/candidates/(\d+)[?"]')


def queue_ids(signed_in: FlaskClient, **args: str) -> set[int]:
    """The candidates the queue page lists for these URL parameters."""
    response = signed_in.get("/queue", query_string=args)
    assert response.status_code == 200
    return {int(found) for found in _ROW.findall(response.get_data(as_text=True))}


def correct(signed_in: FlaskClient, candidate_id: int, field: str, value: str) -> None:
    data = {"field": field, "value": value}
    response = signed_in.post(f"/candidates/{candidate_id}/corrections", data=data)
    assert response.status_code == 302


def test_a_corrected_specialty_is_what_the_filter_and_search_find(
    signed_in: FlaskClient, session: Session
) -> None:
    telemetry = profile(specialties=["Telemetry"], specialty_years={})
    nurse = parsed_candidate(session, telemetry, text="Floor nurse, 6 years.").id
    session.commit()
    assert nurse in queue_ids(signed_in, specialty="Telemetry")
    assert nurse in queue_ids(signed_in, q="telemetry")
    assert nurse not in queue_ids(signed_in, specialty="ICU") | queue_ids(signed_in, q="icu")

    correct(signed_in, nurse, "specialties", "ICU")

    assert nurse in queue_ids(signed_in, specialty="ICU")
    assert nurse in queue_ids(signed_in, q="icu")
    assert nurse not in queue_ids(signed_in, specialty="Telemetry")
    assert nurse not in queue_ids(signed_in, q="telemetry")


def test_a_corrected_licence_recomputes_where_the_candidate_can_work(
    signed_in: FlaskClient, session: Session
) -> None:
    nurse = parsed_candidate(session, profile(**TEXAS_ONLY), text="Floor nurse.").id
    session.commit()
    assert nurse in queue_ids(signed_in, can_work_in="TX")
    assert nurse not in queue_ids(signed_in, can_work_in="CO") | queue_ids(signed_in, q="az")

    correct(signed_in, nurse, "licenses", "TX | RN | TX-77 | yes | 2030-12-31")

    # A Texas multistate licence opens every state that has implemented the nurse compact.
    assert nurse in queue_ids(signed_in, can_work_in="CO")
    assert nurse in queue_ids(signed_in, can_work_in="TX")
    assert nurse in queue_ids(signed_in, q="az")  # state codes search eligibility too
    assert nurse in queue_ids(signed_in, compact="yes")

    correct(signed_in, nurse, "licenses", "TX | RN | TX-77 | no | 2030-12-31")

    assert nurse in queue_ids(signed_in, can_work_in="TX")
    assert nurse not in queue_ids(signed_in, can_work_in="CO")
    assert nurse not in queue_ids(signed_in, q="az")
    assert nurse not in queue_ids(signed_in, compact="yes")


def test_a_corrected_licence_that_has_expired_opens_no_state(
    signed_in: FlaskClient, session: Session
) -> None:
    nurse = parsed_candidate(session, profile(**TEXAS_ONLY)).id
    session.commit()
    correct(signed_in, nurse, "licenses", "TX | RN | TX-77 | yes | 2020")
    assert nurse not in queue_ids(signed_in, can_work_in="TX")
    assert nurse in queue_ids(signed_in, licence_state="TX")


def test_a_reparse_keeps_the_recruiters_correction_in_filters_and_search(
    signed_in: FlaskClient, session: Session
) -> None:
    nurse = parsed_candidate(session, profile(specialties=["Telemetry"], specialty_years={}))
    session.commit()
    correct(signed_in, nurse.id, "specialties", "ICU")
    session.expire_all()
    submission = session.get_one(Candidate, nurse.id).submissions[0]
    reparsed = profile(name="Tara Reparsed", specialties=["Oncology"], specialty_years={})
    save_parse_result(session, submission, ParseResult(ok=True, profile=reparsed))
    session.commit()
    assert nurse.id in queue_ids(signed_in, specialty="ICU")
    assert nurse.id in queue_ids(signed_in, q="reparsed icu")
    assert nurse.id not in queue_ids(signed_in, specialty="Oncology")
    assert nurse.id not in queue_ids(signed_in, q="oncology")


class Applicant(NamedTuple):
    client: FlaskClient
    token: str


@pytest.fixture
def applicant(app: Flask) -> Applicant:
    """Someone who applied and whose resume the stand-in parser read: an ICU and ER nurse
    with a Colorado compact licence, eligible in CO and TX."""
    app.config["PARSE_FUNCTION"] = "tests.fakes:good_parse"
    client = app.test_client()
    token = apply(client)
    parse_all(app)
    return Applicant(client, token)


def test_what_the_candidate_confirms_is_what_the_filters_and_search_find(
    applicant: Applicant, signed_in: FlaskClient, session: Session
) -> None:
    nurse = session.query(Candidate.id).scalar()
    assert nurse in queue_ids(signed_in, specialty="ICU") & queue_ids(signed_in, can_work_in="CO")

    changes = {
        "specialties": "Telemetry",
        "licenses-0-state": "CA",
        "licenses-0-compact": "",
        "licenses-0-expires": "2030-12-31",
    }
    assert confirm(applicant.client, applicant.token, **changes).status_code == 302

    assert nurse in queue_ids(signed_in, specialty="Telemetry")
    assert nurse in queue_ids(signed_in, q="telemetry")
    assert nurse in queue_ids(signed_in, can_work_in="CA")
    assert nurse not in queue_ids(signed_in, specialty="ICU") | queue_ids(signed_in, q="icu")
    assert nurse not in queue_ids(signed_in, can_work_in="CO")
    assert nurse not in queue_ids(signed_in, can_work_in="TX")


def test_preferences_the_candidate_changes_later_are_what_search_finds(
    applicant: Applicant, signed_in: FlaskClient, session: Session
) -> None:
    assert confirm(applicant.client, applicant.token, shift="nights").status_code == 302
    nurse = session.query(Candidate.id).scalar()
    assert nurse in queue_ids(signed_in, q="nights")
    form = {"availability_date": "2027-03-01", "preferred_states": "TX", "shift": "days"}
    response = applicant.client.post(f"/status/{applicant.token}/preferences", data=form)
    assert response.status_code == 302
    assert nurse in queue_ids(signed_in, q="days")
    assert nurse not in queue_ids(signed_in, q="nights")


def test_after_a_merge_only_the_survivor_is_found_with_the_merged_profile(
    signed_in: FlaskClient, session: Session
) -> None:
    keep = parsed_candidate(session, profile(name="Tara Keeper"), hours_ago=5).id
    newer = profile(name="Zora Quill", specialties=["Telemetry"], specialty_years={})
    other = parsed_candidate(session, newer, text="Telemetry floor.", hours_ago=1).id
    session.commit()
    assert queue_ids(signed_in, q="zora") == {other}

    response = signed_in.post(f"/candidates/{keep}/merge", data={"other_id": other})
    assert response.status_code == 302

    # The survivor now holds the newer resume, so its profile is that one's.
    assert queue_ids(signed_in, q="zora", status="all") == {keep}
    assert queue_ids(signed_in, specialty="Telemetry", status="all") == {keep}
    assert queue_ids(signed_in, q="telemetry", status="all") == {keep}
    assert keep not in queue_ids(signed_in, specialty="ICU") | queue_ids(signed_in, q="keeper")
    assert queue_ids(signed_in, status="duplicate") == {other}  # kept as a pointer
    assert queue_ids(signed_in, q="zora", status="duplicate") == set()


def test_a_resume_matching_a_known_candidate_stays_apart_until_a_recruiter_merges(
    signed_in: FlaskClient, session: Session
) -> None:
    known = parsed_candidate(session, profile(name="Tara Keeper", email="tara@example.com"))
    session.commit()
    newer = parsed_candidate(
        session, profile(name="Tara Quill", email="tara@example.com", specialties=["Oncology"])
    )
    session.commit()
    session.expire_all()
    flagged = session.get_one(Candidate, newer.id)
    assert flagged.merged_into_id is None and flagged.possible_duplicate_of_id == known.id
    assert queue_ids(signed_in, q="quill oncology", status="all") == {newer.id}
    response = signed_in.post(f"/candidates/{known.id}/merge", data={"other_id": newer.id})
    assert response.status_code == 302
    assert queue_ids(signed_in, q="quill oncology", status="all") == {known.id}
    session.rollback()  # see what the app committed
    assert len(session.get_one(Candidate, known.id).submissions) == 2
    assert session.query(Submission).count() == 2


def test_a_card_printed_in_words_is_filtered_under_its_standard_name(
    signed_in: FlaskClient, session: Session
) -> None:
    # The profile keeps the page's words; the queue's facet rows hold the standard name.
    worded = profile(
        certifications=[
            {"name": "Basic Life Support", "issuer": "AHA", "expires": "2030-01"},
            {"name": "Critical Care Registered Nurse", "issuer": None, "expires": None},
        ],
    )
    nurse = parsed_candidate(session, worded, text="ICU nurse.").id
    acronyms = profile(
        certifications=[{"name": "NIH Stroke Scale", "issuer": None, "expires": None}]
    )
    other = parsed_candidate(session, acronyms, text="Stroke unit nurse.").id
    session.commit()

    assert nurse in queue_ids(signed_in, cert="BLS")
    assert nurse in queue_ids(signed_in, cert="CCRN")
    assert other in queue_ids(signed_in, cert="NIHSS")
    assert other not in queue_ids(signed_in, cert="BLS")
