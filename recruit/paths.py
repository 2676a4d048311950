"""Where the templates and migrations live, in a source checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _locate(top_level: str, packaged: str) -> Path:
    # A checkout (or editable install) has them beside the package; a wheel ships them inside.
    checkout = _PACKAGE.parent / top_level
    if checkout.is_dir():
        return checkout
    return _PACKAGE / packaged


def templates_dir() -> Path:
    return _locate("templates", "_templates")


def migrations_dir() -> Path:
    return _locate("migrations", "_migrations")
