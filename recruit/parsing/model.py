"""The parser's data types: what extraction produces and what parse() returns."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

PARSER_VERSION = "0.1.0"
# A resume is a few pages; 3,000 lines is a 50-page CV. Past this, fields are read from the first
# MAX_LINES lines only (the "too_long" warning says so): field extraction costs about 1 ms a
# line, and the text is kept with the result, shown to recruiters and held in memory.
MAX_LINES = 3000
MAX_TEXT_CHARS = 1_000_000


class ParseError(Exception):
    """A document that cannot be parsed, with a machine code and a plain-words message.

    Codes: unsupported_type, empty, encrypted, corrupt, too_many_pages, too_large,
    timeout, memory, legacy_doc, internal.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class TextLine:
    """One visual line of text in reading order.

    Coordinates are in points with the origin at the top-left of the page; documents
    without geometry (DOCX, plain text) use 0.0 and their font size when known.
    """

    text: str
    page: int = 1
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    font_size: float = 0.0
    bold: bool = False


@dataclass(slots=True)
class Document:
    """What an extractor returns: lines in reading order plus facts about the file."""

    lines: list[TextLine]
    media_type: str
    page_count: int = 1
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(slots=True)
class ParseResult:
    """The outcome of parse(): a profile (ok) or an error, never both."""

    ok: bool
    profile: dict[str, Any] | None = None
    error: str | None = None
    error_code: str | None = None
    warnings: list[str] = field(default_factory=list)
    timing_ms: dict[str, float] = field(default_factory=dict)
    text: str = ""
    media_type: str | None = None
    page_count: int | None = None
    parser_version: str = PARSER_VERSION
    as_of: str | None = None  # the date "Present", expiries and years were resolved against

    def to_json(self, source: str) -> dict[str, Any]:
        """The object `recruit parse --json` prints for one file."""
        return {
            "source": source,
            "ok": self.ok,
            "error": self.error,
            "warnings": list(self.warnings),
            "timing_ms": dict(self.timing_ms),
            "as_of": self.as_of,
            "profile": self.profile,
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ParseResult:
        return cls(**data)

    @classmethod
    def failure(cls, error: ParseError, **extra: Any) -> ParseResult:
        return cls(ok=False, error=error.message, error_code=error.code, **extra)
