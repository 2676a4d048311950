"""A real server (the app under werkzeug, a parse worker thread, a migrated SQLite database in
a temporary instance folder) and headless Chromium from the Debian package, driven by
Playwright. Playwright never downloads a browser here."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from flask import Flask
from werkzeug.serving import make_server

from recruit import create_app
from recruit.db import get_db
from recruit.ops import migrate
from recruit.worker import start_worker_threads

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
VIEWPORTS: dict[str, dict[str, Any]] = {
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    # The recruiter laptop: the candidate file's summary must fit above its fold.
    "laptop": {"viewport": {"width": 1366, "height": 900}},
}
MAX_UPLOAD_MB = 1

NO_CHROMIUM = "browser tests need Chromium: install the Debian 'chromium' package (.ci/run does)"

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - the dev extra installs it
    sync_playwright = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@dataclass(frozen=True)
class LiveServer:
    url: str
    app: Flask


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    root = tmp_path_factory.mktemp("live")
    app = create_app(
        {
            "INSTANCE_PATH": str(root / "instance"),
            "DATABASE_URL": f"sqlite:///{root / 'recruit.sqlite3'}",
            "SECRET_KEY": "e2e secret",
            "MAX_UPLOAD_MB": MAX_UPLOAD_MB,
            "WORKER_POLL_S": 0.1,
            "JOB_MAX_ATTEMPTS": 1,
            "JOB_RETRY_DELAY_S": 0.0,
            "PARSE_FUNCTION": "tests.fakes:delayed_real_parse",
            # The module's tests are several clinicians sharing the resume's phone number; the
            # per-contact confirmation limit has its own tests (tests/intake/test_limits.py).
            "RATE_LIMIT_CONTACT": "1000/3600",
        }
    )
    migrate.upgrade(app)
    stop = threading.Event()
    workers = start_worker_threads(app, 1, stop)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield LiveServer(f"http://127.0.0.1:{server.server_port}", app)
    finally:
        server.shutdown()
        stop.set()
        for worker in workers:
            worker.join(timeout=5)
        get_db(app).engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if CHROMIUM is None:
        pytest.skip(NO_CHROMIUM)
    if sync_playwright is None:
        pytest.skip("browser tests need playwright: run `make install` (dev extra)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()
