"""A band of three or more columns side by side (contact / licensure / certifications under a
name) read one column after another.

pdf_layout finds one gutter for a whole page: a sidebar beside the main column. A band across
the page's top has two or more gutters for a few lines only, so laid out as rows its columns
interleave: a licence's wrapped line lands between an address's two halves. Here the page's
words are cut into runs of rows; a run whose words leave two or more vertical gutters empty,
whose columns each hold several lines of their own, is laid out column by column, and the
rows above and below it are laid out on their own.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Protocol, TypeVar

_ROW = 0.5  # of the usual line height: baselines this close are one row
_GUTTER = 1.5  # of the usual line height: the narrowest empty strip between two columns
_MIN_ROWS = 3
_MIN_COLUMNS = 3
_MIN_COLUMN_ROWS = 2
_MIN_COLUMN_SHARE = 0.15  # of the band's width: narrower columns are a table's cells
# a table fills most of its rows in every column and its columns end together; a band's
# columns hold different numbers of lines, so most of its rows leave some column empty
_MAX_FULL_ROWS = 0.6
_RAGGED = 2  # lines: how much longer the longest column is than the shortest
_FULL_WIDTH = 0.1  # of the text's width: a band reaches this close to both its edges


class Placed(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def left(self) -> int: ...
    @property
    def right(self) -> int: ...
    @property
    def baseline(self) -> float: ...
    @property
    def size(self) -> float: ...


W = TypeVar("W", bound=Placed)


def reading_parts(words: Sequence[W]) -> list[list[W]]:
    """The page's words in parts to lay out one after another: each band's columns apart,
    the rows between bands as one part each. A page with no band is one part."""
    if not words:
        return []
    usual = statistics.median(word.size for word in words)
    rows = _rows(words, usual)
    text_left = min(word.left for word in words)
    text_right = max(word.right for word in words)
    reach = _FULL_WIDTH * (text_right - text_left)
    parts: list[list[W]] = []
    flow: list[W] = []
    i = 0
    while i < len(rows):
        end, gutters = _longest_run(rows, i, usual)
        columns = _columns(rows[i:end], gutters) if end - i >= _MIN_ROWS else []
        band = [w for row in rows[i:end] for w in row]
        reaches = bool(band) and (
            min(w.left for w in band) <= text_left + reach
            and max(w.right for w in band) >= text_right - reach
        )
        if columns and reaches:
            if flow:
                parts.append(flow)
            parts += columns
            flow = []
            i = end
        else:
            flow += rows[i]
            i += 1
    if flow:
        parts.append(flow)
    return parts


def _rows(words: Sequence[W], usual: float) -> list[list[W]]:
    rows: list[list[W]] = []
    start = 0.0
    for word in sorted(words, key=lambda w: w.baseline):
        if rows and word.baseline - start <= _ROW * usual:
            rows[-1].append(word)
        else:
            rows.append([word])
            start = word.baseline
    return rows


def _longest_run(
    rows: list[list[W]], first: int, usual: float
) -> tuple[int, list[tuple[int, int]]]:
    """(end, gutters): rows[first:end] is the longest run still leaving two or more gutters,
    each an empty strip at least _GUTTER lines wide between the run's outermost words."""
    spans: list[tuple[int, int]] = []
    best_end, best_gutters = first, []
    for end in range(first + 1, len(rows) + 1):
        spans += [(w.left, w.right) for w in rows[end - 1] if _letters(w.text) > 1]
        gutters = _gaps(spans, _GUTTER * usual)
        if len(gutters) < _MIN_COLUMNS - 1:
            break
        best_end, best_gutters = end, gutters
    return best_end, best_gutters


def _gaps(spans: list[tuple[int, int]], widest: float) -> list[tuple[int, int]]:
    """The empty strips at least `widest` wide between the spans' union."""
    gaps = []
    reach = None
    for left, right in sorted(spans):
        if reach is not None and left - reach >= widest:
            gaps.append((reach, left))
        reach = right if reach is None else max(reach, right)
    return gaps


def _columns(rows: list[list[W]], gutters: list[tuple[int, int]]) -> list[list[W]]:
    """The run's words column by column, or [] when the run is not a band: too few
    columns, one holding too few lines or too narrow, or a table (most rows fill every
    column, or the columns end together), which is read row by row."""
    cuts = [(a + b) / 2 for a, b in gutters]
    columns: list[list[W]] = [[] for _ in range(len(cuts) + 1)]
    counts = [0] * len(columns)
    full = 0
    for row in rows:
        seen = set()
        for word in row:
            index = sum(1 for cut in cuts if (word.left + word.right) / 2 > cut)
            columns[index].append(word)
            if _letters(word.text) > 1:
                seen.add(index)
        for index in seen:
            counts[index] += 1
        full += len(seen) == len(columns)
    lefts = [min(w.left for w in c) for c in columns if c]
    rights = [max(w.right for w in c) for c in columns if c]
    if len(lefts) < _MIN_COLUMNS or min(counts) < _MIN_COLUMN_ROWS:
        return []
    if full > _MAX_FULL_ROWS * len(rows) or max(counts) - min(counts) < _RAGGED:
        return []
    width = max(rights) - min(lefts)
    if any(b - a < _MIN_COLUMN_SHARE * width for a, b in zip(lefts, rights, strict=True)):
        return []
    return columns


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)
