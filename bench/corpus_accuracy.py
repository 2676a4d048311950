"""Accuracy of recruit.parsing.parse on the project's own resume corpus (tests/parsing/corpus).

usage: python bench/corpus_accuracy.py [--verbose] [--keep DIR] [--as-of YYYY-MM-DD]

Builds every case into a temporary folder (or DIR), parses each file in process and prints
the per-field table, then the score per format and per discipline, then 'overall X.XXX'.
Image cases (scans, photos) are skipped, and said so, when the OCR model is not installed.
--as-of fixes the date "Present", expiries and years are resolved against (default: today),
so a figure can be reproduced later; the date used is printed with the overall score.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGE_FORMATS = {"scan-pdf", "photo-jpeg", "photo-png"}


def _load(module_name: str, path: Path):
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def main(argv: list[str]) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--verbose", action="store_true", help="list the wrong fields per case")
    options.add_argument("--keep", type=Path, help="build into this folder and keep the files")
    options.add_argument(
        "--as-of", type=date.fromisoformat, default=None, help="resolve dates as of YYYY-MM-DD"
    )
    args = options.parse_args(argv)

    from recruit.parsing import ocr, parse

    build = _load("corpus_build", ROOT / "tests/parsing/corpus/build.py")
    scoring = _load("corpus_scoring", ROOT / "tests/parsing/scoring.py")
    out = args.keep or Path(tempfile.mkdtemp(prefix="recruit-corpus-"))
    started = time.perf_counter()
    built = build.build(out)
    print(f"built {len(built)} files in {time.perf_counter() - started:.1f} s")

    has_ocr = ocr.available()
    as_of = args.as_of or date.today()
    records, by_format, by_discipline, skipped = [], {}, {}, []
    for case in built:
        if case.fmt in IMAGE_FORMATS and not has_ocr:
            skipped.append(case.name)
            continue
        result = parse(case.path.read_bytes(), case.path.name, today=as_of)
        profile = result.profile if result.ok and result.profile else {}
        scores = scoring.score_profile(profile, case.expected)
        records.append(scores)
        case_score = _mean(list(scores.values()))
        by_format.setdefault(case.fmt, []).append(case_score)
        by_discipline.setdefault(case.expected["discipline"], []).append(case_score)
        if args.verbose:
            wrong = [f"{f} {s:.2f}" for f, s in scores.items() if s < 1.0]
            note = "" if result.ok else f" [parse failed: {result.error}]"
            print(
                f"  {case.name:24} {case_score:.3f}  {', '.join(wrong) or 'all fields right'}{note}"
            )

    means, overall = scoring.overall(records)
    print(f"\n{'field':18} {'score':>6} {'n':>4}")
    for field, mean in means.items():
        count = sum(1 for r in records if field in r)
        print(f"{field:18} {mean:6.3f} {count:4d}")
    for title, groups in (("format", by_format), ("discipline", by_discipline)):
        print(f"\n{title:18} {'score':>6} {'n':>4}")
        for key, values in sorted(groups.items()):
            print(f"{key:18} {_mean(values):6.3f} {len(values):4d}")
    if skipped:
        print(f"\nskipped (no OCR model installed): {', '.join(skipped)}")
    print(f"\noverall {overall:.3f} ({len(records)} files, as of {as_of.isoformat()})")
    if not args.keep:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
