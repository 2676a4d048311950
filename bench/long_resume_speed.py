"""Long resumes: field extraction cost per line, and parse() time on very long files.

Usage: python -m bench.long_resume_speed [--sizes 1000,3000,10000]
       [--parse-sizes 10000,30000,100000]

Fields: build_profile() on N dated work lines, uncut; prints ms per line, which stays roughly
flat when extraction is linear (it grew with N while employer anchors were kept in a list).
Parse: parse() of an N-line text; past recruit.parsing.model.MAX_LINES it reads only the first
lines and warns "too_long", so these times should not grow with N.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date

from recruit.parsing import parse
from recruit.parsing.model import MAX_LINES, Document, TextLine
from recruit.parsing.profile import build_profile

BLOCK = [
    "ICU Staff Nurse, St. Mary Hospital, Denver, CO",
    "Jan 2019 - Present",
    "Cared for 2-3 critical patients per shift; titrated drips; Epic charting",
    "BLS, ACLS - expires 12/2027",
    "Compact RN licence, Texas #123456",
]
HEAD = ["Jane Example, RN", "jane@example.com | (555) 201-3344", "Experience"]


def resume_lines(count: int) -> list[str]:
    lines = list(HEAD)
    while len(lines) < count:
        lines += BLOCK
    return lines[:count]


def fields_seconds(count: int) -> float:
    document = Document([TextLine(text=t) for t in resume_lines(count)], "text/plain")
    started = time.process_time()
    build_profile(document, today=date(2026, 12, 1))
    return time.process_time() - started


def parse_seconds(count: int) -> tuple[float, list[str]]:
    data = "\n".join(resume_lines(count)).encode()
    started = time.process_time()
    result = parse(data, "long.txt")
    return time.process_time() - started, result.warnings


def _sizes(text: str) -> list[int]:
    return [int(size) for size in text.split(",") if size]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,3000,10000")
    parser.add_argument("--parse-sizes", default="10000,30000,100000")
    args = parser.parse_args(argv)
    print(f"{'lines':>8} {'fields s':>9} {'ms/line':>8}")
    for count in _sizes(args.sizes):
        seconds = fields_seconds(count)
        print(f"{count:8} {seconds:9.2f} {seconds * 1000 / count:8.2f}")
    print(f"\nparse() reads at most {MAX_LINES} lines")
    print(f"{'lines':>8} {'parse s':>9}  warnings")
    for count in _sizes(args.parse_sizes):
        seconds, warnings = parse_seconds(count)
        print(f"{count:8} {seconds:9.2f}  {', '.join(warnings)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
