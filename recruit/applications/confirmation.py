"""From parse to confirmed profile: what the confirm form starts from, and the candidate's word
becoming what recruiters see. Helpers take a session and never commit."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from recruit.applications.ownership import Application
from recruit.candidates.duplicates import flag_as_possible_duplicate
from recruit.candidates.projection import refresh_from_effective_profile
from recruit.db import utcnow
from recruit.events import record_event
from recruit.models import Candidate, Submission

PREFERENCE_KEYS = ("availability_date", "preferred_states", "shift")


def parsed_profile(submission: Submission) -> dict[str, Any]:
    result = submission.parse_result
    return dict(result.profile or {}) if result is not None and result.ok else {}


def starting_profile(submission: Submission, earlier: dict[str, Any] | None) -> dict[str, Any]:
    """What the form starts from: this parse, with gaps filled from `earlier`, what the same
    status link confirmed before (never another submission of the candidate: a merge or a
    match is no reason to show anyone someone else's details)."""
    parsed = parsed_profile(submission)
    return {**(earlier or {}), **{k: v for k, v in parsed.items() if v not in (None, "", [], {})}}


def confirm_submission(session: Session, submission: Submission, confirmed: dict[str, Any]) -> None:
    """The candidate's word (a profile in the parser's keys) becomes what recruiters see."""
    submission.confirmed_profile = confirmed
    submission.confirmed_at = utcnow()
    submission.status = "confirmed"
    candidate = submission.candidate
    if candidate.status == "withdrawn":  # a newer resume after withdrawing is a fresh start
        candidate.status = "new"
    refresh_from_effective_profile(session, candidate)
    record_event(
        session, "candidate_confirmed", candidate_id=candidate.id, submission_id=submission.id
    )


def confirm_application(
    session: Session, application: Application, confirmed: dict[str, Any]
) -> None:
    """Confirm the link's newest submission. When the link does not own its whole candidate (a
    recruiter or a proven email joined it to others), its submissions first move to a candidate
    of their own, flagged for a recruiter: one link's word never rewrites someone else's
    profile (the candidate's word wins over everything, so it must be only about them)."""
    if not application.owns_candidate():
        _detach(session, application)
    confirm_submission(session, application.newest, confirmed)


def update_application_preferences(
    session: Session, application: Application, preferences: dict[str, Any]
) -> bool:
    """Change the preferences the link last confirmed (detached first, as when confirming);
    False when it has confirmed nothing yet."""
    submission = application.latest_confirmed()
    if submission is None:
        return False
    if not application.owns_candidate():
        _detach(session, application)
    update_preferences(session, submission, preferences)
    return True


def _detach(session: Session, application: Application) -> None:
    joined = application.candidate
    own = Candidate(received_at=application.newest.received_at)
    session.add(own)
    for submission in application.owned:
        submission.candidate = own
    session.flush()
    flag_as_possible_duplicate(session, own, joined)
    record_event(session, "application_detached", candidate_id=joined.id, moved_to=own.id)
    refresh_from_effective_profile(session, joined)


def update_preferences(
    session: Session, submission: Submission, preferences: dict[str, Any]
) -> None:
    profile = dict(submission.confirmed_profile or {})
    profile.update(preferences)
    submission.confirmed_profile = profile  # a new dict, so the JSON column sees the change
    submission.candidate.updated_at = utcnow()
    refresh_from_effective_profile(session, submission.candidate)  # preferences are searchable
    record_event(
        session,
        "candidate_updated_preferences",
        candidate_id=submission.candidate_id,
        submission_id=submission.id,
    )
