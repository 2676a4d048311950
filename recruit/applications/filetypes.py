"""Recognise an upload by its bytes, never by its name or the browser's claim.

The parser's detector decides (recruit.parsing.detect_type); the upload stores its answer and the
parse reads the file as that type, so the check and the parser can never disagree.
"""

from __future__ import annotations

from recruit.parsing import EXTENSIONS, ParseError, detect_type

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOC = "application/msword"
RTF = "application/rtf"
TXT = "text/plain"
JPEG = "image/jpeg"
PNG = "image/png"

ACCEPTED = {
    PDF: "PDF",
    DOCX: "Word (.docx)",
    DOC: "Word (.doc)",
    RTF: "Rich Text (.rtf)",
    TXT: "text",
    JPEG: "JPEG photo",
    PNG: "PNG image",
}


def sniff(data: bytes) -> str | None:
    """The media type of a supported resume file, or None."""
    try:
        media_type = detect_type(data)
    except ParseError:
        return None
    return media_type if media_type in ACCEPTED else None


def download_name(reference: str, media_type: str) -> str:
    """The name an original is downloaded under: ours, with the extension of its real type."""
    return f"{reference}.{EXTENSIONS.get(media_type, 'bin')}"
