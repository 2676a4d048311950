"""DOCX -> Document: body paragraphs and tables in order, text boxes, headers and footers."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any

from recruit.parsing.detect import DOCX
from recruit.parsing.docx_package import has_embedded_objects
from recruit.parsing.docx_safety import check_package
from recruit.parsing.extract_text import EMPHASIS_GAP, emphasis_gaps_placed
from recruit.parsing.model import MAX_LINES, Document, ParseError, TextLine
from recruit.parsing.normalize import Line
from recruit.parsing.sections import heading_kind
from recruit.parsing.textclean import clean_line

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# a record's cells hold a date, a number or an address; a certificate that never expires has
# none of those, only saying so ('does not expire', 'no expiration', 'lifetime')
_DATA = re.compile(
    r"\d|@|(?i:\b(?:does not|doesn't|never|not) expire|\bno expir|\bnon-?expiring|\blifetime\b)"
)
_EXPIRY_LABEL = re.compile(r"(?i)^(?:exp|expires|expiry|expiration|through|valid|renewal)")
_SAYS_EXPIRY = re.compile(
    r"(?i)\b(?:exp|expires?|expired|expiring|expiration|valid|through|thru|until|lifetime)\b"
)
_SKIP = {_MC_FALLBACK, f"{_W}txbxContent", f"{_W}del", f"{_W}rPr", f"{_W}pPr", f"{_W}instrText"}


@dataclass(frozen=True, slots=True)
class StyleInfo:
    heading: bool
    bold: bool
    size: float


def extract_docx(data: bytes) -> Document:
    check_package(data)
    import docx

    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many types for a broken package
        raise ParseError(
            "corrupt", "This Word file is damaged and we could not read it."
        ) from error
    styles = _styles(word)
    lines: list[TextLine] = []
    seen_parts: set[str] = set()
    for section in word.sections:
        # Word templates often put the contact block in a first-page-only header
        for header in (section.first_page_header, section.header, section.even_page_header):
            lines += _part_lines(header, styles, seen_parts)
    lines += islice(_blocks(word.element.body, styles), MAX_LINES + 1)  # the rest is cut anyway
    for section in word.sections:
        for footer in (section.first_page_footer, section.footer, section.even_page_footer):
            lines += _part_lines(footer, styles, seen_parts)
    # Recruiters open originals: an embedded object (a spreadsheet, an OLE package) is flagged
    warnings = ["embedded_objects"] if has_embedded_objects(data) else []
    return Document(lines=lines, media_type=DOCX, warnings=warnings)


def _part_lines(hdrftr: object, styles: dict[str, StyleInfo], seen: set[str]) -> list[TextLine]:
    if getattr(hdrftr, "is_linked_to_previous", True):
        return []
    element = hdrftr._element  # type: ignore[attr-defined]
    lines = list(_blocks(element, styles))
    key = "\n".join(line.text for line in lines)
    if not key or key in seen:
        return []
    seen.add(key)
    return lines


def _styles(word: object) -> dict[str, StyleInfo]:
    out: dict[str, StyleInfo] = {}
    for style in word.styles:  # type: ignore[attr-defined]
        try:
            name = (style.name or "").lower()
            font = getattr(style, "font", None)
            size = font.size.pt if font is not None and font.size else 0.0
            bold = bool(font is not None and font.bold)
        except (AttributeError, ValueError, KeyError):
            continue
        heading = name.startswith(("heading", "title", "subtitle"))
        out[style.style_id] = StyleInfo(heading, bold or heading, size)
    return out


def _blocks(container: object, styles: dict[str, StyleInfo]) -> Iterator[TextLine]:
    for child in container:  # type: ignore[attr-defined]
        if child.tag == f"{_W}p":
            yield from _paragraph(child, styles)
        elif child.tag == f"{_W}tbl":
            yield from _table(child, styles)
        elif child.tag == f"{_W}sdt":
            for content in child.iterchildren(f"{_W}sdtContent"):
                yield from _blocks(content, styles)


def _table(table: object, styles: dict[str, StyleInfo]) -> Iterator[TextLine]:
    raw = [_row(row, styles) for row in table.iterchildren(f"{_W}tr")]  # type: ignore[attr-defined]
    if not any(len(row) > 1 for row in raw):
        yield from _rows(raw)
        return
    # 'NURSING LICENSURE' across the whole table, over its labels and rows, is a title; so is
    # 'Certifications' across it further down, over labels and rows of its own
    part: list[list[list[TextLine] | None]] = []
    for row in raw:
        if len(row) == 1:
            yield from _rows(part)
            yield from row[0] or []
            part = []
        else:
            part.append(row)
    yield from _rows(part)


def _rows(raw: list[list[list[TextLine] | None]]) -> Iterator[TextLine]:
    """The lines of rows that form one table: labels over records, or side-by-side boxes."""
    rows = [[cell or [] for cell in row] for row in raw]
    if _heading_row(rows):
        yield from _column_by_column(rows)
        return
    records = _label_row(rows)
    if records:
        # each record reads whole: a cell merged down beside several rows holds for each
        labels = [cell[0].text if cell else "" for cell in rows[0]]
        rows = [_labelled(row, labels) for row in _merged_down(raw)[1:]]
    whole_rows = records or _records_without_labels(rows)
    for cells in rows:
        if whole_rows and all(len(cell) <= 1 for cell in cells):
            # a row of one-line cells is one record: "BLS | American Heart Association | 08/2026"
            line = [cell[0] for cell in cells if cell]
            if line:
                text = " | ".join(part.text for part in line)
                yield TextLine(text=text, bold=all(part.bold for part in line))
        else:
            for cell in cells:
                yield from cell


def _heading_row(rows: list[list[list[TextLine]]]) -> bool:
    """'LICENSES | CERTIFICATIONS' over their lists: boxes side by side, each with a section
    heading in the first row, not column labels over records."""
    if len(rows) < 2 or len(rows[0]) < 2:
        return False
    return all(
        len(cell) == 1 and heading_kind(Line(cell[0].text, 0, 0)) is not None for cell in rows[0]
    )


def _column_by_column(rows: list[list[list[TextLine]]]) -> Iterator[TextLine]:
    for column in range(max(len(row) for row in rows)):
        for row in rows:
            if column < len(row):
                yield from row[column]


def _row(row: object, styles: dict[str, StyleInfo]) -> list[list[TextLine] | None]:
    """The row's cells; None for a cell merged into the one above it."""
    return [
        None if _continues_merge(cell) else list(_blocks(cell, styles))
        for cell in row.iterchildren(f"{_W}tc")  # type: ignore[attr-defined]
    ]


