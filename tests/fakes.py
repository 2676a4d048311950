"""Stand-in parse functions, named in config as PARSE_FUNCTION = "tests.fakes:<name>".

They live in an importable module so worker processes started by the tests can load them.
"""

from __future__ import annotations

import os
import time

from recruit.parsing.model import ParseError, ParseResult
from recruit.parsing.sandbox import Limits

PROFILE = {
    "name": "Jane Example",
    "email": "Jane.Example@Example.com",
    "phone": "+15552013344",
    "location": {"city": "Denver", "state": "CO"},
    "discipline": "RN",
    "specialties": ["ICU", "ER"],
    "specialty_years": {"ICU": 4.0},
    "licenses": [
        {"state": "CO", "type": "RN", "number": "123", "compact": True, "expires": "2027-05"}
    ],
    "certifications": [{"name": "BLS", "issuer": "AHA", "expires": "2026-12-31"}],
    "years_experience": 6.5,
    "education": [],
    "employers": [],
    "ehr_systems": ["Epic"],
    "eligible_states": ["CO", "TX"],
    "fields": {},
}


def good_parse(
    data: bytes, filename: str, limits: Limits, media_type: str | None = None
) -> ParseResult:
    _log_claim(filename)
    time.sleep(float(os.environ.get("RECRUIT_TEST_PARSE_SLEEP", "0")))
    return ParseResult(ok=True, profile=dict(PROFILE), text="Jane Example RN", page_count=1)


def slow_parse(
    data: bytes, filename: str, limits: Limits, media_type: str | None = None
) -> ParseResult:
    _log_claim(filename)
    marker = os.environ.get("RECRUIT_TEST_STARTED_MARKER")
    if marker:
        with open(marker, "w") as handle:
            handle.write(str(os.getpid()))
    time.sleep(60)
    return ParseResult(ok=True, profile=dict(PROFILE))


def stalls_on_slow_files(
    data: bytes, filename: str, limits: Limits, media_type: str | None = None
) -> ParseResult:
    """slow_parse for files named 'slow…', good_parse for the rest."""
    if filename.startswith("slow"):
        return slow_parse(data, filename, limits, media_type)
    return good_parse(data, filename, limits, media_type)


def crashing_parse(
    data: bytes, filename: str, limits: Limits, media_type: str | None = None
) -> ParseResult:
    raise RuntimeError("parser exploded")


def _log_claim(filename: str) -> None:
    """Append "<pid> <filename>" so tests can see which process parsed what."""
    path = os.environ.get("RECRUIT_TEST_CLAIM_LOG")
    if path:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, f"{os.getpid()} {filename}\n".encode())
        finally:
            os.close(fd)


def rejecting_parse(
    data: bytes, filename: str, limits: Limits, media_type: str | None = None
) -> ParseResult:
    return ParseResult.failure(ParseError("corrupt", "The file is damaged."))


def encrypted_parse(
    data: bytes, filename: str, limits: Limits, media_type: str | None = None
) -> ParseResult:
    return ParseResult.failure(ParseError("encrypted", "The PDF is password-protected."))


def delayed_real_parse(
    data: bytes, filename: str, limits: Limits, media_type: str | None = None
) -> ParseResult:
    """The real parser, three seconds late for files named 'slow…', so a browser test can type
    into the confirm form before the parse lands."""
    from recruit.parsing.sandbox import parse_sandboxed

    if filename.startswith("slow"):
        time.sleep(3)
    return parse_sandboxed(data, filename, limits, media_type)
