"""Issue 11, section 1: an upload that names a known clinician's email, phone or licence hands
its uploader nothing of that clinician, through any route its status link opens."""

from __future__ import annotations

import io
from dataclasses import dataclass
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.models import Candidate, Event
from tests.candidate_helpers import apply, confirm, parse_all
from tests.helpers import TEXT_RESUME, login, make_user

# What a stranger types into a two-line file to look like the victim.
MATCHES = {
    "email": b"Mallory Stranger\nvictim@example.com\n",
    "phone": b"Mallory Stranger\n(555) 201-9988\n",
    "licence": b"Mallory Stranger\nLicenses\nTX RN License #812345\n",
}
VICTIM = {
    "name": "Victoria Victim",
    "email": "victim@example.com",
    "phone": "(555) 201-9988",
    "specialties": "Cardiac Cath Lab",
    "licenses-0-state": "TX",
    "licenses-0-type": "RN",
    "licenses-0-number": "812345",
    "licenses-0-expires": "2028-02-29",
    "certifications-0-name": "TNCC",
    "certifications-0-expires": "2027-09-30",
    "availability_date": "2027-01-04",
    "preferred_states": "TX, AZ",
}
# The victim's details the stranger did not type: none may reach the stranger.
ALWAYS_SECRET = ("Victoria", "Cardiac Cath Lab", "TNCC", "2027-01-04", "2028-02-29", "2027-09-30")
TYPED = {"email": "victim@example.com", "phone": "9988", "licence": "812345"}
STRANGER = {
    "name": "Mallory Stranger",
    "email": "mallory@example.org",
    "phone": "(555) 201-0000",
    "specialties": "",
    "licenses-0-state": "",
    "licenses-0-type": "",
    "licenses-0-compact": "",
    "licenses-0-expires": "",
    "certifications-0-name": "",
    "certifications-0-expires": "",
    "availability_date": "",
    "preferred_states": "",
}


@dataclass
class Takeover:
    kind: str
    victim: FlaskClient
    victim_token: str
    victim_id: int
    stranger: FlaskClient
    token: str

    def secrets(self) -> list[str]:
        typed = TYPED[self.kind]
        return [*ALWAYS_SECRET, *(v for k, v in TYPED.items() if v != typed)]

    def assert_sees_nothing_of_the_victim(self, text: str) -> None:
        leaked = [secret for secret in self.secrets() if secret in text]
        assert leaked == []


@pytest.fixture(params=list(MATCHES))
def takeover(request: pytest.FixtureRequest, app: Flask, session: Session) -> Takeover:
    victim = app.test_client()
    victim_token = apply(victim, TEXT_RESUME)
    parse_all(app)
    assert confirm(victim, victim_token, **VICTIM).status_code == 302
    stranger = app.test_client()
    token = apply(stranger, MATCHES[request.param])
    parse_all(app)
    victim_id = session.scalars(
        sa.select(Candidate.id).where(Candidate.display_name == "Victoria Victim")
    ).one()
    return Takeover(request.param, victim, victim_token, victim_id, stranger, token)


def _victim(session: Session, takeover: Takeover) -> Candidate:
    session.rollback()  # see what the app committed
    session.expire_all()
    return session.get_one(Candidate, takeover.victim_id)


def _outbox(app: Flask) -> list[Path]:
    return sorted((Path(app.instance_path) / "outbox").glob("*.eml"))


def test_a_matching_upload_is_only_flagged_for_a_recruiter(
    takeover: Takeover, session: Session
) -> None:
    victim = _victim(session, takeover)
    assert [s.candidate_id for s in victim.submissions] == [victim.id]
    stranger = session.scalars(sa.select(Candidate).where(Candidate.id != victim.id)).one()
    assert stranger.possible_duplicate_of_id == victim.id and stranger.merged_into_id is None
    merges = sa.select(Event).where(Event.kind.like("merged%"))
    assert session.scalars(merges).all() == []


def test_the_status_page_shows_nothing_of_the_known_candidate(takeover: Takeover) -> None:
    page = takeover.stranger.get(f"/status/{takeover.token}")
    assert page.status_code == 200
    takeover.assert_sees_nothing_of_the_victim(page.text)


def test_the_confirm_form_and_its_script_prefill_nothing_of_the_known_candidate(
    takeover: Takeover,
) -> None:
    progress = takeover.stranger.get(f"/apply/{takeover.token}/parse-status.json")
    assert progress.get_json()["state"] == "done"
    takeover.assert_sees_nothing_of_the_victim(progress.text)
    page = takeover.stranger.get(f"/apply/{takeover.token}/confirm")
    assert page.status_code == 200 and 'value="Mallory Stranger"' in page.text
    takeover.assert_sees_nothing_of_the_victim(page.text)


def test_confirming_leaves_what_recruiters_see_of_the_known_candidate(
    takeover: Takeover, session: Session
) -> None:
    assert confirm(takeover.stranger, takeover.token, **STRANGER).status_code == 302
    victim = _victim(session, takeover)
    assert (victim.email_normalized, victim.phone_e164) == ("victim@example.com", "+15552019988")
    assert victim.display_name == "Victoria Victim"
    done = takeover.stranger.get(f"/apply/{takeover.token}/done")
    assert "mallory@example.org" in done.text
    takeover.assert_sees_nothing_of_the_victim(done.text)


