"""Resume parsing: bytes in, a clinician profile out. A pure library (no Flask, no database).

Public API: parse(data, filename, today=, media_type=) -> ParseResult, ParseError, ParseResult,
PARSER_VERSION, and detect_type(data) -> media type: the one detector, used by the upload check as
by parse(); declared_size/too_many_pixels: a photo's size as the image extractor's decoder reads it.

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

from recruit.parsing.detect import EXTENSIONS
from recruit.parsing.detect import detect as detect_type
from recruit.parsing.image_header import declared_size, too_many_pixels
from recruit.parsing.model import PARSER_VERSION, Document, ParseError, ParseResult, TextLine

__all__ = [
    "EXTENSIONS",
    "PARSER_VERSION",
    "Document",
    "ParseError",
    "ParseResult",
    "TextLine",
    "declared_size",
    "detect_type",
    "parse",
    "too_many_pixels",
]

DEFAULT_MAX_PAGES = 30
_DAMAGED = "This file is damaged and we could not read it."
_INTERNAL = "Something went wrong while reading this file. We will look at it."
_log = logging.getLogger(__name__)


def parse(
    data: bytes,
    filename: str,
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
    today: date | None = None,
    media_type: str | None = None,
) -> ParseResult:
    """Parse one resume. Never raises for a bad document: the result carries the error.

    `today` is the date the profile is true on ("Present", expiry status, years): pass it to
    reproduce a result later; the result's `as_of` says which date was used.

    `media_type` is detect_type's answer when the caller already has it (the upload stored it):
    the file is then read as that type, never detected a second time.
    """
    from recruit.parsing.extract import extract_document
    from recruit.parsing.profile import build_profile

    started = time.perf_counter()
    try:
        document = extract_document(data, filename, max_pages=max_pages, media_type=media_type)
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
    as_of = today or date.today()
    profile = build_profile(document, today=as_of)
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
        as_of=as_of.isoformat(),
    )
