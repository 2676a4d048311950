"""Checks on a DOCX package before any XML parser sees it: size, paths, types, DTDs."""

from __future__ import annotations

import io
import zipfile

from recruit.parsing.model import ParseError

MAX_ENTRIES = 1000
MAX_TOTAL_BYTES = 50 * 1024 * 1024
MAX_RATIO = 200
_DAMAGED = "This Word file is damaged and we could not read it."
_REQUIRED = ("word/document.xml", "[Content_Types].xml")


def check_package(data: bytes) -> None:
    """Raise ParseError unless data is a sane, macro-free Word package without DTDs."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_entries(infos)
            _check_xml(archive, infos)
    except zipfile.BadZipFile as error:
        raise ParseError("corrupt", _DAMAGED) from error
    except (OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as error:
        raise ParseError("corrupt", _DAMAGED) from error


def _check_entries(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise ParseError("corrupt", "This Word file has too many parts inside it.")
    if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
        raise ParseError("too_large", "This Word file is too large once unpacked.")
    names = {info.filename for info in infos}
    if any(name not in names for name in _REQUIRED):
        raise ParseError("corrupt", _DAMAGED)
    for info in infos:
        if _unsafe_name(info.filename):
            raise ParseError("corrupt", "This Word file contains unsafe file paths.")
        if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise ParseError("too_large", "This Word file is too large once unpacked.")


def _unsafe_name(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


def _check_xml(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    types = archive.read("[Content_Types].xml")
    if b"macroEnabled" in types:
        raise ParseError(
            "unsupported_type",
            "Word files with macros (.docm) are not accepted. "
            "Please save it as a normal .docx or PDF.",
        )
    for info in infos:
        if info.filename.endswith((".xml", ".rels")):
            head = archive.read(info)
            # python-docx's parser does not resolve entities, but a DTD has no place in a
            # Word file and is how XXE / billion-laughs payloads arrive: refuse outright.
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise ParseError("corrupt", _DAMAGED)
