from __future__ import annotations

from pathlib import Path

import pytest

from recruit import create_app


def test_defaults_keep_database_and_files_in_the_instance_folder(tmp_path: Path) -> None:
    app = create_app({"INSTANCE_PATH": str(tmp_path)})
    assert app.config["DATABASE_URL"] == f"sqlite:///{tmp_path / 'recruit.sqlite3'}"
    assert app.config["STORAGE_DIR"] == str(tmp_path / "blobs")
    assert app.config["STORAGE_BACKEND"] == "file"
    assert app.config["MAX_UPLOAD_MB"] == 10
    assert app.config["MAX_UPLOAD_BYTES"] == 10 * 1024 * 1024


def test_secret_key_is_generated_once_and_kept_in_the_instance_folder(tmp_path: Path) -> None:
    first = create_app({"INSTANCE_PATH": str(tmp_path)}).config["SECRET_KEY"]
    second = create_app({"INSTANCE_PATH": str(tmp_path)}).config["SECRET_KEY"]
    assert first == second == (tmp_path / "secret_key").read_text()
    assert len(first) >= 32
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_environment_variables_are_read_when_the_app_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECRUIT_MAX_UPLOAD_MB", "3")
    monkeypatch.setenv("RECRUIT_STORAGE_BACKEND", "database")
    monkeypatch.setenv("RECRUIT_WORKERS", "4")
    app = create_app({"INSTANCE_PATH": str(tmp_path)})
    assert app.config["MAX_UPLOAD_BYTES"] == 3 * 1024 * 1024
    assert app.config["STORAGE_BACKEND"] == "database"
    assert app.config["WORKERS"] == 4


def test_instance_config_file_is_read_and_environment_overrides_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "config.py").write_text("MAX_UPLOAD_MB = 5\nJOB_MAX_ATTEMPTS = 7\n")
    monkeypatch.setenv("RECRUIT_JOB_MAX_ATTEMPTS", "2")
    app = create_app({"INSTANCE_PATH": str(tmp_path)})
    assert app.config["MAX_UPLOAD_MB"] == 5
    assert app.config["JOB_MAX_ATTEMPTS"] == 2


def test_test_config_wins_over_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECRUIT_MAX_UPLOAD_MB", "3")
    app = create_app({"INSTANCE_PATH": str(tmp_path), "MAX_UPLOAD_MB": 2})
    assert app.config["MAX_UPLOAD_MB"] == 2


def test_a_malformed_number_names_the_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECRUIT_JOB_LEASE_S", "soon")
    with pytest.raises(ValueError, match="RECRUIT_JOB_LEASE_S"):
        create_app({"INSTANCE_PATH": str(tmp_path)})


def test_an_unknown_storage_backend_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="STORAGE_BACKEND"):
        create_app({"INSTANCE_PATH": str(tmp_path), "STORAGE_BACKEND": "ftp"})
