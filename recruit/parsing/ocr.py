"""Text from page images with the tesseract command-line program (a grandchild process)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from recruit.parsing.model import TextLine

OCR_BUDGET_SECONDS = 20.0
LOW_CONFIDENCE = 60.0
_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # threads multiply address space under RLIMIT_AS


@dataclass(slots=True)
class OcrResult:
    lines: list[TextLine] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


def ocr_images(
    images: Iterable[object], dpi: float, budget: float = OCR_BUDGET_SECONDS
) -> OcrResult:
    """OCR each PIL image (one per page); warnings say when OCR was missing, slow or unsure."""
    exe = tesseract_path()
    if exe is None:
        return OcrResult(warnings=["ocr_unavailable"])
    result = OcrResult(warnings=["ocr"])
    deadline = time.monotonic() + budget
    confidences: list[float] = []
    for page_no, image in enumerate(images, 1):
        remaining = deadline - time.monotonic()
        if remaining <= 1:
            break
        tsv = _run_tesseract(exe, _png(image), remaining)
        if tsv is None:
            break
        lines, confs = parse_tsv(tsv, page_no, 72.0 / dpi)
        result.lines += lines
        confidences += confs
    if confidences and sum(confidences) / len(confidences) < LOW_CONFIDENCE:
        result.warnings.append("ocr_low_confidence")
    return result


def _png(image: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)  # type: ignore[attr-defined]
    return buffer.getvalue()


def _run_tesseract(exe: str, png: bytes, timeout: float) -> str | None:
    try:
        done = subprocess.run(
            [exe, "stdin", "stdout", "--psm", "3", "tsv"],
            input=png,
            capture_output=True,
            timeout=timeout,
            env=_ENV,
            check=False,
        )
    except (subprocess.TimeoutExpired, OSError):
        return None
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None


def parse_tsv(tsv: str, page_no: int, scale: float) -> tuple[list[TextLine], list[float]]:
    """tesseract TSV rows (level 5 = word) -> one TextLine per (block, paragraph, line)."""
    groups: dict[tuple[str, str, str], list[list[str]]] = {}
    confidences: list[float] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        groups.setdefault((cols[2], cols[3], cols[4]), []).append(cols)
        confidences.append(float(cols[10]))
    lines = [_line(words, page_no, scale) for words in groups.values()]
    return [line for line in lines if line.text], confidences


def _line(words: list[list[str]], page_no: int, scale: float) -> TextLine:
    from recruit.parsing.textclean import clean_line

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
