"""Pure checks of an uploaded file's structure, made before it is stored, in the candidate's words.

A DOCX package is checked by recruit.parsing.docx_package, the same checks the parser makes
before reading one (limits aside); here each flaw becomes the message the upload form shows.
Images are checked by the size their header declares. No Flask: only bytes in, Problem out.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from recruit.parsing.docx_package import ArchiveLimits, Flaw, docx_flaw

MAX_IMAGE_PIXELS = 60_000_000  # a phone photo is 12-50 Mpixel
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
HUGE_IMAGE = Problem("too_large", "This picture is far larger than a photo of a resume.")
_DOCX_PROBLEMS: dict[Flaw, Problem] = {
    Flaw.UNREADABLE: NOT_WORD,
    Flaw.TOO_MANY_ENTRIES: TOO_BIG,
    Flaw.UNSAFE_NAMES: UNSAFE,
    Flaw.ENCRYPTED: UNSAFE,
    Flaw.TOO_LARGE: TOO_BIG,
    Flaw.NOT_WORD: NOT_WORD,
    Flaw.MACROS: MACROS,
}


def check_docx(data: bytes, limits: ArchiveLimits = DEFAULT_LIMITS) -> Problem | None:
    """None when the archive is safe to hand to a DOCX reader, else what is wrong with it."""
    flaw = docx_flaw(data, limits)
    return None if flaw is None else _DOCX_PROBLEMS[flaw]


def check_image(data: bytes) -> Problem | None:
    """Refuse pixel floods by reading the declared size from the PNG or JPEG header."""
    size = png_size(data) if data.startswith(b"\x89PNG") else jpeg_size(data)
    if size is not None and size[0] * size[1] > MAX_IMAGE_PIXELS:
        return HUGE_IMAGE
    return None


def png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the first start-of-frame marker, scanning segment headers only."""
    position = 2
    while position + 9 < len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            position += 2
            continue
        length = struct.unpack(">H", data[position + 2 : position + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return width, height
        position += 2 + length
    return None
