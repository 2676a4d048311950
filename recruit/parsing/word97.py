"""The text of a Word 97-2003 binary .doc ([MS-DOC]), in pure Python.

The file is an OLE compound file (read with olefile). Its WordDocument stream starts with the
FIB, which says which table stream holds the piece table (Clx) and where. Each piece maps a
run of character positions to bytes in WordDocument: cp1252 ("compressed") or UTF-16LE. Word's
control characters then become plain text: paragraph and line breaks become newlines, a table
cell ends in a tab and a row in a newline, and of a field (HYPERLINK, PAGE...) only the result
shown on the page is kept, never its code.
"""

from __future__ import annotations

import io
import re
import struct

import olefile

_FIB_MAGIC = 0xA5EC
_ENCRYPTED = 0x0100
_TABLE_1 = 0x0200
_CLX_PAIR = 33  # fcClx/lcbClx is the 34th pair of FibRgFcLcb97
_COMPRESSED = 0x40000000
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_ROW_END = re.compile("\x07\x07")
_PLAIN = str.maketrans(
    {
        "\r": "\n",
        "\x0b": "\n",  # manual line break
        "\x0c": "\n",  # page or section break
        "\x07": "\t",  # end of a table cell
        "\x1e": "-",  # non-breaking hyphen
        "\x1f": None,  # optional hyphen
        "\xa0": " ",
    }
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")


class Word97Error(Exception):
    """Not a Word 97-2003 document we can read (damaged, encrypted, or another OLE file)."""


def word97_text(data: bytes) -> str:
    word, table = _streams(data)
    pieces = _pieces(_clx(word, table))
    raw = "".join(_piece_text(word, fc, count, compressed) for fc, count, compressed in pieces)
    return _plain(_field_results(raw))


def _streams(data: bytes) -> tuple[bytes, bytes]:
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError, struct.error, IndexError) as error:
        raise Word97Error("not an OLE compound file") from error
    with ole:
        if not ole.exists("WordDocument"):
            raise Word97Error("no WordDocument stream")
        word = ole.openstream("WordDocument").read()
        if len(word) < 0x200 or _u16(word, 0) != _FIB_MAGIC:
            raise Word97Error("no Word 97 FIB")
        flags = _u16(word, 0x0A)
        if flags & _ENCRYPTED:
            raise Word97Error("encrypted")
        name = "1Table" if flags & _TABLE_1 else "0Table"
        if not ole.exists(name):
            raise Word97Error("no table stream")
        return word, ole.openstream(name).read()


def _clx(word: bytes, table: bytes) -> bytes:
    """The Clx's piece table (PlcPcd), located through the FIB's own counts."""
    csw = _u16(word, 32)
    cslw = _u16(word, 34 + csw * 2)
    fc_lcb = 34 + csw * 2 + 2 + cslw * 4 + 2
    fc, lcb = struct.unpack_from("<II", word, fc_lcb + _CLX_PAIR * 8)
    clx = table[fc : fc + lcb]
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: property modifiers, skipped
        at += 3 + _u16(clx, at + 1)
    if at >= len(clx) or clx[at] != 0x02:
        raise Word97Error("no piece table")
    size = _u32(clx, at + 1)
    return clx[at + 5 : at + 5 + size]


def _pieces(plc: bytes) -> list[tuple[int, int, bool]]:
    """(byte offset, characters, compressed) per piece, in character order."""
    count = (len(plc) - 4) // 12
    if count < 1 or len(plc) != 4 + count * 12:
        raise Word97Error("malformed piece table")
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    pieces = []
    for index in range(count):
        fc = _u32(plc, 4 * (count + 1) + index * 8 + 2)
        chars = cps[index + 1] - cps[index]
        if chars > 0:
            compressed = bool(fc & _COMPRESSED)
            offset = (fc & ~_COMPRESSED) // 2 if compressed else fc
            pieces.append((offset, chars, compressed))
    return pieces


def _piece_text(word: bytes, offset: int, chars: int, compressed: bool) -> str:
    if compressed:
        return word[offset : offset + chars].decode("cp1252", "replace")
    return word[offset : offset + 2 * chars].decode("utf-16-le", "replace")


def _field_results(text: str) -> str:
    """Drop each field's code (between its begin and separator marks), keep its result."""
    out: list[str] = []
    in_code: list[bool] = []  # one entry per open field: still in its code part?
    coding = 0  # how many open fields are still in their code part
    for char in text:
        if char == _FIELD_BEGIN:
            in_code.append(True)
            coding += 1
        elif char == _FIELD_SEPARATOR and in_code and in_code[-1]:
            in_code[-1] = False
            coding -= 1
        elif char == _FIELD_END and in_code:
            coding -= in_code.pop()
        elif not coding:
            out.append(char)
    return "".join(out)


def _plain(text: str) -> str:
    text = _ROW_END.sub("\n", text).translate(_PLAIN)
    return _CONTROL.sub("", text)


def _u16(data: bytes, offset: int) -> int:
    if offset + 2 > len(data):
        raise Word97Error("truncated")
    return int(struct.unpack_from("<H", data, offset)[0])


def _u32(data: bytes, offset: int) -> int:
    if offset + 4 > len(data):
        raise Word97Error("truncated")
    return int(struct.unpack_from("<I", data, offset)[0])
