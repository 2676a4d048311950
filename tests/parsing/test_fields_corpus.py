"""The dev corpus in ../shared scores at least 0.90 overall (skipped when it is absent)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_CANDIDATES = [base / "shared" / "corpus" / "real" / "truth.jsonl" for base in ROOT.parents[:2]]
TRUTH = next((path for path in _CANDIDATES if path.exists()), _CANDIDATES[0])


@pytest.mark.skipif(not TRUTH.exists(), reason="../shared/corpus/real is not on this machine")
def test_dev_corpus_scores_at_least_ninety_percent(tmp_path: Path) -> None:
    out = tmp_path / "predictions.jsonl"
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "accuracy.py"),
            "--truth",
            str(TRUTH),
            "--out",
            str(out),
            "--today",
            "2026-11-01",
            "--min",
            "0.90",
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    overall = [line for line in run.stdout.splitlines() if line.startswith("overall")]
    assert run.returncode == 0, overall or run.stderr[-500:]
