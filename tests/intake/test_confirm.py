"""Confirming the parsed profile: pre-fill, progress while parsing, errors that keep input."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.candidates.parse_results import save_parse_result
from recruit.models import Candidate, Event, Submission
from recruit.parsing.model import ParseResult
from tests.candidate_helpers import apply, confirm, parse_all
from tests.helpers import login, make_user


@pytest.fixture
def parsed_by_fake(app_config: dict[str, Any]) -> None:
    app_config["PARSE_FUNCTION"] = "tests.fakes:good_parse"


def test_confirm_page_shows_progress_and_an_empty_form_while_the_parse_runs(
    client: FlaskClient,
) -> None:
    token = apply(client)
    page = client.get(f"/apply/{token}/confirm").get_data(as_text=True)
    assert "still reading your resume" in page
    assert f'data-url="/apply/{token}/parse-status.json"' in page
    assert 'name="name"' in page and 'name="licenses-0-state"' in page
    assert client.get(f"/apply/{token}/parse-status.json").get_json() == {"state": "reading"}


def test_real_parser_fills_the_email_it_finds(client: FlaskClient, app: Flask) -> None:
    token = apply(client)
    parse_all(app)
    status = client.get(f"/apply/{token}/parse-status.json").get_json()
    assert status["state"] == "done"
    assert status["fields"]["email"] == "jane.example@example.com"
    page = client.get(f"/apply/{token}/confirm").get_data(as_text=True)
    assert 'value="jane.example@example.com"' in page
    assert "still reading" not in page


@pytest.mark.usefixtures("parsed_by_fake")
def test_confirm_form_is_prefilled_with_every_parsed_field(client: FlaskClient, app: Flask) -> None:
    token = apply(client)
    parse_all(app)
    page = client.get(f"/apply/{token}/confirm").get_data(as_text=True)
    assert 'value="Jane Example"' in page
    assert 'value="(555) 201-3344"' in page
    assert '<option selected value="RN">' in page
    assert 'value="ICU, ER"' in page
    assert '<option selected value="CO">' in page
    assert 'value="2027-05-31"' in page  # "2027-05" expires at the end of the month
    assert 'value="BLS"' in page and 'value="2026-12-31"' in page
    fields = client.get(f"/apply/{token}/parse-status.json").get_json()["fields"]
    assert fields["licenses-0-state"] == "CO" and fields["licenses-0-compact"] is True


def test_a_validation_error_keeps_everything_typed_and_ties_errors_to_fields(
    client: FlaskClient, app: Flask
) -> None:
    token = apply(client)
    parse_all(app)
    response = confirm(client, token, email="not an email", consent="", phone="12")
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'value="Jane Example"' in page and 'value="ICU, Telemetry"' in page
    assert 'value="not an email"' in page and 'value="tx, FL"' in page
    assert '<option selected value="CO">' in page
    assert 'aria-describedby="email-hint email-errors"' in page
    assert 'aria-invalid="true"' in page
    assert 'id="consent-errors"' in page and 'id="phone-errors"' in page
    assert 'href="#email"' in page  # the error summary links to the field


def test_a_licence_row_without_a_state_is_an_error_on_that_row(
    client: FlaskClient, app: Flask
) -> None:
    token = apply(client)
    response = confirm(client, token, **{"licenses-0-state": "", "licenses-0-number": "X1"})
    assert response.status_code == 400
    assert 'id="licenses-0-state-errors"' in response.get_data(as_text=True)


def test_add_another_licence_works_without_javascript(client: FlaskClient) -> None:
    token = apply(client)
    response = confirm(client, token, add_license="Add another licence")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'name="licenses-1-state"' in page
    assert 'value="Jane Example"' in page


def test_confirming_makes_the_profile_recruiters_see(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    token = apply(client)
    parse_all(app)
    response = confirm(client, token)
    assert response.headers["Location"].endswith(f"/apply/{token}/done")
    submission = session.query(Submission).one()
    assert submission.status == "confirmed" and submission.confirmed_at is not None
    profile = submission.confirmed_profile
    assert profile["preferred_states"] == ["TX", "FL"] and profile["shift"] == "nights"
    assert profile["phone"] == "+15552013344" and profile["availability_date"] == "2027-01-04"
    candidate = session.query(Candidate).one()
    assert candidate.display_name == "Jane Example"
    assert candidate.email_normalized == "jane@example.com"
    assert [(x.state, x.type, x.compact) for x in candidate.licenses] == [("CO", "RN", True)]
    assert [c.name for c in candidate.certifications] == ["BLS"]
    assert sorted(s.name for s in candidate.specialties) == ["ICU", "Telemetry"]
    assert session.query(Event).filter_by(kind="candidate_confirmed").count() == 1


def test_confirmation_can_be_sent_before_the_parse_finishes(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    token = apply(client)
    assert confirm(client, token).status_code == 302
    parse_all(app)  # the parse lands afterwards
    session.rollback()
    submission = session.query(Submission).one()
    assert submission.status == "confirmed"
    assert submission.confirmed_profile["name"] == "Jane Example"
    assert submission.candidate.display_name == "Jane Example"
    assert submission.candidate.email_normalized == "jane@example.com"


def test_a_later_parse_never_overrides_what_the_candidate_confirmed(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    token = apply(client)
    parse_all(app)
    confirm(client, token)
    submission = session.query(Submission).one()
    profile = {"name": "J. Exampel", "email": "old@example.com", "discipline": "LPN"}
    save_parse_result(session, submission, ParseResult(ok=True, profile=profile))
    candidate = submission.candidate
    assert (candidate.display_name, candidate.discipline) == ("Jane Example", "RN")
    assert candidate.email_normalized == "jane@example.com"


def test_recruiters_see_the_candidate_confirmed_flag(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    from tests.helpers import login, make_user

    token = apply(client)
    confirm(client, token)
    make_user(session)
    session.commit()
    login(client)
    candidate_id = session.query(Candidate.id).scalar()
    page = client.get(f"/candidates/{candidate_id}").get_data(as_text=True)
    assert "Candidate-confirmed on" in page and "TX, FL" in page


def test_an_unknown_token_is_not_found(client: FlaskClient) -> None:
    assert client.get("/apply/not-a-real-token/confirm").status_code == 404
    assert client.get("/apply/not-a-real-token/parse-status.json").status_code == 404
    assert client.get("/status/not-a-real-token").status_code == 404


@pytest.mark.parametrize(
    ("fake", "words"),
    [
        ("encrypted_parse", "Save a copy without a password and upload it again."),
        ("rejecting_parse", "it may be damaged. Open it on your device, save it again"),
    ],
    ids=["password-protected", "corrupt"],
)
def test_a_file_the_parser_cannot_open_is_explained_with_what_to_do(
    app_config: dict[str, Any], request: pytest.FixtureRequest, fake: str, words: str
) -> None:
    app_config["PARSE_FUNCTION"] = f"tests.fakes:{fake}"
    client, app = request.getfixturevalue("client"), request.getfixturevalue("app")
    token = apply(client, data=b"%PDF-1.4\n" + b"x" * 50, filename="locked.pdf")
    parse_all(app)
    status = client.get(f"/apply/{token}/parse-status.json").get_json()
    assert status["state"] == "failed" and words in status["message"]
    page = client.get(f"/apply/{token}/confirm").get_data(as_text=True)
    assert words in page.replace("&#39;", "'") and "What to do" in page
    assert 'name="name"' in page  # they can still fill the form in by hand


def test_a_discipline_not_on_our_list_is_refused_in_words(
    client: FlaskClient, session: Session
) -> None:
    token = apply(client)
    response = confirm(client, token, discipline="<Wizard>")
    assert response.status_code == 400
    assert "Please choose your discipline from the list." in response.text
    assert "Wizard" not in response.text  # never added to the choices
    assert session.query(Submission).one().confirmed_at is None


def test_a_discipline_the_parser_found_outside_our_list_is_left_for_the_candidate(
    client: FlaskClient, session: Session
) -> None:
    token = apply(client)
    submission = session.query(Submission).one()
    profile = {"name": "Jane Example", "discipline": "Wizard"}
    save_parse_result(session, submission, ParseResult(ok=True, profile=profile))
    session.commit()
    page = client.get(f"/apply/{token}/confirm").text
    assert 'value="Jane Example"' in page and "Wizard" not in page
    fields = client.get(f"/apply/{token}/parse-status.json").get_json()["fields"]
    assert fields["discipline"] == ""


def test_direction_controls_typed_into_the_form_are_dropped(
    client: FlaskClient, session: Session
) -> None:
    token = apply(client)
    typed = {"name": "Jane \u202eelpmaxE\u202c", "specialties": "ICU\u2067, Tele\u200f"}
    assert confirm(client, token, **typed).status_code == 302
    confirmed = session.query(Submission).one().confirmed_profile
    assert (confirmed["name"], confirmed["specialties"]) == ("Jane elpmaxE", ["ICU", "Tele"])
    assert session.query(Candidate).one().display_name == "Jane elpmaxE"


def test_names_are_isolated_in_the_queue_and_stripped_of_controls_in_the_csv(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    token = apply(client)
    assert confirm(client, token).status_code == 302
    session.query(Candidate).one().display_name = "Mallory \u202eevil"  # stored before the fix
    make_user(session)
    session.commit()
    login(client)
    queue = client.get("/queue?status=all").text
    assert "<bdi>Mallory \u202eevil</bdi>" in queue
    csv = client.get("/queue.csv?status=all").text
    assert "Mallory evil" in csv and "\u202e" not in csv
