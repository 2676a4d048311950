"""Recognise a document by its content and turn it into lines of text.

Initial version: the parser-extraction work replaces this with layout-aware extractors.
"""

from __future__ import annotations

import io

from recruit.parsing.model import Document, ParseError, TextLine


def extract_document(data: bytes, filename: str, *, max_pages: int) -> Document:
    if not data:
        raise ParseError("empty", "The file is empty.")
    if data.startswith(b"%PDF-"):
        from pdfminer.high_level import extract_text

        text = extract_text(io.BytesIO(data), maxpages=max_pages)
        return _from_text(text, "application/pdf")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ParseError("unsupported_type", "Please upload a PDF, Word or text file.") from error
    return _from_text(text, "text/plain")


def _from_text(text: str, media_type: str) -> Document:
    lines = [TextLine(text=line.strip()) for line in text.splitlines() if line.strip()]
    return Document(lines=lines, media_type=media_type)
