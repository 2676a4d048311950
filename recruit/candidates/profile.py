"""The candidate's effective profile, in one place: parse < candidate-confirmed < recruiter
corrections, with eligible states following the licences it ends up with.

Every reader — the candidate page, the JSON export, the queue projection, search, readiness —
asks `current_profile`. Read-only: helpers take a session and never write.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.clinical.eligibility import eligible_states
from recruit.models import Candidate, FieldOverride, ParseResultRow, Submission

# What an undo that hands a field back to the parse records as its value (for the history).
AS_PARSED: dict[str, Any] = {"restore": "as parsed"}


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
    confirmed = [s for s in candidate.submissions if s.confirmed_at and s.confirmed_profile]
    if not confirmed:
        return None
    return dict(max(confirmed, key=lambda s: s.confirmed_at).confirmed_profile)


def override_rows(session: Session, candidate_id: int) -> list[FieldOverride]:
    """Every correction of a candidate, oldest first."""
    query = (
        sa.select(FieldOverride)
        .where(FieldOverride.candidate_id == candidate_id)
        .order_by(FieldOverride.at, FieldOverride.id)
    )
    return list(session.scalars(query))


def standing(rows: Iterable[FieldOverride]) -> dict[str, list[FieldOverride]]:
    """Each field's corrections still standing, oldest first: an undo takes back the one it
    names, so undoing again walks further back, down to the parse."""
    stacks: dict[str, list[FieldOverride]] = {}
    for row in rows:
        stack = stacks.setdefault(row.field, [])
        if row.undoes_id is None:
            stack.append(row)
        else:
            stacks[row.field] = [r for r in stack if r.id != row.undoes_id]
    return stacks


def current_overrides(session: Session, candidate_id: int) -> dict[str, Any]:
    """Field -> value of its standing recruiter correction (fields with none are as parsed)."""
    stacks = standing(override_rows(session, candidate_id))
    return {name: stack[-1].value for name, stack in stacks.items() if stack}


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


def current_profile(
    session: Session, candidate: Candidate, today: date, overrides: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The candidate's effective profile, its eligible states following its licences.

    Pass `overrides` when the caller has just read them, so one refresh reads them once.
    """
    if overrides is None:
        overrides = current_overrides(session, candidate.id)
    row = latest_parse(candidate)
    parsed = dict(row.profile or {}) if row is not None else {}
    profile = effective_profile({**parsed, **(latest_confirmed(candidate) or {})}, overrides)
    profile["eligible_states"] = effective_eligible_states(parsed, profile, today)
    return profile


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


def dicts(value: Any) -> list[dict[str, Any]]:
    """A profile list of records; anything else is empty."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
