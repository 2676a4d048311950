"""Structured corrections: one item edited, added or removed where it is shown, contact details,
and undo — each an append-only override with who and when, the old value kept before it."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.candidates.corrections import CorrectionError
from recruit.candidates.item_edits import item_from_form
from recruit.candidates.profile import AS_PARSED, current_overrides
from recruit.models import Candidate, CandidateLicense, CandidateSpecialty, Event, FieldOverride
from tests.file_helpers import SLP_PROFILE
from tests.helpers import login, make_user
from tests.queue_helpers import parsed_candidate

AZ_RENEWED = {"index": "1", "state": "AZ", "type": "SLP", "number": "7788", "expires": "2032-12-31"}


@pytest.fixture
def maya(session: Session) -> Candidate:
    make_user(session)
    candidate = parsed_candidate(session, SLP_PROFILE)
    session.commit()
    return candidate


@pytest.fixture
def signed_in(client: FlaskClient, maya: Candidate) -> FlaskClient:
    login(client)
    return client


def fresh(session: Session) -> None:
    """End the test's read transaction, so it sees what the requests committed."""
    session.rollback()
    session.expire_all()


def latest_override(session: Session) -> FieldOverride:
    fresh(session)
    return session.scalars(sa.select(FieldOverride).order_by(FieldOverride.id.desc())).first()


def specialty_years(session: Session) -> dict[str, float | None]:
    fresh(session)
    return dict(session.execute(sa.select(CandidateSpecialty.name, CandidateSpecialty.years)).all())


def licences(session: Session, candidate: Candidate) -> list[tuple]:
    fresh(session)
    rows = session.scalars(
        sa.select(CandidateLicense)
        .where(CandidateLicense.candidate_id == candidate.id)
        .order_by(CandidateLicense.id)
    )
    return [(lic.state, lic.number, lic.compact, str(lic.expires)) for lic in rows]


PARSED = [
    ("CA", "SP 12345", False, "2030-08-31"),
    ("AZ", "7788", False, "2029-12-31"),
    ("TX", "55110", False, "2031-01-31"),
]


@pytest.mark.parametrize(
    ("field", "form", "expected"),
    [
        ("licenses", {"state": "az", "type": "SLP", "compact": "on", "expires": "2032-12-31"},
         {"state": "AZ", "type": "SLP", "number": None, "compact": True, "expires": "2032-12-31"}),
        ("certifications", {"name": "BLS", "expires": ""},
         {"name": "BLS", "issuer": None, "expires": None}),
        ("specialties", {"name": "ICU", "years": "2.5"}, {"name": "ICU", "years": 2.5}),
        ("employers", {"name": "Mercy", "start": "2020-01", "present": "on"},
         {"name": "Mercy", "agency": None, "title": None, "unit": None, "location": None,
          "start": "2020-01", "end": "present", "travel": False}),
        ("education", {"degree": "BSN", "school": "UT Austin", "year": "2015"},
         {"degree": "BSN", "school": "UT Austin", "year": 2015}),
    ],
)  # fmt: skip
def test_a_filled_in_item_takes_the_profiles_shape(field: str, form: dict, expected: dict) -> None:
    assert item_from_form(field, form) == expected


@pytest.mark.parametrize(
    ("field", "form", "reason"),
    [
        ("licenses", {"state": "ZZ"}, "choose a US state"),
        ("licenses", {"type": "RN"}, "the state is needed"),
        ("licenses", {"state": "TX", "expires": "next year"}, "YYYY-MM-DD"),
        ("certifications", {"name": ""}, "the name is needed"),
        ("specialties", {"name": "ICU", "years": "200"}, "between 0 and 70"),
        ("employers", {"name": "A", "start": "2022-05", "end": "2021-01"}, "cannot end before"),
        ("education", {"degree": "BSN", "year": "15"}, "four digits"),
        ("notes", {"x": "y"}, "cannot be corrected here"),
    ],
)
def test_a_bad_item_is_refused_with_a_reason(field: str, form: dict, reason: str) -> None:
    with pytest.raises(CorrectionError, match=reason):
        item_from_form(field, form)


def test_one_licence_is_corrected_without_retyping_the_others(
    signed_in: FlaskClient, session: Session, maya: Candidate
) -> None:
    response = signed_in.post(f"/candidates/{maya.id}/items/licenses", data=AZ_RENEWED)
    assert response.status_code == 302
    assert response.location.endswith(f"/candidates/{maya.id}#licenses")
    assert licences(session, maya) == [PARSED[0], ("AZ", "7788", False, "2032-12-31"), PARSED[2]]
    override = session.scalars(sa.select(FieldOverride)).one()
    assert override.field == "licenses" and override.user_id is not None
    kinds = session.scalars(sa.select(Event.kind).where(Event.candidate_id == maya.id)).all()
    assert "field_corrected" in kinds
    page = signed_in.get(f"/candidates/{maya.id}").get_data(as_text=True)
    assert "valid to Dec 2032" in page  # the summary chip, on the effective profile
    assert "(was CA SLP #SP 12345, to 31 Aug 2030; AZ SLP #7788, to 31 Dec 2029;" in page


