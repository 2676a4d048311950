"""Duplicates: find the known candidate a new profile may belong to, flag it, merge.

A shared email, E.164 phone or licence number + state, or a similar name in the same city,
only flags the new candidate for a recruiter to judge; nothing merges on what an upload says.
Merges are a recruiter's action, or follow a candidate proving the email on file
(recruit.applications.email_proofs). Helpers take a session and never commit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.candidates.changes import notify
from recruit.candidates.identity import normalize_email, normalize_phone
from recruit.candidates.profile import arrival, record
from recruit.candidates.projection import refresh_from_effective_profile
from recruit.candidates.search import remove_candidate
from recruit.events import record_event
from recruit.models import Candidate, CandidateLicense, FieldOverride, Note, Submission

NAME_SIMILARITY = 0.85
FUZZY_SCAN_LIMIT = 500
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def find_match(
    session: Session, profile: dict[str, Any], *, exclude_id: int | None = None
) -> Candidate | None:
    """The live candidate sharing an email, a phone number or a licence number + state."""
    for condition in _identity_conditions(profile):
        query = sa.select(Candidate).where(condition, Candidate.merged_into_id.is_(None))
        if exclude_id is not None:
            query = query.where(Candidate.id != exclude_id)
        match = session.scalars(query.order_by(Candidate.id).limit(1)).first()
        if match is not None:
            return match
    return None


def _identity_conditions(profile: dict[str, Any]) -> list[sa.ColumnElement[bool]]:
    conditions: list[sa.ColumnElement[bool]] = []
    if email := normalize_email(profile.get("email")):
        conditions.append(Candidate.email_normalized == email)
    if phone := normalize_phone(profile.get("phone")):
        conditions.append(Candidate.phone_e164 == phone)
    for state, number in _licence_keys(profile):
        stored = sa.func.upper(
            sa.func.replace(sa.func.replace(CandidateLicense.number, " ", ""), "-", "")
        )
        licensed = sa.select(CandidateLicense.candidate_id).where(
            sa.func.upper(CandidateLicense.state) == state, stored == number
        )
        conditions.append(Candidate.id.in_(licensed))
    return conditions


def _licence_keys(profile: dict[str, Any]) -> list[tuple[str, str]]:
    keys = []
    for item in profile.get("licenses") or []:
        if not isinstance(item, dict):
            continue
        state, number = item.get("state"), item.get("number")
        if isinstance(state, str) and isinstance(number, str):
            compact = number.replace(" ", "").replace("-", "").upper()
            if len(compact) >= 3:
                keys.append((state.strip().upper(), compact))
    return keys


def find_lookalike(
    session: Session, profile: dict[str, Any], *, exclude_id: int | None = None
) -> Candidate | None:
    """A live candidate in the same city whose name is nearly the same: a flag, not a match."""
    name = _name_key(profile.get("name"))
    location = record(profile.get("location"))
    city = location.get("city")
    if not name or not isinstance(city, str) or not city.strip():
        return None
    query = sa.select(Candidate).where(
        sa.func.lower(Candidate.location_city) == city.strip().lower(),
        Candidate.merged_into_id.is_(None),
        Candidate.display_name.is_not(None),
    )
    if exclude_id is not None:
        query = query.where(Candidate.id != exclude_id)
    for candidate in session.scalars(query.order_by(Candidate.id).limit(FUZZY_SCAN_LIMIT)):
        if names_look_alike(name, _name_key(candidate.display_name)):
            return candidate
    return None


def names_look_alike(left: str, right: str) -> bool:
    return bool(left and right) and SequenceMatcher(None, left, right).ratio() >= NAME_SIMILARITY


def _name_key(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(sorted(_NOT_WORD.sub(" ", value.lower()).split()))


def flag_possible_duplicate(
    session: Session, submission: Submission, profile: dict[str, Any]
) -> Candidate:
    """Flag the parsed submission's candidate as possibly a known one, for a recruiter to judge.

    Nothing is merged: an upload proves nothing about who sent it, and anyone can type a
    known email, phone or (public) licence number into a resume. Recruiters merge; a candidate
    links their applications by opening a link mailed to the address on file.
    """
    own = submission.candidate
    flagged = find_match(session, profile, exclude_id=own.id) or find_lookalike(
        session, profile, exclude_id=own.id
    )
    if flagged is not None:
        flag_as_possible_duplicate(session, own, flagged)
    return own


def flag_as_possible_duplicate(session: Session, candidate: Candidate, other: Candidate) -> None:
    if candidate.possible_duplicate_of_id == other.id or candidate.id == other.id:
        return
    session.flush()  # a candidate made in this transaction needs its id for the event
    candidate.possible_duplicate_of_id = other.id
    record_event(
        session, "possible_duplicate", candidate_id=candidate.id, other_candidate_id=other.id
    )


def merge_candidates(
    session: Session,
    survivor: Candidate,
    other: Candidate,
    *,
    actor_user_id: int | None,
    proven_by_candidate: bool = False,
) -> None:
    """Move every submission (with its document), note and override of `other` to `survivor`.

    Events stay where they were written (the trail is append-only); the survivor's timeline
    reads its merged candidates' events too. `other` is kept as a pointer, status duplicate,
    with no facets and no search document, so no filter or search finds it again.
    """
    _lock(session, survivor, other)
    if survivor.id == other.id or other.merged_into_id is not None:
        raise ValueError("these two candidates cannot be merged")
    for submission in list(other.submissions):
        submission.candidate = survivor
    for model in (Note, FieldOverride):
        session.execute(
            sa.update(model).where(model.candidate_id == other.id).values(candidate_id=survivor.id)
        )
    _take_newer_queue_columns(survivor, other)
    other.merged_into_id = survivor.id
    other.status = "duplicate"
    for facets in ("specialties", "licenses", "certifications", "eligible_states", "ehr_systems"):
        setattr(other, facets, [])
    notify(session, other)  # a merged duplicate matches no order
    if survivor.possible_duplicate_of_id == other.id:
        survivor.possible_duplicate_of_id = None
    kind = "merged_on_candidate_proof" if proven_by_candidate else "merged"
    record_event(
        session,
        kind,
        candidate_id=survivor.id,
        actor_user_id=actor_user_id,
        merged_candidate_id=other.id,
    )
    record_event(
        session,
        "merged_into",
        candidate_id=other.id,
        actor_user_id=actor_user_id,
        survivor_candidate_id=survivor.id,
        proven_by_candidate=proven_by_candidate,
    )
    session.flush()
    remove_candidate(session, other.id)
    refresh_from_effective_profile(session, survivor)


def _take_newer_queue_columns(survivor: Candidate, other: Candidate) -> None:
    """The queue's columns describe a candidate's newest submission, which may be other's."""
    if other.received_at <= survivor.received_at:
        return
    survivor.received_at = other.received_at
    survivor.parse_failed = other.parse_failed
    survivor.has_warnings = other.has_warnings
    survivor.min_confidence = other.min_confidence


