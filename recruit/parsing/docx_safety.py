"""Checks on a DOCX package before any XML parser sees it: the shared package checks, then DTDs."""

from __future__ import annotations

import io
import zipfile

from recruit.parsing.docx_package import MB, ZIP_READ_ERRORS, ArchiveLimits, Flaw, docx_flaw
from recruit.parsing.model import ParseError

LIMITS = ArchiveLimits(max_entries=1000, max_uncompressed_bytes=50 * MB, max_ratio=200)
_DAMAGED = "This Word file is damaged and we could not read it."
_ERRORS: dict[Flaw, tuple[str, str]] = {
    Flaw.UNREADABLE: ("corrupt", _DAMAGED),
    Flaw.TOO_MANY_ENTRIES: ("corrupt", "This Word file has too many parts inside it."),
    Flaw.UNSAFE_NAMES: ("corrupt", "This Word file contains unsafe file paths."),
    Flaw.ENCRYPTED: ("corrupt", _DAMAGED),
    Flaw.TOO_LARGE: ("too_large", "This Word file is too large once unpacked."),
    Flaw.NOT_WORD: ("corrupt", _DAMAGED),
    Flaw.MACROS: (
        "unsupported_type",
        "Word files with macros (.docm) are not accepted. Please save it as a normal .docx or PDF.",
    ),
    Flaw.EMBEDDED_PROGRAM: (
        "unsupported_type",
        "This Word file has a program packed inside it. Please save it without it, or as a PDF.",
    ),
}


def check_package(data: bytes) -> None:
    """Raise ParseError unless data is a sane, macro-free Word package without DTDs."""
    flaw = docx_flaw(data, LIMITS)
    if flaw is not None:
        raise ParseError(*_ERRORS[flaw])
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            declares_dtd = any(_declares_dtd(archive, info) for info in archive.infolist())
    except ZIP_READ_ERRORS as error:
        raise ParseError("corrupt", _DAMAGED) from error
    if declares_dtd:
        # python-docx's parser does not resolve entities, but a DTD has no place in a Word
        # file and is how XXE / billion-laughs payloads arrive: refuse outright.
        raise ParseError("corrupt", _DAMAGED)


def _declares_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    if not info.filename.endswith((".xml", ".rels")):
        return False
    head = archive.read(info)
    return b"<!DOCTYPE" in head or b"<!ENTITY" in head
