"""Plain text hard-wrapped at a fixed width (a job board's paste box, an e-mail client) put
back into the lines its writer typed.

Wrapped at 60 characters, a job's header runs over three lines ('Registered Nurse, Adult
Inpatient Psychiatry -- Twin' / 'Ports Behavioral Health Hospital, Superior, WI -- 04/2020' /
'to present'), cutting the employer's name and the date range in two. A line was wrapped
when the next line's first word would not have fitted after it (or only just); a text is taken
as wrapped only when it is narrow, many of its lines reach that width and several wrapped rows
go on in lower case.
"""

from __future__ import annotations

import re

_WIDEST_WRAP = 80  # columns: wider texts were typed line by line, not wrapped by a box
_NEAR_MARGIN = 12  # a wrapped line ends within this many columns of the width
_NEAR_SHARE = 0.3  # of the non-blank lines
_MIN_WRAPS = 3
_SHORT_SHARE = 0.1
# a box wraps at word boundaries, some at a little less than their width: the next word
# would have reached this close to the margin
_RAGGED = 8
_ITEM_START = re.compile(r"^\s*(?:[-*•·▪◦–]\s|\d{1,2}[.)]\s)")


def hard_wraps_joined(text: str) -> str:
    lines = text.splitlines()
    filled = [line.rstrip() for line in lines if line.strip()]
    if not filled:
        return text
    width = max(map(len, filled))
    near = sum(len(line) >= width - _NEAR_MARGIN for line in filled)
    # a typed line ends where a phrase ends; a box cuts phrases, so some of its rows go on in
    # lower case ('… -- 04/2020' / 'to present')
    wraps = sum(
        _wrapped(a, b, width) and b.strip()[:1].islower()
        for a, b in zip(lines, lines[1:], strict=False)
    )
    # a resume has headings and paragraph ends well short of the margin; lines all of one
    # length are a list, not wrapped prose
    short = sum(len(line) < width / 2 for line in filled)
    if width > _WIDEST_WRAP or near < _NEAR_SHARE * len(filled) or wraps < _MIN_WRAPS:
        return text
    if short < _SHORT_SHARE * len(filled):
        return text
    out: list[str] = []
    for above, line in zip(["", *lines[:-1]], lines, strict=True):
        if out and _wrapped(above, line, width):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _wrapped(line: str, below: str, width: int) -> bool:
    """Whether `below` goes on `line`, the physical line above it: its first word would have
    overflowed the width, it starts no list item, and it keeps the indentation of the text it
    continues."""
    if not line.strip() or not below.strip() or line.rstrip().endswith(":"):
        return False
    if line.rstrip().endswith((".", "!", "?")) and below.strip()[:1].isupper():
        return False  # a sentence ended at the margin; the next line is the next thing
    if _ITEM_START.match(below) or _indent(below) not in _text_indents(line):
        return False
    return len(line.rstrip()) + 1 + len(below.split()[0]) > width - _RAGGED


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _text_indents(line: str) -> set[int]:
    """Where a continuation of this line may start: under it, or under its item's text."""
    item = _ITEM_START.match(line)
    return {_indent(line), item.end()} if item else {_indent(line)}
