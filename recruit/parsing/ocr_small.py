"""Small print read again larger.

Tesseract reads best with letters some 30 pixels tall; a screenshot of a PDF viewer or a
desktop, a 9-pt page scanned at 200 dpi, sets its lines 20 pixels tall or less, and their
letters lose their shapes when binarised ('Parlunson esease', 'annebese kw@example com'). The
page's resolution does not say so (a 2560-pixel screenshot is '300 dpi' for a letter page),
the words' own heights do: when most lines are that small, the page is read again scaled up,
and the reading Tesseract is surer of is kept.
"""

from __future__ import annotations

import statistics

from recruit.parsing.ocr_lines import OcrWord
from recruit.parsing.ocr_prep import Prepared

SMALL_LINE_PIXELS = 24.0  # a line this short (ascender to descender) is small print
_GOOD_LINE_PIXELS = 40.0
_MAX_FACTOR = 2.0
_MIN_WORDS = 20  # fewer words say too little about the page's print size
_MIN_LETTERS = 3
_FEW_LETTERS = 200  # a resume page holds well over a thousand
_UNSURE = 60.0  # mean confidence per letter
_MIN_BOXES = 5
_UPRIGHT_SHARE = 0.5


def larger_scale(words: list[OcrWord], pixels: int, max_pixels: int) -> float | None:
    """How much larger to read the page again, or None when its print is not small."""
    sizes = [w.size for w in words if sum(c.isalpha() for c in w.text) >= _MIN_LETTERS]
    if len(sizes) < _MIN_WORDS:
        return None
    line = statistics.median(sizes)
    if line >= SMALL_LINE_PIXELS:
        return None
    factor = min(_MAX_FACTOR, _GOOD_LINE_PIXELS / line, (max_pixels / pixels) ** 0.5)
    return factor if factor > 1.2 else None


def surer(first: list[OcrWord], second: list[OcrWord]) -> bool:
    """Whether the second reading is the better one: more confidence over the words read."""
    return _confidence(second) > _confidence(first)


def poorly_read(words: list[OcrWord]) -> bool:
    """Whether a reading is mostly guesswork: Tesseract unsure of its letters, or too few
    letters for a page of text."""
    letters = sum(sum(c.isalnum() for c in w.text) for w in words)
    return letters < _FEW_LETTERS or _confidence(words) < _UNSURE


def runs_across(words: list[OcrWord]) -> bool:
    """Whether the words run along the page, not up or down it: Tesseract reads a page
    turned on its side with its lines upright, word boxes taller than they are wide, and
    sometimes sure of them all."""
    boxes = [
        (w.right - w.left, w.bottom - w.top)
        for w in words
        if w.bottom > w.top and sum(c.isalnum() for c in w.text) >= _MIN_LETTERS + 1
    ]
    if len(boxes) < _MIN_BOXES:
        return True
    upright = sum(height > width for width, height in boxes)
    return upright < _UPRIGHT_SHARE * len(boxes)


def upright_and_sure(words: list[OcrWord]) -> tuple[bool, float]:
    """How a reading ranks against the same page read turned: words running across first,
    then Tesseract's confidence per letter."""
    return runs_across(words), _confidence(words)


def turned_page(page: Prepared, angle: int) -> Prepared:
    """The prepared page turned by `angle` degrees (counter-clockwise), with the page as it
    was before cleaning turned alike, so it can still be prepared larger."""
    unclean = page.unclean.rotate(angle, expand=True) if page.unclean is not None else None
    return Prepared(page.image.rotate(angle, expand=True), page.dpi, unclean)


def _confidence(words: list[OcrWord]) -> float:
    """Mean confidence per letter, so a reading that splits or loses words gains nothing."""
    letters = [(sum(c.isalnum() for c in w.text), w.confidence) for w in words]
    total = sum(count for count, _ in letters)
    return sum(count * conf for count, conf in letters) / total if total else 0.0
