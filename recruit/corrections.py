"""Recruiter corrections: overrides on top of the parsed profile, never in place of it.

`effective_profile` and `parse_value` are pure; the rest take a session and never commit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.events import record_event
from recruit.models import Candidate, FieldOverride, ParseResultRow, Submission

# field -> how a recruiter types it (shown as the form's hint)
FIELDS: dict[str, str] = {
    "name": "Full name",
    "email": "Email address",
    "phone": "Phone number",
    "location": "City, ST",
    "discipline": "RN, LPN, PT, OT, SLP, RT…",
    "specialties": "Comma-separated: ICU, ER",
    "licenses": "One per line: state | type | number | compact yes/no | expires (YYYY-MM-DD)",
    "certifications": "One per line: name | expires (YYYY-MM-DD)",
    "years_experience": "A number, e.g. 6.5",
    "ehr_systems": "Comma-separated: Epic, Cerner",
}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class CorrectionError(ValueError):
    pass


def effective_profile(
    parsed: Mapping[str, Any] | None, overrides: Mapping[str, Any]
) -> dict[str, Any]:
    """The parsed profile with each overridden field replaced; the inputs are not changed."""
    profile = dict(parsed or {})
    profile.update(overrides)
    return profile


def parse_value(field: str, raw: str) -> Any:
    """Turn what a recruiter typed into the profile's shape for that field."""
    if field not in FIELDS:
        raise CorrectionError("that field cannot be corrected")
    raw = raw.strip()
    if field in ("specialties", "ehr_systems"):
        return [item.strip() for item in raw.split(",") if item.strip()]
    if field == "licenses":
        return [_license(line) for line in raw.splitlines() if line.strip()]
    if field == "certifications":
        return [_certification(line) for line in raw.splitlines() if line.strip()]
    if field == "years_experience":
        return _years(raw)
    if field == "location":
        city, _, state = raw.rpartition(",") if "," in raw else (raw, "", "")
        return {"city": city.strip() or None, "state": state.strip().upper() or None}
    return raw or None


def format_value(field: str, value: Any) -> str:
    """A value as a recruiter would type it (the inverse of parse_value), for display."""
    if value is None:
        return ""
    if field in ("specialties", "ehr_systems") and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if field == "licenses" and isinstance(value, list):
        return "\n".join(_format_license(item) for item in value if isinstance(item, dict))
    if field == "certifications" and isinstance(value, list):
        return "\n".join(
            f"{item.get('name') or ''} | {item.get('expires') or ''}"
            for item in value
            if isinstance(item, dict)
        )
    if field == "location" and isinstance(value, dict):
        return ", ".join(v for v in (value.get("city"), value.get("state")) if v)
    return str(value)


def _format_license(item: dict[str, Any]) -> str:
    parts = [item.get("state"), item.get("type"), item.get("number")]
    parts += ["yes" if item.get("compact") else "no", item.get("expires")]
    return " | ".join(str(part or "") for part in parts)


def _parts(line: str, count: int) -> list[str]:
    parts = [part.strip() for part in line.split("|")]
    return (parts + [""] * count)[:count]


def _license(line: str) -> dict[str, Any]:
    state, kind, number, compact, expires = _parts(line, 5)
    if not state or len(state) > 10:
        raise CorrectionError("each licence needs a state, e.g. TX | RN | 123456 | no | 2027-05-31")
    return {
        "state": state.upper(),
        "type": kind.upper() or None,
        "number": number or None,
        "compact": compact.lower() in ("yes", "y", "true", "compact", "multistate"),
        "expires": _date(expires),
    }


def _certification(line: str) -> dict[str, Any]:
    name, expires = _parts(line, 2)
    if not name:
        raise CorrectionError("each certification needs a name, e.g. BLS | 2027-01-31")
    return {"name": name, "issuer": None, "expires": _date(expires)}


def _date(value: str) -> str | None:
    if value and not _DATE.match(value):
        raise CorrectionError("dates are written YYYY-MM-DD (or YYYY-MM)")
    return value or None


def _years(raw: str) -> float | None:
    if not raw:
        return None
    try:
        years = float(raw)
    except ValueError:
        raise CorrectionError("years of experience must be a number") from None
    if not 0 <= years <= 70:
        raise CorrectionError("years of experience must be between 0 and 70")
    return years


def current_overrides(session: Session, candidate_id: int) -> dict[str, Any]:
    """Field -> value of the latest override of each field."""
    rows = session.scalars(
        sa.select(FieldOverride)
        .where(FieldOverride.candidate_id == candidate_id)
        .order_by(FieldOverride.at, FieldOverride.id)
    )
    return {row.field: row.value for row in rows}


def latest_parse(candidate: Candidate) -> ParseResultRow | None:
    """The newest submission's successful parse: the candidate's parsed profile."""
    parsed = [s for s in candidate.submissions if s.parse_result is not None and s.parse_result.ok]
    if not parsed:
        return None
    newest: Submission = max(parsed, key=lambda s: (s.received_at, s.id))
    return newest.parse_result


def parsed_profile(candidate: Candidate) -> dict[str, Any]:
    """The latest parse with what the candidate confirmed on top (their word beats the parser)."""
    from recruit.profiles import latest_confirmed  # profiles imports this module

    row = latest_parse(candidate)
    parsed = dict(row.profile or {}) if row is not None else {}
    return {**parsed, **(latest_confirmed(candidate) or {})}


def candidate_profile(session: Session, candidate: Candidate) -> dict[str, Any]:
    return effective_profile(parsed_profile(candidate), current_overrides(session, candidate.id))


def correct_field(
    session: Session, candidate: Candidate, field: str, raw: str, user_id: int | None
) -> FieldOverride:
    """Store an override, refresh the candidate's columns, facets and search, and trace it."""
    from recruit.profiles import refresh_from_effective_profile  # profiles imports this module

    override = FieldOverride(
        candidate_id=candidate.id, field=field, value=parse_value(field, raw), user_id=user_id
    )
    session.add(override)
    session.flush()
    refresh_from_effective_profile(session, candidate)
    # The value may be contact details: the trail keeps only which field changed.
    record_event(
        session, "field_corrected", candidate_id=candidate.id, actor_user_id=user_id, field=field
    )
    return override