def test_javascript_gets_the_message_and_a_bad_item_changes_nothing(
    signed_in: FlaskClient, session: Session, maya: Candidate
) -> None:
    json = {"Accept": "application/json"}
    bad = {**AZ_RENEWED, "expires": "soon"}
    response = signed_in.post(f"/candidates/{maya.id}/items/licenses", data=bad, headers=json)
    assert response.status_code == 400 and "YYYY-MM-DD" in response.json["message"]
    assert licences(session, maya) == PARSED
    response = signed_in.post(
        f"/candidates/{maya.id}/items/licenses", data=AZ_RENEWED, headers=json
    )
    assert response.status_code == 200 and response.json["ok"] is True


def test_without_javascript_a_refused_item_reopens_its_form(
    signed_in: FlaskClient, maya: Candidate
) -> None:
    response = signed_in.post(
        f"/candidates/{maya.id}/items/licenses", data={**AZ_RENEWED, "state": ""}
    )
    assert response.location.endswith("?edit=licenses-1#licenses-1")
    page = signed_in.get(response.location).get_data(as_text=True)
    assert '<details class="edit" id="edit-licenses-1" open>' in page
    assert "Not saved: the state is needed." in page


def test_items_are_added_and_removed(
    signed_in: FlaskClient, session: Session, maya: Candidate
) -> None:
    url = f"/candidates/{maya.id}/items/licenses"
    signed_in.post(url, data={"index": "", "state": "NV", "type": "SLP"})
    signed_in.post(url, data={"index": "0", "remove": "1"})
    assert [row[0] for row in licences(session, maya)] == ["AZ", "TX", "NV"]


def test_undo_walks_back_one_correction_at_a_time_to_the_parse(
    signed_in: FlaskClient, session: Session, maya: Candidate
) -> None:
    url = f"/candidates/{maya.id}/items/licenses"
    signed_in.post(url, data=AZ_RENEWED)
    first = latest_override(session)
    signed_in.post(url, data={"index": "0", "remove": "1"})
    removal = latest_override(session)
    assert signed_in.post(f"/candidates/{maya.id}/corrections/{removal.id}/undo").status_code == 302
    assert licences(session, maya) == [PARSED[0], ("AZ", "7788", False, "2032-12-31"), PARSED[2]]
    # What was undone no longer stands, so it cannot be undone twice.
    response = signed_in.post(f"/candidates/{maya.id}/corrections/{removal.id}/undo")
    assert "Not undone" in signed_in.get(response.location).get_data(as_text=True)
    signed_in.post(f"/candidates/{maya.id}/corrections/{first.id}/undo")
    assert licences(session, maya) == PARSED
    rows = session.scalars(sa.select(FieldOverride).order_by(FieldOverride.id)).all()
    assert [r.undoes_id for r in rows] == [None, None, removal.id, first.id]  # append-only
    assert rows[-1].value == AS_PARSED
    assert "licenses" not in current_overrides(session, maya.id)
    kinds = session.scalars(sa.select(Event.kind).where(Event.candidate_id == maya.id)).all()
    assert kinds.count("correction_undone") == 2
    page = signed_in.get(f"/candidates/{maya.id}").get_data(as_text=True)
    assert "Nothing corrected" not in page and page.count(">Undo<") == 0


def test_a_specialty_and_its_years_are_edited_and_undone_together(
    signed_in: FlaskClient, session: Session, maya: Candidate
) -> None:
    data = {"index": "1", "name": "Pediatrics", "years": "4"}
    signed_in.post(f"/candidates/{maya.id}/items/specialties", data=data)
    assert specialty_years(session) == {"Acute Care": 3.5, "Pediatrics": 4.0}
    signed_in.post(f"/candidates/{maya.id}/corrections/{latest_override(session).id}/undo")
    assert specialty_years(session) == {"Acute Care": 3.5, "Pediatrics": 2.5}
    fresh(session)
    assert current_overrides(session, maya.id) == {}


def test_contact_details_store_only_what_changed(
    signed_in: FlaskClient, session: Session, maya: Candidate
) -> None:
    form = {"name": "Maya R. Castillo", "email": "maya.castillo@example.org",
            "phone": "(805) 555-0142", "city": "San Luis Obispo", "state": "CA",
            "discipline": "SLP", "years_experience": "7.5"}  # fmt: skip
    signed_in.post(f"/candidates/{maya.id}/contact", data=form)
    fresh(session)
    assert current_overrides(session, maya.id) == {"name": "Maya R. Castillo"}
    response = signed_in.post(f"/candidates/{maya.id}/contact", data=form)
    page = signed_in.get(response.location).get_data(as_text=True)
    assert "Not saved: nothing was changed." in page


def test_a_saved_item_returns_to_the_file_in_its_queue_view(
    signed_in: FlaskClient, maya: Candidate
) -> None:
    data = {**AZ_RENEWED, "view": "can_work_in=TX"}
    response = signed_in.post(f"/candidates/{maya.id}/items/licenses", data=data)
    assert response.location.endswith(f"/candidates/{maya.id}?view=can_work_in%3DTX#licenses")
