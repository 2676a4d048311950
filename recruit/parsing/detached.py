"""Job dates a scan read apart from their jobs.

OCR reads a right-hand column of dates after the rest of the page: the work history comes out
as undated 'title / employer' blocks and the ranges turn up after it ('05/2023 - Present' /
'01/2019 - 04/2023'). When no job is dated and the count of bare month ranges after the work
history equals the count of job blocks in it, the n-th range dates the n-th block.
"""

from __future__ import annotations

import re

from recruit.parsing import fragments
from recruit.parsing.dates import RANGE, find_span
from recruit.parsing.normalize import Line
from recruit.parsing.resume import Resume
from recruit.parsing.work import Entry

_MAX_HEADER_WORDS = 12
_MONTHLY = re.compile(r"(?i)/|[a-z]{3}")


def entries(resume: Resume) -> list[tuple[Entry, str]]:
    """Entries for undated job blocks paired with detached ranges, or none."""
    section = next((s for s in resume.sections if s.kind == "experience"), None)
    if section is None:
        return []
    blocks = _blocks([line for line in section.lines if line.index not in resume.blocked])
    last = section.lines[-1].index if section.lines else -1
    ranges = [line for line in resume.usable if line.index > last and _bare_range(line)]
    if not blocks or len(blocks) != len(ranges):
        return []
    heading = section.heading.text if section.heading else ""
    return [
        (Entry("experience", header, body, find_span(dated.text)), heading)
        for (header, body), dated in zip(blocks, ranges, strict=True)
    ]


def _bare_range(line: Line) -> bool:
    """A line that is only a range to the month ('06/2020 - 03/2022', 'Aug 2021 - Present'):
    a school's '2014 - 2018' is no job's."""
    span = RANGE.search(line.text)
    if span is None or fragments.strip_date(line.text).strip("*"):
        return False
    return _MONTHLY.search(span.group(0)) is not None


def _next_title(header: list[Line], line: Line) -> bool:
    """A title after a block's title and employer opens the next job, bullets or none ('Staff
    RN, Medical-Surgical' under 'Rankin Bluff Dialysis Clinic | Brandon, MS')."""
    if len(header) < 2:
        return False
    first = fragments.split_parts(line.text)[:1]
    return bool(first) and fragments.classify(first[0], None) == "title"


def _blocks(lines: list[Line]) -> list[tuple[list[Line], list[Line]]]:
    """Runs of short plain lines (title, employer), each with the bullets under it."""
    blocks: list[tuple[list[Line], list[Line]]] = []
    for line in lines:
        plain = not line.bullet and line.words <= _MAX_HEADER_WORDS
        plain = plain and not line.text.endswith(".")
        if plain and (not blocks or blocks[-1][1] or _next_title(blocks[-1][0], line)):
            blocks.append(([line], []))
        elif plain:
            blocks[-1][0].append(line)
        elif blocks:
            blocks[-1][1].append(line)
    return [(header, body) for header, body in blocks if len(header) <= 3]
