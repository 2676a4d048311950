"""Jobs exported as labelled fields, one per line ('Employer: ...', 'Position: ...', 'From:
03/2019', 'To: Present'), as applicant-tracking systems and job boards print them.

Read line by line, the labels become employers ('From') and the dates sit alone. Each run of
job fields is written back as the one header line a person would have typed ('Respiratory
Therapist III  Elkhorn Valley Children's Hospital, Lexington, KY  03/2019 - Present'), with
its description below it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from recruit.parsing.normalize import Line

_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z /]{1,24}?)\s*:\s*(?P<value>.*\S)?\s*$")
_FIELDS = {
    "employer": "employer",
    "employer name": "employer",
    "company": "employer",
    "facility": "employer",
    "organization": "employer",
    "hospital": "employer",
    "position": "title",
    "position title": "title",
    "job title": "title",
    "title": "title",
    "role": "title",
    "location": "location",
    "city": "location",
    "from": "start",
    "start": "start",
    "start date": "start",
    "to": "end",
    "end": "end",
    "end date": "end",
    "dates": "dates",
    "dates of employment": "dates",
    "description": "description",
    "duties": "description",
    "responsibilities": "description",
}
# a federal resume's other job fields: read past, never shown as the job
_ASIDES = frozenset(
    {"hours per week", "supervisor", "salary", "grade", "series", "pay plan", "reason for leaving"}
)
_OPENS = frozenset({"employer", "title"})


def jobs_joined(lines: list[Line]) -> list[Line]:
    """The lines with every run of labelled job fields written as a job line and its
    description; lines are numbered again. Lines without such runs come back unchanged."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        record, end = _record(lines, i)
        if record is None and out and _field(lines[i])[0] == "title" and _field(out[-1])[0] is None:
            # 'Bernalillo Valley Medical Center, Albuquerque, NM' over 'Position title: …':
            # the employer typed as the record's own first line
            record, end = _record(lines, i, employer=out[-1])
            if record is not None:
                out.pop()
        if record is None:
            out.append(lines[i])
            i += 1
            continue
        out += record
        i = end
    return [replace(line, index=n) for n, line in enumerate(out)]


def _record(
    lines: list[Line], first: int, employer: Line | None = None
) -> tuple[list[Line] | None, int]:
    fields: dict[str, str] = {}
    if employer is not None:
        if employer.bullet or employer.words > _EMPLOYER_WORDS or employer.text.endswith("."):
            return None, first
        fields["employer"] = employer.text
    end = first
    while end < len(lines):
        kind, value = _field(lines[end])
        if kind == "aside" and fields:
            end += 1
            continue
        if kind is None or kind in fields or (end == first and kind not in _OPENS):
            break
        fields[kind] = value
        end += 1
    if "employer" not in fields or not ({"start", "dates"} & fields.keys()):
        return None, first
    dates = fields.get("dates") or " - ".join(
        v for v in (fields.get("start"), fields.get("end")) if v
    )
    place = ", ".join(v for v in (fields["employer"], fields.get("location")) if v)
    header = "  ".join(v for v in (fields.get("title"), place, dates) if v)
    joined = [replace(lines[first], text=header, raw=header)]
    if fields.get("description"):
        text = fields["description"]
        joined.append(replace(lines[first], text=text, raw=text, bullet=True))
    return joined, end


def _field(line: Line) -> tuple[str | None, str]:
    match = _LABEL.match(line.text)
    if match is None or not match["value"]:
        return None, ""
    label = match["label"].strip().lower()
    return ("aside" if label in _ASIDES else _FIELDS.get(label)), match["value"]


_EMPLOYER_WORDS = 10
