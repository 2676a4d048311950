"""Save a ParseResult for a submission and refresh the candidate's facets from its profile.

Parsing the same file twice gives the same rows: results are replaced, never appended.
`refresh_from_effective_profile` is the one way the queue's view of a candidate (columns,
facet rows, eligible states, search document) is brought up to date after any profile change.
"""

from __future__ import annotations

import calendar
import json
from datetime import date
from typing import Any

import phonenumbers
from sqlalchemy.orm import Session

from recruit.clinical.eligibility import eligible_states
from recruit.db import utcnow
from recruit.events import record_event
from recruit.models import (
    Candidate,
    CandidateCertification,
    CandidateEhr,
    CandidateEligibleState,
    CandidateLicense,
    CandidateSpecialty,
    ParseResultRow,
    Submission,
)
from recruit.parsing.model import ParseResult
from recruit.search import min_confidence, refresh_queue_columns, reindex_candidate


def save_parse_result(session: Session, submission: Submission, result: ParseResult) -> None:
    row = submission.parse_result or ParseResultRow(submission_id=submission.id)
    row.ok = result.ok
    row.profile = result.profile
    row.parser_version = result.parser_version
    row.timings = dict(result.timing_ms)
    row.warnings = [str(w) for w in result.warnings]
    row.text = result.text or ""
    row.error = result.error
    row.error_code = result.error_code
    session.add(row)
    submission.parse_result = row
    if submission.document is not None and result.page_count:
        submission.document.page_count = result.page_count
    if submission.confirmed_at is None:  # a candidate may confirm before the parse lands
        submission.status = "parsed" if result.ok else "parse_failed"
    else:
        submission.status = "confirmed"
    if result.ok and result.profile:
        from recruit.duplicates import attach_to_known_candidate  # it uses our normalisers

        candidate = attach_to_known_candidate(session, submission, result.profile)
        # Recruiters' corrections outlive any re-parse: facets come from the effective profile.
        refresh_from_effective_profile(session, candidate)
    else:  # the profile is unchanged, but a first failed parse still needs a search document
        session.flush()
        reindex_candidate(session, submission.candidate_id)
    refresh_queue_columns(submission.candidate, submission, result)
    kind = "parse_succeeded" if result.ok else "parse_failed"
    record_event(
        session,
        kind,
        candidate_id=submission.candidate_id,
        submission_id=submission.id,
        error_code=result.error_code,
        parser_version=result.parser_version,
    )


def refresh_from_effective_profile(session: Session, candidate: Candidate) -> None:
    """Bring the candidate's columns, facet rows, eligible states and search document in line
    with its effective profile (parse < candidate-confirmed < recruiter overrides).

    Call it wherever one of those layers changes: a parse saved, a confirmation, a correction,
    a merge. The queue filters and searches only what this writes.
    """
    from recruit.corrections import current_overrides  # corrections imports this module

    overrides = current_overrides(session, candidate.id)
    profile = _with_overrides(candidate, overrides, utcnow().date())
    refresh_candidate(candidate, profile)
    candidate.min_confidence = unverified_confidence(candidate, overrides)
    session.flush()  # the search document is built from the facet rows just written
    reindex_candidate(session, candidate.id, profile)


def unverified_confidence(candidate: Candidate, overrides: dict[str, Any]) -> float | None:
    """The parser's lowest confidence among the fields nobody has since confirmed or corrected:
    the queue's low-confidence filter is about guesses that still stand."""
    from recruit.corrections import latest_parse  # corrections imports this module

    row = latest_parse(candidate)
    fields = dict(((row.profile or {}).get("fields") or {}) if row is not None else {})
    for name in (*overrides, *(latest_confirmed(candidate) or {})):
        fields.pop(name, None)
    return min_confidence({"fields": fields})


def current_profile(session: Session, candidate: Candidate, today: date) -> dict[str, Any]:
    """The candidate's effective profile, its eligible states following its licences."""
    from recruit.corrections import current_overrides  # corrections imports this module

    return _with_overrides(candidate, current_overrides(session, candidate.id), today)


