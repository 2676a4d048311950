"""Words for a match: why each gate passed, exactly what is missing one step away, where the
score came from, and which passes lean on values nobody has confirmed. Pure: the order and the
candidate's facet rows (a copy of their effective profile) in, sentences out. The levels
themselves come from gates.py; this module only says why, by the same rules.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from recruit.clinical.eligibility import compacts, license_types
from recruit.models import Candidate, CandidateLicense, JobOrder

# Which profile fields each gate relies on, for the "verify" marks.
GATE_FIELDS = {
    "discipline": ("discipline",),
    "licence": ("licenses",),
    "certifications": ("certifications",),
    "years": ("specialties", "specialty_years"),
}
GATE_LABELS = {
    "discipline": "Discipline",
    "licence": "Licence",
    "certifications": "Certifications",
    "years": "Years in the specialty",
}


def gate_reasons(order: JobOrder, candidate: Candidate) -> list[str]:
    """Why an eligible candidate passes each hard gate."""
    reasons = [f"{candidate.discipline}, as the order asks."]
    reasons.append(_licence_reason(order, candidate))
    reasons += [_cert_reason(order, candidate, need.name) for need in order.certifications]
    if order.min_years and order.specialty:
        years = _years(candidate, order.specialty)
        reasons.append(
            f"{years:g} years in {order.specialty} (the order asks {order.min_years:g})."
        )
    start = candidate.available_from
    reasons.append(f"Can start {start}." if start else "Start date not given: treated as open.")
    preferred = sorted(p.state for p in candidate.preferred_states)
    reasons.append(
        f"Wants to work in {order.state}." if preferred else "No preferred states given."
    )
    if order.ehr_required and order.ehr:
        reasons.append(f"Has worked in {order.ehr}, which the order requires.")
    reasons.append(f"Not submitted to {order.facility} in the last 60 days.")
    return reasons


def missing(order: JobOrder, candidate: Candidate) -> list[str]:
    """Exactly what stands between a one-step-away candidate and this order."""
    out = []
    licence = _licence_gap(order, candidate)
    if licence:
        out.append(licence)
    for need in order.certifications:
        gap = _cert_gap(order, candidate, need.name)
        if gap:
            out.append(gap)
    if order.min_years and order.specialty and _years(candidate, order.specialty) is None:
        out.append(
            f"Years in {order.specialty} not stated: verify (the order asks {order.min_years:g})."
        )
    return out


def score_reasons(order: JobOrder, parts: dict[str, float]) -> list[str]:
    words = {
        "years": f"years in {order.specialty or 'the specialty'}",
        "ehr": f"has worked in {order.ehr}",
        "recent": f"most recent job in {order.specialty}",
        "travel": "prior travel assignments",
        "unit": f"has worked on a {order.unit} unit",
        "confidence": "confidence of the parsed details",
    }
    return [f"+{value:g} {words[name]}" for name, value in parts.items() if value]


def verify_marks(candidate: Candidate) -> list[str]:
    """Gates passed on a field that still stands on a low-confidence or unconfirmed parse."""
    if candidate.unverified_fields_json is None:  # not refreshed since matching arrived
        return ["Details not re-read since job orders were added: verify them."]
    unverified = set(json.loads(candidate.unverified_fields_json))
    return [
        f"{GATE_LABELS[gate]}: from an unconfirmed or low-confidence reading; verify."
        for gate, fields in GATE_FIELDS.items()
        if unverified.intersection(fields)
    ]


def _licence_reason(order: JobOrder, candidate: Candidate) -> str:
    for lic in _fitting_licences(order, candidate):
        if _grants(order, lic) and lic.expires and lic.expires >= order.end_date:
            how = (
                f"{lic.state} licence"
                if lic.state == order.state
                else (f"multistate {lic.state} licence (compact) covering {order.state}")
            )
            return f"{how} valid until {lic.expires}, past the end ({order.end_date})."
    return f"Licence valid in {order.state}."


def _licence_gap(order: JobOrder, candidate: Candidate) -> str | None:
    licences = _fitting_licences(order, candidate)
    if any(_grants(order, x) and x.expires and x.expires >= order.end_date for x in licences):
        return None
    for lic in licences:
        if _grants(order, lic) and lic.expires is None:
            return f"{lic.state} licence: expiry not stated; verify it."
        if _grants(order, lic) and lic.expires is not None and lic.expires >= order.start_date:
            return (
                f"{lic.state} licence expires {lic.expires}, before the assignment ends "
                f"({order.end_date}): renew it."
            )
    for lic in licences:
        if order.compact_accepted and not lic.compact and _compact_home(order, lic):
            return (
                f"Single-state {lic.state} licence: a multistate (compact) licence would cover "
                f"{order.state}."
            )
    return None


def _cert_reason(order: JobOrder, candidate: Candidate, name: str) -> str:
    best = _best_expiry(candidate, name)
    return f"{name} valid until {best}, past the end ({order.end_date})."


def _cert_gap(order: JobOrder, candidate: Candidate, name: str) -> str | None:
    held = [x for x in candidate.certifications if x.name == name]
    if any(x.expires and x.expires >= order.end_date for x in held):
        return None
    if any(x.expires is None for x in held):
        return f"{name}: expiry not stated; verify it."
    best = _best_expiry(candidate, name)
    return f"{name} expires {best}, during the assignment (ends {order.end_date}): renew it."


def _best_expiry(candidate: Candidate, name: str) -> date | None:
    dates = [x.expires for x in candidate.certifications if x.name == name and x.expires]
    return max(dates, default=None)


def _years(candidate: Candidate, specialty: str | None) -> Any:
    known = [s.years for s in candidate.specialties if s.name == specialty and s.years is not None]
    return max(known, default=None)


def _fitting_licences(order: JobOrder, candidate: Candidate) -> list[CandidateLicense]:
    types = license_types(order.discipline)
    return [x for x in candidate.licenses if x.type is None or types is None or x.type in types]


def _grants(order: JobOrder, lic: CandidateLicense) -> bool:
    if lic.state == order.state:
        return True
    return bool(order.compact_accepted and lic.compact and _compact_home(order, lic))


def _compact_home(order: JobOrder, lic: CandidateLicense) -> bool:
    return any(
        lic.type in compact["license_types"]
        and lic.state in compact["implemented"]
        and order.state in compact["implemented"]
        for compact in compacts().values()
    )