def _merged_down(rows: list[list[list[TextLine] | None]]) -> list[list[list[TextLine]]]:
    """A cell merged down over several rows ('Registered Nurse' beside three states) holds for
    each of them, so every row reads whole."""
    out: list[list[list[TextLine]]] = []
    for row in rows:
        above = out[-1] if out else []
        out.append(
            [
                (above[n] if n < len(above) else []) if cell is None else cell
                for n, cell in enumerate(row)
            ]
        )
    return out


def _labelled(cells: list[list[TextLine]], labels: list[str]) -> list[list[TextLine]]:
    """Data cells that only mean something under their label: a date under 'Expires' is an
    expiry, a 'Yes' under 'Multistate' says multistate."""
    out = []
    for cell, label in zip(cells, labels + [""] * len(cells), strict=False):
        text = cell[0].text if len(cell) == 1 else None
        if text and _EXPIRY_LABEL.search(label) and not _SAYS_EXPIRY.search(text):
            cell = [replace(cell[0], text=f"exp {text}")]
        elif text and text.lower() in ("yes", "y", "✓") and label:
            cell = [replace(cell[0], text=label)]
        elif text and text.lower() in ("no", "n"):
            cell = []
        out.append(cell)
    return out


def _label_row(rows: list[list[list[TextLine]]]) -> bool:
    """A first row of column labels ('State | Number | Expires') over rows of dated data says
    nothing itself; the data rows carry their own words."""
    if len(rows) < 2 or any(len(cell) > 1 for cell in rows[0]):
        return False
    first = " ".join(line.text for cell in rows[0] for line in cell)
    later = [" ".join(line.text for cell in row for line in cell) for row in rows[1:]]
    return bool(first) and not _DATA.search(first) and all(_DATA.search(t) for t in later)


