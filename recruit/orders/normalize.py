"""Job-order values as VMS exports and recruiters write them -> the clinical vocabularies'
canonical values. Each function returns the value or raises Unclear with a reason a recruiter
can act on. Pure: no database, no web.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from recruit.clinical import regions
from recruit.clinical.vocab import (
    certification_matcher,
    discipline_credential_matcher,
    discipline_labels,
    discipline_title_matcher,
    ehr_matcher,
    load,
    specialty_acronym_matcher,
    specialty_matcher,
)
from recruit.models import ORDER_STATUSES


class Unclear(ValueError):
    """A value that cannot be understood; str() says why."""


_STATUS_WORDS = {
    "open": "open", "active": "open", "new": "open", "hot": "open", "reopened": "open",
    "on hold": "on_hold", "on_hold": "on_hold", "hold": "on_hold", "paused": "on_hold",
    "filled": "filled", "closed": "closed", "cancelled": "cancelled", "canceled": "cancelled",
    "urgent": "open", "critical": "open", "accepting submissions": "open", "pending": "on_hold",
    "awaiting approval": "on_hold", "inactive": "closed", "expired": "closed",
}  # fmt: skip
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y", "%b %d, %Y", "%B %d, %Y",
                 "%d %b %Y", "%Y/%m/%d", "%d-%b-%Y", "%d-%b-%y", "%b %d %Y", "%B %d %Y",
                 "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M %p",
                 "%m/%d/%Y %H:%M:%S")  # fmt: skip
BLANK = {"", "n/a", "na", "none", "-", "--", "tbd", "null", "not specified", "unknown"}
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_YES = {"yes", "y", "true", "1", "accepted", "ok", "compact ok", "compact accepted", "required",
        "compact", "allowed", "x"}  # fmt: skip
_NO = {"no", "n", "false", "0", "not accepted", "no compact", "preferred", "optional", "",
       "not allowed", "single state", "state license only"}  # fmt: skip


def discipline(value: str) -> str:
    text = value.strip()
    for code, label in discipline_labels().items():
        if text.lower() in (code.lower(), label.lower()):
            return code
    found = discipline_credential_matcher().find(text) or discipline_title_matcher().find(text)
    if not found:
        raise Unclear(f"unknown discipline {text!r}")
    return found[0]


def specialty(value: str) -> str:
    text = value.strip()
    found = specialty_acronym_matcher().find(text) or specialty_matcher().find(text)
    squeezed = text.lower().replace(" ", "").replace("-", "")
    found = found or [
        name for name in load("specialties")["specialties"]
        if name.lower().replace(" ", "").replace("-", "") == squeezed
    ]  # fmt: skip
    if not found:
        raise Unclear(f"unknown specialty {text!r}")
    return found[0]


def certifications(value: str) -> list[str]:
    """A list like 'BLS, ACLS; PALS' -> canonical names; any part not recognised is unclear."""
    names: list[str] = []
    for part in re.split(r"[,;/|]+|\band\b", value):
        if not part.strip():
            continue
        found = certification_matcher().find(part)
        if not found:
            raise Unclear(f"unknown certification {part.strip()!r}")
        names += [name for name in found if name not in names]
    return names


def state(value: str) -> str:
    code = regions.code_for(value)
    if code is None or regions.country_of(code) != "US":
        raise Unclear(f"unknown US state {value.strip()!r}")
    return code


def ehr(value: str) -> str:
    found = ehr_matcher().find(value)
    if not found:
        raise Unclear(f"unknown EHR {value.strip()!r}")
    return found[0]


def status(value: str) -> str:
    word = _STATUS_WORDS.get(" ".join(value.lower().replace("-", " ").split()))
    if word is None or word not in ORDER_STATUSES:
        raise Unclear(f"unknown status {value.strip()!r}")
    return word


def day(value: str) -> date:
    text = value.strip()
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise Unclear(f"unreadable date {text!r} (use YYYY-MM-DD or MM/DD/YYYY)")


def number(value: str) -> float:
    """'$85.50/hr', '13 weeks', '2+ years', '1,200' -> the number."""
    match = _NUMBER.search(value.replace(",", "").replace("$", ""))
    if match is None:
        raise Unclear(f"not a number: {value.strip()!r}")
    return float(match.group(0))


def weeks(value: str) -> int:
    """'13', '13 weeks', '13 wks', '3 months' -> weeks."""
    figure = number(value)
    if "month" in value.lower() or re.search(r"\d\s*mo\b", value.lower()):
        figure *= 52 / 12
    if figure < 1:
        raise Unclear(f"not a number of weeks: {value.strip()!r}")
    return round(figure)


def whole(value: str) -> int:
    figure = number(value)
    if figure != int(figure) or figure < 0:
        raise Unclear(f"not a whole number: {value.strip()!r}")
    return int(figure)


def yes_no(value: str) -> bool:
    text = " ".join(value.strip().lower().split())
    if text in _YES:
        return True
    if text in _NO:
        return False
    if re.search(r"\b(?:not?|without)\b", text):
        return False
    if re.search(r"\b(?:yes|accept\w*|ok|allow\w*|compact)\b", text):
        return True
    raise Unclear(f"expected yes or no, got {value.strip()!r}")


def place(value: str) -> tuple[str | None, str]:
    """'Dallas, TX' or 'Dallas, Texas 75201' -> (city, state code)."""
    parts = [p.strip() for p in value.split(",") if p.strip()]
    for index in range(len(parts) - 1, -1, -1):
        words = re.sub(r"\d{5}(?:-\d{4})?", "", parts[index]).strip()
        try:
            code = state(words)
        except Unclear:
            continue
        return (", ".join(parts[:index]) or None), code
    raise Unclear(f"no US state in location {value.strip()!r}")


def title(value: str) -> tuple[str | None, str | None]:
    """A job title like 'Travel RN - ICU' -> (discipline, specialty), either may be None."""
    try:
        found_discipline: str | None = discipline(value)
    except Unclear:
        found_discipline = None
    try:
        found_specialty: str | None = specialty(value)
    except Unclear:
        found_specialty = None
    if found_discipline is None and found_specialty is None:
        raise Unclear(f"no discipline or specialty in job title {value.strip()!r}")
    return found_discipline, found_specialty


def shift(value: str) -> tuple[str | None, int | None, int | None]:
    """'3x12 Nights', '7p-7a', 'Days 8hr', 'Rotating' -> (days|nights|rotating, hours, per week)."""
    text = value.lower()
    kind = None
    if "rotat" in text or "variable" in text:
        kind = "rotating"
    elif "night" in text or "noc" in text or re.search(r"\b(?:7|19)(?::00)?\s*p", text):
        kind = "nights"
    elif "day" in text or re.search(r"\b(?:7|6)(?::00)?\s*a", text) or "eve" in text:
        kind = "days"
    per_week = hours = None
    pattern = re.search(r"(\d)\s*x\s*(\d{1,2})", text)
    if pattern:
        per_week, hours = int(pattern.group(1)), int(pattern.group(2))
    else:
        stated = re.search(r"(\d{1,2})\s*(?:hr|hour|h\b)", text)
        hours = int(stated.group(1)) if stated else None
    if kind is None and hours is None:
        raise Unclear(f"unreadable shift {value.strip()!r} (days, nights or rotating)")
    return kind, hours, per_week
