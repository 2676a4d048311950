"""CSV of the queue's current view, streamed, with spreadsheet formulas defused."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from recruit.candidates.identity import without_bidi_controls
from recruit.models import Candidate

HEADER = (
    "id", "received_at", "name", "email", "phone", "discipline", "specialties",
    "years_experience", "status", "assigned_user_id", "parse_failed", "has_warnings",
    "min_confidence",
)  # fmt: skip
# A cell starting with one of these is read as a formula by Excel, LibreOffice or Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    """Formulas defused; direction controls dropped (a spreadsheet cell cannot isolate them,
    and one left open reorders what follows it on the row)."""
    text = "" if value is None else without_bidi_controls(str(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def row(candidate: Candidate) -> list[str]:
    values = (
        candidate.id,
        candidate.received_at.isoformat(),
        candidate.display_name,
        candidate.email_normalized,
        candidate.phone_e164,
        candidate.discipline,
        "; ".join(s.name for s in candidate.specialties),
        candidate.years_experience,
        candidate.status,
        candidate.assigned_user_id,
        candidate.parse_failed,
        candidate.has_warnings,
        candidate.min_confidence,
    )
    return [safe_cell(v) for v in values]


def stream_csv(candidates: Iterable[Candidate]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for number, candidate in enumerate(candidates, start=1):
        writer.writerow(row(candidate))
        if number % 200 == 0:
            yield _drain(buffer)
    yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
