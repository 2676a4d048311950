"""Jobs told in sentences: 'Since September 2019 I have worked as Physical Therapist Assistant
at Calapooia Physical Therapy in Albany, OR.' or 'From June 2014 to October 2019 I worked as
Staff RN at Galloway Creek Hospital in Springfield, MO.'

Read as a job header, such a line yields a fragment of a sentence as the employer ('Health in
Springfield'). A sentence that says someone worked as a title at a place, with a date, is a
job of its own: the title after 'as', the place after 'at', the city after 'in'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recruit.parsing.dates import Span, find_span, parse_point
from recruit.parsing.fragments import TITLE
from recruit.parsing.normalize import Line

_WORKED = (
    r"(?:have\s+|had\s+)?(?:(?:also|since|previously|then|additionally)\s+)?(?:been\s+)?"
    r"(?:worked|working|served|serving|practi[cs]ed|practi[cs]ing"
    r"|(?:been\s+|was\s+)?employed)"
)
_FIRST_PERSON = re.compile(rf"(?i)\bI(?:'ve)?\s+{_WORKED}\b")
_JOB = re.compile(
    rf"(?i)\b{_WORKED}\s+as\s+(?:an?\s+)?(?P<title>[^.;]{{2,60}}?)\s+(?:at|with|for)\s+"
    r"(?-i:(?P<place>[A-Z][^.;]{1,80}?))"
    r"(?:\s+in\s+(?P<city>[A-Z][\w .'-]{1,30},\s*[A-Z]{2})\b|\s+(?:from|since)\b|[,.;]|$)"
)
_SINCE = re.compile(
    r"(?i)\b(?:since|starting in|beginning in)\s+(?P<point>(?:[a-z]+\.?\s+)?(?:19|20)\d\d)\b"
)
_SENTENCE_END = re.compile(r"(?<=[A-Za-z0-9)][A-Za-z0-9)]\.)\s+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class ProseJob:
    record: dict[str, object]
    span: Span
    line: Line
    text: str  # the sentence, for telling whose discipline the job was in


def is_prose(line: Line) -> bool:
    """A line that tells a job in the first person ('I have worked as ...')."""
    return _FIRST_PERSON.search(line.text) is not None


def prose_jobs(lines: list[Line]) -> list[ProseJob]:
    """The jobs the sentences of these lines tell, each with its date span."""
    jobs = []
    for sentence, line in _sentences(lines):
        match = _JOB.search(sentence)
        span = _span(sentence)
        if match is None or span is None or TITLE.search(match["title"]) is None:
            continue
        record = {
            "name": match["place"].strip(" ,"),
            "agency": None,
            "title": match["title"].strip(" ,"),
            "unit": None,
            "location": match["city"],
            "start": None,
            "end": None,
            "travel": False,
        }
        jobs.append(ProseJob(record, span, line, sentence))
    return jobs


def _span(sentence: str) -> Span | None:
    since = _SINCE.search(sentence)
    if since:
        start = parse_point(since["point"])
        return Span(start, None, True, since.group(0)) if start else None
    span = find_span(sentence)
    return span if span and span.end != span.start else None


def _sentences(lines: list[Line]) -> list[tuple[str, Line]]:
    """The sentences of consecutive lines, each with the line it starts on (lines wrap
    mid-sentence)."""
    if not lines:
        return []
    out: list[tuple[str, Line]] = []
    text = ""
    starts: list[tuple[int, Line]] = []
    for line in lines:
        if text:
            text += " "
        starts.append((len(text), line))
        text += line.text
    offset = 0
    for piece in _SENTENCE_END.split(text):
        at = text.index(piece, offset)
        first = max((s for s in starts if s[0] <= at), key=lambda s: s[0])
        out.append((piece, first[1]))
        offset = at + len(piece)
    return out
