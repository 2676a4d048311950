"""`recruit run`: the production web server (gunicorn) and a parse worker process, together.

The web side is gunicorn's gthread worker (threads for slow uploads, a process the arbiter
restarts if it dies); each web process builds its own app after the fork, so no database
connection crosses a fork. Parsing runs in a `recruit worker` child process, not in threads of
the web process: a large parse never holds memory where pages are served. Stopping `recruit run`
(Ctrl-C or SIGTERM) stops both.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import subprocess
import sys
from collections.abc import Callable
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication

_M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter number
_MMAP_THRESHOLD_BYTES = 256 * 1024
WORKER_COMMAND = [sys.executable, "-c", "from recruit.cli import main; main()", "worker"]


class WebServer(BaseApplication):
    """gunicorn, configured in code: no gunicorn.conf.py is read from the working folder."""

    def __init__(self, factory: Callable[[], Flask], options: dict[str, Any]) -> None:
        self.factory = factory
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for name, value in self.options.items():
            self.cfg.set(name, value)

    def load(self) -> Flask:
        return_large_blocks_to_the_os()
        return self.factory()


def return_large_blocks_to_the_os() -> None:
    """Serve each large allocation (an upload, its decoded text) from its own mapping, given
    back when freed. By default glibc raises this threshold after the first large free, to
    32 MB, and a web process that once read a 10 MB upload keeps its pages for good."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return
    try:
        libc = ctypes.CDLL(libc_name)
        libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD_BYTES)
    except (OSError, AttributeError):
        return  # not glibc: nothing to tune


def web_options(host: str, port: int, processes: int, threads: int) -> dict[str, Any]:
    return {
        "bind": f"{host}:{port}",
        "workers": processes,
        "worker_class": "gthread",
        "threads": threads,
        "graceful_timeout": 10,
        "timeout": 60,
        "accesslog": None,  # status links are secrets; see the README before turning it on
    }


def start_worker_process(threads: int) -> subprocess.Popen[bytes] | None:
    """`recruit worker` with the same environment (database, instance folder, settings)."""
    if threads < 1:
        return None
    return subprocess.Popen([*WORKER_COMMAND, "--threads", str(threads)])


def stop_worker_process(process: subprocess.Popen[bytes] | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()  # the worker finishes or hands back its job, then exits
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
