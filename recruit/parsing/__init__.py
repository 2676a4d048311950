"""Resume parsing: bytes in, a clinician profile out. A pure library (no Flask, no database).

Public API: parse(data, filename, today=) -> ParseResult, ParseError, ParseResult, PARSER_VERSION.

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
types inferred from the discipline, employers the vocabulary does not recognise.
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
    """Parse one resume. Never raises for a bad document: the result carries the error.

    `today` is the date the profile is true on ("Present", expiry status, years): pass it to
    reproduce a result later; the result's `as_of` says which date was used."""
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