def test_changing_preferences_leaves_the_known_candidate_alone(
    takeover: Takeover, session: Session
) -> None:
    assert confirm(takeover.stranger, takeover.token, **STRANGER).status_code == 302
    form = {"availability_date": "2030-01-01", "preferred_states": "NY", "shift": "days"}
    response = takeover.stranger.post(f"/status/{takeover.token}/preferences", data=form)
    assert response.status_code == 302
    (confirmed,) = [s.confirmed_profile for s in _victim(session, takeover).submissions]
    assert (confirmed["availability_date"], confirmed["preferred_states"]) == (
        "2027-01-04",
        ["TX", "AZ"],
    )


def test_withdrawing_withdraws_only_the_uploaders_own_application(
    takeover: Takeover, session: Session
) -> None:
    assert takeover.stranger.post(f"/status/{takeover.token}/withdraw").status_code == 302
    assert _victim(session, takeover).status == "new"
    stranger = session.scalars(sa.select(Candidate).where(Candidate.id != takeover.victim_id))
    assert stranger.one().status == "withdrawn"
    victims_page = takeover.victim.get(f"/status/{takeover.victim_token}").text
    assert "You withdrew" not in victims_page


def test_deleting_erases_only_the_uploaders_own_application(
    takeover: Takeover, session: Session
) -> None:
    assert takeover.stranger.post(f"/status/{takeover.token}/delete").status_code == 200
    victim = _victim(session, takeover)
    assert len(victim.submissions) == 1
    assert session.scalar(sa.select(sa.func.count(Candidate.id))) == 1
    assert takeover.stranger.get(f"/status/{takeover.token}").status_code == 404
    assert takeover.victim.get(f"/status/{takeover.victim_token}").status_code == 200


def test_a_newer_resume_goes_to_the_uploaders_own_application(
    takeover: Takeover, session: Session, app: Flask
) -> None:
    form = {
        "resume": (io.BytesIO(b"Mallory Stranger\nmallory@example.org\n"), "cv.txt"),
        "consent": "y",
    }
    response = takeover.stranger.post(
        f"/status/{takeover.token}/resume", data=form, content_type="multipart/form-data"
    )
    assert response.headers["Location"].endswith(f"/apply/{takeover.token}/confirm")
    parse_all(app)
    assert len(_victim(session, takeover).submissions) == 1
    page = takeover.stranger.get(f"/apply/{takeover.token}/confirm").text
    takeover.assert_sees_nothing_of_the_victim(page)


def test_asking_to_link_applications_mails_the_address_on_file_never_the_asker(
    takeover: Takeover, app: Flask
) -> None:
    response = takeover.stranger.post(f"/status/{takeover.token}/link", follow_redirects=True)
    assert "If we have an email address on file" in response.text
    takeover.assert_sees_nothing_of_the_victim(response.text)
    recipients = [message_from_bytes(p.read_bytes())["To"] for p in _outbox(app)]
    assert recipients[-1] == "victim@example.com"  # the first is the victim's confirmation


def test_after_a_recruiter_merges_them_the_link_still_acts_only_on_its_own_upload(
    takeover: Takeover, session: Session, app: Flask
) -> None:
    assert _a_recruiter_merges_them(takeover, session, app).status_code == 302
    for path in (f"/status/{takeover.token}", f"/apply/{takeover.token}/confirm"):
        takeover.assert_sees_nothing_of_the_victim(takeover.stranger.get(path).text)
    takeover.stranger.post(f"/status/{takeover.token}/withdraw")
    victim = _victim(session, takeover)
    assert victim.status == "new" and len(victim.submissions) == 2
    assert {s.status for s in victim.submissions} == {"confirmed", "withdrawn"}
    assert takeover.stranger.post(f"/status/{takeover.token}/delete").status_code == 200
    victim = _victim(session, takeover)
    assert [s.confirmed_profile["name"] for s in victim.submissions] == ["Victoria Victim"]
    assert victim.display_name == "Victoria Victim"
    assert takeover.victim.get(f"/status/{takeover.victim_token}").status_code == 200


def test_confirming_after_a_recruiter_merge_moves_the_upload_to_a_candidate_of_its_own(
    takeover: Takeover, session: Session, app: Flask
) -> None:
    _a_recruiter_merges_them(takeover, session, app)
    assert confirm(takeover.stranger, takeover.token, **STRANGER).status_code == 302
    victim = _victim(session, takeover)
    assert (victim.email_normalized, victim.phone_e164) == ("victim@example.com", "+15552019988")
    assert victim.display_name == "Victoria Victim" and len(victim.submissions) == 1
    own = session.scalars(
        sa.select(Candidate).where(Candidate.email_normalized == "mallory@example.org")
    ).one()
    assert own.possible_duplicate_of_id == victim.id and own.merged_into_id is None


def _a_recruiter_merges_them(takeover: Takeover, session: Session, app: Flask) -> Any:
    """A signed-in recruiter merges the stranger's upload into the victim."""
    stranger_id = session.scalars(
        sa.select(Candidate.id).where(Candidate.id != takeover.victim_id)
    ).one()
    make_user(session)
    session.commit()
    recruiter = app.test_client()
    login(recruiter)
    return recruiter.post(f"/candidates/{takeover.victim_id}/merge", data={"other_id": stranger_id})
