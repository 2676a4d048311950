"""Credential cards set side by side in a grid, read card by card.

A grid of certification cards ('BCPS  ACLS  BLS' over their long forms, over '(BPS)  (AHA)
(AHA)', over their expiries) comes out of the page one row of the grid at a time, so each line
mixes three credentials' names, issuers and dates. When the first row's cells are all
credentials and the rows under it have as many cells (or fewer: the last cards' lines end
first), each column is one card: it is read as one line, its cells in order.
"""

from __future__ import annotations

import re
from dataclasses import replace

from recruit.clinical import vocab
from recruit.parsing.normalize import Line

_CELL_GAP = re.compile(r"\t|\s{2,}|\s\|\s")
_MIN_COLUMNS = 2
_TITLE_WORDS = 4


def cards_read_down(
    lines: list[Line], kind_of: dict[int, str], kinds: frozenset[str]
) -> list[Line]:
    """Lines with each credential grid in a section of the given kinds read column by column."""
    out: list[Line] = []
    n = 0
    while n < len(lines):
        rows = _grid_at(lines, n, kind_of, kinds)
        if len(rows) < 2:
            out.append(lines[n])
            n += 1
            continue
        cells = [_cells(line.text) for line in rows]
        for column in range(len(cells[0])):
            text = " — ".join(row[column] for row in cells if column < len(row))
            out.append(replace(rows[0], text=text))
        n += len(rows)
    return out


def _grid_at(
    lines: list[Line], start: int, kind_of: dict[int, str], kinds: frozenset[str]
) -> list[Line]:
    first = lines[start]
    kind = kind_of.get(first.index)
    if kind not in kinds or not _CELL_GAP.search(first.text):
        return []
    heads = _cells(first.text)
    if len(heads) < _MIN_COLUMNS or not all(map(_credential, heads)):
        return []
    rows = [first]
    for line in lines[start + 1 :]:
        cells = _cells(line.text)
        if kind_of.get(line.index) != kind or not _MIN_COLUMNS <= len(cells) <= len(heads):
            break
        if _credential(cells[0]) and len(rows) > 1:
            break  # the grid's next row of cards
        rows.append(line)
    return rows


def _cells(text: str) -> list[str]:
    return [cell for cell in (c.strip() for c in _CELL_GAP.split(text.strip())) if cell]


def _credential(cell: str) -> bool:
    """A cell that opens with a credential's name and is no longer than a card's title
    ('BCPS', 'APhA Immunization', 'AWHONN Fetal Heart' wrapped before 'Monitoring')."""
    hit = vocab.certification_matcher().search(cell)
    return hit is not None and hit.start == 0 and len(cell.split()) <= _TITLE_WORDS
