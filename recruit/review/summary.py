"""The candidate file's items: each licence, certification, specialty, job and degree of the
effective profile with where it came from (parsed, confirmed, corrected), its confidence, its
expiry status on the readiness date, and the lines of the original it was read from. No Flask."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from recruit.candidates.item_edits import items_of
from recruit.candidates.profile import record
from recruit.clinical.dates import parse_expiry
from recruit.clinical.readiness import rules
from recruit.clinical.regions import us_states

LOW_CONFIDENCE = 0.6
# What in an item names it in the document: the line holding it is the item's evidence.
_NEEDLES = {
    "licenses": ("number", "state"),
    "certifications": ("name",),
    "specialties": ("name",),
    "employers": ("name", "agency"),
    "education": ("school", "degree"),
}


@dataclass(frozen=True)
class Expiry:
    level: str  # ok | soon | bad | unknown
    text: str


@dataclass
class Item:
    field: str
    index: int
    data: dict[str, Any]
    confidence: float | None
    lines: list[int] = dataclasses.field(default_factory=list)
    pages: list[int] = dataclasses.field(default_factory=list)
    expiry: Expiry | None = None

    @property
    def low(self) -> bool:
        return self.confidence is not None and self.confidence < LOW_CONFIDENCE

    @property
    def key(self) -> str:
        return f"{self.field}-{self.index}"


@dataclass(frozen=True)
class Source:
    """Whose word a field is: the parser's (unconfirmed), the candidate's, or a recruiter's."""

    kind: str  # parsed | confirmed | corrected
    confidence: float | None

    @property
    def unconfirmed(self) -> bool:
        return self.kind == "parsed"

    @property
    def low(self) -> bool:
        low = self.confidence is not None and self.confidence < LOW_CONFIDENCE
        return self.unconfirmed and low


def expiry(value: Any, start: date, today: date) -> Expiry:
    """An expiry as it stands for an assignment starting on `start`."""
    expires = parse_expiry(value)
    if expires is None:
        return Expiry("unknown", "no expiry given")
    end = start + timedelta(weeks=rules()["assignment_weeks"])
    if expires < today:
        return Expiry("bad", f"expired {expires:%b %Y}")
    if expires < start:
        return Expiry("bad", f"expires {expires:%b %Y}, before the start")
    if expires < end:
        return Expiry("soon", f"expires {expires:%b %Y}, during the assignment")
    return Expiry("ok", f"valid to {expires:%b %Y}")


def sources(
    profile: Mapping[str, Any], overrides: Mapping[str, Any], confirmed: Mapping[str, Any]
) -> dict[str, Source]:
    meta = record(profile.get("fields"))
    names = {*profile, *overrides} - {"fields"}
    return {
        name: Source(
            "corrected" if name in overrides else "confirmed" if name in confirmed else "parsed",
            _confidence(meta.get(name)),
        )
        for name in names
    }


def items(
    profile: Mapping[str, Any],
    name: str,
    text_lines: Sequence[str],
    dates: tuple[date, date],
    source: Source | None,
    field_lines: Sequence[int] = (),
) -> list[Item]:
    """The field's items, each with its own confidence when the parser gave one (else the
    field's confidence speaks for them all, once), and the lines naming it (else the field's
    evidence lines)."""
    start, today = dates
    found = []
    for index, data in enumerate(items_of(profile, name)):
        own = _confidence(data) if source and source.unconfirmed else None
        item = Item(name, index, data, own)
        item.lines, item.pages = _evidence(name, data, text_lines)
        item.lines = item.lines or list(field_lines)
        if name in ("licenses", "certifications"):
            item.expiry = expiry(data.get("expires"), start, today)
        found.append(item)
    return found


def _evidence(name: str, data: dict[str, Any], text_lines: Sequence[str]) -> tuple[list, list]:
    """Line numbers (from 1) and pages the item was read from: its own evidence when the
    parser kept it, else the first line naming it."""
    quoted = [e for e in data.get("evidence") or [] if isinstance(e, dict) and e.get("text")]
    needles = [_squash(str(e["text"])) for e in quoted]
    pages = sorted({int(e["page"]) for e in quoted if isinstance(e.get("page"), int)})
    if not needles:
        needles = [_squash(str(data[k])) for k in _NEEDLES.get(name, ()) if data.get(k)]
        if name == "licenses" and data.get("state") in us_states():
            needles.append(_squash(us_states()[data["state"]]))
    for needle in needles:
        if len(needle) < 2:
            continue
        hits = [n for n, line in enumerate(text_lines, 1) if needle in _squash(line)]
        if hits:
            return hits[:3], pages
    return [], pages


def _confidence(meta: Any) -> float | None:
    value = meta.get("confidence") if isinstance(meta, dict) else None
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _squash(text: str) -> str:
    return " ".join(text.lower().split())
