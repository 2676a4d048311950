"""What the candidate page shows: the submission in view, its fields with confidence and
evidence, the extracted text with evidence lines marked, and readiness. No Flask here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from recruit.candidates.profile import arrival, record
from recruit.clinical.readiness import Readiness, assess
from recruit.models import Candidate, Submission

INLINE_TYPES = ("application/pdf", "image/jpeg", "image/png")
TEXT_PAGE_LINES = 500
# Parse warnings a recruiter should act on, in their words; others are shown by their code.
WARNING_WORDS = {
    "embedded_objects": "This Word file has other files or objects embedded in it. Open the "
    "original with care.",
    "little_text": "Little text could be read from this file.",
    "too_long": "This file is far longer than a resume: only its first 3,000 lines were read.",
    "ocr_unavailable": "This looks scanned, and text recognition is not installed here.",
}
FIELD_ORDER = (
    "name", "email", "phone", "location", "discipline", "specialties", "specialty_years",
    "licenses", "certifications", "years_experience", "education", "employers",
    "ehr_systems", "eligible_states",
)  # fmt: skip


@dataclass
class TextLine:
    number: int
    text: str
    fields: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class TextPage:
    """One page of the extracted text: a long resume is never sent whole."""

    lines: list[TextLine]
    number: int
    count: int

    def page_of(self, line_number: int) -> int:
        return (line_number - 1) // TEXT_PAGE_LINES + 1


@dataclass
class FieldView:
    name: str
    value: Any
    confidence: float | None
    evidence: list[dict[str, Any]]
    lines: list[int]


def submission_in_view(candidate: Candidate, submission_id: int | None) -> Submission | None:
    ordered = sorted(candidate.submissions, key=arrival, reverse=True)
    chosen = [s for s in ordered if s.id == submission_id]
    return next(iter(chosen or ordered), None)


def erased_unless_confirmed_at(candidate: Candidate, ttl: timedelta) -> datetime | None:
    """When the clean-up will erase this candidate if they never confirm (recruit.privacy.retention
    erases one whose every upload is unconfirmed and older than ttl), or None once confirmed."""
    submissions = candidate.submissions
    if not submissions or any(s.confirmed_at for s in submissions):
        return None
    return max(s.received_at for s in submissions) + ttl


def warning_words(warnings: list[str] | None) -> list[str]:
    return [WARNING_WORDS.get(code, code.replace("_", " ")) for code in warnings or []]


def text_lines(text: str) -> list[TextLine]:
    return [TextLine(number, line) for number, line in enumerate(text.splitlines(), start=1)]


def text_page(lines: list[TextLine], number: int | None) -> TextPage:
    count = max(1, -(-len(lines) // TEXT_PAGE_LINES))
    number = min(max(number or 1, 1), count)
    start = (number - 1) * TEXT_PAGE_LINES
    return TextPage(lines[start : start + TEXT_PAGE_LINES], number, count)


def field_views(profile: dict[str, Any], lines: list[TextLine]) -> list[FieldView]:
    """Each parsed field with its confidence and evidence; marks the lines the evidence
    came from (a line matches when it contains the evidence text, ignoring case and spaces)."""
    meta = record(profile.get("fields"))
    names = [n for n in FIELD_ORDER if n in profile or n in meta]
    names += [n for n in meta if n not in names]
    views = []
    for name in names:
        info = record(meta.get(name))
        evidence = [e for e in info.get("evidence") or [] if isinstance(e, dict)]
        matched = _mark(lines, name, evidence)
        confidence = info.get("confidence")
        views.append(FieldView(name, profile.get(name), _float(confidence), evidence, matched))
    return views


def _mark(lines: list[TextLine], name: str, evidence: list[dict[str, Any]]) -> list[int]:
    matched: list[int] = []
    for item in evidence:
        needle = _squash(str(item.get("text") or ""))
        if len(needle) < 2:
            continue
        for line in lines:
            squashed = _squash(line.text)
            if squashed and (needle in squashed or squashed in needle and len(squashed) > 3):
                if name not in line.fields:
                    line.fields.append(name)
                if line.number not in matched:
                    matched.append(line.number)
    return matched


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def readiness(profile: dict[str, Any], state: str, start: date, today: date) -> Readiness:
    location = profile.get("location") if isinstance(profile.get("location"), dict) else {}
    default_state = str(location.get("state") or "") if location else ""
    return assess(profile, state or default_state, start, today)


def shows_inline(submission: Submission | None) -> bool:
    document = submission.document if submission else None
    return document is not None and document.media_type in INLINE_TYPES
