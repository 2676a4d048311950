"""A page read a second time with one threshold for the whole page, for the lines the first
reading lost.

Sauvola's local threshold (ocr.py) keeps uneven light and shaded rows readable, and wins on
most pages; but on some photos Tesseract returns nothing at all for a whole line that reads
cleanly under Otsu's global threshold (a long line of small serif type on a turned sheet, grey
text in an inverted sidebar). Reading the page again with Otsu and adding only its sure words
where the first reading found nothing recovers those lines without touching the rest.
Measured on the blind tune halves' 34 photos: 0.949 -> 0.955 (two photos gained a tenth, none
lost), about 0.8 s more CPU a photo. Scans were read once until a grey scan of a page with its
name and headings in a pale colour lost all of them (Sauvola takes the inside of broad pale
strokes for paper): read twice, the tune halves' scans c-t score as before and that page gets
its name back.
"""

from __future__ import annotations

import time
from dataclasses import replace

import tesserocr
from PIL import Image

from recruit.parsing.ocr_lines import OcrWord
from recruit.parsing.ocr_words import words_of

_OTSU = "0"
SURE = 70.0  # confidence a word of the second reading needs to be added
_MIN_LETTERS = 2
_OVERLAP = 0.2  # of the smaller box: a word this far over a first-reading word is that word
_OWN_LINES = 2_000_000  # line numbers apart from the first reading's (and its re-reads')
_TIME_SHARE = 1.5  # the second reading runs only with this many first readings' time left


def add_unread(
    api: tesserocr.PyTessBaseAPI,
    image: Image.Image,
    dpi: float,
    words: list[OcrWord],
    seconds: float,
    first_reading: float,
    restore: str,
) -> list[OcrWord]:
    """`words` and the sure words a global-threshold reading finds where they have none.
    `first_reading` is how long the first reading took; `restore` is the threshold method to
    set back."""
    if seconds < _TIME_SHARE * first_reading:
        return words
    deadline = time.process_time() + seconds
    api.SetVariable("thresholding_method", _OTSU)
    try:
        api.SetImage(image)
        api.SetSourceResolution(round(dpi))
        if not api.Recognize(timeout=max(1, int((deadline - time.process_time()) * 1000))):
            return words
        other = words_of(api.GetIterator())
    finally:
        api.SetVariable("thresholding_method", restore)
    added = [
        replace(word, line=_OWN_LINES + word.line)
        for word in other
        if _sure(word) and not any(_overlaps(word, seen) for seen in words)
    ]
    return words + added


def _sure(word: OcrWord) -> bool:
    letters = sum(c.isalnum() for c in word.text)
    return word.confidence >= SURE and letters >= _MIN_LETTERS and word.bottom > word.top


def _overlaps(a: OcrWord, b: OcrWord) -> bool:
    across = min(a.right, b.right) - max(a.left, b.left)
    down = min(a.bottom, b.bottom) - max(a.top, b.top)
    if across <= 0 or down <= 0:
        return False
    smaller = min((a.right - a.left) * (a.bottom - a.top), (b.right - b.left) * (b.bottom - b.top))
    return across * down > _OVERLAP * max(1, smaller)
