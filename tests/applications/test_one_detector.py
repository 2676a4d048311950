"""The upload check and the parser share one detector, and the parse uses the stored type."""

from __future__ import annotations

import pytest

from recruit.applications import filetypes
from recruit.parsing import ParseError, detect_type
from tests.files.docx import resume_docx
from tests.files.pdf import text_pdf
from tests.helpers import TEXT_RESUME

SAMPLES = {
    "pdf": text_pdf(["Jane"]),
    "docx": resume_docx(),
    "rtf": b"{\\rtf1\\ansi Jane Doe\\par RN}",
    "text": TEXT_RESUME,
    "utf-16 text": TEXT_RESUME.decode().encode("utf-16"),
    "pdf marker inside text": b"Jane Doe\n%PDF-1.4 is a file format\n" + TEXT_RESUME,
    "ole, not word": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
    "svg after comment": b"<!-- hi -->\n<svg/onload=alert(1)>",
    "hta": b"Resume\n<HTA:APPLICATION ID=x>",
}


def _parser_says(data: bytes) -> str | None:
    try:
        return detect_type(data)
    except ParseError:
        return None


@pytest.mark.parametrize("name", list(SAMPLES))
def test_upload_check_and_parser_agree_on_every_type(name: str) -> None:
    assert filetypes.sniff(SAMPLES[name]) == _parser_says(SAMPLES[name])


def test_utf16_text_resumes_are_accepted_at_upload() -> None:
    assert filetypes.sniff(SAMPLES["utf-16 text"]) == filetypes.TXT


@pytest.mark.parametrize(
    ("media_type", "expected"),
    [(filetypes.PDF, "RC-000042.pdf"), (filetypes.TXT, "RC-000042.txt"),
     (filetypes.JPEG, "RC-000042.jpg"), (filetypes.DOCX, "RC-000042.docx")],
)  # fmt: skip
def test_downloads_are_named_by_their_detected_type(media_type: str, expected: str) -> None:
    assert filetypes.download_name("RC-000042", media_type) == expected
