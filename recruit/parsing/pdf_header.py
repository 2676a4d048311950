"""Side-by-side header blocks: name and title on the left, contact lines stacked on the right.

Rows run by baseline, so such a header interleaves ("Google HQ", "(123) 456-7890", "Barry
Allen", "email"...). When the top rows of a page are narrow, split by an empty strip, and the
right block has rows of its own, read the left block first and then the right block.
"""

from __future__ import annotations

from recruit.parsing.pdf_rows import Fragment, Row

_NARROW = 0.55  # of the page width: header items are short
_MIN_STRIP = 20.0


def header_first(rows: list[Row], width: float) -> list[tuple[Row, list[Fragment]]]:
    ordered = [(row, row.fragments) for row in rows]
    top = _top_rows(rows, width)
    strip = _empty_strip(top, width) if len(top) >= 3 else None
    if strip is None:
        return ordered
    middle = (strip[0] + strip[1]) / 2
    last = max(
        (i for i, row in enumerate(top) if any(f.x0 > middle for f in row.fragments)), default=-1
    )
    zone = top[: last + 1]
    left = [(r, [f for f in r.fragments if f.x1 < middle]) for r in zone]
    right = [(r, [f for f in r.fragments if f.x0 > middle]) for r in zone]
    left_only = sum(1 for (_, lf), (_, rf) in zip(left, right, strict=True) if lf and not rf)
    right_only = sum(1 for (_, lf), (_, rf) in zip(left, right, strict=True) if rf and not lf)
    if left_only < 1 or right_only < 2:
        return ordered
    blocks = [item for item in left + right if item[1]]
    return blocks + ordered[len(zone) :]


def _top_rows(rows: list[Row], width: float) -> list[Row]:
    top = []
    for row in rows:
        if any(f.x1 - f.x0 > _NARROW * width for f in row.fragments):
            break
        top.append(row)
    return top


def _empty_strip(rows: list[Row], width: float) -> tuple[float, float] | None:
    """The widest x-range in the middle of the page that no fragment of these rows touches."""
    spans = sorted((f.x0, f.x1) for row in rows for f in row.fragments)
    best: tuple[float, float] | None = None
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        wide = x0 - reach >= _MIN_STRIP and 0.2 * width < (x0 + reach) / 2 < 0.85 * width
        if wide and (best is None or x0 - reach > best[1] - best[0]):
            best = (reach, x0)
        reach = max(reach, x1)
    return best
