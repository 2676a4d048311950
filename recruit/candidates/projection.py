"""What the queue sees of a candidate: its columns, facet rows, eligible states and search
document, all copied from the effective profile.

`refresh_from_effective_profile` is the one way they are brought up to date after any
profile change (a parse saved, a confirmation, a correction, a merge). Helpers take a
session and never commit.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from recruit.candidates.changes import notify
from recruit.candidates.identity import normalize_email, normalize_phone, without_bidi_controls
from recruit.candidates.matching_facts import refresh_matching_facts
from recruit.candidates.profile import ProfileLayers, dicts, record, strings
from recruit.candidates.search import reindex_candidate
from recruit.clinical import vocab
from recruit.clinical.dates import parse_expiry
from recruit.db import utcnow
from recruit.models import (
    Candidate,
    CandidateCertification,
    CandidateEhr,
    CandidateEligibleState,
    CandidateLicense,
    CandidateSpecialty,
    Submission,
)

LOW_CONFIDENCE = 0.6


def refresh_from_effective_profile(session: Session, candidate: Candidate) -> None:
    """Bring the candidate's columns, facet rows, eligible states and search document in line
    with its effective profile. The queue filters and searches only what this writes."""
    layers = ProfileLayers.read(session, candidate)
    profile = layers.effective(utcnow().date())
    refresh_candidate(candidate, profile)
    refresh_matching_facts(candidate, profile, layers, utcnow().date())
    candidate.min_confidence = min_confidence({"fields": layers.unverified_fields()})
    session.flush()  # the search document is built from the facet rows just written
    reindex_candidate(session, candidate.id, profile, layers.text)
    notify(session, candidate)  # job orders recompute what the candidate matches


def min_confidence(profile: dict[str, Any] | None) -> float | None:
    fields = (profile or {}).get("fields")
    if not isinstance(fields, dict):
        return None
    values = [
        float(f["confidence"])
        for f in fields.values()
        if isinstance(f, dict) and isinstance(f.get("confidence"), int | float)
    ]
    return min(values) if values else None


def refresh_queue_columns(
    candidate: Candidate, submission: Submission, parsed_ok: bool, warned: bool
) -> None:
    """The queue's indexed columns from the newest submission: its time, parse failure and
    warnings (the lowest confidence is the profile's)."""
    if submission.received_at and submission.received_at > candidate.received_at:
        candidate.received_at = submission.received_at
    candidate.parse_failed = not parsed_ok
    candidate.has_warnings = warned


def refresh_candidate(candidate: Candidate, profile: dict[str, Any]) -> None:
    """Copy the profile's contact details and facets onto the candidate, replacing old facets."""
    candidate.display_name = _clip(_name(profile.get("name")), 200) or candidate.display_name
    candidate.email_normalized = normalize_email(profile.get("email")) or candidate.email_normalized
    candidate.phone_e164 = normalize_phone(profile.get("phone")) or candidate.phone_e164
    candidate.discipline = _clip(profile.get("discipline"), 40)
    candidate.years_experience = _number(profile.get("years_experience"))
    location = record(profile.get("location"))
    candidate.location_city = _clip(location.get("city"), 100)
    candidate.location_state = _clip(location.get("state"), 10)
    years = profile.get("specialty_years") or {}
    candidate.specialties = [
        CandidateSpecialty(name=_clip(name, 80), years=_number(years.get(name)))
        for name in strings(profile.get("specialties"))
    ]
    candidate.licenses = [_license(item) for item in dicts(profile.get("licenses"))]
    # the page's words ('Basic Life Support', 'Homecare Homebase') stay in the profile; the
    # rows that filters and job orders match on hold the standard name
    candidate.certifications = [
        CandidateCertification(
            name=_clip(vocab.certification_code(item["name"]) or item["name"], 80),
            expires=parse_expiry(item.get("expires")),
        )
        for item in dicts(profile.get("certifications"))
        if item.get("name")
    ]
    states = sorted({_clip(state, 10) for state in strings(profile.get("eligible_states"))})
    candidate.eligible_states = [CandidateEligibleState(state=state) for state in states]
    candidate.eligible_states_json = json.dumps(states)
    candidate.ehr_systems = [
        CandidateEhr(name=_clip(name, 80))
        for name in dict.fromkeys(
            vocab.ehr_code(n) or n for n in strings(profile.get("ehr_systems"))
        )
    ]


def _license(item: dict[str, Any]) -> CandidateLicense:
    return CandidateLicense(
        state=_clip(item.get("state"), 10),
        type=_clip(item.get("type"), 20),
        number=_clip(item.get("number"), 60),
        compact=bool(item.get("compact")),
        expires=parse_expiry(item.get("expires")),
    )


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _name(value: Any) -> Any:
    return without_bidi_controls(value).strip() if isinstance(value, str) else value


def _clip(value: Any, length: int) -> Any:
    return value[:length] if isinstance(value, str) else None
