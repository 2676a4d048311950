"""What kind of file is this? Decided by content (magic bytes), never by the file name.

This is the one detector: the upload check calls it (through recruit.parsing.detect_type) and
stores its answer, and the parse of that upload reads the file as exactly that type.
"""

from __future__ import annotations

import io
import re
import zipfile

from recruit.parsing.docx_package import REQUIRED_PARTS, ZIP_READ_ERRORS
from recruit.parsing.model import ParseError

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOC = "application/msword"
RTF = "application/rtf"
JPEG = "image/jpeg"
PNG = "image/png"
TEXT = "text/plain"
EXTENSIONS = {
    PDF: "pdf",
    DOCX: "docx",
    DOC: "doc",
    RTF: "rtf",
    JPEG: "jpg",
    PNG: "png",
    TEXT: "txt",
}

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The OLE directory names a Word file's main stream "WordDocument" (UTF-16LE); Excel, Outlook
# and installer files share the container but not this stream.
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_PNG = b"\x89PNG\r\n\x1a\n"
_PDF_WINDOW = 1024
_CONTROLS = [chr(code) for code in (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20))]
_UNSUPPORTED = (
    "We can read PDF, Word (.docx), text and photo (JPEG/PNG) resumes. Please upload one of those."
)
_DAMAGED = "This Word file is damaged and we could not read it."
# Anything a browser would treat as a page, a picture with script, or an HTML application, found
# anywhere in the text: a leading comment or blank lines must not hide it.
_MARKUP = re.compile(
    r"<\s*/?\s*(?:!doctype|html|head|body|script|svg|iframe|frame|frameset|object|embed|applet"
    r"|img|image|meta|link|style|base|form|input|button|textarea|math|video|audio|source"
    r"|details|marquee|template|xml|xsl|hta:\w+|\w+:\w+)(?=[\s/>])"
    r"|<!--|<\?xml|<!\[CDATA\[|<[a-z][^<>]*\son[a-z]+\s*=",
    re.IGNORECASE,
)


def detect(data: bytes) -> str:
    """The media type of data, or ParseError("empty"/"unsupported_type"/"corrupt")."""
    if not data.strip():
        raise ParseError("empty", "The file is empty.")
    if b"%PDF-" in data[:_PDF_WINDOW]:
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return _zip_type(data)
    if data.startswith(_OLE2):
        if _WORD_STREAM not in data:
            raise ParseError("unsupported_type", _UNSUPPORTED)
        return DOC
    if data.startswith(b"{\\rtf"):
        return RTF
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(_PNG):
        return PNG
    text = decode_text(data)
    if text is not None and text.strip() and not looks_like_markup(text):
        return TEXT
    raise ParseError("unsupported_type", _UNSUPPORTED)


def _zip_type(data: bytes) -> str:
    """A Word package, told by the parts it names. Reading only the ZIP directory (nothing is
    inflated here): whether the package is safe to open - macros, sizes, damaged members - is
    decided by docx_package's checks before the DOCX extractor reads it, as on upload."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except ZIP_READ_ERRORS as error:
        raise ParseError("corrupt", _DAMAGED) from error
    if not all(part in names for part in REQUIRED_PARTS):
        raise ParseError("unsupported_type", _UNSUPPORTED)
    return DOCX


def decode_text(data: bytes) -> str | None:
    """Plain text in a BOM-marked UTF-16/UTF-8, UTF-8, or cp1252; None if it is not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
        return text if "\x00" not in text and _mostly_printable(text) else None
    if b"\x00" in data:
        return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text if _mostly_printable(text) else None
    return None


def _mostly_printable(text: str) -> bool:
    # str.count runs in C and copies nothing: a per-character loop took seconds on 10 MB
    controls = sum(text.count(ch) for ch in _CONTROLS)
    return controls <= len(text) * 0.01


def looks_like_markup(text: str) -> bool:
    """True when a browser could read this text as HTML, SVG, XML or an HTML application."""
    return _MARKUP.search(text) is not None