def _with_overrides(candidate: Candidate, overrides: dict[str, Any], today: date) -> dict[str, Any]:
    from recruit.corrections import effective_profile, parsed_profile  # it imports this module

    profile = effective_profile(parsed_profile(candidate), overrides)
    profile["eligible_states"] = effective_eligible_states(candidate, profile, today)
    return profile


def effective_eligible_states(
    candidate: Candidate, profile: dict[str, Any], today: date
) -> list[str]:
    """The parser's eligible states while the licences and discipline are the ones it read;
    once a candidate or recruiter has changed either, the same rule applied to theirs."""
    from recruit.corrections import latest_parse  # corrections imports this module

    row = latest_parse(candidate)
    parsed = (row.profile or {}) if row is not None else {}
    if all(profile.get(key) == parsed.get(key) for key in ("licenses", "discipline")):
        return _strings(parsed.get("eligible_states"))
    discipline = profile.get("discipline")
    return eligible_states(
        _dicts(profile.get("licenses")), discipline if isinstance(discipline, str) else None, today
    )


def latest_confirmed(candidate: Candidate) -> dict[str, Any] | None:
    """What the candidate last confirmed: it wins over any parse (theirs is the last word)."""
    confirmed = [s for s in candidate.submissions if s.confirmed_at and s.confirmed_profile]
    if not confirmed:
        return None
    return dict(max(confirmed, key=lambda s: s.confirmed_at).confirmed_profile)


def refresh_candidate(candidate: Candidate, profile: dict[str, Any]) -> None:
    """Copy the profile's contact details and facets onto the candidate, replacing old facets."""
    candidate.display_name = _clip(profile.get("name"), 200) or candidate.display_name
    candidate.email_normalized = normalize_email(profile.get("email")) or candidate.email_normalized
    candidate.phone_e164 = normalize_phone(profile.get("phone")) or candidate.phone_e164
    candidate.discipline = _clip(profile.get("discipline"), 40)
    candidate.years_experience = _number(profile.get("years_experience"))
    location = profile.get("location") if isinstance(profile.get("location"), dict) else {}
    candidate.location_city = _clip(location.get("city"), 100)
    candidate.location_state = _clip(location.get("state"), 10)
    years = profile.get("specialty_years") or {}
    candidate.specialties = [
        CandidateSpecialty(name=_clip(name, 80), years=_number(years.get(name)))
        for name in _strings(profile.get("specialties"))
    ]
    candidate.licenses = [_license(item) for item in _dicts(profile.get("licenses"))]
    candidate.certifications = [
        CandidateCertification(
            name=_clip(item["name"], 80), expires=parse_expiry(item.get("expires"))
        )
        for item in _dicts(profile.get("certifications"))
        if item.get("name")
    ]
    states = sorted({_clip(state, 10) for state in _strings(profile.get("eligible_states"))})
    candidate.eligible_states = [CandidateEligibleState(state=state) for state in states]
    candidate.eligible_states_json = json.dumps(states)
    candidate.ehr_systems = [
        CandidateEhr(name=_clip(n, 80)) for n in _strings(profile.get("ehr_systems"))
    ]


def _license(item: dict[str, Any]) -> CandidateLicense:
    return CandidateLicense(
        state=_clip(item.get("state"), 10),
        type=_clip(item.get("type"), 20),
        number=_clip(item.get("number"), 60),
        compact=bool(item.get("compact")),
        expires=parse_expiry(item.get("expires")),
    )


def normalize_email(value: Any) -> str | None:
    if not isinstance(value, str) or "@" not in value:
        return None
    return _clip(value.strip().lower(), 320)


def normalize_phone(value: Any, region: str = "US") -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def parse_expiry(value: Any) -> date | None:
    """YYYY-MM-DD, YYYY-MM (end of month) or YYYY (end of year); anything else is unknown."""
    if not isinstance(value, str):
        return None
    parts = value.strip().split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 3:
            return date(*numbers)
        if len(numbers) == 2:
            return date(numbers[0], numbers[1], calendar.monthrange(numbers[0], numbers[1])[1])
        if len(numbers) == 1 and len(parts[0]) == 4:
            return date(numbers[0], 12, 31)
    except ValueError:
        return None
    return None


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(v.strip() for v in value if isinstance(v, str) and v.strip()))


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _clip(value: Any, length: int) -> Any:
    return value[:length] if isinstance(value, str) else None