def _lock(session: Session, *candidates: Candidate) -> None:
    """Hold both rows until commit and reload them, so two workers attaching resumes to the
    same person one after the other each see the other's facets. SQLite: the writer already
    holds the database lock."""
    if session.get_bind().dialect.name != "postgresql":
        return
    ids = sorted({c.id for c in candidates})  # a fixed order, so two merges cannot deadlock
    # FOR NO KEY UPDATE: holds off the other merge, not rows that merely point at these.
    query = sa.select(Candidate.id).where(Candidate.id.in_(ids))
    session.execute(query.with_for_update(key_share=True))
    for candidate in candidates:
        session.expire(candidate)


def merged_family(session: Session, candidate_id: int) -> list[int]:
    """The candidate and every candidate merged into it, directly or through another merge."""
    family, frontier = [candidate_id], [candidate_id]
    while frontier:
        frontier = list(
            session.scalars(sa.select(Candidate.id).where(Candidate.merged_into_id.in_(frontier)))
        )
        family.extend(frontier)
    return family


@dataclass(frozen=True)
class Change:
    field: str
    kind: str  # added, removed or changed
    before: Any
    after: Any


def profile_changes(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """What differs between two profiles, field by field (evidence and confidence ignored)."""
    changes = []
    for field in sorted((set(before) | set(after)) - {"fields"}):
        old, new = before.get(field), after.get(field)
        if _empty(old) and _empty(new) or old == new:
            continue
        kind = "added" if _empty(old) else "removed" if _empty(new) else "changed"
        changes.append(Change(field, kind, old, new))
    return changes


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def changes_since_previous(candidate: Candidate) -> list[Change] | None:
    """The diff between the two newest parsed submissions; None with fewer than two."""
    parsed = sorted(
        (s for s in candidate.submissions if s.parse_result is not None and s.parse_result.ok),
        key=arrival,
    )
    if len(parsed) < 2:
        return None
    previous, latest = parsed[-2].parse_result, parsed[-1].parse_result
    assert previous is not None and latest is not None
    return profile_changes(previous.profile or {}, latest.profile or {})
