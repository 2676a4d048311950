"""Headless Chromium: HTML file to PDF, or to a PNG screenshot."""

import subprocess
from pathlib import Path

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--hide-scrollbars",
]


def _run(args: list[str]) -> None:
    subprocess.run(
        ["/usr/bin/chromium", *FLAGS, *args],
        check=True,
        timeout=120,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def print_pdf(html: Path, pdf: Path) -> None:
    _run(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.resolve().as_uri()])


def screenshot(html: Path, png: Path, width: int = 1100, height: int = 1500) -> None:
    _run([f"--screenshot={png}", f"--window-size={width},{height}", html.resolve().as_uri()])
