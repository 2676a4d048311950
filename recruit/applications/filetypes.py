"""Recognise an upload by its bytes, never by its name or the browser's claim."""

from __future__ import annotations

import io
import zipfile

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOC = "application/msword"
TXT = "text/plain"
JPEG = "image/jpeg"
PNG = "image/png"

ACCEPTED = {
    PDF: "PDF",
    DOCX: "Word (.docx)",
    DOC: "Word (.doc)",
    TXT: "text",
    JPEG: "JPEG photo",
    PNG: "PNG image",
}

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PNG = b"\x89PNG\r\n\x1a\n"
# The OLE directory names a Word file's main stream "WordDocument" (UTF-16LE); Excel, Outlook
# and installer files share the container but not this stream.
_WORD_STREAM = "WordDocument".encode("utf-16-le")
# Text that a browser would treat as a page or a script is not a resume we can read.
_MARKUP_STARTS = ("<!doctype", "<html", "<head", "<body", "<script", "<svg", "<?xml", "<iframe")


def sniff(data: bytes) -> str | None:
    """The media type of a supported resume file, or None."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return DOCX if _is_docx(data) else None
    if data.startswith(_OLE):
        return DOC if _WORD_STREAM in data else None
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(_PNG):
        return PNG
    return TXT if _is_text(data) else None


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _is_text(data: bytes) -> bool:
    if not data.strip() or b"\x00" in data:
        return False
    text = _decode(data)
    if text is None:
        return False
    if text.lstrip().lower().startswith(_MARKUP_STARTS):
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls <= len(text) // 100


def _decode(data: bytes) -> str | None:
    # Older Windows editors still save resumes as cp1252 ("Café", curly quotes).
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None
