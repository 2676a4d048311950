#!/usr/bin/env python3
"""Run the parser over every file named in a truth file and print score.py's table.

usage: bench/accuracy.py [--truth PATH] [--files DIR] [--out PRED.jsonl] [--sandbox] [--verbose]
                        [--as-of YYYY-MM-DD]
--as-of fixes the date "Present", expiries and years are resolved against, so a figure can be
reproduced later (default: today).
Predictions are written in the `recruit parse --json` shape. Nothing from the resumes is logged.
Before score.py's table it prints a calibration table (per confidence band of the parser's
field confidence: fields scored and the share right) and the silent-error rate (fields wrong
although given a confidence of 0.8 or more).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
# ../shared next to the checkout (or next to the worktrees folder)
_CANDIDATES = [base / "shared" / "corpus" / "real" / "truth.jsonl" for base in HERE.parents[1:3]]
DEFAULT_TRUTH = next((path for path in _CANDIDATES if path.exists()), _CANDIDATES[0])
sys.path.insert(0, str(HERE))


def parse_file(path: Path, sandbox: bool, today: date | None) -> dict:
    from recruit.parsing import parse
    from recruit.parsing.sandbox import parse_sandboxed

    data = path.read_bytes()
    if path.suffix.lower() == ".docx" and not data.startswith(b"%PDF"):
        result = _dev_docx_result(data, path.name, today)
        if result is not None:
            return result.to_json(str(path))
    if sandbox:
        result = parse_sandboxed(data, path.name, today=today)
    else:
        result = parse(data, path.name, today=today)
    return result.to_json(str(path))


def _dev_docx_result(data: bytes, name: str, today: date | None):
    """Until the real DOCX extractor merges, use the temporary bench helper."""
    from recruit.parsing import parse

    probe = parse(data, name, today=today)
    if probe.ok:
        return None
    import time

    from _dev_docx import docx_document

    from recruit.parsing.model import ParseResult
    from recruit.parsing.profile import build_profile

    document = docx_document(data)
    started = time.perf_counter()
    profile = build_profile(document, today=today or date.today())
    return ParseResult(
        ok=True,
        profile=profile,
        timing_ms={"fields": round((time.perf_counter() - started) * 1000, 1)},
    )


def _score_path(truth: Path) -> Path:
    """shared/eval/score.py beside the corpus the truth lives in, else the shared checkout's
    (the blind set lives inside the repository, away from shared/)."""
    beside = truth.parent.parent.parent / "eval" / "score.py"
    shared = [base / "shared" / "eval" / "score.py" for base in HERE.parents[1:3]]
    return next((path for path in [beside, *shared] if path.exists()), beside)


def _load_score(score_path: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("recruit_eval_score", score_path)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


_BANDS = ((0.9, "0.90-1.00"), (0.8, "0.80-0.89"), (0.7, "0.70-0.79"), (0.5, "0.50-0.69"))
_SOURCE = {"compact": "licenses", "cert_expiry": "certifications"}


def _band(confidence: float | None) -> str:
    if confidence is None:
        return "no value"
    return next((name for low, name in _BANDS if confidence >= low), "0.00-0.49")


def calibration(score, truths: list[dict], preds: dict) -> tuple[dict[str, list[int]], float]:
    """Per confidence band, [fields scored, fields right]; and the silent-error rate: the
    share of scored fields that are wrong although the parser gave them 0.8 or more. A field
    scored 1.0 by score.py is right; a field the parser left empty has no confidence."""
    bands: dict[str, list[int]] = {}
    silent = total = 0
    for truth in truths:
        pred = preds.get(os.path.basename(truth["file"]), {})
        meta = pred.get("fields") or {}
        for field in score.FIELDS:
            value = score.score_field(field, pred, truth)
            if value is None:
                continue
            confidence = (meta.get(_SOURCE.get(field, field)) or {}).get("confidence")
            row = bands.setdefault(_band(confidence), [0, 0])
            right = value >= 0.999
            row[0] += 1
            row[1] += right
            total += 1
            silent += (not right) and confidence is not None and confidence >= 0.8
    return bands, (silent / total if total else 0.0)


def print_calibration(score, truths: list[dict], predictions: Path) -> None:
    bands, silent = calibration(score, truths, score.load_preds(str(predictions)))
    print(f"{'confidence':12} {'fields':>6} {'right':>6}")
    for name in [n for _, n in _BANDS] + ["0.00-0.49", "no value"]:
        if name in bands:
            count, right = bands[name]
            print(f"{name:12} {count:6d} {right / count:6.3f}")
    print(f"silent errors (wrong at confidence >= 0.8): {silent:.1%}")


def _print_misses(score_path: Path, truths: list[dict], predictions: Path) -> None:
    """Per file, the fields scored below 1 (field names and scores only: no resume content)."""
    score = _load_score(score_path)
    preds = score.load_preds(str(predictions))
    for truth in truths:
        pred = preds.get(os.path.basename(truth["file"]), {})
        misses = []
        for field in score.FIELDS:
            value = score.score_field(field, pred, truth)
            if value is not None and value < 1:
                misses.append(f"{field}={value:.2f}")
        print(f"{truth['file']}: {', '.join(misses) or 'all fields right'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--truth", type=Path, default=DEFAULT_TRUTH)
    ap.add_argument(
        "--files",
        type=Path,
        default=None,
        help="folder holding the files (default: truth's folder)",
    )
    ap.add_argument("--out", type=Path, default=Path("/tmp/recruit-accuracy-predictions.jsonl"))
    ap.add_argument(
        "--sandbox", action="store_true", help="parse through the sandbox child process"
    )
    ap.add_argument(
        "--as-of",
        "--today",
        dest="today",
        type=date.fromisoformat,
        default=None,
        help="resolve dates as of YYYY-MM-DD (default: today)",
    )
    ap.add_argument("--verbose", action="store_true", help="list the fields each file missed")
    ap.add_argument("--min", type=float, default=None)
    args = ap.parse_args(argv)
    if not args.truth.exists():
        print(f"no truth file at {args.truth}", file=sys.stderr)
        return 2
    folder = args.files or args.truth.parent
    truths = [json.loads(line) for line in args.truth.read_text().splitlines() if line.strip()]
    fields_ms: list[float] = []
    with args.out.open("w") as out:
        for truth in truths:
            result = parse_file(folder / truth["file"], args.sandbox, args.today)
            fields_ms.append(result["timing_ms"].get("fields", 0.0))
            out.write(json.dumps(result) + "\n")
    fields_ms.sort()
    middle = fields_ms[len(fields_ms) // 2] if fields_ms else 0.0
    print(
        f"build_profile per resume: median {middle:.1f} ms, max {max(fields_ms, default=0):.1f} ms"
    )
    sys.stdout.flush()
    score = _score_path(args.truth)
    if args.verbose:
        _print_misses(score, truths, args.out)
    print_calibration(_load_score(score), truths, args.out)
    sys.stdout.flush()
    cmd = [sys.executable, str(score), str(args.truth), str(args.out)]
    cmd += [f"--min={args.min}"] if args.min is not None else []
    return subprocess.call(cmd, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


if __name__ == "__main__":
    sys.exit(main())
