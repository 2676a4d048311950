"""Recruiter corrections: overrides on top of the parsed profile, never in place of it.

`parse_value` and `format_value` are pure; `correct_field` takes a session and never commits.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session

from recruit.candidates.projection import refresh_from_effective_profile
from recruit.db import utcnow
from recruit.events import record_event
from recruit.models import Candidate, FieldOverride

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


def correct_field(
    session: Session, candidate: Candidate, field: str, raw: str, user_id: int | None
) -> FieldOverride:
    """Store an override, refresh the candidate's columns, facets and search, and trace it."""
    return save_overrides(session, candidate, {field: parse_value(field, raw)}, user_id)[0]


def save_overrides(
    session: Session,
    candidate: Candidate,
    values: dict[str, Any],
    user_id: int | None,
    undoes: dict[str, int] | None = None,
) -> list[FieldOverride]:
    """One change of one or more fields: the rows share one time, so an undo finds them all.
    `undoes` names, per field, the correction a row takes back."""
    at, undoes = utcnow(), undoes or {}
    overrides = [
        FieldOverride(
            candidate_id=candidate.id,
            field=name,
            value=value,
            user_id=user_id,
            at=at,
            undoes_id=undoes.get(name),
        )  # fmt: skip
        for name, value in values.items()
    ]
    session.add_all(overrides)
    session.flush()
    refresh_from_effective_profile(session, candidate)
    # The value may be contact details: the trail keeps only which field changed.
    kind = "correction_undone" if undoes else "field_corrected"
    for name in values:
        record_event(session, kind, candidate_id=candidate.id, actor_user_id=user_id, field=name)
    return overrides
