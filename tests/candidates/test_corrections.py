from __future__ import annotations

import copy

import pytest
import sqlalchemy as sa
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.candidates.corrections import CorrectionError, format_value, parse_value
from recruit.candidates.parse_results import save_parse_result
from recruit.candidates.profile import effective_profile
from recruit.models import Candidate, CandidateLicense, Event, FieldOverride, ParseJob
from recruit.parsing.model import ParseResult
from tests.fakes import PROFILE
from tests.helpers import make_submission


def _parsed(session: Session, profile: dict | None = None) -> Candidate:
    """A candidate whose one submission has been parsed to `profile`."""
    submission = make_submission(session, queued=False)
    save_parse_result(session, submission, ParseResult(ok=True, profile=profile or PROFILE))
    session.commit()
    return submission.candidate


def _fresh(session: Session) -> None:
    session.rollback()
    session.expire_all()


def test_effective_profile_applies_overrides_without_touching_the_parsed_one() -> None:
    parsed = copy.deepcopy(PROFILE)
    effective = effective_profile(parsed, {"discipline": "LPN", "specialties": ["NICU"]})
    assert effective["discipline"] == "LPN" and effective["specialties"] == ["NICU"]
    assert effective["email"] == PROFILE["email"]
    assert parsed == PROFILE


@pytest.mark.parametrize(
    ("field", "raw", "expected"),
    [
        ("specialties", "ICU, Tele , ", ["ICU", "Tele"]),
        ("location", "San Antonio, tx", {"city": "San Antonio", "state": "TX"}),
        ("years_experience", "6.5", 6.5),
        (
            "certifications",
            "BLS | 2027-01-31\nACLS",
            [
                {"name": "BLS", "issuer": None, "expires": "2027-01-31"},
                {"name": "ACLS", "issuer": None, "expires": None},
            ],
        ),
        (
            "licenses",
            "tx | rn | 88-1 | yes | 2027-05",
            [
                {
                    "state": "TX",
                    "type": "RN",
                    "number": "88-1",
                    "compact": True,
                    "expires": "2027-05",
                }
            ],
        ),
        ("email", "  ", None),
    ],
)
def test_typed_corrections_take_the_profiles_shape(field: str, raw: str, expected: object) -> None:
    assert parse_value(field, raw) == expected
    if expected is not None:
        assert parse_value(field, format_value(field, expected)) == expected


@pytest.mark.parametrize(
    ("field", "raw"),
    [
        ("years_experience", "lots"),
        ("licenses", " | RN | 1"),
        ("certifications", "BLS | soon"),
        ("status", "placed"),
    ],
)
def test_nonsense_corrections_are_refused_with_a_reason(field: str, raw: str) -> None:
    with pytest.raises(CorrectionError):
        parse_value(field, raw)


def test_a_correction_is_an_override_with_who_and_when_and_refreshes_facets(
    signed_in: FlaskClient, session: Session
) -> None:
    candidate = _parsed(session)
    data = {"field": "licenses", "value": "TX | RN | 555 | no | 2028-01-31"}
    assert signed_in.post(f"/candidates/{candidate.id}/corrections", data=data).status_code == 302
    _fresh(session)
    override = session.scalars(sa.select(FieldOverride)).one()
    assert override.field == "licenses" and override.value[0]["number"] == "555"
    assert override.user_id is not None and override.at is not None
    licences = session.scalars(sa.select(CandidateLicense)).all()
    assert [(lic.state, lic.number, lic.compact) for lic in licences] == [("TX", "555", False)]
    parsed = candidate.submissions[0].parse_result
    assert session.get(type(parsed), parsed.id).profile["licenses"] == PROFILE["licenses"]
    kinds = session.scalars(sa.select(Event.kind)).all()
    assert "field_corrected" in kinds
    page = signed_in.get(f"/candidates/{candidate.id}").get_data(as_text=True)
    assert "TX | RN | 555 | no | 2028-01-31" in page and "CO | RN | 123" in page


def test_the_latest_correction_of_a_field_wins(signed_in: FlaskClient, session: Session) -> None:
    candidate = _parsed(session)
    for value in ("PT", "OT"):
        signed_in.post(
            f"/candidates/{candidate.id}/corrections", data={"field": "discipline", "value": value}
        )
    _fresh(session)
    assert session.get_one(Candidate, candidate.id).discipline == "OT"
    assert session.scalar(sa.select(sa.func.count(FieldOverride.id))) == 2


def test_a_bad_correction_changes_nothing(signed_in: FlaskClient, session: Session) -> None:
    candidate = _parsed(session)
    response = signed_in.post(
        f"/candidates/{candidate.id}/corrections",
        data={"field": "years_experience", "value": "many"},
        follow_redirects=True,
    )
    assert "must be a number" in response.get_data(as_text=True)
    assert session.scalar(sa.select(sa.func.count(FieldOverride.id))) == 0


def test_reparse_queues_the_latest_submission_and_keeps_overrides(
    signed_in: FlaskClient, session: Session
) -> None:
    candidate = _parsed(session)
    signed_in.post(
        f"/candidates/{candidate.id}/corrections", data={"field": "ehr_systems", "value": "Cerner"}
    )
    assert signed_in.post(f"/candidates/{candidate.id}/reparse").status_code == 302
    _fresh(session)
    job = session.scalars(sa.select(ParseJob)).one()
    submission = session.get_one(Candidate, candidate.id).submissions[0]
    assert job.submission_id == submission.id and job.status == "queued"
    save_parse_result(session, submission, ParseResult(ok=True, profile=dict(PROFILE)))
    session.commit()
    _fresh(session)
    refreshed = session.get_one(Candidate, candidate.id)
    assert [e.name for e in refreshed.ehr_systems] == ["Cerner"]
    assert refreshed.submissions[0].parse_result.profile["ehr_systems"] == ["Epic"]
