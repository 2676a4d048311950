"""The queue's filters as they travel in the URL: parsed leniently (a value that is not one of
the choices, or not a date at all, is dropped), written back as query strings for links, facets
and pagination. A date the queue cannot compute with (9999-12-31) is a BadFilter: the page
answers 400 and says which one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from recruit.models import CANDIDATE_STATUSES

NEEDS_REVIEW = ""  # the default status filter: new or in review (a failed parse stays new)
STATUS_CHOICES = (NEEDS_REVIEW, "all", *CANDIDATE_STATUSES)
ASSIGNED_CHOICES = ("", "me", "none")
QUALITY_CHOICES = ("", "warnings", "low_confidence", "parse_failed")
COMPACT_CHOICES = ("", "yes", "no")
PAGE_SIZE = 50
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


class BadFilter(ValueError):
    """A value in the URL we refuse, with the words the 400 page shows."""

    def __init__(self, words: str) -> None:
        super().__init__(words)
        self.words = words


@dataclass(frozen=True)
class Cursor:
    received_at: datetime
    id: int

    def token(self) -> str:
        return f"{(self.received_at - _EPOCH) // timedelta(microseconds=1)}.{self.id}"

    @classmethod
    def parse(cls, token: str | None) -> Cursor | None:
        try:
            micros, ident = (token or "").split(".")
            return cls(_EPOCH + timedelta(microseconds=int(micros)), int(ident))
        except (ValueError, OverflowError):
            return None


@dataclass(frozen=True)
class QueueFilters:
    q: str = ""
    discipline: str = ""
    specialty: str = ""
    licence_state: str = ""
    can_work_in: str = ""
    compact: str = ""
    cert: str = ""
    cert_valid_on: date | None = None
    min_years: float | None = None
    status: str = NEEDS_REVIEW
    assigned: str = ""
    received_from: date | None = None
    received_to: date | None = None
    quality: str = ""

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> QueueFilters:
        def text(name: str, size: int = 80) -> str:
            return (args.get(name) or "").strip()[:size]

        def choice(name: str, allowed: tuple[str, ...]) -> str:
            value = text(name)
            return value if value in allowed else ""

        return cls(
            q=text("q", 200),
            discipline=text("discipline"),
            specialty=text("specialty"),
            licence_state=text("licence_state", 10).upper(),
            can_work_in=text("can_work_in", 10).upper(),
            compact=choice("compact", COMPACT_CHOICES),
            cert=text("cert"),
            cert_valid_on=day_arg("cert_valid_on", text("cert_valid_on")),
            min_years=_years(text("min_years")),
            status=choice("status", STATUS_CHOICES),
            assigned=choice("assigned", ASSIGNED_CHOICES),
            received_from=day_arg("received_from", text("received_from")),
            received_to=day_arg("received_to", text("received_to")),
            quality=choice("quality", QUALITY_CHOICES),
        )

    def to_args(self, **changes: Any) -> dict[str, str]:
        """Non-empty filters as URL parameters, with `changes` applied (None removes one)."""
        values = {**asdict(self), **changes}
        return {
            name: _format(value)
            for name, value in values.items()
            if value not in (None, "") and name in _NAMES
        }

    def with_(self, **changes: Any) -> QueueFilters:
        return replace(self, **changes)

    @property
    def is_default(self) -> bool:
        return self == QueueFilters()


_NAMES = {f.name for f in fields(QueueFilters)}


def day_arg(name: str, value: str) -> date | None:
    """A YYYY-MM-DD argument: None when absent or not a date, BadFilter when out of range."""
    try:
        day = date.fromisoformat(value) if value else None
    except ValueError:
        return None
    if day is not None and not FIRST_DAY <= day <= LAST_DAY:
        raise BadFilter(
            f"The date in “{name}” must be between {FIRST_DAY:%Y} and {LAST_DAY:%Y}. "
            "Please choose another date."
        )
    return day


def _years(value: str) -> float | None:
    try:
        years = float(value) if value else None
    except ValueError:
        return None
    return years if years is not None and 0 <= years <= 80 else None


def _format(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return value.isoformat() if isinstance(value, date) else str(value)
