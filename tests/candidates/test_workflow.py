from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.models import Candidate, Event, Note, User
from tests.helpers import login, make_candidate, make_submission, make_user
from tests.queue_helpers import parsed_candidate, profile


@pytest.fixture
def rita(session: Session, recruiter: User) -> User:
    recruiter.name = "Rita Moreno"
    session.commit()
    return recruiter


def _events(session: Session, kind: str) -> list[Event]:
    _fresh(session)
    return list(session.scalars(sa.select(Event).where(Event.kind == kind).order_by(Event.id)))


def test_status_change_records_who_when_and_why(
    signed_in: FlaskClient, session: Session, rita: User
) -> None:
    candidate = make_candidate(session)
    session.commit()
    data = {"status": "contacted", "reason": "left a voicemail"}
    assert signed_in.post(f"/candidates/{candidate.id}/status", data=data).status_code == 302
    (event,) = _events(session, "status_changed")
    assert event.actor_user_id == rita.id and event.at is not None
    assert event.detail == {"before": "new", "after": "contacted", "reason": "left a voicemail"}
    assert session.get_one(Candidate, candidate.id).status == "contacted"
    page = signed_in.get(f"/candidates/{candidate.id}").get_data(as_text=True)
    assert "left a voicemail" in page and "Contacted" in page


def test_an_unknown_status_is_refused(signed_in: FlaskClient, session: Session) -> None:
    candidate = make_candidate(session)
    session.commit()
    signed_in.post(f"/candidates/{candidate.id}/status", data={"status": "hired!"})
    assert session.get_one(Candidate, candidate.id).status == "new"
    assert _events(session, "status_changed") == []


def test_assign_to_a_colleague_then_unassign(signed_in: FlaskClient, session: Session) -> None:
    sam = make_user(session, "sam@example.com")
    candidate = make_candidate(session)
    session.commit()
    signed_in.post(f"/candidates/{candidate.id}/assign", data={"assignee": str(sam.id)})
    _fresh(session)
    assert session.get_one(Candidate, candidate.id).assigned_user_id == sam.id
    signed_in.post(f"/candidates/{candidate.id}/assign", data={"assignee": ""})
    _fresh(session)
    assert session.get_one(Candidate, candidate.id).assigned_user_id is None
    assert [e.detail["after"] for e in _events(session, "assigned")] == [sam.id, None]


def test_cannot_assign_to_a_disabled_account(signed_in: FlaskClient, session: Session) -> None:
    gone = make_user(session, "gone@example.com")
    gone.active = False
    candidate = make_candidate(session)
    session.commit()
    signed_in.post(f"/candidates/{candidate.id}/assign", data={"assignee": str(gone.id)})
    _fresh(session)
    assert session.get_one(Candidate, candidate.id).assigned_user_id is None


def test_notes_are_stored_traced_and_mentions_reach_the_mentioned(
    app: Flask, signed_in: FlaskClient, session: Session, rita: User
) -> None:
    sam = make_user(session, "sam.jones@example.com")
    nia = make_user(session, "nia@example.com")
    nia.name = "Nia Park"
    candidate = make_candidate(session)
    session.commit()
    body = "Strong ICU nurse, @sam.jones please call; cc @nia and @nobody"
    signed_in.post(f"/candidates/{candidate.id}/notes", data={"body": body})
    note = session.scalars(sa.select(Note)).one()
    assert (note.author_user_id, note.body) == (rita.id, body)
    (event,) = _events(session, "note_added")
    assert sorted(event.detail["mentioned_user_ids"]) == sorted([sam.id, nia.id])
    assert "Strong ICU nurse" in signed_in.get(f"/candidates/{candidate.id}").get_data(as_text=True)
    sams = app.test_client()
    login(sams, "sam.jones@example.com")
    mentions = sams.get("/mentions").get_data(as_text=True)
    assert "Strong ICU nurse" in mentions and f"/candidates/{candidate.id}" in mentions
    assert "Strong ICU nurse" not in signed_in.get("/mentions").get_data(as_text=True)


def test_views_and_downloads_are_written_to_the_trail(
    signed_in: FlaskClient, session: Session, app: Flask, rita: User
) -> None:
    submission = make_submission(session, store_dir=app.config["STORAGE_DIR"])
    session.commit()
    cid = submission.candidate_id
    signed_in.get(f"/candidates/{cid}")
    signed_in.get(f"/candidates/{cid}/submissions/{submission.id}/original")
    (viewed,) = _events(session, "candidate_viewed")
    (downloaded,) = _events(session, "document_downloaded")
    assert (viewed.candidate_id, viewed.actor_user_id) == (cid, rita.id)
    assert (downloaded.submission_id, downloaded.actor_user_id) == (submission.id, rita.id)


def test_timeline_lists_the_trail_newest_first(signed_in: FlaskClient, session: Session) -> None:
    submission = make_submission(session)
    session.commit()
    cid = submission.candidate_id
    signed_in.post(f"/candidates/{cid}/claim")
    signed_in.post(f"/candidates/{cid}/status", data={"status": "contacted"})
    signed_in.post(f"/candidates/{cid}/notes", data={"body": "first look"})
    page = signed_in.get(f"/candidates/{cid}").get_data(as_text=True)
    timeline = page[page.index('id="timeline-heading"') :]
    assert (
        timeline.index("Viewed")
        < timeline.index("Note added")
        < timeline.index("Status changed")
        < timeline.index("Claimed")
    )


def test_export_json_holds_effective_and_parsed_profiles_and_is_traced(
    signed_in: FlaskClient, session: Session
) -> None:
    candidate = make_candidate(session)
    session.commit()
    signed_in.post(
        f"/candidates/{candidate.id}/corrections", data={"field": "discipline", "value": "LPN"}
    )
    response = signed_in.get(f"/candidates/{candidate.id}/export.json")
    assert response.headers["Content-Disposition"].startswith("attachment;")
    payload = json.loads(response.data)
    assert payload["effective_profile"]["discipline"] == "LPN"
    assert payload["parsed_profile"] == {}
    assert payload["overrides"][0]["by"] == "rita@example.com"
    assert len(_events(session, "candidate_exported")) == 1


def test_anonymous_visitors_never_reach_workspace_pages_or_actions(
    client: FlaskClient, session: Session
) -> None:
    candidate = make_candidate(session)
    session.commit()
    cid = candidate.id
    for path in (f"/candidates/{cid}/export.json", "/mentions", f"/candidates/{cid}/merge"):
        assert "/login" in client.get(path).headers["Location"], path
    for action in ("status", "assign", "notes", "corrections", "reparse", "merge"):
        response = client.post(f"/candidates/{cid}/{action}", data={"status": "placed"})
        assert response.status_code == 302 and "/login" in response.headers["Location"], action
    _fresh(session)
    assert session.get_one(Candidate, cid).status == "new"


def _fresh(session: Session) -> None:
    """See what the app committed meanwhile: end our snapshot and forget loaded rows."""
    session.rollback()
    session.expire_all()


def test_a_licence_correction_changes_the_exports_eligible_states(
    signed_in: FlaskClient, session: Session
) -> None:
    nurse = parsed_candidate(session, profile()).id  # a Texas compact RN: TX, AZ, CO ...
    session.commit()
    licence = "CA | RN | 123456 | no | 2030-01-31"
    data = {"field": "licenses", "value": licence}
    assert signed_in.post(f"/candidates/{nurse}/corrections", data=data).status_code == 302
    exported = json.loads(signed_in.get(f"/candidates/{nurse}/export.json").data)
    assert exported["effective_profile"]["eligible_states"] == ["CA"]
