"""What makes a DOCX package unsafe to open, found without unpacking it.

Shared by the upload form (before a file is stored) and the DOCX extractor (before python-docx
reads it); each words the flaw for its own audience. Standard library only. The checks read the
ZIP central directory (names, flags, declared sizes), search [Content_Types].xml as bytes and
stream embedded objects (word/embeddings/) looking for a program: nothing is extracted to disk
and no XML parser runs.
"""

from __future__ import annotations

import enum
import io
import zipfile
import zlib
from dataclasses import dataclass

MB = 1024 * 1024
REQUIRED_PARTS = ("word/document.xml", "[Content_Types].xml")
MACRO_MARKERS = (b"macroenabled", b"vbaproject", b"application/vnd.ms-office.activex")
MAX_CONTENT_TYPES_BYTES = 1 * MB
EMBEDDINGS = "word/embeddings/"
# What Windows runs when someone double-clicks the embedded icon. In an OLE "Package" the file
# names are stored as NUL-terminated ANSI strings, hence the trailing NUL.
_PROGRAM_SUFFIXES = tuple(
    f".{ext}".encode()
    for ext in (
        "exe com scr pif bat cmd msi msp dll cpl hta js jse vbs vbe wsf wsh ps1 jar lnk reg"
    ).split()
)
_PE_STUB = b"this program cannot be run in dos mode"
_OLE_PACKAGE = "\x01Ole10Native".encode("utf-16-le")  # the stream an OLE "Package" keeps files in
_CHUNK = 256 * 1024
# Below this a member may compress very well and still cost nothing to unpack.
RATIO_FLOOR_BYTES = 1_000_000
_ENCRYPTED_FLAG = 0x1
# What zipfile raises on a damaged or unusual archive (unknown compression, encryption, a
# member whose deflate stream is corrupt).
ZIP_READ_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    ValueError,
    OSError,
    NotImplementedError,
    RuntimeError,
)


@dataclass(frozen=True)
class ArchiveLimits:
    max_entries: int = 1000
    max_uncompressed_bytes: int = 100 * MB
    max_ratio: int = 200  # uncompressed/compressed for one entry; real XML stays under ~30


class Flaw(enum.Enum):
    UNREADABLE = "not a ZIP archive zipfile can read"
    TOO_MANY_ENTRIES = "more members than the limit"
    UNSAFE_NAMES = "a member name that could escape a folder, or one name used twice"
    ENCRYPTED = "an encrypted member"
    TOO_LARGE = "unpacks beyond the limit, or a member packed like a zip bomb"
    NOT_WORD = "no word/document.xml or no [Content_Types].xml"
    MACROS = "a VBA project or a macro-enabled or ActiveX content type"
    EMBEDDED_PROGRAM = "an embedded file or OLE package that is a program or a script"


def docx_flaw(data: bytes, limits: ArchiveLimits = ArchiveLimits()) -> Flaw | None:
    """None when the package is safe to hand to a DOCX reader, else the first flaw found."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return (
                _entries_flaw(archive.infolist(), limits)
                or _content_types_flaw(archive)
                or _embedded_program_flaw(archive)
            )
    except ZIP_READ_ERRORS:
        return Flaw.UNREADABLE


def _entries_flaw(entries: list[zipfile.ZipInfo], limits: ArchiveLimits) -> Flaw | None:
    if len(entries) > limits.max_entries:
        return Flaw.TOO_MANY_ENTRIES
    names = [entry.filename for entry in entries]
    if len(set(names)) != len(names) or not all(is_safe_member_name(n) for n in names):
        return Flaw.UNSAFE_NAMES
    if any(entry.flag_bits & _ENCRYPTED_FLAG for entry in entries):
        return Flaw.ENCRYPTED
    if sum(entry.file_size for entry in entries) > limits.max_uncompressed_bytes:
        return Flaw.TOO_LARGE
    if any(_packed_like_a_bomb(entry, limits.max_ratio) for entry in entries):
        return Flaw.TOO_LARGE
    if any(part not in names for part in REQUIRED_PARTS):
        return Flaw.NOT_WORD
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        return Flaw.MACROS
    return None


def _packed_like_a_bomb(entry: zipfile.ZipInfo, max_ratio: int) -> bool:
    size = entry.file_size
    return size > RATIO_FLOOR_BYTES and size > max_ratio * max(entry.compress_size, 1)


def _content_types_flaw(archive: zipfile.ZipFile) -> Flaw | None:
    info = archive.getinfo("[Content_Types].xml")
    if info.file_size > MAX_CONTENT_TYPES_BYTES:
        return Flaw.TOO_LARGE
    content_types = archive.read(info).lower()
    if any(marker in content_types for marker in MACRO_MARKERS):
        return Flaw.MACROS
    return None


def _embedded_program_flaw(archive: zipfile.ZipFile) -> Flaw | None:
    """An embedded member that is a program, or an OLE package carrying one. Members are
    streamed in chunks (sizes are already bounded by _entries_flaw), never held whole."""
    for info in archive.infolist():
        if info.filename.startswith(EMBEDDINGS) and _carries_program(archive, info):
            return Flaw.EMBEDDED_PROGRAM
    return None


def _carries_program(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    if info.filename.lower().endswith(tuple(s.decode() for s in _PROGRAM_SUFFIXES)):
        return True
    package = names_program = False
    tail = b""
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            window = tail + chunk
            if _PE_STUB in window.lower():
                return True
            package = package or _OLE_PACKAGE in window
            names_program = names_program or _names_program(window.lower())
            if package and names_program:
                return True
            tail = window[-64:]
    return False


def _names_program(window: bytes) -> bool:
    return any(suffix + b"\x00" in window for suffix in _PROGRAM_SUFFIXES)


def has_embedded_objects(data: bytes) -> bool:
    """Whether a (checked) package embeds other files or OLE objects: worth a recruiter's look."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(name.startswith(EMBEDDINGS) for name in archive.namelist())
    except ZIP_READ_ERRORS:
        return False


def is_safe_member_name(name: str) -> bool:
    """A ZIP member name that could not escape a folder if someone did extract it."""
    if not name or "\x00" in name or "\\" in name or name.startswith("/"):
        return False
    if name[1:2] == ":":  # a drive: C: or C:/...
        return False
    return all(part not in ("..", ".") for part in name.split("/"))
