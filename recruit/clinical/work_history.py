"""A work history read the way an agency reads it before submitting someone: each job with its
dates and length, jobs held at the same time (per diem beside staff), gaps over three months,
and more than one job still "to present". Pure: employer records in, a timeline out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

GAP_MONTHS = 3  # agencies ask about any gap longer than this
_MONTH = re.compile(r"^(\d{4})(?:-(\d{1,2}))?")
_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @property
    def ordinal(self) -> int:
        return self.year * 12 + self.month - 1

    @classmethod
    def of(cls, ordinal: int) -> Month:
        return cls(ordinal // 12, ordinal % 12 + 1)

    def label(self, with_year: bool = True) -> str:
        name = _NAMES[self.month - 1]
        return f"{name} {self.year}" if with_year else name


@dataclass
class Job:
    kind = "job"
    index: int  # position in the profile's employers list (what a correction edits)
    record: dict[str, Any]
    start: Month | None
    end: Month | None  # None with open_ended: still there
    open_ended: bool
    overlaps: list[str] = field(default_factory=list)

    @property
    def months(self) -> int | None:
        if self.start is None or self.end is None:
            return None
        return self.end.ordinal - self.start.ordinal + 1

    @property
    def dates(self) -> str:
        if self.start is None:
            return "dates not given"
        end = "present" if self.open_ended else self.end.label() if self.end else "?"
        return f"{self.start.label()} – {end}"

    @property
    def duration(self) -> str:
        months = self.months
        if months is None:
            return ""
        years, rest = divmod(months, 12)
        parts = [f"{years} y"] if years else []
        return " ".join([*parts, f"{rest} mo"] if rest or not years else parts)


@dataclass(frozen=True)
class Gap:
    kind = "gap"
    start: Month
    end: Month | None  # None: not working since `start`

    @property
    def label(self) -> str:
        if self.end is None:
            return f"gap: no work listed since {self.start.label()}"
        if self.start.year == self.end.year:
            return f"gap: {self.start.label(False)}–{self.end.label()}"
        return f"gap: {self.start.label()}–{self.end.label()}"


@dataclass
class WorkHistory:
    jobs: list[Job]
    gaps: list[Gap]

    @property
    def rows(self) -> list[Job | Gap]:
        """Jobs and gaps in one line, newest first; undated jobs last."""
        rows: list[Job | Gap] = [*self.jobs, *self.gaps]
        return sorted(rows, key=lambda r: r.start.ordinal if r.start else -1, reverse=True)

    @property
    def open_ended(self) -> list[Job]:
        return [job for job in self.jobs if job.open_ended]

    @property
    def flags(self) -> list[str]:
        flags = [gap.label for gap in self.gaps]
        if len(self.open_ended) > 1:
            flags.append(f"{len(self.open_ended)} jobs “to present”")
        pairs = {tuple(sorted((_name(j), other))) for j in self.jobs for other in j.overlaps}
        flags += [f"{a} and {b} at the same time" for a, b in sorted(pairs)]
        return flags


def parse_month(value: Any) -> Month | None:
    """'2022-03' or '2022' (taken as January; a bare year is read as its start)."""
    found = _MONTH.match(str(value).strip()) if value else None
    if not found:
        return None
    month = int(found.group(2) or 1)
    return Month(int(found.group(1)), month) if 1 <= month <= 12 else None


def work_history(employers: Iterable[Any], today: date) -> WorkHistory:
    """Newest job first; overlaps between jobs and gaps between them (and up to today)."""
    jobs = [_job(i, e, today) for i, e in enumerate(employers) if isinstance(e, dict)]
    jobs.sort(key=lambda j: (j.start is not None, j.start or Month(0, 1)), reverse=True)
    dated = [j for j in jobs if j.start is not None and j.end is not None]
    _mark_overlaps(dated)
    return WorkHistory(jobs, _gaps(dated, Month(today.year, today.month)))


def _job(index: int, record: dict[str, Any], today: date) -> Job:
    start = parse_month(record.get("start"))
    ongoing = str(record.get("end") or "").strip().lower() in ("present", "current", "now")
    end = Month(today.year, today.month) if ongoing else parse_month(record.get("end"))
    if start and end and end < start:
        end = None
    return Job(index, record, start, end if start else None, ongoing)


def _mark_overlaps(jobs: list[Job]) -> None:
    # Sharing one month is a change of job, not two jobs at once.
    for a in jobs:
        for b in jobs:
            if a is b or a.start is None or b.start is None or a.end is None or b.end is None:
                continue
            shared = min(a.end, b.end).ordinal - max(a.start, b.start).ordinal + 1
            if shared > 1:
                a.overlaps.append(_name(b))


def _gaps(jobs: list[Job], now: Month) -> list[Gap]:
    spans = sorted((j.start.ordinal, j.end.ordinal) for j in jobs if j.start and j.end)
    gaps: list[Gap] = []
    covered_to: int | None = None
    for start, end in spans:
        if covered_to is not None and start - covered_to - 1 > GAP_MONTHS:
            gaps.append(Gap(Month.of(covered_to + 1), Month.of(start - 1)))
        covered_to = end if covered_to is None else max(covered_to, end)
    if covered_to is not None and now.ordinal - covered_to > GAP_MONTHS:
        gaps.append(Gap(Month.of(covered_to + 1), None))
    gaps.reverse()  # newest first, like the jobs
    return gaps


def _name(job: Job) -> str:
    return str(job.record.get("name") or job.record.get("agency") or "an unnamed job")
