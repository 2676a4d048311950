"""What job-order matching reads of a candidate, copied from the effective profile: when they
can start, where they want to work, travel history, their most recent specialty and the fields
still standing on an unconfirmed or low-confidence reading."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from recruit.candidates.profile import ProfileLayers, dicts, strings
from recruit.clinical.vocab import specialty_matcher
from recruit.models import Candidate, CandidatePreferredState

LOW_CONFIDENCE = 0.6
RECENT_YEARS = 2


def refresh_matching_facts(
    candidate: Candidate, profile: dict[str, Any], layers: ProfileLayers, today: date
) -> None:
    candidate.available_from = iso_date(profile.get("availability_date"))
    states = dict.fromkeys(s.upper()[:10] for s in strings(profile.get("preferred_states")))
    candidate.preferred_states = [CandidatePreferredState(state=s) for s in states]
    employers = dicts(profile.get("employers"))
    candidate.travel_assignments = sum(1 for job in employers if job.get("travel"))
    candidate.recent_specialty = recent_specialty(employers, today)
    candidate.unverified_fields_json = json.dumps(unverified_fields(layers))


def iso_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def recent_specialty(employers: list[dict[str, Any]], today: date) -> str | None:
    """The specialty of the latest job, when it is current or ended in the last two years."""
    dated = [job for job in employers if isinstance(job.get("start"), str)]
    if not dated:
        return None
    latest = max(dated, key=lambda job: job["start"])
    end = latest.get("end")
    if end != "present" and (not isinstance(end, str) or end[:4] < str(today.year - RECENT_YEARS)):
        return None
    words = " ".join(str(latest.get(key) or "") for key in ("unit", "title"))
    found = specialty_matcher().find(words)
    return found[0][:80] if found else None


def unverified_fields(layers: ProfileLayers) -> list[str]:
    """Parsed fields nobody has confirmed or corrected: all of them until the candidate
    confirms, then those the parser was unsure of."""
    out = []
    for name, meta in layers.unverified_fields().items():
        confidence = meta.get("confidence") if isinstance(meta, dict) else None
        sure = isinstance(confidence, int | float) and confidence >= LOW_CONFIDENCE
        if not layers.confirmed or not sure:
            out.append(name)
    return sorted(out)
