"""Every hostile file in the shared corpus ends, through the sandbox, in a result within limits."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from recruit.parsing.sandbox import Limits, parse_sandboxed
from tests.parsing.shared import shared_dir

KNOWN_ERRORS = {
    "unsupported_type",
    "empty",
    "encrypted",
    "corrupt",
    "too_many_pages",
    "too_large",
    "timeout",
    "memory",
    "legacy_doc",
}
LIMITS = Limits(cpu_seconds=20, memory_mb=512, wall_seconds=30.0, max_pages=30)
SLACK_SECONDS = 5.0


def _hostile_files() -> list[Path]:
    shared = shared_dir()
    if shared is None:
        return []
    root = shared / "corpus" / "hostile"
    files = [p for folder in ("fetched", "generated") for p in sorted((root / folder).iterdir())]
    return [p for p in files if p.is_file() and p.suffix.lower() != ".json"]


def _run(path: Path) -> tuple[Path, object, float]:
    started = time.monotonic()
    result = parse_sandboxed(path.read_bytes(), path.name, LIMITS)
    return path, result, time.monotonic() - started


@pytest.mark.skipif(
    not _hostile_files(), reason="shared hostile corpus not found (RECRUIT_SHARED_DIR)"
)
def test_every_hostile_file_ends_in_a_result_within_limits() -> None:
    # a few workers only: the bombs are CPU-bound and CI machines have few cores
    with ThreadPoolExecutor(max_workers=3) as pool:
        outcomes = list(pool.map(_run, _hostile_files()))
    problems = []
    for path, result, seconds in outcomes:
        if seconds > LIMITS.wall_seconds + SLACK_SECONDS:
            problems.append(f"{path.name}: took {seconds:.1f}s")
        if not result.ok and result.error_code not in KNOWN_ERRORS:
            problems.append(f"{path.name}: {result.error_code} {result.error}")
    assert not problems, "\n".join(problems)
