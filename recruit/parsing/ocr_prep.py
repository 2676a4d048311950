"""Page images made easy for Tesseract: light text on dark bands turned dark on light,
specks removed, and phone photos brought to the resolution of a scan.

Pillow only (no numpy): every step works on an 8-bit grey image with Pillow's C filters, so a
300 dpi page takes well under a second. Tesseract's own Sauvola binarisation (ocr.py) copes
with uneven light and shaded table rows; what it cannot do is read white text in a dark
sidebar or header band, so those regions are inverted here first.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageFilter

from recruit.parsing.ocr_invert import invert_light_on_dark

LETTER_WIDTH_INCHES = 8.5
TARGET_DPI = 300.0
MAX_UPSCALE = 2.5
MAX_PREPARED_PIXELS = 12_000_000  # a letter page at ~400 dpi; bounds OCR time and memory


@dataclass(frozen=True, slots=True)
class Prepared:
    image: Image.Image
    dpi: float


def prepare_scan(image: Image.Image, dpi: float) -> Prepared:
    """A scanned page at its known resolution."""
    return _clean(image.convert("L"), dpi)


def prepare_photo(image: Image.Image) -> Prepared:
    """A photo or screenshot: no trustworthy resolution, so take the picture's width as a
    letter page's and scale up to about TARGET_DPI (small letters lose their shapes in
    binarisation otherwise)."""
    grey = image.convert("L")
    dpi = grey.width / LETTER_WIDTH_INCHES
    factor = min(MAX_UPSCALE, TARGET_DPI / dpi, (MAX_PREPARED_PIXELS / _pixels(grey)) ** 0.5)
    if factor > 1.05:
        size = (round(grey.width * factor), round(grey.height * factor))
        grey = grey.resize(size, Image.Resampling.BICUBIC)
        dpi *= factor
    return _clean(grey, dpi)


def _clean(image: Image.Image, dpi: float) -> Prepared:
    """Inverted bands, then a 3x3 median against specks (Tesseract's Sauvola threshold
    turns a speck on a shaded table row into a letter)."""
    image = invert_light_on_dark(image, dpi)
    return Prepared(image.filter(ImageFilter.MedianFilter(3)), dpi)


def _pixels(image: Image.Image) -> int:
    return image.width * image.height
