"""OCR words -> lines in reading order, through the same row and column logic as a PDF.

Tesseract's own blocks put a right-aligned date, or one line of a sidebar, into a block of its
own and may read it out of order. Laid out again as glyphs, words on one baseline become one
row, a wide gap splits a row into tab-separated parts ("Staff RN<TAB>Jun 2019 - Present"), and a
sidebar or second column is read as a whole column, exactly as pdf_layout reads a typeset page.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from recruit.parsing.model import TextLine
from recruit.parsing.ocr_bands import reading_parts
from recruit.parsing.ocr_text import fix_line
from recruit.parsing.pdf_device import Glyph
from recruit.parsing.pdf_layout import layout_page

_SIZE_STEP = 0.5  # points: one font size reads as one size, whatever its line's letters
_LONG_LINE = 0.25  # of the text's width: a line long enough to show how the page leans
_MAX_LEAN = 0.05  # ~3 degrees: the most a deskewed page's lines still lean
_MAX_SLOPE = 0.2  # ~11 degrees: steeper "lines" are edges and rules, not text
_SMUDGE_CONFIDENCE = 40.0  # measured: 9 in 10 words below 50 are not on the page
_SMUDGE_LETTERS = 4
_TALL = 1.8  # times the usual line height


@dataclass(frozen=True, slots=True)
class OcrWord:
    """One recognised word, in pixels of the page image it was read from."""

    text: str
    left: int
    right: int
    baseline: float  # y of the line's baseline under the middle of this word
    size: float  # the line's height from ascender to descender: about its font size
    confidence: float
    line: int = 0  # which of Tesseract's text lines the word belongs to
    slope: float = 0.0  # that line's baseline slope (dy/dx)
    top: int = 0  # the word's own ink box, top to bottom (0, 0: not known)
    bottom: int = 0


def assemble(words: Iterable[OcrWord], page_no: int, scale: float, width: float) -> list[TextLine]:
    """Lines of one page; `scale` turns pixels into points, `width` is the page's in points."""
    lines = []
    for part in reading_parts(straightened(untangled(kept(list(words))), width / scale)):
        glyphs: list[Glyph] = []
        grow = _typewriter_growth(part)
        for word in part:
            glyphs += _glyphs(word, scale, grow)
        for line in layout_page(glyphs, page_no, width).lines:
            text = fix_line(line.text)
            if text:
                lines.append(_with_text(line, text))
    return lines


def kept(words: list[OcrWord]) -> list[OcrWord]:
    """Words worth reading: not on a 'line' standing on end (a page edge, a table rule read
    as letters), not a bar far taller than the type, not a short low-confidence smudge.
    A line's first mark stays whatever its confidence: it is how a bullet reads ('e', '¢')."""
    firsts: dict[int, OcrWord] = {}
    sizes: dict[int, int] = {}
    for word in words:
        firsts.setdefault(word.line, word)
        sizes[word.line] = sizes.get(word.line, 0) + 1
    usual = statistics.median(word.size for word in words) if words else 0.0
    out = []
    for word in words:
        if abs(word.slope) > _MAX_SLOPE:
            continue
        if word.size > _TALL * usual and _alnum(word.text.strip("|[]!lI")) == 0:
            continue  # a page edge or a rule read as '|' on a line of its own height
        bullet = firsts[word.line] is word and sizes[word.line] > 1 and len(word.text) <= 2
        smudge = word.confidence < _SMUDGE_CONFIDENCE and _alnum(word.text) <= _SMUDGE_LETTERS
        if bullet or not smudge:
            out.append(word)
    return out


def untangled(words: list[OcrWord]) -> list[OcrWord]:
    """Each word's box ended where the next word of its line starts.

    On a soft photo Tesseract can give a word a box that runs on over the next one ('05/2020'
    drawn to the end of 'Present'); laid out as letters the two would interleave
    ('Pr2ese0nt'). Words come in Tesseract's reading order within a line."""
    out = list(words)
    last: dict[int, int] = {}  # line -> index in out of its latest word
    for n, word in enumerate(out):
        before = last.get(word.line)
        last[word.line] = n
        if before is None:
            continue
        previous = out[before]
        if previous.left < word.left < previous.right:
            out[before] = replace(previous, right=word.left - 1)
    return out


