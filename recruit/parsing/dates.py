"""Dates and date ranges as people print them on resumes, to (year, month) pairs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

Month = tuple[int, int]

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_MONTH_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:19[5-9]\d|20[0-4]\d|20XX)"
_POINT = (
    rf"(?:(?:{_MONTH_WORD}|spring|summer|fall|autumn|winter)\s*,?\s*{_YEAR}"
    rf"|(?:0?[1-9]|1[0-2])\s*/\s*(?:\d{{2}}/)?{_YEAR}|(?:0?[1-9]|1[0-2])\.{_YEAR}"
    rf"|{_YEAR}\s*-\s*(?:0[1-9]|1[0-2])(?!\d)|{_YEAR})"
)
_NOW = r"(?:present|current(?:ly)?|now|today|ongoing|date)"
# '--' typed for an en dash, '-—' where OCR read one dash as two
# '=' is a scan's reading of a dash whose ends bled into two strokes
_DASH = r"\s*(?:[-–—]{1,2}|\s=\s|→|->|to|until|through|thru)\s*"
# '06/18-Present', '02/21-09/24', "Mar '22 – Feb '24": month and two-digit year, only ever
# as a range's ends
_APOSTROPHE = "'’‘`"
_SHORT_POINT = (
    rf"(?:(?:0?[1-9]|1[0-2])/\d{{2}}(?![\d/])|{_MONTH_WORD}\s*[{_APOSTROPHE}]\s?\d{{2}}(?!\d))"
)
RANGE = re.compile(
    rf"(?i)(?<![\w/])(?P<start>{_POINT}|{_SHORT_POINT}|{_MONTH_WORD}|spring|summer|fall|autumn"
    rf"|winter){_DASH}(?P<end>{_POINT}|{_SHORT_POINT}|{_NOW})(?![\w/])"
)
SINGLE = re.compile(rf"(?i)(?<![\w/])(?:{_POINT})(?![\w/])")
# '— Since 2018' ending a job's title line, set apart from it (a dash, a bar, a comma or a
# column's gap): the job's start, to the present
SINCE = re.compile(
    rf"(?i)(?:^|[—–|,(-]\s*|\s{{2,}}|\t)(?P<since>since\s+(?P<point>{_POINT}))\s*\)?\s*$"
)
_WEEKS = re.compile(r"(?i)\b(\d{1,2})[- ]week")


@dataclass(frozen=True, slots=True)
class Span:
    start: Month | None
    end: Month | None  # None with ongoing=True means "present"
    ongoing: bool
    text: str


def parse_point(text: str, *, end: bool = False) -> Month | None:
    text = text.strip().lower().rstrip(".")
    short = re.fullmatch(r"(\d{1,2})\s*/\s*(\d{2})", text)
    if short:
        year = int(short.group(2))
        return (1900 + year if year > 60 else 2000 + year, int(short.group(1)))
    worded = re.fullmatch(rf"([a-z]+)\.?\s*[{_APOSTROPHE}]\s?(\d{{2}})", text)
    if worded:
        year = int(worded.group(2))
        month = next((m for word, m in _MONTHS.items() if worded.group(1).startswith(word)), None)
        return (1900 + year if year > 60 else 2000 + year, month) if month else None
    year_match = re.search(r"(19|20)\d\d", text)
    if not year_match:
        return None
    year = int(year_match.group(0))
    numeric = re.match(r"(\d{1,2})(?:\s*/|\.\d)", text) or re.search(r"\d{4}\s*-\s*(\d{2})$", text)
    if numeric:
        return (year, int(numeric.group(1)))
    for word, month in {**_MONTHS, **_SEASONS}.items():
        if text.startswith(word):
            return (year, month)
    return (year, 12 if end else 1)


# a table's Start and End columns: '11/2025  04/2026', 'Jan 2019<TAB>Present': two dates in
# adjacent cells with no dash between them
_CELL_RANGE = re.compile(
    rf"(?i)(?<![\w/])(?P<start>{_POINT})(?:\t|\s{{2,}})(?P<end>{_POINT}|{_NOW})(?![\w/])"
)


def cell_range_dashed(text: str) -> str:
    """A line whose only dates sit in two adjacent cells, written as the range they are."""
    match = _CELL_RANGE.search(text)
    if match is None or RANGE.search(text):
        return text
    start, end = parse_point(match["start"]), parse_point(match["end"], end=True)
    if start is None or (end is not None and end < start):
        return text
    return f"{text[: match.start()]}{match['start']} - {match['end']}{text[match.end() :]}"


@lru_cache(maxsize=4096)
def find_span(text: str) -> Span | None:
    """The first date range in text, or a lone date (a season, a month) as a short span."""
    match = RANGE.search(text)
    if match:
        end_text = match.group("end")
        ongoing = re.fullmatch(_NOW, end_text.strip(), re.IGNORECASE) is not None
        end = None if ongoing else parse_point(end_text, end=True)
        start_text = match.group("start")
        if not re.search(rf"\d{{4}}|[/{_APOSTROPHE}]\s?\d{{2}}$", start_text.strip()) and end:
            start_text = f"{start_text} {end[0]}"
        return Span(parse_point(start_text), end, ongoing, match.group(0))
    single = SINGLE.search(text)
    if single is None:
        return None
    start = parse_point(single.group(0))
    end = start
    weeks = _WEEKS.search(text)
    if start and weeks:
        end = add_months(start, max(0, round(int(weeks.group(1)) / 4.345) - 1))
    elif start and re.match(r"(?i)summer", single.group(0)):
        end = add_months(start, 2)
    return Span(start, end, False, single.group(0))


_SHORT_YEAR = re.compile(r"(?<![\w/])(0?[1-9]|1[0-2])\s*/\s*(\d{2})(?![\w/])")


def short_month_year(text: str) -> Month | None:
    """'6/27' after an expiry word: June 2027 (two-digit years are this century's)."""
    match = _SHORT_YEAR.match(text.strip())
    return (2000 + int(match.group(2)), int(match.group(1))) if match else None


def add_months(month: Month, count: int) -> Month:
    total = month[0] * 12 + month[1] - 1 + count
    return (total // 12, total % 12 + 1)


def resolve(span: Span, today: date) -> tuple[Month, Month] | None:
    if span.start is None:
        return None
    now = (today.year, today.month)
    end = now if span.ongoing else span.end
    if end is None:
        return None
    end = min(end, now)  # a contract that runs on past today counts up to today
    return None if end < span.start else (span.start, end)


def merged_months(intervals: list[tuple[Month, Month]]) -> int:
    """Months covered by the union of intervals: overlapping contracts count once."""
    total, last_end = 0, None
    for start, end in sorted(intervals):
        s, e = start[0] * 12 + start[1], end[0] * 12 + end[1]
        if last_end is not None and s <= last_end:
            if e > last_end:
                total += e - last_end
                last_end = e
            continue
        total += e - s + 1
        last_end = e
    return total


def iso(month: Month | None) -> str | None:
    return f"{month[0]:04d}-{month[1]:02d}" if month else None
