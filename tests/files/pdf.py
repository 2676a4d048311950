"""The tests' one PDF writer: standard fonts, text placed by its top-left position.

`text_pdf(lines)` is a plain one-page resume; `pages_pdf(pages)` lays out one- and two-column
pages, bold headings and letter-spaced names; `PdfWriter` builds deliberately odd files
(tests/files/hostile.py). Coordinates are in points from the top-left, like TextLine.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "FontAwesome5Free-Solid"}
PAGE_WIDTH, PAGE_HEIGHT = 612, 792
BINARY_HEADER = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
LINE_HEIGHT = 14


@dataclass
class Text:
    x: float
    top: float
    text: str
    size: float = 11
    bold: bool = False
    char_spacing: float = 0.0
    font: str | None = None  # a key of FONTS; default F1, or F2 when bold


@dataclass
class Page:
    texts: list[Text] = field(default_factory=list)
    raw: bytes = b""  # extra content-stream operators
    xobjects: dict[str, int] = field(default_factory=dict)  # name -> object number

    def add(self, x: float, top: float, text: str, **style: object) -> Page:
        self.texts.append(Text(x, top, text, **style))  # type: ignore[arg-type]
        return self


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def content_stream(page: Page) -> bytes:
    ops = [page.raw]
    for item in page.texts:
        font = item.font or ("F2" if item.bold else "F1")
        baseline = PAGE_HEIGHT - item.top - item.size * 0.8
        ops.append(
            b"BT /%s %.1f Tf %.2f Tc 1 0 0 1 %.2f %.2f Tm (%s) Tj ET\n"
            % (font.encode(), item.size, item.char_spacing, item.x, baseline, _escape(item.text))
        )
    return b"".join(ops)


class PdfWriter:
    """Objects are numbered from 1 in the order added; build() writes header, xref, trailer."""

    def __init__(self) -> None:
        self.objects: list[bytes] = []

    def add(self, body: bytes) -> int:
        self.objects.append(body)
        return len(self.objects)

    def stream(self, data: bytes, extra: bytes = b"", compress: bool = False) -> int:
        if compress:
            data, extra = zlib.compress(data), extra + b" /Filter /FlateDecode"
        return self.add(b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), extra, data))

    def build(self, root: int, header: bytes = BINARY_HEADER, trailer_extra: bytes = b"") -> bytes:
        out = bytearray(header)
        offsets = []
        for number, body in enumerate(self.objects, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(self.objects) + 1,
            root,
            trailer_extra,
            xref,
        )
        return bytes(out)


def pages_pdf(pages: list[Page], writer: PdfWriter | None = None) -> bytes:
    writer = writer or PdfWriter()
    fonts = {
        name: writer.add(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
            % base.encode()
        )
        for name, base in FONTS.items()
    }
    font_dict = b" ".join(b"/%s %d 0 R" % (n.encode(), num) for n, num in fonts.items())
    pages_num = len(writer.objects) + 2 * len(pages) + 1
    kids = []
    for page in pages:
        content = writer.stream(content_stream(page))
        xobjects = b" ".join(b"/%s %d 0 R" % (n.encode(), num) for n, num in page.xobjects.items())
        kids.append(
            writer.add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R"
                b" /Resources << /Font << %s >> /XObject << %s >> >> >>"
                % (pages_num, PAGE_WIDTH, PAGE_HEIGHT, content, font_dict, xobjects)
            )
        )
    kid_refs = b" ".join(b"%d 0 R" % k for k in kids)
    assert (
        writer.add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kid_refs, len(kids))) == pages_num
    )
    root = writer.add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_num)
    return writer.build(root)


def one_page(*texts: Text) -> bytes:
    return pages_pdf([Page(list(texts))])


def text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF showing `lines` top-down in Helvetica 11."""
    return one_page(*(Text(72, 60 + LINE_HEIGHT * n, line) for n, line in enumerate(lines)))


def assemble_pdf(
    objects: list[bytes], *, header: bytes = BINARY_HEADER, trailer_extra: bytes = b""
) -> bytes:
    """Write object bodies numbered from 1 as they are; object 1 is the root."""
    writer = PdfWriter()
    for body in objects:
        writer.add(body)
    return writer.build(1, header, trailer_extra)
