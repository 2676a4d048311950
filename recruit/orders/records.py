"""One job order's fields: raw text (a CSV row or the form) -> checked values -> the row.

Used by the import and by manual create/edit, so both understand values the same way.
Helpers take a session and never commit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from recruit.db import utcnow
from recruit.models import JobOrder, JobOrderCertification
from recruit.orders import normalize as n
from recruit.orders import stored

REQUIRED = ("facility", "state", "discipline", "start_date")


def _text(limit: int) -> Callable[[str], str]:
    return lambda value: " ".join(value.split())[:limit]


# field -> (label, converter); the order is the form's and the preview's.
FIELDS: dict[str, tuple[str, Callable[[str], Any]]] = {
    "external_id": ("External id (Req ID)", _text(100)),
    "facility": ("Facility", _text(200)),
    "unit": ("Unit", _text(100)),
    "city": ("City", _text(100)),
    "state": ("State", n.state),
    "discipline": ("Discipline", n.discipline),
    "specialty": ("Specialty", n.specialty),
    "shift": ("Shift", n.shift),
    "shift_hours": ("Hours per shift", n.whole),
    "shifts_per_week": ("Shifts per week", n.whole),
    "start_date": ("Start date", n.day),
    "end_date": ("End date (gives the weeks)", n.day),
    "weeks": ("Weeks", n.weeks),
    "guaranteed_hours": ("Guaranteed hours per week", n.number),
    "openings": ("Openings", n.whole),
    "bill_rate": ("Bill rate", n.number),
    "pay_package": ("Pay package", _text(2000)),
    "compact_accepted": ("Compact licence accepted", n.yes_no),
    "certifications": ("Required certifications", n.certifications),
    "min_years": ("Minimum years in specialty", n.number),
    "ehr": ("EHR", n.ehr),
    "ehr_required": ("EHR required", n.yes_no),
    "float_requirement": ("Float requirement", _text(200)),
    "rto_notes": ("Time off (RTO)", _text(2000)),
    "submission_limit": ("Submission limit", n.whole),
    "status": ("Status", n.status),
    "notes": ("Notes", _text(4000)),
    "location": ("Location (city, state)", n.place),
    "title": ("Job title (gives discipline and specialty)", n.title),
}
# Fields that only fill others: never written to the order themselves.
DERIVED = ("end_date", "location", "title")


def read_values(raw: Mapping[str, str]) -> tuple[dict[str, Any], list[str]]:
    """Checked values for the fields given (blank means not given), and what is wrong."""
    values: dict[str, Any] = {}
    errors: list[str] = []
    for name, (label, convert) in FIELDS.items():
        text = (raw.get(name) or "").strip()
        if text.lower() in n.BLANK:
            continue
        try:
            values[name] = convert(text)
        except n.Unclear as problem:
            errors.append(f"{label}: {problem}")
    if "shift" in values:
        kind, hours, per_week = values.pop("shift")
        values.update(shift=kind)
        values.setdefault("shift_hours", hours)
        values.setdefault("shifts_per_week", per_week)
        values = {k: v for k, v in values.items() if v is not None}
    _fill_from_derived(values)
    given = {name for name in FIELDS if (raw.get(name) or "").strip().lower() not in n.BLANK}
    given |= set(values)
    errors += [f"{FIELDS[name][0]}: missing" for name in REQUIRED if name not in given]
    if values.get("weeks") == 0:
        errors.append("Weeks: must be at least 1")
    return values, errors


def _fill_from_derived(values: dict[str, Any]) -> None:
    """A location fills city and state, a job title discipline and specialty, an end date
    the weeks, each only where the row did not give them directly."""
    city, state = values.pop("location", (None, None))
    if state and "state" not in values:
        values["state"] = state
    if city and "city" not in values:
        values["city"] = city
    discipline, specialty = values.pop("title", (None, None))
    if discipline and "discipline" not in values:
        values["discipline"] = discipline
    if specialty and "specialty" not in values:
        values["specialty"] = specialty
    end = values.pop("end_date", None)
    if end and "weeks" not in values and values.get("start_date"):
        days = (end - values["start_date"]).days
        if days >= 7:
            values["weeks"] = round(days / 7)


def apply_values(order: JobOrder, values: Mapping[str, Any]) -> None:
    """Write checked values onto the order; the end date and certification rows follow."""
    for name, value in values.items():
        if name in DERIVED:
            continue
        if name == "certifications":
            order.certifications = [JobOrderCertification(name=c) for c in value]
        elif name != "external_id" or value:
            setattr(order, name, value)
    # Spacing folded, so the duplicate guard's lower(facility) matches its facility key.
    order.facility = " ".join((order.facility or "").split())
    order.weeks = order.weeks or 13
    order.end_date = order.start_date + timedelta(weeks=order.weeks)
    if order.openings is None:
        order.openings = 1
    order.openings_filled = order.openings_filled or 0
    order.status = order.status or "open"
    order.source = order.source or "manual"
    if order.compact_accepted is None:
        order.compact_accepted = True
    order.ehr_required = bool(order.ehr_required)


def save_order(session: Session, order: JobOrder, values: Mapping[str, Any]) -> None:
    """A hand-typed order, new or edited: its values, then its match pairs computed anew."""
    apply_values(order, values)
    session.add(order)
    stored.build_order(session, order, utcnow())


def raw_from_order(order: JobOrder) -> dict[str, str]:
    """The order as form text, for editing."""
    raw = {
        name: "" if getattr(order, name, None) is None else str(getattr(order, name))
        for name in FIELDS
        if name not in ("certifications", "compact_accepted", "ehr_required", "shift", *DERIVED)
    }
    raw["shift"] = order.shift or ""
    raw["certifications"] = ", ".join(c.name for c in order.certifications)
    raw["compact_accepted"] = "yes" if order.compact_accepted else "no"
    raw["ehr_required"] = "yes" if order.ehr_required else "no"
    return raw
