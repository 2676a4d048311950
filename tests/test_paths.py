from __future__ import annotations

from pathlib import Path

import pytest

from recruit import paths


def test_a_checkout_uses_the_top_level_folders() -> None:
    root = Path(paths.__file__).resolve().parent.parent
    assert paths.templates_dir() == root / "templates"
    assert paths.migrations_dir() == root / "migrations"
    assert (paths.templates_dir() / "base.html").is_file()


def test_an_installed_wheel_uses_the_copies_inside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "recruit"
    (package / "_templates").mkdir(parents=True)
    monkeypatch.setattr(paths, "_PACKAGE", package)
    assert paths.templates_dir() == package / "_templates"
    assert paths.migrations_dir() == package / "_migrations"
