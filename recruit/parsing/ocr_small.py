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

SMALL_LINE_PIXELS = 24.0  # a line this short (ascender to descender) is small print
_GOOD_LINE_PIXELS = 40.0
_MAX_FACTOR = 2.0
_MIN_WORDS = 20  # fewer words say too little about the page's print size
_MIN_LETTERS = 3


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
    return letter_confidence(second) > letter_confidence(first)


def letter_confidence(words: list[OcrWord]) -> float:
    """Mean confidence per letter, so a reading that splits or loses words gains nothing."""
    letters = [(sum(c.isalnum() for c in w.text), w.confidence) for w in words]
    total = sum(count for count, _ in letters)
    return sum(count * conf for count, conf in letters) / total if total else 0.0
