"""Structured corrections: one licence, certification, specialty, job or degree edited where it
is shown, the contact details as one small form, and undo.

An override still replaces a whole field (the effective profile stays simple): editing one
item stores the field's list with that item changed. Who and when are on the override; the
old value is the standing override before it (or the parse). An undo is one more row that
names the correction it takes back, so undoing again walks further back, down to the parse.
`item_from_form` is pure; the rest take a session and never commit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from recruit.candidates.corrections import CorrectionError, parse_value, save_overrides
from recruit.candidates.profile import (
    AS_PARSED,
    current_profile,
    dicts,
    override_rows,
    standing,
    strings,
)
from recruit.clinical.regions import us_states
from recruit.db import utcnow
from recruit.models import Candidate, FieldOverride

# field -> its item's inputs: (key, kind). The form and the checks both read this.
ITEM_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "licenses": (
        ("state", "state"), ("type", "text"), ("number", "text"), ("compact", "bool"),
        ("expires", "date"),
    ),
    "certifications": (("name", "text"), ("issuer", "text"), ("expires", "date")),
    "specialties": (("name", "text"), ("years", "years")),
    "employers": (
        ("name", "text"), ("agency", "text"), ("title", "text"), ("unit", "text"),
        ("location", "text"), ("start", "month"), ("end", "month"), ("present", "bool"),
        ("travel", "bool"),
    ),
    "education": (("degree", "text"), ("school", "text"), ("year", "year")),
}  # fmt: skip
REQUIRED = {"licenses": "state", "certifications": "name", "specialties": "name",
            "employers": "name", "education": "degree"}  # fmt: skip
CONTACT = ("name", "email", "phone", "city", "state", "discipline", "years_experience")
_DAY = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")


def item_from_form(field: str, form: Mapping[str, str]) -> dict[str, Any]:
    """The item a recruiter filled in, in the profile's shape; CorrectionError says why not."""
    if field not in ITEM_FIELDS:
        raise CorrectionError("that list cannot be corrected here")
    item = {key: _read(kind, key, form.get(key) or "") for key, kind in ITEM_FIELDS[field]}
    if not item[REQUIRED[field]]:
        raise CorrectionError(f"the {REQUIRED[field]} is needed")
    if field == "employers":
        item["end"] = "present" if item.pop("present") else item["end"]
        if item["start"] and item["end"] not in (None, "present") and item["end"] < item["start"]:
            raise CorrectionError("a job cannot end before it starts")
    return item


def _read(kind: str, key: str, raw: str) -> Any:
    raw = raw.strip()[:120]
    if kind == "bool":
        return raw.lower() in ("on", "1", "yes", "true")
    if not raw:
        return None
    if kind == "state":
        if raw.upper() not in us_states():
            raise CorrectionError("choose a US state or territory")
        return raw.upper()
    if kind == "date" and not _DAY.match(raw):
        raise CorrectionError(f"the {key} date is written YYYY-MM-DD")
    if kind == "month" and not _MONTH.match(raw):
        raise CorrectionError(f"the {key} month is written YYYY-MM")
    if kind == "years":
        return parse_value("years_experience", raw)
    if kind == "year":
        if not raw.isdigit() or not 1940 <= int(raw) <= utcnow().year + 6:
            raise CorrectionError("the year is four digits, e.g. 2016")
        return int(raw)
    return raw


def items_of(profile: Mapping[str, Any], field: str) -> list[dict[str, Any]]:
    """A list field's items as shown and edited; specialties carry their years."""
    if field == "specialties":
        years = profile.get("specialty_years")
        years = years if isinstance(years, dict) else {}
        return [{"name": n, "years": years.get(n)} for n in strings(profile.get("specialties"))]
    return [dict(item) for item in dicts(profile.get(field))]


def edit_item(
    session: Session,
    candidate: Candidate,
    field: str,
    index: int | None,
    item: dict[str, Any] | None,
    user_id: int | None,
) -> list[FieldOverride]:
    """Replace item `index` (None: add `item`; `item` None: remove it) in the field's list."""
    items = items_of(current_profile(session, candidate, utcnow().date()), field)
    if index is not None and not 0 <= index < len(items):
        raise CorrectionError("that item is no longer there; reload the page")
    if item is None and index is not None:
        del items[index]
    elif item is not None and index is None:
        items.append(item)
    elif item is not None and index is not None:
        items[index] = item
    else:
        raise CorrectionError("nothing to change")
    return save_overrides(session, candidate, _as_fields(field, items), user_id)


def _as_fields(field: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    if field != "specialties":
        return {field: items}
    years = {i["name"]: i["years"] for i in items if i.get("years") is not None}
    return {"specialties": [i["name"] for i in items], "specialty_years": years}


def correct_contact(
    session: Session, candidate: Candidate, form: Mapping[str, str], user_id: int | None
) -> list[FieldOverride]:
    """Store only the contact details that differ from the effective profile."""
    profile = current_profile(session, candidate, utcnow().date())
    city, state = (form.get("city") or "").strip(), (form.get("state") or "").strip()
    typed = {
        name: parse_value(name, form.get(name) or "")
        for name in ("name", "email", "phone", "discipline", "years_experience")
    }
    typed["location"] = parse_value("location", f"{city}, {state}" if state else city)
    if typed["location"] == {"city": None, "state": None}:
        typed["location"] = None
    changed = {k: v for k, v in typed.items() if v != (profile.get(k) or None)}
    if not changed:
        raise CorrectionError("nothing was changed")
    return save_overrides(session, candidate, changed, user_id)


def undo_correction(
    session: Session, candidate: Candidate, override_id: int, user_id: int | None
) -> list[FieldOverride]:
    """Take back a standing correction (and the rows saved with it): each field gets back the
    value it had before, the correction under it or the parse."""
    stacks = standing(override_rows(session, candidate.id))
    tops = [stack[-1] for stack in stacks.values() if stack]
    target = next((row for row in tops if row.id == override_id), None)
    if target is None:
        raise CorrectionError("only the latest standing correction of a field can be undone")
    together = [r for r in tops if r.at == target.at and r.user_id == target.user_id]
    values = {r.field: _under(stacks[r.field]) for r in together}
    undoes = {r.field: r.id for r in together}
    return save_overrides(session, candidate, values, user_id, undoes=undoes)


def _under(stack: list[FieldOverride]) -> Any:
    return stack[-2].value if len(stack) > 1 else AS_PARSED


def value_before(rows: list[FieldOverride], override: FieldOverride) -> Any:
    """The value a field had just before `override` was made (AS_PARSED: the parse's)."""
    earlier = [r for r in rows if (r.at, r.id) < (override.at, override.id)]
    stack = standing(earlier).get(override.field) or []
    return stack[-1].value if stack else AS_PARSED
