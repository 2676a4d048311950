"""Run parse() in a child process with CPU, memory, wall-clock and page limits.

Children come from a multiprocessing *forkserver* that imported the parser once, so each parse
starts in milliseconds and the calling process (threaded web or worker) is never forked itself.
The child sets its own rlimits: RLIMIT_CPU, and RLIMIT_AS as "address space already mapped +
memory_mb" (the preloaded interpreter maps well over 100 MB of shared libraries before reading a
byte, so an absolute 512 MB cap would mostly measure libraries). The parent enforces the wall
clock and kills the child's whole process group; OCR runs inside the child (tesserocr), so a
page stuck in Tesseract dies with it. OCR of a 300 dpi letter page adds about 100 MB to the
child's address space, well inside the default budget.

Measured on the 2-core dev VM: the first call boots the forkserver and its preloads (~0.5-0.7 s,
once per process); after that a child costs ~25-45 ms end to end for a tiny document, against
~0.55 s for a fresh `python -m` child that imports pdfminer, python-docx and Pillow itself.
The forked child's address space starts near 75 MB, so RLIMIT_AS ends up near 590 MB by default.
Children never re-import the calling script (see _fork_main), but scripts that call
parse_sandboxed still need the usual `if __name__ == "__main__":` guard.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import threading
import time
from dataclasses import dataclass
from datetime import date
from multiprocessing import spawn
from multiprocessing.connection import Connection
from typing import Any

from recruit.parsing._fork_main import MAIN_PATH_VARIABLE
from recruit.parsing.model import ParseError, ParseResult

PRELOAD = [
    "recruit.parsing._fork_main",
    "recruit.parsing",
    "recruit.parsing.extract",
    "recruit.parsing.extract_pdf",
    "recruit.parsing.extract_docx",
    "recruit.parsing.extract_image",
    "recruit.parsing.ocr",
    "recruit.parsing.extract_text",
    "recruit.parsing.extract_doc",
    "recruit.parsing.profile",
    "pdfminer.pdfinterp",
    "docx",
    "PIL.Image",
    "pypdfium2",
]
TIMEOUT = ParseError(
    "timeout", "This file took too long to read. Please save it again as a simple PDF or DOCX."
)
MEMORY = ParseError(
    "memory",
    "This file needs more memory than we allow. Please save it again as a simpler PDF or DOCX.",
)
INTERNAL = ParseError(
    "internal", "Something went wrong while reading this file. We will look at it."
)
_MB = 1024 * 1024
_lock = threading.Lock()
_context: Any = None


@dataclass(frozen=True, slots=True)
class Limits:
    cpu_seconds: int = 20
    memory_mb: int = 512
    wall_seconds: float = 30.0
    max_pages: int = 30


def parse_sandboxed(
    data: bytes,
    filename: str,
    limits: Limits = Limits(),
    media_type: str | None = None,
    *,
    today: date | None = None,
) -> ParseResult:
    """parse() in a limited child. Never raises for a bad document; the result says what failed.

    `media_type` is the type the upload check detected and stored, `today` the date the
    profile is resolved against (default: today); both as in parse()."""
    receiver, sender = _get_context().Pipe(duplex=False)
    job = (data, filename, limits, media_type, today)
    child = _get_context().Process(target=_child_main, args=(sender, *job))
    started = time.monotonic()
    child.start()
    sender.close()
    try:
        return _await(child, receiver, limits, started)
    finally:
        receiver.close()
        _kill(child)
        child.join(5)


def _await(child: Any, receiver: Connection, limits: Limits, started: float) -> ParseResult:
    if not receiver.poll(limits.wall_seconds):
        return ParseResult.failure(TIMEOUT)
    try:
        payload = receiver.recv()
    except (EOFError, OSError):
        child.join(max(0.0, limits.wall_seconds - (time.monotonic() - started)))
        return ParseResult.failure(_death_cause(child.exitcode))
    return ParseResult.from_dict(payload)


def _death_cause(exitcode: int | None) -> ParseError:
    if exitcode == -signal.SIGXCPU:
        return TIMEOUT
    if exitcode == -signal.SIGKILL:
        return MEMORY  # the hard CPU limit is never reached first: SIGXCPU comes a second earlier
    return INTERNAL


def _kill(child: Any) -> None:
    if child.pid is None:
        return
    for kill in (lambda: os.killpg(child.pid, signal.SIGKILL), child.kill):
        try:
            kill()
        except (ProcessLookupError, PermissionError, OSError):
            pass


def _get_context() -> Any:
    global _context
    with _lock:
        if _context is None:
            _publish_main_path()
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            _context = context
        return _context


def _publish_main_path() -> None:
    main_path = spawn.get_preparation_data("sandbox").get("init_main_from_path")
    if main_path:
        os.environ[MAIN_PATH_VARIABLE] = main_path


def _child_main(
    sender: Connection,
    data: bytes,
    filename: str,
    limits: Limits,
    media_type: str | None,
    today: date | None,
) -> None:
    os.setpgrp()
    memory_failure = ParseResult.failure(MEMORY).to_dict()
    _apply_limits(limits)
    try:
        payload = _parse(data, filename, limits, media_type, today).to_dict()
    except MemoryError:
        payload = memory_failure
    except BaseException:  # noqa: BLE001 - a bug in our code must still end with an answer
        payload = ParseResult.failure(INTERNAL).to_dict()
    try:
        sender.send(payload)
    except MemoryError:
        sender.send(memory_failure)
    finally:
        sender.close()


def _parse(
    data: bytes, filename: str, limits: Limits, media_type: str | None, today: date | None
) -> ParseResult:
    from recruit.parsing import parse

    try:
        return parse(data, filename, max_pages=limits.max_pages, today=today, media_type=media_type)
    except RecursionError:
        return ParseResult.failure(
            ParseError("corrupt", "This file is damaged and we could not read it.")
        )


def _apply_limits(limits: Limits) -> None:
    cpu = max(1, int(limits.cpu_seconds))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    budget = mapped_bytes() + limits.memory_mb * _MB
    resource.setrlimit(resource.RLIMIT_AS, (budget, budget))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * _MB, 64 * _MB))


def mapped_bytes() -> int:
    """This process's current virtual size (VmSize)."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