def _alnum(text: str) -> int:
    return sum(c.isalnum() for c in text)


def straightened(words: list[OcrWord], width: float) -> list[OcrWord]:
    """Each word's baseline carried along its line's slope to the middle of the page.

    After deskewing, a photo's lines still lean a little, each its own way (the page was not
    flat, or shot at an angle): a date set flush right then sits a few points off its title's
    baseline and would make a row of its own. Long lines say how the page leans at their
    height (a straight-line fit of slope against height); every word follows that slope."""
    lean = _lean(words)
    middle = width / 2
    return [
        replace(w, baseline=w.baseline - lean(w.baseline) * ((w.left + w.right) / 2 - middle))
        for w in words
    ]


def _lean(words: list[OcrWord]) -> Callable[[float], float]:
    """Slope as a function of height, fitted on the page's long lines (none: level)."""
    spans: dict[int, list[OcrWord]] = {}
    for word in words:
        spans.setdefault(word.line, []).append(word)
    longest = max((w.right for w in words), default=0) - min((w.left for w in words), default=0)
    samples = []  # (height, slope, weight)
    for members in spans.values():
        length = max(w.right for w in members) - min(w.left for w in members)
        steady = abs(members[0].slope) <= _MAX_LEAN
        if length >= _LONG_LINE * longest and len(members) >= 3 and steady:
            samples.append((members[0].baseline, members[0].slope, float(length)))
    if not samples:
        return lambda _y: 0.0
    total = sum(weight for _, _, weight in samples)
    mean_y = sum(y * weight for y, _, weight in samples) / total
    mean_s = sum(s * weight for _, s, weight in samples) / total
    if len(samples) < 3:
        return lambda _y: mean_s
    var = sum(weight * (y - mean_y) ** 2 for y, _, weight in samples)
    cov = sum(weight * (y - mean_y) * (s - mean_s) for y, s, weight in samples)
    gradient = cov / var if var > 0 else 0.0
    return lambda y: max(-_MAX_LEAN, min(_MAX_LEAN, mean_s + gradient * (y - mean_y)))


def _typewriter_growth(words: list[OcrWord]) -> float:
    """How much larger than measured a part's type is taken to be when it is set in a
    typewriter face. Courier's letters are as wide as they are tall, its space is a letter
    wide, and ink sits mid-cell, so its word gaps (widest after a comma) pass the column-gap
    test of a proportional face: 'Obadiah L.<TAB>St.<TAB>Clair,' cut the name in three. Sized
    by its letter pitch instead, its word gaps stay spaces and a column's gap still counts."""
    ratios = [
        (w.right - w.left) / len(w.text.strip()) / w.size
        for w in words
        if len(w.text.strip()) >= _PITCH_LETTERS and w.size > 0
    ]
    if len(ratios) < _PITCH_WORDS:
        return 1.0
    pitch = statistics.median(ratios)
    return pitch / _PROPORTIONAL_PITCH if pitch > _TYPEWRITER_PITCH else 1.0


_PITCH_LETTERS = 4
_PITCH_WORDS = 8
_TYPEWRITER_PITCH = 0.65  # letter pitch over line height: Courier 0.7-0.8, proportional 0.4-0.55
_PROPORTIONAL_PITCH = 0.5


def _glyphs(word: OcrWord, scale: float, grow: float = 1.0) -> list[Glyph]:
    """A space, then the word's letters at even steps across its box: pdf_layout needs letters,
    OCR gives words; the gaps that matter (between words, between columns) stay exact and the
    space keeps two words apart however close they sit."""
    text = word.text.strip()
    if not text:
        return []
    left, step = word.left * scale, (word.right - word.left) * scale / len(text)
    size = max(_SIZE_STEP, round(word.size * scale * grow / _SIZE_STEP) * _SIZE_STEP)
    baseline = word.baseline * scale
    space = Glyph(left, left, baseline, size, " ", False)
    return [space] + [
        Glyph(left + i * step, left + (i + 1) * step, baseline, size, char, False)
        for i, char in enumerate(text)
    ]


def _with_text(line: TextLine, text: str) -> TextLine:
    return TextLine(
        text=text,
        page=line.page,
        x0=line.x0,
        top=line.top,
        x1=line.x1,
        bottom=line.bottom,
        font_size=line.font_size,
        bold=line.bold,
    )
