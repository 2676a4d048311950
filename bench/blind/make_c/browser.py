"""Headless Chromium (the Debian package): print an HTML file to PDF, or screenshot it."""

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
        timeout=180,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def print_pdf(html: Path, pdf: Path) -> None:
    """Chromium's own header/footer off: page margin boxes in the CSS print instead, if any."""
    _run(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.resolve().as_uri()])


def screenshot(html: Path, png: Path, size: tuple[int, int], scale: float = 1.0) -> None:
    _run(
        [
            f"--screenshot={png}",
            f"--window-size={size[0]},{size[1]}",
            f"--force-device-scale-factor={scale}",
            html.resolve().as_uri(),
        ]
    )
