from __future__ import annotations

import io
import zipfile

import pytest

from recruit.applications import filetypes
from tests.files.pdf import text_pdf
from tests.helpers import TEXT_RESUME


def _zip(names: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<xml/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (text_pdf(["x"]), filetypes.PDF),
        (_zip(["[Content_Types].xml", "word/document.xml"]), filetypes.DOCX),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"), filetypes.DOC),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", filetypes.JPEG),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", filetypes.PNG),
        (TEXT_RESUME, filetypes.TXT),
        ("Zoë Müller, RN — ICU".encode(), filetypes.TXT),
        ("Café, RN".encode("cp1252"), filetypes.TXT),
    ],
    ids=["pdf", "docx", "doc", "jpeg", "png", "ascii", "utf8", "cp1252"],
)
def test_supported_files_are_recognised_by_their_bytes(data: bytes, expected: str) -> None:
    assert filetypes.sniff(data) == expected


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n",
        _zip(["xl/workbook.xml"]),
        b"\x7fELF\x02\x01\x01" + bytes(range(32)) * 4,
        b"GIF89a\x01\x00\x01\x00",
        b"MZ\x90\x00\x03\x00\x00\x00",
    ],
    ids=["empty", "blank", "xlsx", "elf", "gif", "exe"],
)
def test_other_files_are_refused(data: bytes) -> None:
    assert filetypes.sniff(data) is None
