"""Whole parse() vs pdfminer's extract_text on born-digital PDFs, interleaved in one process.

Usage: python bench/parse_speed.py [FOLDER] [--repeats N] [--check]
Prints per-file CPU milliseconds and ratios, then the median ratio; --check exits 1 above 0.8.
CPU time (process_time) rather than wall time: the comparison is single-threaded and CPU time
is far less disturbed by other work on a shared machine.

Then OCR seconds per page (wall clock and CPU, whole parse in process): each image-only PDF of
the folder, and a page drawn by recruit.parsing.capabilities, so the figure exists without any
scan at hand.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path

from pdfminer.high_level import extract_text

from recruit.parsing import capabilities, parse
from recruit.parsing.extract_pdf import extract_pdf

REPO = Path(__file__).resolve().parents[1]
TARGET = 0.8


def default_folder() -> Path:
    """../shared next to the checkout (or next to its worktree folder), or RECRUIT_SHARED_DIR."""
    env = os.environ.get("RECRUIT_SHARED_DIR")
    candidates = [Path(env)] if env else []
    candidates += [REPO.parent / "shared", REPO.parent.parent / "shared"]
    for shared in candidates:
        if (shared / "corpus" / "real").is_dir():
            return shared / "corpus" / "real"
    return candidates[0] / "corpus" / "real"


def _timed(func, *args) -> float:  # type: ignore[no-untyped-def]
    started = time.process_time()
    func(*args)
    return time.process_time() - started


def _has_text_layer(data: bytes) -> bool:
    return len(extract_text(io.BytesIO(data), maxpages=3).strip()) > 40


def measure(data: bytes, name: str, repeats: int) -> tuple[float, float, float]:
    """Median seconds for parse(), extraction alone, and extract_text (interleaved runs)."""
    ours, extraction, theirs = [], [], []
    for _ in range(repeats):
        ours.append(_timed(parse, data, name))
        theirs.append(_timed(extract_text, io.BytesIO(data)))
        extraction.append(_timed(lambda: extract_pdf(data, max_pages=30)))
    return statistics.median(ours), statistics.median(extraction), statistics.median(theirs)


def ocr_seconds_per_page(scans: list[Path]) -> list[tuple[str, float, float, int]]:
    """(name, wall s/page, CPU s/page, pages) for each scan, then for the generated page."""
    samples = [(path.name, path.read_bytes()) for path in scans]
    samples.append(("generated sample page", capabilities.sample_page()))
    figures = []
    for name, data in samples:
        wall, cpu = time.perf_counter(), time.process_time()
        result = parse(data, name)
        pages = result.page_count or 1
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        figures.append((name, wall / pages, cpu / pages, pages))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=None)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--check", action="store_true", help=f"exit 1 if median > {TARGET}")
    args = parser.parse_args(argv)
    folder = args.folder or default_folder()
    ratios, extract_ratios, scans = [], [], []
    print(
        f"{'file':32} {'parse ms':>9} {'extract ms':>10} {'pdfminer ms':>11}"
        f" {'ratio':>6} {'extr.':>6}"
    )
    for path in sorted(folder.glob("*.pdf")):
        data = path.read_bytes()
        if not _has_text_layer(data):
            print(f"{path.name:32} skipped: no text layer (timed below as OCR)")
            scans.append(path)
            continue
        ours, extraction, theirs = measure(data, path.name, args.repeats)
        ratios.append(ours / theirs)
        extract_ratios.append(extraction / theirs)
        print(
            f"{path.name:32} {ours * 1000:9.1f} {extraction * 1000:10.1f} {theirs * 1000:11.1f}"
            f" {ratios[-1]:6.2f} {extract_ratios[-1]:6.2f}"
        )
    if not ratios:
        print("no born-digital PDFs found", file=sys.stderr)
        return 2
    median = statistics.median(ratios)
    print(
        f"median ratio parse/extract_text: {median:.2f} (target <= {TARGET});"
        f" extraction alone: {statistics.median(extract_ratios):.2f}"
    )
    parse(capabilities.sample_page(), "warm-up.png")  # the OCR model's first load is not a page
    for name, wall, cpu, pages in ocr_seconds_per_page(scans):
        print(f"OCR seconds per page: {wall:.2f} wall, {cpu:.2f} CPU  ({name}, {pages} page(s))")
    return 1 if args.check and median > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
