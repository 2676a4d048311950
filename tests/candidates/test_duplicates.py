from __future__ import annotations

import pytest
import sqlalchemy as sa
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.candidates.duplicates import find_match, merge_candidates, profile_changes
from recruit.candidates.parse_results import save_parse_result
from recruit.models import Candidate, Event, FieldOverride, Note, Submission
from recruit.parsing.model import ParseResult
from tests.fakes import PROFILE
from tests.helpers import login, make_submission, make_user

KNOWN = {
    "name": "Jane Example",
    "email": "jane@example.com",
    "phone": "+15552013344",
    "location": {"city": "Denver", "state": "CO"},
    "licenses": [{"state": "CO", "type": "RN", "number": "RN-12345", "compact": True}],
    "specialties": ["ICU"],
}


def _upload_and_parse(session: Session, profile: dict) -> Submission:
    """What intake and the worker do: a placeholder candidate, then the parse is saved."""
    submission = make_submission(session, queued=False)
    session.commit()
    save_parse_result(session, submission, ParseResult(ok=True, profile=profile))
    session.commit()
    return submission


def _fresh(session: Session) -> None:
    session.rollback()
    session.expire_all()


@pytest.mark.parametrize(
    "same",
    [
        {"email": " JANE@Example.com"},
        {"phone": "(555) 201-3344"},
        {"licenses": [{"state": "co", "type": "RN", "number": "rn 12345"}]},
    ],
    ids=["email", "phone", "licence"],
)
def test_a_new_resume_that_matches_a_known_candidate_is_only_flagged(
    session: Session, same: dict
) -> None:
    """An upload proves nothing about who sent it: a match is for a recruiter to judge."""
    known = _upload_and_parse(session, KNOWN).candidate
    newer = _upload_and_parse(session, {"name": "J. Example", "location": {}, **same})
    _fresh(session)
    flagged = session.get_one(Submission, newer.id).candidate
    assert flagged.id != known.id and flagged.merged_into_id is None
    assert flagged.possible_duplicate_of_id == known.id
    survivor = session.get_one(Candidate, known.id)
    assert len(survivor.submissions) == 1 and survivor.display_name == "Jane Example"
    kinds = set(session.scalars(sa.select(Event.kind)))
    assert "possible_duplicate" in kinds and not {"merged_automatically", "merged_into"} & kinds


def test_a_similar_name_in_the_same_city_is_only_flagged(session: Session) -> None:
    known = _upload_and_parse(session, KNOWN).candidate
    lookalike = {"name": "Jane  Exampel", "location": {"city": "denver", "state": "CO"}}
    newer = _upload_and_parse(session, lookalike)
    _fresh(session)
    flagged = session.get_one(Candidate, newer.candidate_id)
    assert flagged.id != known.id and flagged.merged_into_id is None
    assert flagged.possible_duplicate_of_id == known.id
    elsewhere = _upload_and_parse(
        session, {"name": "Jane Exampel", "location": {"city": "Austin", "state": "TX"}}
    )
    _fresh(session)
    assert session.get_one(Candidate, elsewhere.candidate_id).possible_duplicate_of_id is None


def test_find_match_ignores_merged_away_candidates(session: Session) -> None:
    known = _upload_and_parse(session, KNOWN).candidate
    later = _upload_and_parse(session, {"email": KNOWN["email"]}).candidate
    merge_candidates(session, later, known, actor_user_id=None)
    session.commit()
    _fresh(session)
    assert find_match(session, {"email": "jane@example.com"}).id == later.id
    assert find_match(session, {"email": "other@example.com", "licenses": []}) is None


def test_the_candidate_page_shows_what_changed_since_the_previous_resume(
    client: FlaskClient, session: Session
) -> None:
    make_user(session)
    known = _upload_and_parse(session, KNOWN).candidate
    newer = make_submission(session, known, queued=False)  # sent from Jane's status page
    session.commit()
    save_parse_result(
        session, newer, ParseResult(ok=True, profile={**KNOWN, "specialties": ["ICU", "Tele"]})
    )
    session.commit()
    login(client)
    page = client.get(f"/candidates/{known.id}").get_data(as_text=True)
    assert "Changed since the previous resume" in page
    assert "ICU, Tele" in page


def test_profile_changes_lists_added_removed_and_changed_fields() -> None:
    before = {"name": "A", "phone": "+1555", "specialties": [], "fields": {"x": 1}}
    after = {"name": "B", "specialties": ["ICU"], "fields": {"x": 2}}
    assert [(c.field, c.kind) for c in profile_changes(before, after)] == [
        ("name", "changed"),
        ("phone", "removed"),
        ("specialties", "added"),
    ]


def test_merging_two_candidates_moves_everything_and_is_traced_on_both(
    client: FlaskClient, session: Session
) -> None:
    make_user(session)
    session.commit()
    login(client)
    keep = _upload_and_parse(session, KNOWN).candidate
    other_profile = {**PROFILE, "email": "jd@example.org", "phone": None, "licenses": []}
    other = _upload_and_parse(session, {**other_profile, "name": "Janet Doe"}).candidate
    client.post(f"/candidates/{other.id}/notes", data={"body": "met at job fair"})
    client.post(f"/candidates/{other.id}/corrections", data={"field": "discipline", "value": "LPN"})
    newest = other.received_at  # the other's resume came later
    assert newest > keep.received_at
    confirm = client.get(f"/candidates/{keep.id}/merge?other_id={other.id}")
    assert confirm.status_code == 200 and f"Merge #{other.id} into #{keep.id}" in confirm.text
    response = client.post(f"/candidates/{keep.id}/merge", data={"other_id": other.id})
    assert response.status_code == 302
    _fresh(session)
    survivor, merged = session.get_one(Candidate, keep.id), session.get_one(Candidate, other.id)
    assert len(survivor.submissions) == 2 and not merged.submissions
    assert all(s.document is not None for s in survivor.submissions)
    assert session.scalars(sa.select(Note.candidate_id)).all() == [keep.id]
    assert session.scalars(sa.select(FieldOverride.candidate_id)).all() == [keep.id]
    assert (merged.status, merged.merged_into_id) == ("duplicate", keep.id)
    assert survivor.discipline == "LPN"  # facets refreshed with the moved correction
    assert survivor.received_at == newest  # the queue orders by the newest resume
    merges = session.scalars(sa.select(Event).where(Event.kind.in_(["merged", "merged_into"])))
    assert {(e.kind, e.candidate_id) for e in merges} == {
        ("merged", keep.id),
        ("merged_into", other.id),
    }
    page = client.get(f"/candidates/{keep.id}").text
    assert "met at job fair" in page and "Note added" in page  # the other's trail shows too
    assert client.get(f"/candidates/{other.id}").text.count(f"/candidates/{keep.id}") >= 1


def test_a_candidate_cannot_be_merged_into_itself_or_twice(
    client: FlaskClient, session: Session
) -> None:
    make_user(session)
    session.commit()
    login(client)
    keep = _upload_and_parse(session, KNOWN).candidate
    other = _upload_and_parse(session, {"name": "Zed", "email": "z@example.org"}).candidate
    client.post(f"/candidates/{keep.id}/merge", data={"other_id": keep.id})
    client.post(f"/candidates/{keep.id}/merge", data={"other_id": other.id})
    response = client.post(f"/candidates/{keep.id}/merge", data={"other_id": other.id})
    assert response.status_code == 302  # sent to the survivor's page, nothing merged again
    _fresh(session)
    merges = session.scalars(sa.select(Event).where(Event.kind == "merged")).all()
    assert len(merges) == 1
    assert session.get_one(Candidate, keep.id).merged_into_id is None
