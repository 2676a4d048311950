"""Entry point for worker processes that queue tests start with multiprocessing (spawn)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from recruit import create_app
from recruit.worker import Worker


def run_worker(config: dict[str, Any], max_jobs: int | None, go_file: str | None = None) -> None:
    """Work until the queue is empty (max_jobs None) or until max_jobs jobs are done."""
    deadline = time.monotonic() + 30
    while go_file and not Path(go_file).exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    worker = Worker(create_app(config))
    if max_jobs is None:
        while worker.run_once():
            pass
    else:
        worker.run(threading.Event(), max_jobs=max_jobs)
