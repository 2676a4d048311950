"""Section boxes side by side: 'Licensure & Certifications' beside 'Education', each heading
with its own lines below it.

Read row by row, the two boxes interleave (a licence, then a degree, then a certificate) and
the row of headings reads as one heading, so one box's items land in the other's section. A row
made only of section headings starts such a band: each heading's left edge cuts a column, and
the rows below belong to the band until a line crosses a cut. The band is then read one column
after another, each under its own heading.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from recruit.parsing.normalize import Line
from recruit.parsing.pdf_rows import Fragment, Row
from recruit.parsing.sections import heading_kind

Placed = tuple[Row, list[Fragment]]
_SLACK = 0.5  # of the font size: how far a column's line may start left of its heading


def boxes_apart(ordered: list[Placed], text_of: Callable[[Fragment], str]) -> list[Placed]:
    """The rows in reading order, with every band of boxes read column by column."""
    out: list[Placed] = []
    i = 0
    while i < len(ordered):
        cuts = _heading_cuts(ordered[i], text_of)
        end = _band_end(ordered, i, cuts, text_of) if cuts else i
        if end - i < 2:
            out.append(ordered[i])
            i += 1
            continue
        out += _by_column(ordered[i:end], cuts)
        i = end
    return out


def _heading_cuts(item: Placed, text_of: Callable[[Fragment], str]) -> list[float]:
    row, fragments = item
    if len(fragments) < 2 or not all(_is_heading(f, text_of) for f in fragments):
        return []
    return [f.x0 - _SLACK * row.size for f in fragments[1:]]


def _band_end(
    ordered: list[Placed], first: int, cuts: list[float], text_of: Callable[[Fragment], str]
) -> int:
    """Where the band that starts at `first` ends: before the first line crossing a cut, and
    before a lone heading at the left edge when nothing stands beside it any more (the next
    section running across the page)."""
    end = first + 1
    while end < len(ordered):
        row, fragments = ordered[end]
        if any(f.x0 < cut and f.x1 > cut + _SLACK * row.size for f in fragments for cut in cuts):
            break
        if _heading_cuts(ordered[end], text_of):
            break
        end += 1
    last_beside = max(
        (k for k in range(first + 1, end) if any(f.x0 >= cuts[0] for f in ordered[k][1])),
        default=first,
    )
    for k in range(last_beside + 1, end):
        if len(ordered[k][1]) == 1 and _is_heading(ordered[k][1][0], text_of):
            return k
    return end


def _by_column(band: list[Placed], cuts: list[float]) -> list[Placed]:
    columns: list[list[Placed]] = [[] for _ in range(len(cuts) + 1)]
    for row, fragments in band:
        parts: list[list[Fragment]] = [[] for _ in columns]
        for fragment in fragments:
            parts[sum(1 for cut in cuts if fragment.x0 >= cut)].append(fragment)
        for column, part in zip(columns, parts, strict=True):
            if part:
                column.append((row, part))
    return [item for column in columns for item in column]


def _is_heading(fragment: Fragment, text_of: Callable[[Fragment], str]) -> bool:
    text = unicodedata.normalize("NFKC", text_of(fragment)).strip()
    return heading_kind(Line(text, 0, 0)) is not None
