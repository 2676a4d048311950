"""What a private status link may act on: the submission it was issued for and the newer
resumes sent from its page — never the rest of a candidate it was matched or merged with.

A link acts on the whole candidate (withdraw it, erase it, add resumes to it) only while every
submission of that candidate is its own. Read-only: helpers take a session and never write.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.applications.status_links import submission_for_token
from recruit.candidates.profile import arrival
from recruit.models import Candidate, Submission


@dataclass(frozen=True)
class Application:
    """The submissions one status link owns, oldest first; `holder` carries the link."""

    holder: Submission
    owned: tuple[Submission, ...]

    @property
    def candidate(self) -> Candidate:
        return self.holder.candidate

    @property
    def newest(self) -> Submission:
        return self.owned[-1]

    def owns_candidate(self) -> bool:
        mine = {s.id for s in self.owned}
        return all(s.id in mine for s in self.candidate.submissions)

    def latest_confirmed(self) -> Submission | None:
        done = [(s.confirmed_at, s) for s in self.owned if s.confirmed_at and s.confirmed_profile]
        return max(done, key=lambda pair: pair[0])[1] if done else None

    def confirmed_profile(self) -> dict[str, Any] | None:
        """What this link's owner last confirmed; nothing from anyone else's submissions."""
        latest = self.latest_confirmed()
        return dict(latest.confirmed_profile or {}) if latest is not None else None

    def withdrawn(self) -> bool:
        if self.owns_candidate():
            return self.candidate.status == "withdrawn"
        return all(s.status == "withdrawn" for s in self.owned)


def application_for_token(session: Session, token: str) -> Application | None:
    holder = submission_for_token(session, token)
    if holder is None:
        return None
    return Application(holder, tuple(owned_submissions(session, holder)))


def owned_submissions(session: Session, holder: Submission) -> list[Submission]:
    sent = session.scalars(sa.select(Submission).where(Submission.sent_from_id == holder.id))
    return sorted([holder, *sent], key=arrival)
