"""Pure checks of an uploaded file's structure, made before it is stored or parsed.

Standard library only, no Flask, so the parser can run the same checks on what it reads.
A DOCX is a ZIP archive: we read its central directory (names and declared sizes), never
extract to disk, and look at [Content_Types].xml as bytes, without an XML parser.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass

MB = 1024 * 1024
MACRO_MARKERS = (b"macroenabled", b"vbaproject", b"application/vnd.ms-office.activex")
MAX_CONTENT_TYPES_BYTES = 1 * MB
MAX_IMAGE_PIXELS = 60_000_000  # a phone photo is 12-50 Mpixel


@dataclass(frozen=True)
class Problem:
    code: str
    message: str


@dataclass(frozen=True)
class ArchiveLimits:
    max_entries: int = 1000
    max_uncompressed_bytes: int = 100 * MB
    max_ratio: int = 200  # uncompressed/compressed for one entry; real XML stays under ~30


NOT_WORD = Problem("unsupported_type", "This does not look like a Word document.")
TOO_BIG = Problem("too_large", "This Word document unpacks to far more than a resume needs.")
UNSAFE = Problem("unsafe_archive", "This Word document is built in an unsafe way.")
MACROS = Problem(
    "macros", "This Word document contains macros. Please save it as a plain .docx or PDF."
)
HUGE_IMAGE = Problem("too_large", "This picture is far larger than a photo of a resume.")


def check_docx(data: bytes, limits: ArchiveLimits = ArchiveLimits()) -> Problem | None:
    """None when the archive is safe to hand to a DOCX reader, else what is wrong with it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            problem = _check_entries(entries, limits)
            if problem is None:
                problem = _check_content_types(archive)
            return problem
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError):
        return NOT_WORD


def _check_entries(entries: list[zipfile.ZipInfo], limits: ArchiveLimits) -> Problem | None:
    if len(entries) > limits.max_entries:
        return TOO_BIG
    names = [entry.filename for entry in entries]
    if len(set(names)) != len(names) or any(not is_safe_member_name(n) for n in names):
        return UNSAFE
    if any(entry.flag_bits & 0x1 for entry in entries):  # encrypted members
        return UNSAFE
    if sum(entry.file_size for entry in entries) > limits.max_uncompressed_bytes:
        return TOO_BIG
    if any(_ratio(entry) > limits.max_ratio for entry in entries):
        return TOO_BIG
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        return NOT_WORD
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        return MACROS
    return None


def _ratio(entry: zipfile.ZipInfo) -> float:
    if entry.file_size < MB:  # small members may compress very well and cost nothing
        return 0.0
    return entry.file_size / max(entry.compress_size, 1)


def _check_content_types(archive: zipfile.ZipFile) -> Problem | None:
    info = archive.getinfo("[Content_Types].xml")
    if info.file_size > MAX_CONTENT_TYPES_BYTES:
        return TOO_BIG
    content_types = archive.read(info).lower()
    if any(marker in content_types for marker in MACRO_MARKERS):
        return MACROS
    return None


def is_safe_member_name(name: str) -> bool:
    """A ZIP member name that could not escape a folder if someone did extract it."""
    if not name or "\x00" in name or "\\" in name or name.startswith("/"):
        return False
    if len(name) > 2 and name[1] == ":":  # C:...
        return False
    return all(part not in ("..", ".") for part in name.split("/"))


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
