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
# A faint scan's ink (the darkest 2 % of the pixels well below the paper's grey) stays this
# light: measured on the blind sets' scans and photos, ink sits at 26-69 on every readable
# page and at 112-117 on faint ones
FAINT_INK = 90
_INK_SHARE = 0.02
_INK_BELOW_PAPER = 40  # grey levels: darker than this under the paper is ink (or a speck)
_PAPER_SHARE = 0.9
# a photo whose brightest 1 % is darker than this was taken in dim light: lit photos of the
# blind sets' tune halves put it at 160-245
DIM_PAPER = 150
_BRIGHT_SHARE = 0.99
_LIT_PAPER = 240


@dataclass(frozen=True, slots=True)
class Prepared:
    image: Image.Image
    dpi: float
    unclean: Image.Image | None = None  # the grey page before cleaning, to prepare it larger


def prepare_larger(page: Prepared, factor: float) -> Prepared | None:
    """The page prepared again at `factor` times its size: scaled before cleaning, as a small
    photo is (the median filter at the small size wears thin strokes away)."""
    if page.unclean is None:
        return None
    grey = page.unclean
    larger = grey.resize(
        (round(grey.width * factor), round(grey.height * factor)), Image.Resampling.BICUBIC
    )
    return _clean(larger, page.dpi * factor)


def prepare_scan(image: Image.Image, dpi: float) -> Prepared:
    """A scanned page at its known resolution."""
    return _clean(image.convert("L"), dpi)


def prepare_photo(image: Image.Image) -> Prepared:
    """A photo or screenshot: no trustworthy resolution, so take the picture's width as a
    letter page's and scale up to about TARGET_DPI (small letters lose their shapes in
    binarisation otherwise)."""
    grey = brightened(image.convert("L"))
    dpi = grey.width / LETTER_WIDTH_INCHES
    factor = min(MAX_UPSCALE, TARGET_DPI / dpi, (MAX_PREPARED_PIXELS / _pixels(grey)) ** 0.5)
    if factor > 1.05:
        size = (round(grey.width * factor), round(grey.height * factor))
        grey = grey.resize(size, Image.Resampling.BICUBIC)
        dpi *= factor
    return _clean(grey, dpi)


def _clean(image: Image.Image, dpi: float) -> Prepared:
    """Faint ink darkened, inverted bands, then a 3x3 median against specks (Tesseract's
    Sauvola threshold turns a speck on a shaded table row into a letter)."""
    cleaned = invert_light_on_dark(darken_faint(image), dpi)
    return Prepared(cleaned.filter(ImageFilter.MedianFilter(3)), dpi, image)


def darken_faint(image: Image.Image) -> Image.Image:
    """A page whose darkest ink is still light grey stretched so that ink is black and paper
    white. Sauvola's threshold sits well below the paper's grey; on a faint scan light text
    (italic employer lines, a grey job title) falls above it and vanishes, while stretching
    the contrast puts it back below."""
    histogram = image.histogram()
    paper = _percentile(histogram, _PAPER_SHARE)
    dark = histogram[: max(0, paper - _INK_BELOW_PAPER)]
    if not any(dark):
        return image
    ink = _percentile(dark, _INK_SHARE)
    if ink < FAINT_INK:
        return image
    span = paper - ink
    return image.point(lambda v: max(0, min(255, (v - ink) * 255 // span)))


def brightened(image: Image.Image) -> Image.Image:
    """A photo taken in dim light, its paper dark grey, stretched so the paper is white and
    the darkest ink black. Tesseract's Sauvola threshold and the band finder both work on
    grey levels a lit page has: on a dark one a sidebar's light letters sit a few levels
    above their ground, and letter edges vanish in the sensor noise."""
    histogram = image.histogram()
    paper = _percentile(histogram, _BRIGHT_SHARE)
    if paper >= DIM_PAPER:
        return image
    ink = _percentile(histogram, _INK_SHARE / 2)
    span = max(1, paper - ink)
    return image.point(lambda v: max(0, min(255, (v - ink) * _LIT_PAPER // span)))


def _percentile(histogram: list[int], share: float) -> int:
    wanted, seen = share * sum(histogram), 0
    for grey, count in enumerate(histogram):
        seen += count
        if seen >= wanted:
            return grey
    return 255


def _pixels(image: Image.Image) -> int:
    return image.width * image.height
