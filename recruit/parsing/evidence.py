"""Per-field confidence and the source lines it came from, for the review page."""

from __future__ import annotations

from typing import Any

from recruit.parsing.normalize import Line

_MAX_EVIDENCE = 5


class Evidence:
    def __init__(self) -> None:
        self._fields: dict[str, dict[str, Any]] = {}

    def add(self, field: str, line: Line | None, confidence: float) -> None:
        entry = self._fields.setdefault(field, {"confidence": confidence, "evidence": []})
        entry["confidence"] = round(max(entry["confidence"], confidence), 2)
        item = {"page": line.page, "text": line.text} if line else None
        if item and item not in entry["evidence"] and len(entry["evidence"]) < _MAX_EVIDENCE:
            entry["evidence"].append(item)

    def same_as(self, field: str, source: str) -> None:
        """A derived field (eligible states from licences) shows its source's evidence."""
        if source in self._fields:
            self._fields[field] = {
                **self._fields[source],
                "evidence": list(self._fields[source]["evidence"]),
            }

    def for_profile(self, profile: dict[str, Any]) -> dict[str, dict[str, Any]]:
        """Only the fields that ended up non-empty."""
        return {k: v for k, v in self._fields.items() if profile.get(k) not in (None, "", [], {})}
