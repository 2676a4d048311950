"""The objects of a page's content streams, read the way pdfminer's PDFContentParser reads them.

pdfminer tokenises byte by byte through a chain of state methods, logging every token; on a
resume that is three quarters of the extraction. Here one regular expression reads a whole token
per call. The objects are pdfminer's own (ints, floats, bools, bytes, PSLiteral names,
PSKeyword operators, lists, dicts, a PDFStream per inline image) so the interpreter and the
device see what they saw before. Malformed input is read leniently: an unclosed string, array or
inline image ends the stream; an unmatched ']' or '>>' is skipped; a dictionary with a key and
no value drops the key (pdfminer gives up on the whole file there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pdfminer.pdftypes import LITERALS_ASCII85_DECODE, PDFStream, resolve1
from pdfminer.psparser import KWD, LIT, PSLiteral, literal_name

_SPACE = rb"\x00\t\n\x0b\x0c\r "
_DELIMITER = rb"#/%\[\]()<>{}"
_REGULAR = rb"[^" + _DELIMITER + _SPACE + rb"]"
_TOKEN = re.compile(
    rb"(?:[" + _SPACE + rb"]+|%[^\r\n]*)*+"
    rb"(?:(?P<number>[+-]?(?:\d+(?:\.\d*)?|\.\d+))"
    rb"|(?P<keyword>[A-Za-z]" + _REGULAR + rb"*)"
    rb"|(?P<string>\()"
    rb"|/(?P<name>(?:" + _REGULAR + rb"|\#)*)"
    rb"|(?P<open>\[)|(?P<close>\])"
    rb"|(?P<dict><<)|(?P<dict_end>>>)"
    rb"|<(?P<hex>[\t\n\x0b\x0c\r 0-9a-fA-F]*)>?"
    rb"|(?P<dropped>[+\-.>])"
    rb"|(?P<proc>\{)|(?P<proc_end>\})"
    rb"|(?P<other>[\s\S]))",
)
_STRING_STOP = re.compile(rb"[()\\]")
_OCTAL = re.compile(rb"[0-7]{1,3}")
_ESCAPES = {ord("b"): 8, ord("t"): 9, ord("n"): 10, ord("f"): 12, ord("r"): 13}
_ESCAPES |= {ord("("): 40, ord(")"): 41, ord("\\"): 92}
_NAME_HEX = re.compile(rb"#([0-9a-fA-F]{1,2})?")
_HEX_PAIR = re.compile(rb"[0-9a-fA-F]{2}|.")
_NOT_HEX = re.compile(rb"[^0-9a-fA-F]")
_INLINE_END = re.compile(rb"EI[\t\n\x0b\x0c\r ]")
_ASCII85_END = re.compile(rb"~>[\t\n\x0b\x0c\r ]")
_TRAILING_EOL = re.compile(rb"(\r\n|[\r\n])$")

_BEGIN_INLINE = KWD(b"BI")
_INLINE_DATA = KWD(b"ID")
_END_INLINE = KWD(b"EI")
_OPENERS = {"open": "a", "dict": "d", "proc": "p"}
_CLOSERS = {"close": "a", "dict_end": "d", "proc_end": "p"}


def content_objects(data: bytes) -> Iterator[Any]:
    """Every top-level object of the content `data` in order: operands and operators."""
    reader = _Reader(data)
    yield from reader.objects()


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0
        # open arrays, dictionaries and procedures, innermost last: (kind, items)
        self.open: list[tuple[str, list[Any]]] = []

    def objects(self) -> Iterator[Any]:
        data = self.data
        match = _TOKEN.match
        while True:
            token = match(data, self.pos)
            if token is None:
                return  # only spaces and comments were left
            self.pos = token.end()
            kind = token.lastgroup
            if kind == "number":
                text = token["number"]
                value: Any = float(text) if b"." in text else int(text)
            elif kind == "keyword":
                value = _keyword(token["keyword"])
                if value is _BEGIN_INLINE:
                    self.open.append(("inline", []))
                    continue
                if value is _INLINE_DATA and self.open and self.open[-1][0] == "inline":
                    image = self._inline_image(self.open.pop()[1], token.end())
                    if image is None:
                        return
                    yield from self._emit(image[0])
                    if image[1]:
                        yield from self._emit(_END_INLINE)
                    continue
            elif kind == "string":
                string = self._string()
                if string is None:
                    return
                value = string
            elif kind == "name":
                value = _name(token["name"])
            elif kind in _OPENERS:
                self.open.append((_OPENERS[kind], []))
                continue
            elif kind in _CLOSERS:
                if not self.open or self.open[-1][0] != _CLOSERS[kind]:
                    continue
                closed, items = self.open.pop()
                value = _dictionary(items) if closed == "d" else items
            elif kind == "hex":
                value = _hex(token["hex"])
            elif kind == "dropped":
                continue
            else:
                value = KWD(token["other"])
            yield from self._emit(value)

    def _emit(self, value: Any) -> Iterator[Any]:
        if self.open:
            self.open[-1][1].append(value)
        else:
            yield value

    def _string(self) -> bytes | None:
        """A literal string from just after its '(': balanced parentheses, escapes, octal codes."""
        data, pos, depth = self.data, self.pos, 1
        out = bytearray()
        while True:
            stop = _STRING_STOP.search(data, pos)
            if stop is None:
                return None  # unclosed: pdfminer ran into the end of the stream too
            out += data[pos : stop.start()]
            char = data[stop.start()]
            pos = stop.end()
            if char == 0x5C:  # backslash
                pos = self._escape(out, pos)
            elif char == 0x28:
                depth += 1
                out.append(char)
            else:
                depth -= 1
                if not depth:
                    self.pos = pos
                    return bytes(out)
                out.append(char)

    def _escape(self, out: bytearray, pos: int) -> int:
        data = self.data
        octal = _OCTAL.match(data, pos)
        if octal is not None:
            out.append(int(octal[0], 8) & 0xFF)
            return octal.end()
        if pos >= len(data):
            return pos
        char = data[pos]
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif data[pos : pos + 2] == b"\r\n":
            return pos + 2
        return pos + 1  # a line end after '\' continues the line; other escapes drop the char

    def _inline_image(self, items: list[Any], after_id: int) -> tuple[PDFStream, bool] | None:
        """BI <key value …> ID <data> EI: the image as pdfminer built it, its data skipped over,
        and whether the 'EI' was read with the data (an ASCII85 image leaves it to follow)."""
        pairs = zip(items[::2], items[1::2], strict=False)
        attrs = {literal_name(key): resolve1(value) for key, value in pairs}
        codec = attrs.get("F")
        if isinstance(codec, PSLiteral):
            codec = [codec]
        ascii85 = isinstance(codec, list) and bool(codec) and codec[0] in LITERALS_ASCII85_DECODE
        start = after_id + 1  # one white-space byte separates ID from the data
        end = (_ASCII85_END if ascii85 else _INLINE_END).search(self.data, start)
        if end is None:
            return None
        raw = self.data[start : end.start()]
        self.pos = end.end()
        if ascii85:
            return PDFStream(attrs, raw + b"~>"), False  # the end marker belongs to the data
        return PDFStream(attrs, _TRAILING_EOL.sub(b"", raw)), True


def _keyword(text: bytes) -> Any:
    if text == b"true":
        return True
    if text == b"false":
        return False
    return KWD(text)


def _name(raw: bytes) -> PSLiteral:
    if b"#" in raw:
        raw = _NAME_HEX.sub(lambda m: bytes((int(m[1], 16),)) if m[1] else b"", raw)
    try:
        return LIT(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return LIT(raw)


def _hex(digits: bytes) -> bytes:
    digits = _NOT_HEX.sub(b"", digits)
    return _HEX_PAIR.sub(lambda m: bytes((int(m[0], 16),)), digits)


def _dictionary(items: list[Any]) -> dict[str, Any]:
    pairs = zip(items[::2], items[1::2], strict=False)
    return {literal_name(key): value for key, value in pairs if value is not None}
