"""The candidate's effective profile, in one place: parse < candidate-confirmed < recruiter
corrections, with eligible states following the licences it ends up with.

Every reader — the candidate page, the JSON export, the queue projection, search, readiness —
asks `current_profile`. Read-only: helpers take a session and never write.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.clinical.eligibility import eligible_states
from recruit.models import Candidate, FieldOverride, ParseResultRow, Submission


def arrival(submission: Submission) -> tuple[datetime, int]:
    """Submissions are ordered by when they arrived, the id breaking ties."""
    return (submission.received_at, submission.id)


def newest_submission(submissions: Iterable[Submission]) -> Submission | None:
    return max(submissions, key=arrival, default=None)


def latest_parse(candidate: Candidate) -> ParseResultRow | None:
    """The newest submission's successful parse: the candidate's parsed profile."""
    parsed = [s for s in candidate.submissions if s.parse_result is not None and s.parse_result.ok]
    newest = newest_submission(parsed)
    return newest.parse_result if newest is not None else None


def latest_confirmed(candidate: Candidate) -> dict[str, Any] | None:
    """What the candidate last confirmed: it wins over any parse (theirs is the last word)."""
    confirmed = [
        (s.confirmed_at, s.confirmed_profile)
        for s in candidate.submissions
        if s.confirmed_at and s.confirmed_profile
    ]
    if not confirmed:
        return None
    return dict(max(confirmed, key=lambda pair: pair[0])[1])


def current_overrides(session: Session, candidate_id: int) -> dict[str, Any]:
    """Field -> value of the latest recruiter correction of each field."""
    rows = session.scalars(
        sa.select(FieldOverride)
        .where(FieldOverride.candidate_id == candidate_id)
        .order_by(FieldOverride.at, FieldOverride.id)
    )
    return {row.field: row.value for row in rows}


def parsed_profile(candidate: Candidate) -> dict[str, Any]:
    """The latest parse with what the candidate confirmed on top (their word beats the parser)."""
    row = latest_parse(candidate)
    parsed = dict(row.profile or {}) if row is not None else {}
    return {**parsed, **(latest_confirmed(candidate) or {})}


def effective_profile(
    parsed: Mapping[str, Any] | None, overrides: Mapping[str, Any]
) -> dict[str, Any]:
    """The parsed profile with each overridden field replaced; the inputs are not changed."""
    profile = dict(parsed or {})
    profile.update(overrides)
    return profile


@dataclass(frozen=True)
class ProfileLayers:
    """The three layers of a candidate's profile, each read once: the newest successful parse
    (with its resume text), what the candidate last confirmed, and the recruiters' corrections."""

    parsed: dict[str, Any]
    text: str
    confirmed: dict[str, Any]
    overrides: dict[str, Any]

    @classmethod
    def read(cls, session: Session, candidate: Candidate) -> ProfileLayers:
        row = latest_parse(candidate)
        return cls(
            parsed=dict(row.profile or {}) if row is not None else {},
            text=(row.text or "") if row is not None else "",
            confirmed=latest_confirmed(candidate) or {},
            overrides=current_overrides(session, candidate.id),
        )

    def effective(self, today: date) -> dict[str, Any]:
        """Parse < confirmed < corrections, eligible states following the licences."""
        profile = effective_profile({**self.parsed, **self.confirmed}, self.overrides)
        profile["eligible_states"] = effective_eligible_states(self.parsed, profile, today)
        return profile

    def unverified_fields(self) -> dict[str, Any]:
        """The parser's per-field confidence and evidence for the fields nobody has since
        confirmed or corrected: the guesses that still stand."""
        fields = record(self.parsed.get("fields"))
        settled = {*self.overrides, *self.confirmed}
        return {name: meta for name, meta in fields.items() if name not in settled}


def current_profile(session: Session, candidate: Candidate, today: date) -> dict[str, Any]:
    """The candidate's effective profile, its eligible states following its licences."""
    return ProfileLayers.read(session, candidate).effective(today)


def effective_eligible_states(
    parsed: Mapping[str, Any], profile: Mapping[str, Any], today: date
) -> list[str]:
    """The parser's eligible states while the licences and discipline are the ones it read;
    once a candidate or recruiter has changed either, the same rule applied to theirs."""
    if all(profile.get(key) == parsed.get(key) for key in ("licenses", "discipline")):
        return strings(parsed.get("eligible_states"))
    discipline = profile.get("discipline")
    return eligible_states(
        dicts(profile.get("licenses")), discipline if isinstance(discipline, str) else None, today
    )


def strings(value: Any) -> list[str]:
    """A profile list of strings, stripped and de-duplicated; anything else is empty."""
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(v.strip() for v in value if isinstance(v, str) and v.strip()))


def record(value: Any) -> dict[str, Any]:
    """A profile record (a dict); anything else is empty."""
    return value if isinstance(value, dict) else {}


def dicts(value: Any) -> list[dict[str, Any]]:
    """A profile list of records; anything else is empty."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
