"""Degrees (not certifications): degree as printed, school and year."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from recruit.clinical import vocab
from recruit.clinical.regions import codes
from recruit.parsing.dates import RANGE
from recruit.parsing.normalize import CELL_GAP, Line, segments

_SCHOOL = re.compile(
    r"(?i)universit|college|institute|school|academy|polytechnic|\bUC\b|\bCUNY\b|\bSUNY\b"
)
_HIGH_SCHOOL = re.compile(r"(?i)high school|secondary school|\bged\b|diploma of high")
_STOP = re.compile(
    r"(?i)^(?:gpa|graduated|expected|honou?rs|cum laude|magna|summa|dean|minor|\d"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d)"
)
_BARE = re.compile(r"[A-Z][A-Za-z.]{1,7}")
_YEAR = re.compile(r"(?<!\d)(19[6-9]\d|20[0-4]\d)(?!\d)")


def degree_hit(text: str) -> re.Match[str] | None:
    for match in vocab.degree_pattern().finditer(text):
        before = text[: match.start()].rstrip()
        if match.group(0) in codes() and before.endswith(","):
            continue  # "Boston, MA" is a place, not a Master of Arts
        return match
    return None


def parse_degree(lines: list[Line], i: int) -> dict[str, Any] | None:
    line = lines[i]
    text = RANGE.sub(" ", line.text)
    if _HIGH_SCHOOL.search(text):
        return None
    if degree_hit(text) is None:
        return _programme(lines, i)
    parts = segments(text)
    seg = next(p for p in parts if degree_hit(p))
    degree, school = _split_degree(seg)
    if _BARE.fullmatch(degree) and len(parts) == 1 and i + 1 < len(lines):
        degree, school = _with_field_below(degree, lines[i + 1].text) or (degree, school)
    elif _CUT_SHORT.search(degree) and len(parts) == 1 and not school and i + 1 < len(lines):
        degree, school = _wrapped_field(degree, lines[i + 1].text) or (degree, school)
    # 'Family Nurse Practitioner (in progress, expected 2027), Chamberlain University': the
    # piece that names a school, not the whole part after the degree
    school = school or next(
        (
            piece.strip()
            for p in parts
            if p != seg
            for piece in p.split(",")
            if _SCHOOL.search(piece)
        ),
        None,
    )
    school = (
        school
        or _neighbour_school(lines, i)
        or next((p for p in parts if p != seg and not _YEAR.search(p)), None)
    )
    return {"degree": degree, "school": _clean_school(school), "year": _year(lines, i)}


# 'MRI Certificate', 'Surgical Technology Certificate', 'Certificate, Polysomnographic Technology':
# a certificate programme, schooling when a school sits beside it (a credential is not one)
_PROGRAMME = re.compile(
    r"^(?:[A-Z][\w/&'-]*\s+){1,4}[Cc]ertificate$|^[Cc]ertificate(?:,|\s+in)\s+[A-Z][\w-]+"
)


def _programme(lines: list[Line], i: int) -> dict[str, Any] | None:
    parts = segments(RANGE.sub(" ", lines[i].text))
    named = next((p for p in parts if _PROGRAMME.search(p)), None)
    if named is None or vocab.certification_matcher().search(named) is not None:
        return None
    beside = next((p for p in parts if p != named and not _YEAR.fullmatch(p)), None)
    below = lines[i + 1].text if i + 1 < len(lines) else ""
    school = beside.split(",")[0].strip() if beside else None
    if school is None and degree_hit(below) is None:
        school = _school_piece(below)
    if school is None:
        return None
    return {"degree": named, "school": school, "year": _year(lines, i)}


def degree_lines(lines: list[Line]) -> list[Line]:
    """Lines as degrees are read: a line cut after 'Bachelor of' joined with the rest of its
    degree below, and a line holding two degrees ('ADN — Ozarks Technical Community College
    (2019); BSN — Missouri State University (2023)') read as two."""
    joined: list[Line] = []
    skip = False
    for n, line in enumerate(lines):
        if skip:
            skip = False
            continue
        below = lines[n + 1] if n + 1 < len(lines) else None
        first, *rest = CELL_GAP.split(line.text, maxsplit=1)
        if below is not None and _CUT_AT_END.search(first) and not _opens_degree(below.text):
            # 'Doctor of<TAB>2020' over 'Pharmacy (PharmD)': the year's cell stays after it
            text = "  ".join([f"{first} {below.text}", *rest])
            line, skip = replace(line, text=text), True
        elif below is not None and _ONLY_BRACKETED.fullmatch(below.text) and degree_hit(first):
            # 'Doctor of Pharmacy, 2019' over '(PharmD)': the same degree's letters
            line, skip = replace(line, text=f"{line.text} {below.text}"), True
        joined.extend(_degrees_apart(line))
    return joined


def _opens_degree(text: str) -> bool:
    """'BSN, 2016' opens a degree; 'Pharmacy (PharmD)' ends the one above ('Doctor of')."""
    hit = degree_hit(text)
    return hit is not None and hit.start() == 0


_CUT_AT_END = re.compile(r"\b(?:of|in)$")
_ONLY_BRACKETED = re.compile(r"\s*\([^()]{2,12}\)\s*")
_DEGREES_APART = re.compile(r"\s*;\s+")


def _degrees_apart(line: Line) -> list[Line]:
    pieces = _DEGREES_APART.split(line.text)
    if len(pieces) < 2 or sum(degree_hit(p) is not None for p in pieces) < 2:
        return [line]
    return [replace(line, text=piece) for piece in pieces if piece]


def _clean_school(school: str | None) -> str | None:
    """'Vanderbilt University, 2014' -> 'Vanderbilt University'."""
    if school is None:
        return None
    pieces = [_BRACKETED_YEAR.sub("", p).strip() for p in school.split(",")]
    kept = [p for p in pieces if p and not _YEAR.fullmatch(p) and p not in codes()]
    return ", ".join(kept) or None


# 'Western Governors University (2022', 'Colorado State University (2015).'
_BRACKETED_YEAR = re.compile(r"\s*\(?(?:19|20)\d\d\)?\.?\s*$")


def _with_field_below(acronym: str, below: str) -> tuple[str, str] | None:
    """'PhD' over 'Princeton University, Computer Science' reads 'PhD in Computer Science'."""
    pieces = [p.strip() for p in below.split(",")]
    if len(pieces) == 2 and _SCHOOL.search(pieces[0]) and not _SCHOOL.search(pieces[1]):
        return f"{acronym} in {pieces[1]}", pieces[0]
    return None


# 'M.S. in Occupational' / 'Therapy, Texas Woman's University': the field wrapped to the next line
_CUT_SHORT = re.compile(
    r"\b(?:in|of)\s+[A-Z][\w-]*(?:\s+(?:and|&)?\s*[A-Z][\w-]*)?$|\b(?:in|of|and|&)$"
)


def _wrapped_field(degree: str, below: str) -> tuple[str, str | None] | None:
    """'Bachelor of Science in' / 'Nursing — Regis University, 2020': the field, then the
    school after a comma or a dash."""
    pieces = [
        p.strip() for seg in segments(RANGE.sub(" ", below)) for p in seg.split(",") if p.strip()
    ]
    if not pieces or degree_hit(below) or _SCHOOL.search(pieces[0]) or len(pieces[0].split()) > 3:
        return None
    if not pieces[0][:1].isalpha() or _YEAR.search(pieces[0]) or ":" in pieces[0]:
        return None  # 'SYSTEMS: Epic Willow' is a labelled line of its own
    school = next((p for p in pieces[1:] if _SCHOOL.search(p)), None)
    return f"{degree} {pieces[0]}", school


def _split_degree(seg: str) -> tuple[str, str | None]:
    hit = degree_hit(seg)
    assert hit is not None
    school = None
    pieces = [p.strip() for p in seg.split(",")]
    start = next(n for n, p in enumerate(pieces) if degree_hit(p))
    lead = pieces[start]
    if hit.start() > 0 and _SCHOOL.search(seg[: hit.start()]) and start == 0:
        school, lead = seg[: hit.start()].strip(" ,"), seg[hit.start() :].split(",")[0].strip()
    elif start > 0 and _SCHOOL.search(pieces[start - 1]):
        school = pieces[start - 1]
    kept = [lead]
    for piece in pieces[start + 1 :]:
        if _SCHOOL.search(piece) or _STOP.match(piece) or piece in codes() or not piece:
            if _SCHOOL.search(piece) and school is None:
                school = piece
            break
        kept.append(piece)
    return ", ".join(kept).strip(" -–"), school


def _neighbour_school(lines: list[Line], i: int) -> str | None:
    """The school on the line below, or above: above when the one below already heads the
    next degree ('Arizona State University' / 'BSN, May 2018' / 'Gateway CC' / 'ADN, 2014')."""
    below_heads_next = i + 2 < len(lines) and degree_hit(lines[i + 2].text) is not None
    above_is_own = i < 2 or degree_hit(lines[i - 2].text) is None
    order = (i - 1, i + 1) if below_heads_next and above_is_own else (i + 1, i - 1)
    for j in order:
        if 0 <= j < len(lines) and not degree_hit(lines[j].text):
            school = _school_piece(lines[j].text)
            if school:
                return school
    return None


def _school_piece(text: str) -> str | None:
    """The piece of a line that names a school ('Medical College of Wisconsin, 2019')."""
    pieces = [p.strip() for s in segments(RANGE.sub(" ", text)) for p in s.split(",")]
    return next((p for p in pieces if _SCHOOL.search(p)), None)


def _year(lines: list[Line], i: int) -> int | None:
    for j in (i, i + 1, i - 1):
        if 0 <= j < len(lines):
            years = _YEAR.findall(lines[j].text)
            if years:
                return int(years[-1])
    return None


def confidence(degree: dict[str, Any]) -> float:
    """A degree with its school beside it is near certain; a bare one less so."""
    return 0.9 if degree["school"] else 0.7


def names_school(lines: list[Line], i: int) -> bool:
    """Whether a degree line has its school on it or right beside it."""
    near = [lines[j].text for j in (i - 1, i, i + 1) if 0 <= j < len(lines)]
    return any(_SCHOOL.search(text) for text in near)
