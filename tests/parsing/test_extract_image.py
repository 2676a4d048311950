"""Photos and scans through in-process OCR; image size limits; behaviour without the OCR model."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from recruit.parsing import extract_image, ocr
from recruit.parsing.extract import extract_document
from recruit.parsing.model import ParseError
from recruit.parsing.ocr_prep import Prepared


def _photo(text: str, *, rotate: bool = False, fmt: str = "PNG") -> bytes:
    image = Image.new("L", (1400, 300), 255)
    font = ImageFont.load_default(size=64)
    ImageDraw.Draw(image).text((40, 100), text, fill=0, font=font)
    exif = Image.Exif()
    if rotate:  # stored sideways, EXIF says "rotate 90 degrees clockwise to view"
        image = image.transpose(Image.Transpose.ROTATE_90)
        exif[0x0112] = 6
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, exif=exif.tobytes()) if rotate else image.save(
        buffer, format=fmt
    )
    return buffer.getvalue()


@pytest.mark.parametrize(("fmt", "rotate"), [("PNG", False), ("JPEG", False), ("JPEG", True)])
def test_photo_is_read_with_ocr(fmt: str, rotate: bool) -> None:
    document = extract_document(
        _photo("Jane Doe Registered Nurse", rotate=rotate, fmt=fmt), "cv", max_pages=30
    )
    assert "ocr" in document.warnings
    assert "Registered Nurse" in document.text


def test_huge_image_is_refused_before_decoding() -> None:
    buffer = io.BytesIO()
    Image.new("1", (8000, 6000)).save(buffer, format="PNG")
    with pytest.raises(ParseError) as error:
        extract_document(buffer.getvalue(), "cv.png", max_pages=30)
    assert error.value.code == "too_large"


def test_without_the_ocr_model_a_photo_gives_an_empty_document_that_says_why(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ocr, "tessdata_dir", lambda: None)
    document = extract_document(_photo("Jane Doe"), "cv.png", max_pages=30)
    assert document.lines == []
    assert document.warnings == ["ocr_unavailable"]


# An OLE container is a Word file only with a WordDocument stream (detect.py, as on upload)
LEGACY_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600 + "WordDocument".encode("utf-16-le")


def test_unreadable_legacy_doc_is_a_legacy_doc_error() -> None:
    with pytest.raises(ParseError) as error:
        extract_document(LEGACY_DOC, "cv.doc", max_pages=30)
    assert error.value.code == "legacy_doc"


def test_the_english_model_comes_from_the_installed_package() -> None:
    folder = ocr.tessdata_dir()
    assert folder is not None
    assert (Path(folder) / "eng.traineddata").stat().st_size > 1_000_000


def test_a_document_out_of_ocr_time_says_it_was_cut_short() -> None:
    pages = [Prepared(Image.open(io.BytesIO(_photo("Jane Doe Registered Nurse"))), 300.0)] * 3
    result = ocr.ocr_images(pages, budget=0.5)
    assert result.lines == []
    assert result.warnings == ["ocr", "ocr_incomplete"]


def _scan_pdf(dpi: int) -> bytes:
    """A letter page scanned at `dpi`: one line of text one inch from the left edge."""
    page = Image.new("L", (int(8.5 * dpi), 11 * dpi), 255)
    font = ImageFont.load_default(size=int(dpi / 6))
    ImageDraw.Draw(page).text((dpi, dpi), "Registered Nurse", fill=0, font=font)
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=float(dpi))
    return buffer.getvalue()


# scanned at -> rendered for OCR at (its own resolution, kept within 200-400 dpi)
SCAN_DPI = [(100, 200.0), (200, 200.0), (300, 300.0), (600, 400.0)]


@pytest.mark.parametrize(("scanned", "rendered"), SCAN_DPI)
def test_a_scan_is_read_at_its_own_resolution_with_lines_in_points(scanned, rendered) -> None:  # type: ignore[no-untyped-def]
    data = _scan_pdf(scanned)
    [page] = list(extract_image._render_pages(data, max_pages=1))
    assert page.dpi == pytest.approx(rendered, abs=1)
    document = extract_document(data, "scan.pdf", max_pages=30)
    [line] = [line for line in document.lines if "Nurse" in line.text]
    assert line.x0 == pytest.approx(72, abs=4)  # one inch, whatever the resolution
