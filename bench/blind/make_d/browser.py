"""Headless Chromium: print an HTML page to PDF, or take a screenshot of it."""

import subprocess
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
BASE = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--hide-scrollbars",
    "--disable-background-networking",
    "--disable-component-update",
]


def _chromium(extra: list[str], html: Path) -> None:
    subprocess.run(
        [CHROMIUM, *BASE, *extra, html.resolve().as_uri()],
        check=True,
        timeout=240,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def pdf(html: Path, out: Path) -> None:
    _chromium(["--no-pdf-header-footer", f"--print-to-pdf={out}"], html)


def shot(html: Path, out: Path, size: tuple[int, int], scale: float) -> None:
    _chromium(
        [
            f"--screenshot={out}",
            f"--window-size={size[0]},{size[1]}",
            f"--force-device-scale-factor={scale}",
        ],
        html,
    )
