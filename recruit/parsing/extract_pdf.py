"""PDF -> Document: one pdfminer interpretation pass, our own layout, OCR when there is no text."""

from __future__ import annotations

import binascii
import io
import logging
import zlib
from itertools import islice

from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfexceptions import PDFException
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.psexceptions import PSException

from recruit.parsing.model import Document, ParseError, TextLine
from recruit.parsing.pdf_device import GlyphCollector
from recruit.parsing.pdf_interp import FastInterpreter
from recruit.parsing.pdf_layout import layout_page

MEDIA_TYPE = "application/pdf"
_MIN_CHARS_PER_PAGE = 40
# What pdfminer raises on damaged files, seen in the hostile corpus and fuzzing reports. Any
# other exception while *interpreting* a file also comes from the file, so it maps to corrupt too.
_CORRUPT = (
    PDFException,
    PSException,
    RecursionError,
    IndexError,
    ValueError,
    binascii.Error,
    AttributeError,
    KeyError,
    TypeError,
    zlib.error,
    AssertionError,
    EOFError,
    OverflowError,
    UnicodeError,
    ZeroDivisionError,
    NotImplementedError,
    Exception,
)
ENCRYPTED = ParseError(
    "encrypted", "This PDF is password-protected. Please upload a copy without a password."
)

logging.getLogger("pdfminer").setLevel(logging.ERROR)


def extract_pdf(data: bytes, *, max_pages: int) -> Document:
    try:
        collector = _interpret(data, max_pages)
    except ParseError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as error:
        raise ENCRYPTED from error
    except MemoryError:
        raise
    except _CORRUPT as error:
        raise ParseError("corrupt", "This PDF is damaged and we could not read it.") from error
    document = _to_document(collector)
    # a scan is pictures without text; with no pictures either there is nothing to OCR
    if _too_little_text(document) and collector.images:
        from recruit.parsing.extract_image import ocr_pdf

        return ocr_pdf(data, page_count=document.page_count, max_pages=max_pages)
    return document


def _interpret(data: bytes, max_pages: int) -> GlyphCollector:
    document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    pages = [] if _declared_pages(document) > max_pages else _first_pages(document, max_pages + 1)
    if not pages or len(pages) > max_pages:
        raise ParseError(
            "too_many_pages",
            f"This PDF has more than {max_pages} pages. Please upload a shorter resume.",
        )
    rsrcmgr = PDFResourceManager(caching=True)
    collector = GlyphCollector(rsrcmgr)
    interpreter = FastInterpreter(rsrcmgr, collector)
    for page in pages:
        interpreter.process_page(page)
    return collector


def _declared_pages(document: PDFDocument) -> int:
    """The page tree's own /Count: a cheap first check before walking the tree."""
    tree = resolve1(document.catalog.get("Pages"))
    count = resolve1(tree.get("Count")) if isinstance(tree, dict) else None
    return count if isinstance(count, int) else 0


def _first_pages(document: PDFDocument, limit: int) -> list[PDFPage]:
    """Up to `limit` pages; pdfminer's walk skips page-tree cycles."""
    pages = list(islice(PDFPage.create_pages(document), limit))
    if not pages:
        raise ParseError("corrupt", "This PDF has no pages we could read.")
    return pages


def _to_document(collector: GlyphCollector) -> Document:
    lines: list[TextLine] = []
    warnings: set[str] = set()
    # begin_page and end_page come in pairs, so there is one size per page of glyphs
    sized_pages = zip(collector.pages, collector.page_sizes, strict=True)
    for number, (glyphs, (width, _)) in enumerate(sized_pages, 1):
        page = layout_page(glyphs, number, width)
        lines += page.lines
        if page.multi_column:
            warnings.add("multi_column")
        if page.letter_spaced:
            warnings.add("letter_spaced")
        if page.undefined_glyphs:
            warnings.add("cid_glyphs")
    order = ["multi_column", "letter_spaced", "cid_glyphs"]
    return Document(
        lines=lines,
        media_type=MEDIA_TYPE,
        page_count=len(collector.pages),
        warnings=[w for w in order if w in warnings],
    )


def _too_little_text(document: Document) -> bool:
    chars = sum(len(line.text) for line in document.lines)
    return chars < _MIN_CHARS_PER_PAGE * max(1, document.page_count)
