"""Per-field and per-item confidence and the source lines they came from, for the review page.

A list field (licences, certifications, specialties, employers, education, EHR systems) gets
one entry per item, in the profile's order, under fields[<field>]["items"]; the field's own
confidence is its weakest item's, and its evidence the items' lines.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from recruit.clinical import vocab
from recruit.parsing.normalize import Line

_MAX_EVIDENCE = 5
_MAX_ITEM_EVIDENCE = 3


def _licence_key(item: dict[str, Any]) -> str:
    return f"{item.get('state') or '?'} {item.get('type') or '?'}"


def _named(key: str) -> Callable[[Any], str]:
    return lambda item: str(item.get(key) or "") if isinstance(item, dict) else str(item)


def _certification_key(item: Any) -> str:
    """'BLS' after the name and 'Basic Life Support' in the section are one card."""
    name = _named("name")(item)
    return vocab.certification_code(name) or name


def _ehr_key(item: Any) -> str:
    name = _named("name")(item)
    return vocab.ehr_code(name) or name


# How an item of each list field is told apart from its siblings (the merge keys of the
# modules that build them).
ITEM_KEYS: dict[str, Callable[[Any], str]] = {
    "licenses": _licence_key,
    "certifications": _certification_key,
    "specialties": _named("name"),
    "employers": _named("name"),
    "education": _named("degree"),
    "ehr_systems": _ehr_key,
}


def item_key(field: str, item: Any) -> str:
    return ITEM_KEYS[field](item).lower()


def item_value(field: str, item: Any) -> str:
    """The item as the review page names it: as printed, where the key is its standard name."""
    if field == "licenses":
        return _licence_key(item)
    return _named("degree" if field == "education" else "name")(item)


class Evidence:
    def __init__(self) -> None:
        self._fields: dict[str, dict[str, Any]] = {}
        self._items: dict[str, dict[str, dict[str, Any]]] = {}

    def add(self, field: str, line: Line | None, confidence: float) -> None:
        entry = self._fields.setdefault(field, {"confidence": confidence, "evidence": []})
        entry["confidence"] = round(max(entry["confidence"], confidence), 2)
        _append(entry["evidence"], line, _MAX_EVIDENCE)

    def item(self, field: str, item: Any, line: Line | None, confidence: float) -> None:
        """One sighting of a list item; seen again, it keeps its best confidence."""
        key = item_key(field, item)
        entry = self._items.setdefault(field, {}).setdefault(
            key, {"confidence": confidence, "evidence": []}
        )
        entry["confidence"] = round(max(entry["confidence"], confidence), 2)
        _append(entry["evidence"], line, _MAX_ITEM_EVIDENCE)

    def forget(self, field: str) -> None:
        """Drop what was recorded for a field that is being worked out again."""
        self._fields.pop(field, None)
        self._items.pop(field, None)

    def same_as(self, field: str, source: str) -> None:
        """A derived field (eligible states from licences) shows its source's evidence."""
        if source in self._fields:
            self._fields[field] = {
                **self._fields[source],
                "evidence": list(self._fields[source]["evidence"]),
            }

    def for_profile(
        self, profile: dict[str, Any], ceiling: float = 1.0
    ) -> dict[str, dict[str, Any]]:
        """Only the fields that ended up non-empty; list fields with their items. No field or
        item is more certain than the text it was read from (ceiling)."""
        for field in ITEM_KEYS:
            if isinstance(profile.get(field), list) and profile[field]:
                self._fields[field] = self._list_field(field, profile[field])
        self.same_as("eligible_states", "licenses")
        self.same_as("specialty_years", "specialties")
        kept = {k: v for k, v in self._fields.items() if profile.get(k) not in (None, "", [], {})}
        for entry in kept.values():
            entry["confidence"] = min(entry["confidence"], ceiling)
            for item in entry.get("items", []):
                item["confidence"] = min(item["confidence"], ceiling)
        return kept

    def _list_field(self, field: str, values: list[Any]) -> dict[str, Any]:
        recorded = self._items.get(field, {})
        fallback = self._fields.get(field, {"confidence": 0.5, "evidence": []})
        items = []
        for value in values:
            found = recorded.get(item_key(field, value))
            entry = found or {
                "confidence": min(fallback["confidence"], 0.5),
                "evidence": fallback["evidence"][:1],
            }
            items.append(
                {
                    "value": item_value(field, value),
                    "confidence": entry["confidence"],
                    "evidence": list(entry["evidence"]),
                }
            )
        evidence: list[dict[str, Any]] = []
        for item in items:
            for seen in item["evidence"]:
                if seen not in evidence and len(evidence) < _MAX_EVIDENCE:
                    evidence.append(seen)
        return {
            "confidence": min(item["confidence"] for item in items),
            "evidence": evidence or list(fallback["evidence"]),
            "items": items,
        }


def _append(evidence: list[dict[str, Any]], line: Line | None, limit: int) -> None:
    seen = {"page": line.page, "text": line.text} if line else None
    if seen and seen not in evidence and len(evidence) < limit:
        evidence.append(seen)
