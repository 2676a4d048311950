"""File type by content, never by name."""

from __future__ import annotations

import io
import zipfile

import pytest

from recruit.parsing import detect, parse
from recruit.parsing.model import ParseError
from tests.files.docx import break_deflate, resume_docx


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return out.getvalue()


CASES = [
    ("pdf", b"%PDF-1.7\n...", detect.PDF),
    ("pdf after junk", b"GIF89a" + b"\0" * 900 + b"%PDF-1.4\n", detect.PDF),
    (
        "legacy doc",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100 + "WordDocument".encode("utf-16-le"),
        detect.DOC,
    ),
    ("rtf", b"{\\rtf1\\ansi hello}", detect.RTF),
    ("jpeg", b"\xff\xd8\xff\xe0" + b"\0" * 20, detect.JPEG),
    ("png", b"\x89PNG\r\n\x1a\n" + b"\0" * 20, detect.PNG),
    ("utf-8 text", "Zoë Martín, RN\nICU".encode(), detect.TEXT),
    ("utf-16 text", "Jane Doe\nRN".encode("utf-16"), detect.TEXT),
    ("cp1252 text", "Café nurse – ICU".encode("cp1252"), detect.TEXT),
    ("text with angle brackets", b"Jane <jane@example.com>\nICU <5 years, a<b", detect.TEXT),
    ("utf-16 big-endian text", b"\xfe\xff" + "Jane Doe, RN".encode("utf-16-be"), detect.TEXT),
]
REFUSED = [
    ("empty", b"", "empty"),
    ("blank", b"  \n\t ", "empty"),
    (
        "excel or installer in an ole box",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100,
        "unsupported_type",
    ),
    ("comment then svg", b"<!-- cv -->\n<svg onload=alert(1)>", "unsupported_type"),
    ("img onerror", b"Jane Doe RN\n<img src=x onerror=alert(1)>", "unsupported_type"),
    ("hta", b"Jane Doe\n<hta:application id=x>\n<script>x</script>", "unsupported_type"),
    (
        "markup deep in the text",
        b"Jane Doe, RN\n" * 2000 + b"<iframe src=//evil>",
        "unsupported_type",
    ),
    ("utf-16 html", "<html><body>x</body></html>".encode("utf-16"), "unsupported_type"),
    ("utf-16 binary", b"\xff\xfe" + "\x01\x02\x03".encode("utf-16-le") * 50, "unsupported_type"),
    ("exe", b"MZ\x90\x00\x03\x00\x00\x00" + b"\0" * 100, "unsupported_type"),
    ("pdf too late", b"\0" * 2000 + b"%PDF-1.4", "unsupported_type"),
    ("html", b"<!DOCTYPE html><html><script>alert(1)</script></html>", "unsupported_type"),
    ("binary", bytes(range(1, 32)) * 10, "unsupported_type"),
    ("zip that is not word", _zip({"hello.txt": b"hi"}), "unsupported_type"),
    ("truncated zip", b"PK\x03\x04 broken", "corrupt"),
]


@pytest.mark.parametrize(("name", "data", "expected"), CASES, ids=[c[0] for c in CASES])
def test_detects_type_from_content(name: str, data: bytes, expected: str) -> None:
    assert detect.detect(data) == expected


@pytest.mark.parametrize(("name", "data", "code"), REFUSED, ids=[c[0] for c in REFUSED])
def test_refuses_what_we_cannot_read(name: str, data: bytes, code: str) -> None:
    with pytest.raises(ParseError) as error:
        detect.detect(data)
    assert error.value.code == code


def test_word_package_is_docx() -> None:
    assert detect.detect(resume_docx()) == detect.DOCX


def test_a_word_package_is_told_by_its_parts_without_inflating_them() -> None:
    # damaged members are the package checks' to report (as "damaged"), not detection's to crash on
    assert detect.detect(break_deflate(resume_docx(), "[Content_Types].xml")) == detect.DOCX


def test_a_stored_type_is_read_as_that_type_without_detecting_again() -> None:
    # text that mentions %PDF- early is text when the upload check said so
    data = b"Jane Doe, RN\nSkills: %PDF-1.7 forms, Epic, Cerner\n" + b"ICU nurse\n" * 40
    assert parse(data, "cv.txt", media_type=detect.TEXT).ok
    assert parse(data, "cv.txt", media_type=detect.TEXT).media_type == detect.TEXT
