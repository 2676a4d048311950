"""Resume parsing: bytes in, a clinician profile out. A pure library (no Flask, no database).

Public API: parse(data, filename) -> ParseResult, ParseError, ParseResult, PARSER_VERSION.

The profile's "fields" maps each non-empty field to {"confidence": 0..1, "evidence": [{"page",
"text"}, ...]}. List fields (licenses, certifications, specialties, employers, education,
ehr_systems) also carry one entry per item, in the same order as the profile's list:

    fields["certifications"]["items"] = [
        {"value": "BLS", "confidence": 0.93, "evidence": [{"page": 1, "text": "BLS, AHA ..."}]},
        ...
    ]

"value" is the item's label (a licence as "TX RN", a certification or employer by its name,
a degree as printed). A field's confidence is its weakest item's, and its evidence the items'
lines. Item dicts themselves (licenses [{state, type, number, compact, expires}], ...) are
unchanged. Below 0.8 means "often wrong, check it": unknown printed certifications, licence
types inferred from the discipline, employers the vocabulary does not recognise, an e-mail
address with a lower-case word glued before it (a scan may have lost its first part).

Layouts read as general rules (cases in tests/parsing/cases/fields): entries that open on
their date take the employer from the lines below (Word table rows, 'Title<TAB>dates' lines);
a timeline gutter's range split over two lines; LinkedIn's 'Company · Contract' with
'Assignment at <facility>' (the facility is the employer, the company the agency); LinkedIn
credential blocks (issuer, Expires, Credential ID on lines of their own); certification tables
(the Expires cell, or a scan's column of bare dates after the rows); a scan's detached column
of job dates (assignments.py, detached.py, wrapped.py).
"""

from __future__ import annotations

import logging
import time
from datetime import date

from recruit.parsing.model import PARSER_VERSION, Document, ParseError, ParseResult, TextLine

__all__ = ["PARSER_VERSION", "Document", "ParseError", "ParseResult", "TextLine", "parse"]

DEFAULT_MAX_PAGES = 30
_DAMAGED = "This file is damaged and we could not read it."
_INTERNAL = "Something went wrong while reading this file. We will look at it."
_log = logging.getLogger(__name__)


def parse(
    data: bytes, filename: str, *, max_pages: int = DEFAULT_MAX_PAGES, today: date | None = None
) -> ParseResult:
    """Parse one resume. Never raises for a bad document: the result carries the error."""
    from recruit.parsing.extract import extract_document
    from recruit.parsing.profile import build_profile

    started = time.perf_counter()
    try:
        document = extract_document(data, filename, max_pages=max_pages)
    except ParseError as error:
        return ParseResult.failure(error)
    except MemoryError:
        raise  # the sandbox turns this into a "memory" result
    except RecursionError:
        return ParseResult.failure(ParseError("corrupt", _DAMAGED))
    except Exception:  # noqa: BLE001 - a surprise from a stranger's file must not escape parse()
        _log.exception("extraction failed on %r", filename)
        return ParseResult.failure(ParseError("internal", _INTERNAL))
    extracted = time.perf_counter()
    profile = build_profile(document, today=today or date.today())
    finished = time.perf_counter()
    return ParseResult(
        ok=True,
        profile=profile,
        warnings=list(document.warnings),
        timing_ms={
            "extract": round((extracted - started) * 1000, 1),
            "fields": round((finished - extracted) * 1000, 1),
        },
        text=document.text,
        media_type=document.media_type,
        page_count=document.page_count,
    )
