"""Recognise a document by its content and hand it to the extractor for its type."""

from __future__ import annotations

from recruit.parsing import detect
from recruit.parsing.model import MAX_LINES, Document

_LITTLE_TEXT_CHARS = 200


def extract_document(
    data: bytes, filename: str, *, max_pages: int, media_type: str | None = None
) -> Document:
    """Bytes -> lines in reading order. Raises ParseError for files we cannot read."""
    media_type = media_type or detect.detect(data)
    document = _extract(media_type, data, max_pages)
    if len(document.lines) > MAX_LINES:
        del document.lines[MAX_LINES:]
        document.warnings.append("too_long")
    chars = sum(len(line.text) for line in document.lines)
    # an empty profile must never look complete: say why it is empty (ocr_unavailable says it too)
    explained = {"little_text", "ocr_unavailable"} & set(document.warnings)
    if chars < _LITTLE_TEXT_CHARS and not explained:
        document.warnings.append("little_text")
    return document


def _extract(media_type: str, data: bytes, max_pages: int) -> Document:
    if media_type == detect.PDF:
        from recruit.parsing.extract_pdf import extract_pdf

        return extract_pdf(data, max_pages=max_pages)
    if media_type == detect.DOCX:
        from recruit.parsing.extract_docx import extract_docx

        return extract_docx(data)
    if media_type == detect.DOC:
        from recruit.parsing.extract_doc import extract_doc

        return extract_doc(data)
    if media_type in (detect.JPEG, detect.PNG):
        from recruit.parsing.extract_image import extract_image

        return extract_image(data, media_type)
    from recruit.parsing.extract_text import extract_plain, extract_rtf

    return extract_rtf(data) if media_type == detect.RTF else extract_plain(data)
