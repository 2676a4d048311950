"""Submission readiness: what a facility will ask for that the candidate is missing or that
expires, for a target state and start date. Pure: a profile dict in, findings out.

Rules (DESIGN.md §5) with their numbers in data/readiness.json: an active licence valid in the
state directly or through a compact (the parser's `eligible_states`), BLS plus the specialty's
usual certifications unexpired on the start date, and 1-2 years in each listed specialty.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from recruit.clinical import vocab
from recruit.clinical.dates import parse_expiry

DATA = Path(__file__).parent / "data" / "readiness.json"
MISSING, EXPIRING, VERIFY, OK = "missing", "expiring", "verify", "ok"


@dataclass(frozen=True)
class Finding:
    level: str  # missing | expiring | verify | ok
    topic: str  # licence | certification | experience
    message: str


@dataclass(frozen=True)
class Readiness:
    state: str
    start: date
    findings: list[Finding] = field(default_factory=list)
    states_today: list[str] = field(default_factory=list)

    @property
    def gaps(self) -> list[Finding]:
        return [f for f in self.findings if f.level != OK]

    @property
    def ready(self) -> bool:
        return not any(f.level in (MISSING, EXPIRING) for f in self.findings)


@cache
def rules() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def assess(profile: dict[str, Any], state: str, start: date, today: date) -> Readiness:
    state = state.strip().upper()
    end = start + timedelta(weeks=rules()["assignment_weeks"])
    findings = [_licence(profile, state, start, end)] if state else []
    findings += [_certification(profile, name, start, end) for name in required_certs(profile)]
    findings += _experience(profile)
    return Readiness(state, start, findings, states_today(profile, today))


def states_today(profile: dict[str, Any], today: date) -> list[str]:
    """Eligible states, provided at least one licence is still active today."""
    active = [lic for lic in _dicts(profile.get("licenses")) if _active(lic, today)]
    return sorted({s.upper() for s in _strings(profile.get("eligible_states"))}) if active else []


def required_certs(profile: dict[str, Any]) -> list[str]:
    table = rules()["specialty_certifications"]
    needed = list(rules()["always"])
    for specialty in _specialties(profile):
        needed += [c for c in table.get(specialty, []) if c not in needed]
    return needed


def _licence(profile: dict[str, Any], state: str, start: date, end: date) -> Finding:
    eligible = {s.upper() for s in _strings(profile.get("eligible_states"))}
    if state not in eligible:
        return Finding(MISSING, "licence", f"No licence valid in {state}, directly or by compact.")
    granting = [
        lic
        for lic in _dicts(profile.get("licenses"))
        if str(lic.get("state") or "").upper() == state or lic.get("compact")
    ]
    return _dated("licence", f"Licence for {state}", [_expiry(g) for g in granting], start, end)


def _certification(profile: dict[str, Any], name: str, start: date, end: date) -> Finding:
    held = [c for c in _dicts(profile.get("certifications")) if _cert_name(c) == name]
    if not held:
        return Finding(MISSING, "certification", f"{name} is not on the resume.")
    return _dated("certification", name, [_expiry(c) for c in held], start, end)


def _dated(topic: str, what: str, expiries: list[date | None], start: date, end: date) -> Finding:
    """The best of several documents: the latest known expiry, or unknown if any is undated."""
    if not expiries or None in expiries:
        return Finding(VERIFY, topic, f"{what}: expiry not stated; verify it.")
    latest = max(e for e in expiries if e is not None)
    if latest < start:
        return Finding(MISSING, topic, f"{what} expires {latest}, before the start date.")
    if latest < end:
        return Finding(EXPIRING, topic, f"{what} expires {latest}, during the assignment.")
    return Finding(OK, topic, f"{what} valid until {latest}.")


def _experience(profile: dict[str, Any]) -> list[Finding]:
    low, preferred = rules()["min_specialty_years"], rules()["preferred_specialty_years"]
    years = profile.get("specialty_years") or {}
    findings = []
    for name in _strings(profile.get("specialties")):
        value = years.get(name) if isinstance(years, dict) else None
        if not isinstance(value, int | float):
            findings.append(Finding(VERIFY, "experience", f"Years in {name} not stated."))
        elif value < low:
            findings.append(
                Finding(
                    MISSING,
                    "experience",
                    f"{value:g} years in {name}; facilities ask for at least {low}.",
                )
            )
        elif value < preferred:
            findings.append(
                Finding(
                    EXPIRING,
                    "experience",
                    f"{value:g} years in {name}; many facilities ask for {preferred}.",
                )
            )
        else:
            findings.append(Finding(OK, "experience", f"{value:g} years in {name}."))
    return findings


def _specialties(profile: dict[str, Any]) -> list[str]:
    aliases = rules()["specialty_aliases"]
    return [aliases.get(s, s) for s in _strings(profile.get("specialties"))]


def _cert_name(cert: dict[str, Any]) -> str:
    name = str(cert.get("name") or "").strip()
    aliases = {k.lower(): v for k, v in rules()["certification_aliases"].items()}
    return aliases.get(name.lower(), vocab.certification_code(name) or name).upper()


def _active(licence: dict[str, Any], today: date) -> bool:
    expires = _expiry(licence)
    return expires is None or expires >= today


def _expiry(item: dict[str, Any]) -> date | None:
    return parse_expiry(item.get("expires"))


def _strings(value: Any) -> list[str]:
    return (
        [v.strip() for v in value if isinstance(v, str) and v.strip()]
        if isinstance(value, list)
        else []
    )


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
