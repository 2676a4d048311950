"""Words Tesseract was unsure of, or read at the wrong size, read again on their own.

Tesseract lays a page out into text lines before it reads them. A few small words set beside a
large line (a phone number flush right beside the name) can be taken into the large line: they
are then read at its letter height and come back as nonsense ('apse?' or '210) 855.0128' for
'(210) 555-0126'). Their ink is far shorter than their line, which gives them away; cut out
together and read as a line of their own, they read right, at their own baseline and size.
A word read at a very low confidence is read again alone too, and keeps its line's place.
A second reading replaces the first only when it is clearly surer, a bounded number per page.
"""

from __future__ import annotations

import time
from dataclasses import replace

import tesserocr
from PIL import Image

from recruit.parsing.ocr_lines import OcrWord
from recruit.parsing.ocr_words import words_of

REREAD_BELOW = 40.0  # confidence: Tesseract's guess is likely not what the page says
TRUSTED = 70.0  # a second reading this sure (and clearly surer than the first) replaces it
_SURER_BY = 25.0
_MIN_LETTERS = 2  # shorter marks are bullets and specks, not words worth a second look
_SMALL_INK = 0.35  # of the line's height: a word of x-high letters stands ~0.45 in its own line
_NEIGHBOUR_GAP = 3.0  # small words this close (times their ink height) were set together
_MAX_REREADS = 40  # per page: a noisy photo's texture must not eat the OCR budget
_PAD = 0.35  # of the words' height, around their box
_SAME_SIZE = 0.3  # a second reading this close to its line's height was in the right line
_OWN_LINES = 1000  # line numbers of a second reading: far from any page's own


def reread_doubtful(
    api: tesserocr.PyTessBaseAPI,
    image: Image.Image,
    dpi: float,
    words: list[OcrWord],
    seconds: float,
) -> list[OcrWord]:
    """`words` with each doubtful run of words replaced by its second reading when that is
    surer. `image` is the page exactly as Tesseract read it (after any deskew)."""
    runs = doubtful_runs(words)[:_MAX_REREADS]
    if not runs:
        return words
    deadline = time.process_time() + seconds
    again: dict[int, list[OcrWord]] = {}
    # a block, not a line: a word boxed across two small lines ('Asheville, NC' over its
    # phone number, taken into a large name's line) reads as both
    api.SetPageSegMode(tesserocr.PSM.SINGLE_BLOCK)
    try:
        for run in runs:
            remaining = deadline - time.process_time()
            if remaining <= 0:
                break
            reading = _read_alone(api, image, dpi, run, remaining)
            if reading is not None:
                again.update({id(word): [] for word in run})
                again[id(run[0])] = reading
    finally:
        api.SetPageSegMode(tesserocr.PSM.AUTO)
    out: list[OcrWord] = []
    for word in words:
        out += again.get(id(word), [word])
    return out


def doubtful_runs(words: list[OcrWord]) -> list[list[OcrWord]]:
    """Runs of words worth a second reading: a word far smaller than its line with the words
    set close beside it on that line, or one word read at a very low confidence."""
    runs: list[list[OcrWord]] = []
    taken: set[int] = set()
    for word in words:
        if id(word) in taken or _letters(word) < _MIN_LETTERS or word.bottom <= word.top:
            continue
        if _small(word):
            run = _set_beside(word, words)
        elif word.confidence < REREAD_BELOW:
            run = [word]
        else:
            continue
        taken.update(id(member) for member in run)
        runs.append(run)
    return runs


def _set_beside(word: OcrWord, words: list[OcrWord]) -> list[OcrWord]:
    """`word` and its neighbours on its line, left to right, up to the first wide gap."""
    line = sorted((w for w in words if w.line == word.line), key=lambda w: w.left)
    gap = _NEIGHBOUR_GAP * (word.bottom - word.top)
    start = end = line.index(word)
    while start > 0 and line[start].left - line[start - 1].right <= gap:
        start -= 1
    while end < len(line) - 1 and line[end + 1].left - line[end].right <= gap:
        end += 1
    return line[start : end + 1]


def _small(word: OcrWord) -> bool:
    return word.bottom - word.top < _SMALL_INK * word.size


def _letters(word: OcrWord) -> int:
    return sum(c.isalnum() for c in word.text)


def _read_alone(
    api: tesserocr.PyTessBaseAPI,
    image: Image.Image,
    dpi: float,
    run: list[OcrWord],
    seconds: float,
) -> list[OcrWord] | None:
    # a small word's own ink says where its line is: a bracket beside it may have been boxed
    # with the lines above and below
    band = [w for w in run if _small(w)] or run
    top, bottom = min(w.top for w in band), max(w.bottom for w in band)
    pad = max(4, round(_PAD * (bottom - top)))
    left, top = max(0, run[0].left - pad), max(0, top - pad)
    right, bottom = min(image.width, run[-1].right + pad), min(image.height, bottom + pad)
    if right <= left or bottom <= top:
        return None
    api.SetImage(image.crop((left, top, right, bottom)))
    api.SetSourceResolution(round(dpi))
    if not api.Recognize(timeout=max(1, int(seconds * 1000))):
        return None
    reading = words_of(api.GetIterator())
    if sum(_letters(w) for w in reading) < _MIN_LETTERS:
        return None  # a bar or a dash: the first reading's letters say more
    if _confidence(reading) < max(TRUSTED, _confidence(run) + _SURER_BY):
        return None
    line_size = run[0].size
    if all(abs(w.size - line_size) <= _SAME_SIZE * line_size for w in reading):
        # set in its line all along, only misread: one word must read as one word again (a
        # crop can split an address into pieces more confidently than the page read it)
        if len(run) != 1 or len(reading) != 1:
            return None
        return [replace(run[0], text=reading[0].text, confidence=reading[0].confidence)]
    return [
        replace(
            w,
            left=w.left + left,
            right=w.right + left,
            top=w.top + top,
            bottom=w.bottom + top,
            baseline=w.baseline + top,
            line=_OWN_LINES * run[0].line + w.line,  # its own lines, apart from the page's
            slope=run[0].slope,
        )
        for w in reading
    ]


def _confidence(words: list[OcrWord]) -> float:
    letters = sum(len(w.text) for w in words)
    return sum(w.confidence * len(w.text) for w in words) / letters if letters else 0.0
