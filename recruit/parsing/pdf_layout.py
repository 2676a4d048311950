"""Positioned glyphs -> lines in reading order, with column (sidebar) detection.

Glyphs on one baseline form a row; a row splits into fragments at wide gaps. A vertical
gutter that only a few rows cross marks a two-column page: full-width rows come first (or
break the page into bands), then the left column, then the right column.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from statistics import median

from recruit.parsing.model import TextLine
from recruit.parsing.pdf_boxes import boxes_apart
from recruit.parsing.pdf_device import UNDEFINED, Glyph
from recruit.parsing.pdf_header import header_first
from recruit.parsing.pdf_rows import Fragment, Row
from recruit.parsing.textclean import clean_line

_WORD_GAP = 0.15  # of the font size
_FRAGMENT_GAP = 1.2
_MIN_GUTTER = 8.0
_MAX_STRIPS = 3  # empty strips tried as gutters, widest first
_BY_BASELINE = itemgetter(2, 0)  # (baseline, x0)
_BY_X = itemgetter(0)


@dataclass(slots=True)
class PageText:
    lines: list[TextLine]
    multi_column: bool = False
    letter_spaced: bool = False
    undefined_glyphs: int = 0


def layout_page(glyphs: list[Glyph], page_no: int, width: float) -> PageText:
    visible, after_space = _visible(glyphs)
    undefined = len(glyphs) - len(visible) - _count_spaces(glyphs)
    rows = _rows(visible)
    gutter = find_gutter(rows, width)
    ordered = _order(rows, gutter, width) if gutter else header_first(rows, width)
    ordered = boxes_apart(ordered, lambda fragment: fragment_text(fragment.glyphs)[0])
    result = PageText([], multi_column=gutter is not None, undefined_glyphs=undefined)
    for row, fragments in ordered:
        line, spaced = _line(row, fragments, page_no, after_space)
        result.letter_spaced |= spaced
        if line is not None:
            result.lines.append(line)
    return result


def _visible(glyphs: list[Glyph]) -> tuple[list[Glyph], set[int]]:
    """Drop blank and undefined glyphs, remembering which glyphs followed an explicit space."""
    visible: list[Glyph] = []
    after_space: set[int] = set()
    pending = False
    for glyph in glyphs:
        if not glyph.text or glyph.text.isspace():
            pending = True
        elif glyph.text != UNDEFINED:
            if pending:
                after_space.add(id(glyph))
            visible.append(glyph)
            pending = False
    return visible, after_space


def _count_spaces(glyphs: list[Glyph]) -> int:
    return sum(1 for g in glyphs if not g.text or g.text.isspace())


def _rows(glyphs: list[Glyph]) -> list[Row]:
    """Group glyphs whose baselines lie within a third of the font size."""
    rows: list[Row] = []
    current: list[Glyph] = []
    base = size = 0.0
    for glyph in sorted(glyphs, key=_BY_BASELINE):
        _, _, baseline, glyph_size, _, _ = glyph
        if current:
            smaller = min(size, glyph_size)
            if baseline - base > 0.35 * smaller:
                rows.append(_make_row(current, base, size))
                current = []
        if current:
            size = max(size, glyph_size)
        else:
            base, size = baseline, glyph_size
        current.append(glyph)
    if current:
        rows.append(_make_row(current, base, size))
    return rows


def _make_row(glyphs: list[Glyph], baseline: float, size: float) -> Row:
    glyphs.sort(key=_BY_X)
    row = Row(baseline, size)
    start = 0
    for i in range(1, len(glyphs) + 1):
        if i == len(glyphs) or glyphs[i].x0 - glyphs[i - 1].x1 > _FRAGMENT_GAP * size:
            part = _dedupe(glyphs[start:i])
            row.fragments.append(Fragment(part, part[0].x0, max(g.x1 for g in part)))
            start = i
    return row


def _dedupe(glyphs: list[Glyph]) -> list[Glyph]:
    """Drop glyphs drawn twice at the same spot (fake bold, shadows)."""
    out = [glyphs[0]]
    for glyph in glyphs[1:]:
        prev = out[-1]
        if glyph.text == prev.text and abs(glyph.x0 - prev.x0) < 0.1 * glyph.size:
            continue
        out.append(glyph)
    return out


def find_gutter(rows: list[Row], width: float) -> tuple[float, float] | None:
    """The widest empty vertical strip between two substantial columns, if any."""
    if len(rows) < 6 or not 0 < width < 1e6:
        return None
    step = max(2.0, width / 1000)  # 2 pt bins; coarser on absurd (hostile) page sizes
    cover = _coverage(rows, width, step)
    limit = max(1, len(rows) // 12)
    strips: list[tuple[int, int]] = []
    b, hi = int(width * 0.15 / step), int(width * 0.85 / step)
    while b < hi:
        end = b
        while end < hi and cover[end] <= limit:
            end += 1
        if (end - b) * step >= _MIN_GUTTER:
            strips.append((b, end))
        b = end + 1
    # the widest strip that splits the page into columns: on a three-panel page the widest
    # empty strip can be the ragged margin of the last panel, which splits nothing
    for first, end in sorted(strips, key=lambda strip: strip[0] - strip[1])[:_MAX_STRIPS]:
        gutter = (first * step, end * step)
        if _is_column_split(rows, gutter):
            return gutter
    return None


def _coverage(rows: list[Row], width: float, step: float) -> list[int]:
    """How many fragments cover each vertical strip of the page."""
    bins = int(width / step) + 1
    cover = [0] * bins
    for row in rows:
        for frag in row.fragments:
            first = min(bins, max(0, int(frag.x0 / step)))
            last = min(bins, max(0, int(frag.x1 / step) + 1))
            for b in range(first, last):
                cover[b] += 1
    return cover


def _is_column_split(rows: list[Row], gutter: tuple[float, float]) -> bool:
    g0, g1 = gutter
    left = right = aligned = right_frags = crossing_inside = 0
    both_rows = [i for i, r in enumerate(rows) if _has_side(r, g0, g1)]
    if not both_rows:
        return False
    first, last = both_rows[0], both_rows[-1]
    for i, row in enumerate(rows):
        sides = {_side(f, g0, g1) for f in row.fragments}
        if "both" in sides and first < i < last:
            crossing_inside += 1
        for frag in row.fragments:
            side = _side(frag, g0, g1)
            if side == "left":
                left += frag.chars
            elif side == "right":
                right += frag.chars
                right_frags += 1
                aligned += "left" in sides
    total = left + right
    if total == 0 or crossing_inside > 2 or right_frags < 3:
        return False
    if min(left, right) < 0.12 * total:
        return False
    alone = 1 - aligned / right_frags
    if alone >= 0.5 or right / right_frags > 30:
        return True
    # a sidebar is left-aligned at one x; a date column is right-aligned with ragged starts
    return alone >= 0.25 and _left_aligned(rows, g1)


def _left_aligned(rows: list[Row], g1: float) -> bool:
    starts = [round(f.x0) for r in rows for f in r.fragments if f.x0 >= g1 - 1]
    common = max(set(starts), key=starts.count)
    if sum(1 for x in starts if abs(x - common) <= 2) >= _ALIGNED_SHARE * len(starts):
        return True
    return _leaning_edge([f.x0 for r in rows for f in r.fragments if f.x0 >= g1 - 1])


_ALIGNED_SHARE = 0.6
_EDGE_DRIFT = 6.0  # points: how far a photographed column's edge leans from top to bottom


def _leaning_edge(starts: list[float]) -> bool:
    """Whether most line starts lie within a few points of the leftmost: a photographed
    page's keystone moves a sidebar's main column 5 pt right from top to bottom and a
    bullet's indent adds 3, so its starts are not aligned at one x. (A date column beside
    its titles is told apart by the caller: its rows have a title on the left.)"""
    edge = min(starts)
    return sum(1 for x in starts if x <= edge + _EDGE_DRIFT) >= _ALIGNED_SHARE * len(starts)


def _has_side(row: Row, g0: float, g1: float) -> bool:
    return any(_side(f, g0, g1) != "both" for f in row.fragments)


def _side(frag: Fragment, g0: float, g1: float) -> str:
    # a sidebar line cut off the main column's text (_glued_apart) may end a point past the
    # gutter's edge, which is only as exact as its 2 pt bins
    if frag.x1 < g1 - 1 or (frag.x0 < g0 and frag.x1 < g1 + _EDGE_SLACK):
        return "left"
    if frag.x0 > g0 + 1:
        return "right"
    return "both"


def _order(
    rows: list[Row], gutter: tuple[float, float], width: float, depth: int = 0
) -> list[tuple[Row, list[Fragment]]]:
    g0, g1 = gutter
    out: list[tuple[Row, list[Fragment]]] = []
    left: list[tuple[Row, list[Fragment]]] = []
    right: list[tuple[Row, list[Fragment]]] = []
    for row in rows:
        row = _glued_apart(row, g1)
        spanning = [f for f in row.fragments if _side(f, g0, g1) == "both"]
        if spanning:
            out += _split_again(left, width, depth) + _split_again(right, width, depth)
            left, right = [], []
            out.append((row, row.fragments))
            continue
        lefts = [f for f in row.fragments if _side(f, g0, g1) == "left"]
        rights = [f for f in row.fragments if _side(f, g0, g1) == "right"]
        if lefts:
            left.append((row, lefts))
        if rights:
            right.append((row, rights))
    return out + _split_again(left, width, depth) + _split_again(right, width, depth)


def _glued_apart(row: Row, g1: float) -> Row:
    """A sidebar line long enough to reach the main column ('… No. R 7730419,' then 'Travel
    RN — CVICU' two points on): the row's two sides read as one fragment that crosses the
    gutter, and the whole sidebar below it was read after the main column's first job. Cut
    where a glyph starts at the main column's edge after a gap."""
    fragments: list[Fragment] = []
    for frag in row.fragments:
        cut = next(
            (
                i
                for i in range(1, len(frag.glyphs))
                if abs(frag.glyphs[i].x0 - g1) <= _EDGE_SLACK
                and frag.glyphs[i].x0 > frag.glyphs[i - 1].x1
            ),
            None,
        )
        if cut is None or frag.x0 >= g1 - _EDGE_SLACK:
            fragments.append(frag)
            continue
        left, right = frag.glyphs[:cut], frag.glyphs[cut:]
        fragments.append(Fragment(left, left[0].x0, max(g.x1 for g in left)))
        fragments.append(Fragment(right, right[0].x0, max(g.x1 for g in right)))
    return Row(row.baseline, row.size, fragments)


_EDGE_SLACK = 1.5  # points


def _split_again(
    column: list[tuple[Row, list[Fragment]]], width: float, depth: int
) -> list[tuple[Row, list[Fragment]]]:
    """A column that is itself two columns (a three-panel landscape page): read each whole."""
    if depth >= 1 or len(column) < 6:
        return column
    rows = [Row(row.baseline, row.size, fragments) for row, fragments in column]
    gutter = find_gutter(rows, width)
    if gutter is None:
        return column
    return _order(rows, gutter, width, depth + 1)


def _line(
    row: Row, fragments: list[Fragment], page_no: int, after_space: set[int]
) -> tuple[TextLine | None, bool]:
    parts: list[str] = []
    spaced = False
    for frag in fragments:
        text, letter_spaced = fragment_text(frag.glyphs, after_space)
        spaced |= letter_spaced
        parts.append(text)
    text = clean_line("\t".join(parts), keep_tabs=True)
    if not text:
        return None, spaced
    glyphs = [g for f in fragments for g in f.glyphs]
    bold = sum(1 for g in glyphs if g.bold) * 2 > len(glyphs)
    line = TextLine(
        text=text,
        page=page_no,
        x0=round(fragments[0].x0, 1),
        top=round(row.baseline - row.size * 0.8, 1),
        x1=round(fragments[-1].x1, 1),
        bottom=round(row.baseline + row.size * 0.2, 1),
        font_size=round(row.size, 1),
        bold=bold,
    )
    return line, spaced


def fragment_text(
    glyphs: list[Glyph], after_space: frozenset[int] | set[int] = frozenset()
) -> tuple[str, bool]:
    """Join glyphs into words by the gaps between them; repair letter-spaced headings."""
    gaps = [glyphs[i].x0 - glyphs[i - 1].x1 for i in range(1, len(glyphs))]
    size = max(g.size for g in glyphs)
    breaks = [
        gap > _WORD_GAP * size or id(g) in after_space
        for gap, g in zip(gaps, glyphs[1:], strict=True)
    ]
    spaced = _letter_spaced(glyphs, breaks)
    if spaced:
        letter_gap = median(gaps)
        breaks = [gap > max(letter_gap * 1.6, letter_gap + 0.1 * size) for gap in gaps]
    out = [glyphs[0].text]
    for glyph, brk in zip(glyphs[1:], breaks, strict=True):
        out.append(" " + glyph.text if brk else glyph.text)
    return "".join(out), spaced


def _letter_spaced(glyphs: list[Glyph], breaks: list[bool]) -> bool:
    if len(glyphs) < 5:
        return False
    return sum(breaks) >= 0.7 * len(breaks)
