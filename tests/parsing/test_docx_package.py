"""The DOCX package checks the upload form and the parser share: each flaw, and the limits."""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Callable

import pytest

from recruit.parsing.docx_package import ArchiveLimits, Flaw, docx_flaw, is_safe_member_name
from tests.files.docx import break_deflate, resume_docx, rewrite

CONTENT_TYPES = b'<?xml version="1.0"?><Types><Default Extension="xml" ContentType="x"/></Types>'
DOCUMENT = b'<?xml version="1.0"?><w:document/>'


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns when a name repeats; that is the point
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
            for name, body in members:
                archive.writestr(name, body)
    return out.getvalue()


def _plain(*extra: tuple[str, bytes]) -> bytes:
    return _zip([("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", DOCUMENT), *extra])


def _encrypted() -> bytes:
    """A plain package whose central directory marks every member encrypted."""
    data = bytearray(_plain())
    header = data.find(b"PK\x01\x02")
    while header != -1:
        data[header + 8] |= 0x1
        header = data.find(b"PK\x01\x02", header + 4)
    return bytes(data)


def _activex_types() -> bytes:
    types = CONTENT_TYPES.replace(
        b"</Types>",
        b'<Default Extension="bin" ContentType="application/vnd.ms-office.activeX"/></Types>',
    )
    return _zip([("[Content_Types].xml", types), ("word/document.xml", DOCUMENT)])


FLAWED: dict[str, tuple[Callable[[], bytes], Flaw]] = {
    "not a zip": (lambda: b"PK\x03\x04 broken", Flaw.UNREADABLE),
    "1001 members": (
        lambda: rewrite(resume_docx(), {f"x/{i}": b"" for i in range(1001)}),
        Flaw.TOO_MANY_ENTRIES,
    ),
    "zip slip": (lambda: rewrite(resume_docx(), {"../../evil.txt": b"x"}), Flaw.UNSAFE_NAMES),
    "backslash name": (lambda: _plain(("word\\media\\a.png", b"x")), Flaw.UNSAFE_NAMES),
    "name used twice": (lambda: _plain(("word/document.xml", DOCUMENT)), Flaw.UNSAFE_NAMES),
    "encrypted": (_encrypted, Flaw.ENCRYPTED),
    "ratio bomb": (
        lambda: rewrite(resume_docx(), {"word/media/a.bin": b"\0" * 5_000_000}),
        Flaw.TOO_LARGE,
    ),
    "no document.xml": (
        lambda: _zip([("[Content_Types].xml", CONTENT_TYPES), ("hello.txt", b"hi")]),
        Flaw.NOT_WORD,
    ),
    "vba project": (lambda: _plain(("word/vbaProject.bin", b"\xd0\xcf")), Flaw.MACROS),
    "activex content type": (_activex_types, Flaw.MACROS),
    "content types that do not inflate": (
        lambda: break_deflate(resume_docx(), "[Content_Types].xml"),
        Flaw.UNREADABLE,
    ),
}


def test_a_word_package_has_no_flaw() -> None:
    assert docx_flaw(resume_docx()) is None
    assert docx_flaw(_plain(("word/media/image1.png", b"\x89PNG"))) is None


@pytest.mark.parametrize("name", sorted(FLAWED))
def test_each_flaw_is_named(name: str) -> None:
    build, flaw = FLAWED[name]
    assert docx_flaw(build()) is flaw


def test_the_caller_sets_the_limits() -> None:
    package = _plain(*((f"word/media/{i}.png", b"x" * 100) for i in range(5)))
    assert docx_flaw(package) is None
    assert docx_flaw(package, ArchiveLimits(max_entries=6)) is Flaw.TOO_MANY_ENTRIES
    assert docx_flaw(package, ArchiveLimits(max_uncompressed_bytes=400)) is Flaw.TOO_LARGE
    packed = rewrite(resume_docx(), {"word/media/a.bin": b"\0" * 2_000_000})
    assert docx_flaw(packed, ArchiveLimits(max_ratio=5000)) is None
    assert docx_flaw(packed, ArchiveLimits(max_ratio=50)) is Flaw.TOO_LARGE


@pytest.mark.parametrize(
    "name", ["word/document.xml", "[Content_Types].xml", "word/", "docProps/app.xml"]
)
def test_ordinary_member_names_are_safe(name: str) -> None:
    assert is_safe_member_name(name)


@pytest.mark.parametrize("name", ["C:", "C:/x", "word/./a.xml", "word\\a.xml", "\\a", "/a"])
def test_drive_dot_and_backslash_names_are_unsafe(name: str) -> None:
    assert not is_safe_member_name(name)
