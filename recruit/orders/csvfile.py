"""A job-order CSV as spreadsheets and VMS portals export it -> a header and rows of text.

Everything that can go wrong with the file itself (size, binary junk, encoding, separators,
broken quoting) becomes BadFile with a message a recruiter can act on. Pure: bytes in.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
SEPARATORS = ",;\t|"


class BadFile(ValueError):
    """The file cannot be read as a CSV; str() says why and what to do."""


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)


def read_table(data: bytes) -> Table:
    if not data.strip():
        raise BadFile("The file is empty.")
    if len(data) > MAX_BYTES:
        raise BadFile(f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB; split it.")
    text, notes = decode(data)
    separator = guess_separator(text)
    if separator != ",":
        notes.append(f"Columns are separated by {_name(separator)}.")
    try:
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator)]
    except csv.Error as error:
        raise BadFile(f"The CSV is malformed ({error}); export it again from the portal.") from None
    rows = [[cell.strip() for cell in row] for row in rows if any(cell.strip() for cell in row)]
    if len(rows) < 2:
        raise BadFile("The file has a header row but no orders (or no header row).")
    if len(rows) - 1 > MAX_ROWS:
        raise BadFile(f"The file has more than {MAX_ROWS} orders; split it.")
    headers = rows[0]
    if len(headers) < 2:
        raise BadFile("Only one column found: is this a CSV export of job orders?")
    width = len(headers)
    body = [(row + [""] * width)[:width] for row in rows[1:]]
    return Table(headers, body, notes)


def decode(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 (with or without Excel's byte-order mark), else Windows-1252; binary is refused."""
    if b"\x00" in data[:65536]:
        raise BadFile("This is not a text CSV (it holds binary data). Export the orders as CSV.")
    notes = []
    if data.startswith(b"\xef\xbb\xbf"):
        notes.append("Excel's UTF-8 marker at the start was ignored.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise BadFile(
                "The file's text encoding could not be read. Save it as 'CSV UTF-8'."
            ) from None
        notes.append("Read as Windows-1252 text (not UTF-8).")
    if _control_share(text) > 0.01:
        raise BadFile("This does not look like a CSV (it is mostly unreadable characters).")
    return text, notes


def guess_separator(text: str) -> str:
    """The separator that splits the first lines into the same, largest number of columns."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    best, best_width = ",", 1
    for separator in SEPARATORS:
        widths = {len(row) for row in csv.reader(lines, delimiter=separator)}
        if len(widths) == 1 and (width := widths.pop()) > best_width:
            best, best_width = separator, width
    if best_width == 1:  # ragged lines: the separator the header uses most
        header = lines[0] if lines else ""
        best = max(SEPARATORS, key=header.count)
    return best


def is_formula(cell: str) -> bool:
    """A spreadsheet formula, not a value ('-5' and '+1 555' are values)."""
    if not cell:
        return False
    if cell[0] in "=@":
        return True
    return cell[0] in "+-" and len(cell) > 1 and not (cell[1].isdigit() or cell[1] in " .")


def _control_share(text: str) -> float:
    sample = text[:65536]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\r\n\t") or ch == "\ufffd")
    return bad / max(len(sample), 1)


def _name(separator: str) -> str:
    return {";": "semicolons", "\t": "tabs", "|": "vertical bars"}.get(separator, separator)
