"""Pages read the wrong way round, read again turned.

A portrait page fed into the scanner on its side comes out a landscape image whose lines
Tesseract reads as nonsense, or reads sure of itself with every word standing on end; one fed
upside down reads as nonsense. The English model has no orientation check, so such a page is
read again turned, and the reading whose words run across the page and that Tesseract is
surest of wins.
"""

from __future__ import annotations

from PIL import Image

from recruit.parsing.ocr_lines import OcrWord
from recruit.parsing.ocr_prep import Prepared
from recruit.parsing.ocr_small import letter_confidence

_LONG_WORD = 4  # letters: shorter words ('RN', 'a') say little about which way they run
_FEW_LETTERS = 200  # a resume page holds well over a thousand
_UNSURE = 60.0  # mean confidence per letter
_MIN_BOXES = 5
_UPRIGHT_SHARE = 0.5


def turns_to_try(image: Image.Image, words: list[OcrWord]) -> tuple[int, ...]:
    """A landscape page read as guesswork or with its words on end: a quarter turn either
    way. A portrait page Tesseract is unsure of may be upside down (a short page read with
    confidence is only short)."""
    if image.width > image.height and (poorly_read(words) or not runs_across(words)):
        return (90, 270)
    return (180,) if letter_confidence(words) < _UNSURE else ()


def poorly_read(words: list[OcrWord]) -> bool:
    """Whether a reading is mostly guesswork: Tesseract unsure of its letters, or too few
    letters for a page of text."""
    letters = sum(sum(c.isalnum() for c in w.text) for w in words)
    return letters < _FEW_LETTERS or letter_confidence(words) < _UNSURE


def runs_across(words: list[OcrWord]) -> bool:
    """Whether the words run along the page, not up or down it: Tesseract reads a page
    turned on its side with its lines upright, word boxes taller than they are wide, and
    sometimes sure of them all."""
    boxes = [
        (w.right - w.left, w.bottom - w.top)
        for w in words
        if w.bottom > w.top and sum(c.isalnum() for c in w.text) >= _LONG_WORD
    ]
    if len(boxes) < _MIN_BOXES:
        return True
    upright = sum(height > width for width, height in boxes)
    return upright < _UPRIGHT_SHARE * len(boxes)


def upright_and_sure(words: list[OcrWord]) -> tuple[bool, float]:
    """How a reading ranks against the same page read turned: words running across first,
    then Tesseract's confidence per letter."""
    return runs_across(words), letter_confidence(words)


def turned_page(page: Prepared, angle: int) -> Prepared:
    """The prepared page turned by `angle` degrees (counter-clockwise), with the page as it
    was before cleaning turned alike, so it can still be prepared larger."""
    unclean = page.unclean.rotate(angle, expand=True) if page.unclean is not None else None
    return Prepared(page.image.rotate(angle, expand=True), page.dpi, unclean)
