"""What this installation reads and how fast: the facts `recruit doctor` prints.

Every reader is a Python package from pyproject.toml, so the answer is mostly versions; OCR is
also measured, on a resume page drawn here (no file needed), through whatever parse function
the caller passes (the sandbox, in `recruit doctor`).
"""

from __future__ import annotations

import importlib.metadata
import io
import time
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from recruit.parsing import ocr
from recruit.parsing.model import ParseResult

SAMPLE_LINES = (
    "Jordan Avery, RN",
    "Registered Nurse, Intensive Care Unit",
    "Memorial Hospital, Denver, CO  03/2019 - Present",
    "Licenses: Colorado RN, compact, expires 06/2027",
    "Certifications: BLS, ACLS, CCRN",
)
SAMPLE_DPI = 150
_PAGE = (1275, 1650)  # US letter at SAMPLE_DPI


@dataclass(frozen=True, slots=True)
class Reader:
    formats: str
    ready: bool
    how: str


@dataclass(frozen=True, slots=True)
class OcrCheck:
    seconds_per_page: float
    words_read: int  # of the sample's words, how many came back
    words: int
    error: str | None = None


def readers() -> list[Reader]:
    ocr_ready = ocr.available()
    ocr_how = (
        f"tesserocr {_version('tesserocr')} ({ocr.engine_version()}), "
        f"{ocr.MODEL_DISTRIBUTION} {_version(ocr.MODEL_DISTRIBUTION)}"
        if ocr_ready
        else f"missing: pip install {ocr.MODEL_DISTRIBUTION}"
    )
    return [
        Reader("PDF with text", True, f"pdfminer.six {_version('pdfminer.six')}"),
        Reader("Word .docx", True, f"python-docx {_version('python-docx')}"),
        Reader("Word 97-2003 .doc", True, f"built in, olefile {_version('olefile')}"),
        Reader("Plain text, RTF", True, "built in"),
        Reader("Scanned PDF, JPEG/PNG photo", ocr_ready, ocr_how),
    ]


def sample_page() -> bytes:
    """A PNG of a short resume page, for timing OCR end to end."""
    page = Image.new("L", _PAGE, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=26)
    for row, text in enumerate(SAMPLE_LINES):
        draw.text((90, 120 + row * 60), text, fill=0, font=font)
    buffer = io.BytesIO()
    page.save(buffer, format="PNG", dpi=(SAMPLE_DPI, SAMPLE_DPI))
    return buffer.getvalue()


def measure_ocr(parse: Callable[[bytes, str], ParseResult]) -> OcrCheck:
    """Seconds for one sample page through `parse`, and how much of it was read back."""
    expected = [word for line in SAMPLE_LINES for word in line.split()]
    started = time.perf_counter()
    result = parse(sample_page(), "doctor-sample.png")
    seconds = time.perf_counter() - started
    if not result.ok:
        return OcrCheck(seconds, 0, len(expected), result.error_code)
    found = set(result.text.split())
    return OcrCheck(seconds, sum(word in found for word in expected), len(expected))


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "(not installed)"
