"""A candidate withdrawing: through a status link, only what that link owns; through a proven
email, a whole candidate under that address. Helpers take a session and never commit."""

from __future__ import annotations

from sqlalchemy.orm import Session

from recruit.applications.ownership import Application
from recruit.candidates.changes import notify
from recruit.events import record_event
from recruit.models import Candidate


def withdraw_application(session: Session, application: Application) -> bool:
    """Withdraw what the link owns; False when it already was."""
    if application.withdrawn():
        return False
    if application.owns_candidate():
        withdraw_candidate(session, application.candidate, via="status_link")
        return True
    for submission in application.owned:  # the rest of the candidate is not this link's
        submission.status = "withdrawn"
        record_event(
            session,
            "submission_withdrawn",
            candidate_id=submission.candidate_id,
            submission_id=submission.id,
        )
    return True


def withdraw_candidate(session: Session, candidate: Candidate, *, via: str) -> bool:
    if candidate.status == "withdrawn":
        return False
    candidate.status = "withdrawn"
    notify(session, candidate)  # no longer matched to any order
    record_event(session, "candidate_withdrew", candidate_id=candidate.id, via=via)
    return True
