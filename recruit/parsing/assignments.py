"""Facilities an agency job names in its description: an agency (or a LinkedIn company
working 'Contract') is no employer here; the facilities it placed the clinician at are."""

from __future__ import annotations

import re

from recruit.parsing import fragments
from recruit.parsing.normalize import Line
from recruit.parsing.work import Entry

_FACILITY = re.compile(
    r"(?i)\b(?:hospital|medical cent(?:er|re)|clinic|health system|health center"
    r"|rehabilitation (?:center|hospital)|nursing (?:center|home))\b"
)
_PLACED_BULLET = re.compile(
    r"^\s*(?:[-–•*·]\s*)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,5})"
    r"\s*\((?:[A-Z][a-z]+\.?\s?)+,\s*[A-Z]{2}\)"
)
_ASSIGNMENT = re.compile(
    r"(?i)^(?:assigned to|assignments? (?:at|with|to)|assignment:?|facility:?|client:?|at)\s+"
)
# 'Assignment at Lakeview Health & Rehab (SNF).', 'placed at Elm Hospital, Salem': the
# capitalised name after the phrase, up to a bracket, comma or full stop
_WORD = r"[A-Z][\w'&.-]*[\w']"
_NAMED = re.compile(
    r"(?:\b[Aa]ssign(?:ment|ed)s?\s+(?:at|to|with)|^[Aa]ssignments?:|\b[Pp]laced\s+(?:at|with)"
    r"|\b[Cc]ontracts?\s+(?:at|with)|\b[Oo]n assignment (?:at|with|to))\s+"
    rf"(?P<name>{_WORD}(?:\s+(?:{_WORD}|&|of|the|at|and|for))*)(?:\s*\((?P<unit>[^()]{{2,40}})\))?"
)
_TRAILING_SMALL = re.compile(r"(?:\s+(?:&|of|the|at|and|for))+$")


_DIRECT = re.compile(r"(?i)(?:·|\||\()\s*(?:full[- ]time|part[- ]time|permanent)\b")


def direct_hire(entry: Entry) -> bool:
    """'Lakeview Hospital · Full-time': a staff job, not one more agency assignment."""
    return any(_DIRECT.search(line.text) for line in entry.header)


def named_assignments(entry: Entry) -> list[tuple[str, Line]]:
    """Facilities the description names as the assignment ('Assignment at X'); not the agency
    a facility's contract ran through ('Contract with Silver Compass Health Staffing.')."""
    found: list[tuple[str, Line]] = []
    for line in [*entry.header[1:], *entry.body[:3]]:
        for match in _NAMED.finditer(line.text):
            name = _TRAILING_SMALL.sub("", match["name"]).rstrip(".")
            if fragments.classify(name, None) == "agency":
                continue
            if len(name.split()) <= 8 and name not in [n for n, _ in found]:
                found.append((name, line))
    return found


def body_facilities(entry: Entry) -> list[tuple[str, Line]]:
    """Facilities named in the first lines of an entry's description."""
    found: list[tuple[str, Line]] = []
    for line in entry.body:
        placed = _PLACED_BULLET.match(line.text)
        if placed:  # '- Banner Desert (Mesa, AZ), 13 weeks': one contract a bullet
            found.append((placed["name"].strip(), line))
    if found:
        return found
    for line in [*entry.header[1:], *entry.body[:2]]:
        for piece in line.text.split(";"):
            for part in fragments.split_parts(piece):
                if _FACILITY.search(part) and part[:1].isupper() and len(part.split()) <= 6:
                    found.append((_ASSIGNMENT.sub("", part), line))
                    continue
                # '13 weeks, Aug-Nov 2025 at Gulf Coast Regional Medical Center. Trauma …'
                for match in _AT_FACILITY.finditer(part):
                    name = _TRAILING_SMALL.sub("", match["name"])
                    if _FACILITY.search(name) and len(name.split()) <= 8:
                        found.append((name, line))
    return found


_AT_FACILITY = re.compile(rf"\bat\s+(?P<name>{_WORD}(?:\s+(?:{_WORD}|&|of|the|at|and|for))*)")


def assignment_units(entry: Entry) -> list[tuple[str, Line]]:
    """The unit written in brackets after an assignment's facility ('... Hospital (Acute care)')."""
    return [
        (match["unit"], line)
        for line in [*entry.header[1:], *entry.body[:3]]
        for match in _NAMED.finditer(line.text)
        if match["unit"]
    ]
