"""Tesseract's recognised words, each with its box, its line's baseline and its line's height."""

from __future__ import annotations

import tesserocr

from recruit.parsing.ocr_lines import OcrWord

_WORD = tesserocr.RIL.WORD
_LINE = tesserocr.RIL.TEXTLINE


def words_of(iterator: tesserocr.PyResultIterator | None) -> list[OcrWord]:
    """Every recognised word with its box, its line's baseline and its line's height."""
    if iterator is None:
        return []
    words: list[OcrWord] = []
    baseline: tuple[tuple[int, int], tuple[int, int]] | None = None
    size = 0.0
    line = 0
    for item in tesserocr.iterate_level(iterator, _WORD):
        if item.IsAtBeginningOf(_LINE):
            baseline = item.Baseline(_LINE)
            size = float(item.RowAttributes()["row_height"])
            line += 1
        try:
            text, box = item.GetUTF8Text(_WORD), item.BoundingBox(_WORD)
        except RuntimeError:  # tesserocr's "No text returned" for an empty word
            continue
        if not text or not text.strip() or box is None:
            continue
        left, top, right, bottom = box
        words.append(
            OcrWord(
                text=text.strip(),
                left=left,
                right=right,
                baseline=_y_at(baseline, (left + right) / 2, bottom),
                size=size or float(bottom - top),
                confidence=float(item.Confidence(_WORD)),
                line=line,
                slope=_slope(baseline),
                top=top,
                bottom=bottom,
            )
        )
    return words


def _slope(baseline: tuple[tuple[int, int], tuple[int, int]] | None) -> float:
    if baseline is None:
        return 0.0
    (x1, y1), (x2, y2) = baseline
    return (y2 - y1) / (x2 - x1) if x2 != x1 else 0.0


def _y_at(baseline: tuple[tuple[int, int], tuple[int, int]] | None, x: float, bottom: int) -> float:
    if baseline is None:
        return float(bottom)
    (x1, y1), (x2, y2) = baseline
    if x2 == x1:
        return float(y1)
    return y1 + (y2 - y1) * (x - x1) / (x2 - x1)