def _records_without_labels(rows: list[list[list[TextLine]]]) -> bool:
    """'New Hampshire | RN | 097723-21 | Multistate (compact) | exp 03/2028' with no label row
    above (a licence table set inside a layout table's cell): rows of three or more short
    one-line cells, each row with a date or number, are records too. Read cell by cell, the
    number and the expiry fell away from their state."""
    widths = {len(row) for row in rows}
    if len(widths) != 1 or min(widths) < _RECORD_CELLS:
        return False
    for row in rows:
        if any(len(cell) != 1 or len(cell[0].text.split()) > _RECORD_CELL_WORDS for cell in row):
            return False
        if not _DATA.search(" ".join(cell[0].text for cell in row)):
            return False
    return True


_RECORD_CELLS = 3
_RECORD_CELL_WORDS = 6


def _continues_merge(cell: object) -> bool:
    """A vertically merged cell repeats nothing itself; only the first cell holds text."""
    merge = cell.find(f"{_W}tcPr/{_W}vMerge")  # type: ignore[attr-defined]
    return merge is not None and merge.get(f"{_W}val") in (None, "continue")


def _paragraph(p: object, styles: dict[str, StyleInfo]) -> Iterator[TextLine]:
    style = styles.get(_style_id(p), StyleInfo(False, False, 0.0))
    pieces: list[str] = []
    boxes: list[object] = []
    runs: dict[str, Any] = {"bold": 0, "plain": 0, "size": 0.0, "shown": None}
    _collect(p, pieces, boxes, runs, style)
    bold = style.heading or (runs["bold"] > 0 and runs["plain"] == 0)
    size = runs["size"] or style.size
    for raw in emphasis_gaps_placed("".join(pieces)).split("\n"):
        text = clean_line(raw, keep_tabs=True)
        if text:
            yield TextLine(text=text, font_size=size, bold=bold)
    for box in boxes:
        yield from _blocks(box, styles)


def _style_id(p: object) -> str:
    node = p.find(f"{_W}pPr/{_W}pStyle")  # type: ignore[attr-defined]
    return node.get(f"{_W}val", "") if node is not None else ""


def _collect(
    node: object, pieces: list[str], boxes: list[object], runs: dict, style: StyleInfo
) -> None:
    for child in node:  # type: ignore[attr-defined]
        tag = child.tag
        if tag == f"{_W}txbxContent":
            boxes.append(child)
        elif tag in _SKIP or not isinstance(tag, str):
            continue
        elif tag == f"{_W}t":
            pieces.append(child.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            pieces.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            pieces.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            pieces.append("-")
        elif tag == f"{_W}r":
            _run(child, pieces, boxes, runs, style)
        else:
            _collect(child, pieces, boxes, runs, style)


def _run(run: object, pieces: list[str], boxes: list[object], runs: dict, style: StyleInfo) -> None:
    first = len(pieces)
    _collect(run, pieces, boxes, runs, style)
    text = "".join(pieces[first:])
    if not text.strip():
        return
    props = run.find(f"{_W}rPr")  # type: ignore[attr-defined]
    bold, italic = style.bold, False
    if props is not None:
        bold = _switched_on(props, "b", bold)
        italic = _switched_on(props, "i", italic)
        size = props.find(f"{_W}sz")
        if size is not None and (size.get(f"{_W}val") or "").isdigit():
            runs["size"] = max(runs["size"], int(size.get(f"{_W}val")) / 2)
    runs["bold" if bold else "plain"] += 1
    if runs["shown"] not in (None, (bold, italic)) and not text[0].isspace():
        _gap_before(pieces, first)
    runs["shown"] = (bold, italic)


def _switched_on(props: object, name: str, default: bool) -> bool:
    node = props.find(f"{_W}{name}")  # type: ignore[attr-defined]
    if node is None:
        return default
    return node.get(f"{_W}val", "true") not in ("0", "false", "off")


def _gap_before(pieces: list[str], first: int) -> None:
    """Mark the space before a run set in another type ('**Staff RN** *Mercy Hospital*'):
    on a short dated line it becomes a cell gap (extract_text.emphasis_gaps_placed)."""
    for n in range(first - 1, -1, -1):
        if pieces[n]:
            if pieces[n].endswith(" "):
                pieces[n] = pieces[n][:-1] + EMPHASIS_GAP
            return
