"""Pure checks of an uploaded file's structure, made before it is stored, in the candidate's words.

A DOCX package is checked by recruit.parsing.docx_package, the same checks the parser makes
before reading one (limits aside); here each flaw becomes the message the upload form shows.
Images are checked by the size their header declares, as the parser's decoder reads it.
No Flask: only bytes in, Problem out.
"""

from __future__ import annotations

from dataclasses import dataclass

from recruit.parsing import declared_size, too_many_pixels
from recruit.parsing.docx_package import ArchiveLimits, Flaw, docx_flaw

DEFAULT_LIMITS = ArchiveLimits()  # the form passes the configured limits


@dataclass(frozen=True)
class Problem:
    code: str
    message: str


NOT_WORD = Problem("unsupported_type", "This does not look like a Word document.")
TOO_BIG = Problem("too_large", "This Word document unpacks to far more than a resume needs.")
UNSAFE = Problem("unsafe_archive", "This Word document is built in an unsafe way.")
MACROS = Problem(
    "macros", "This Word document contains macros. Please save it as a plain .docx or PDF."
)
EMBEDDED_PROGRAM = Problem(
    "embedded_program",
    "This Word document has a program packed inside it. Please save it without the embedded "
    "file, or as a PDF, and try again.",
)
HUGE_IMAGE = Problem("too_large", "This picture is far larger than a photo of a resume.")
DAMAGED_IMAGE = Problem(
    "corrupt", "We could not open this picture. Please take the photo again, or upload a PDF."
)
_DOCX_PROBLEMS: dict[Flaw, Problem] = {
    Flaw.UNREADABLE: NOT_WORD,
    Flaw.TOO_MANY_ENTRIES: TOO_BIG,
    Flaw.UNSAFE_NAMES: UNSAFE,
    Flaw.ENCRYPTED: UNSAFE,
    Flaw.TOO_LARGE: TOO_BIG,
    Flaw.NOT_WORD: NOT_WORD,
    Flaw.MACROS: MACROS,
    Flaw.EMBEDDED_PROGRAM: EMBEDDED_PROGRAM,
}


def check_docx(data: bytes, limits: ArchiveLimits = DEFAULT_LIMITS) -> Problem | None:
    """None when the archive is safe to hand to a DOCX reader, else what is wrong with it."""
    flaw = docx_flaw(data, limits)
    return None if flaw is None else _DOCX_PROBLEMS[flaw]


def check_image(data: bytes) -> Problem | None:
    """Refuse pixel floods by the size the header declares, read by the parser's own decoder
    (fill bytes, junk before the frame or a second frame header cannot hide it)."""
    size = declared_size(data)
    if size is None:
        return DAMAGED_IMAGE
    return HUGE_IMAGE if too_many_pixels(size) else None
