"""The confirm and preferences forms as profile data and back: what the form shows, what the
page's script polls for, and what a submitted form means in the parser's keys."""

from __future__ import annotations

from datetime import date
from typing import Any

import phonenumbers

from recruit.applications.confirmation import starting_profile
from recruit.candidates.identity import normalize_email, normalize_phone, without_bidi_controls
from recruit.clinical.dates import parse_expiry
from recruit.clinical.vocab import discipline_labels
from recruit.intake.confirm_forms import ConfirmForm, PreferencesForm, split_list
from recruit.intake.words import parse_problem
from recruit.models import Submission


def form_data(profile: dict[str, Any]) -> dict[str, Any]:
    """A profile (parser keys) as ConfirmForm data."""
    return {
        "name": profile.get("name") or "",
        "email": profile.get("email") or "",
        "phone": _national(profile.get("phone")),
        "discipline": _known_discipline(profile.get("discipline")),
        "specialties": ", ".join(_strings(profile.get("specialties"))),
        "licenses": [_license_row(item) for item in _dicts(profile.get("licenses"))],
        "certifications": [
            {"name": item.get("name") or "", "expires": _date(item.get("expires"))}
            for item in _dicts(profile.get("certifications"))
        ],
        "availability_date": _date(profile.get("availability_date")),
        "preferred_states": ", ".join(_strings(profile.get("preferred_states"))),
        "shift": profile.get("shift") or "any",
    }


def flat_fields(data: dict[str, Any]) -> dict[str, Any]:
    """Form data keyed by input name ('licenses-0-state'), for the page's script to fill in."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, list):
            for index, row in enumerate(value):
                for sub, item in row.items():
                    flat[f"{key}-{index}-{sub}"] = _json_value(item)
        else:
            flat[key] = _json_value(value)
    return flat


def parse_progress(submission: Submission, earlier: dict[str, Any] | None) -> dict[str, Any]:
    """What the confirm page's script polls for: still reading, done (with fields) or failed.
    `earlier` is what the same status link confirmed before, if anything."""
    if submission.status in ("received", "parsing"):
        return {"state": "reading"}
    problem = parse_problem(submission)
    if problem is not None:
        return {"state": "failed", "message": problem}
    fields = flat_fields(form_data(starting_profile(submission, earlier)))
    return {"state": "done", "fields": fields}


def profile_from_form(form: ConfirmForm) -> dict[str, Any]:
    """The confirmed profile, in the parser's keys so facet refresh reads it unchanged."""
    return {
        "name": _text(form.name.data),
        "email": normalize_email(form.email.data),
        "phone": normalize_phone(form.phone.data),
        "discipline": form.discipline.data or None,
        "specialties": [_text(s) for s in split_list(form.specialties.data)],
        "licenses": [
            {
                "state": row.state.data,
                "type": _text(row.type.data).upper() or None,
                "number": _text(row.number.data) or None,
                "compact": bool(row.compact.data),
                "expires": _iso(row.expires.data),
            }
            for row in (entry.form for entry in form.licenses)
            if row.state.data
        ],
        "certifications": [
            {"name": _text(row.name.data), "issuer": None, "expires": _iso(row.expires.data)}
            for row in (entry.form for entry in form.certifications)
            if _text(row.name.data)
        ],
        **preferences_from_form(form),
    }


def preferences_from_form(form: ConfirmForm | PreferencesForm) -> dict[str, Any]:
    return {
        "availability_date": _iso(form.availability_date.data),
        "preferred_states": [s.upper() for s in split_list(form.preferred_states.data)],
        "shift": form.shift.data or "any",
    }


def _text(value: str | None) -> str:
    """What a candidate typed, without direction controls (they could reorder how it shows)."""
    return without_bidi_controls(value or "").strip()


def _known_discipline(value: Any) -> str:
    return value if isinstance(value, str) and value in discipline_labels() else ""


def _license_row(item: dict[str, Any]) -> dict[str, Any]:
    state = item.get("state")
    return {
        "state": state.upper() if isinstance(state, str) else "",
        "type": item.get("type") or "",
        "number": item.get("number") or "",
        "compact": bool(item.get("compact")),
        "expires": _date(item.get("expires")),
    }


def _national(value: Any) -> str:
    e164 = normalize_phone(value)
    if e164 is None:
        return value if isinstance(value, str) else ""
    number = phonenumbers.parse(e164)
    style = phonenumbers.PhoneNumberFormat
    us = number.country_code == 1
    return phonenumbers.format_number(number, style.NATIONAL if us else style.E164)


def _date(value: Any) -> date | None:
    return parse_expiry(value)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []
