"""Operator commands and the append-only event trail."""

from __future__ import annotations

import json
import os
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy.orm import Session

from recruit import create_app
from recruit.candidates.parse_results import save_parse_result
from recruit.cli import main
from recruit.db import get_db
from recruit.events import AppendOnlyError, allow_event_erasure, record_event
from recruit.models import Event, Submission
from recruit.parsing.model import ParseResult
from recruit.storage import FileBlobStore
from tests.fakes import PROFILE
from tests.helpers import TEXT_RESUME, make_submission


def test_events_cannot_be_changed_or_deleted_outside_erasure(session: Session) -> None:
    event = record_event(session, "signed_in")
    session.commit()
    event.kind = "something_else"
    with pytest.raises(AppendOnlyError):
        session.flush()
    session.rollback()
    with pytest.raises(AppendOnlyError):
        session.execute(sa.update(Event).values(kind="x"))
    with pytest.raises(AppendOnlyError):
        session.execute(sa.delete(Event))
    session.delete(session.get_one(Event, event.id))
    with pytest.raises(AppendOnlyError):
        session.flush()
    session.rollback()


def test_erasure_may_delete_events_inside_the_allow_block(session: Session) -> None:
    record_event(session, "signed_in")
    session.commit()
    with allow_event_erasure(session):
        session.execute(sa.delete(Event))
        session.commit()
    assert session.query(Event).count() == 0
    record_event(session, "signed_in")
    session.commit()
    with pytest.raises(AppendOnlyError):  # the permission ended with the block
        session.execute(sa.delete(Event))


def test_backup_of_a_live_sqlite_database_restores_to_a_usable_one(
    app: Flask, runner: FlaskCliRunner, session: Session, tmp_path: Path, backend: str
) -> None:
    if backend != "sqlite":
        pytest.skip("recruit backup is for SQLite; PostgreSQL uses pg_dump (README)")
    submission = make_submission(session)
    session.commit()
    target = tmp_path / "copy.sqlite3"
    result = runner.invoke(main, args=["backup", str(target)])
    assert result.exit_code == 0, result.output
    restored = create_app(
        {"INSTANCE_PATH": str(tmp_path / "r"), "DATABASE_URL": f"sqlite:///{target}"}
    )
    with get_db(restored).write_sessions() as copy, copy.begin():
        assert copy.get_one(Submission, submission.id).candidate_id == submission.candidate_id
        record_event(copy, "restored_and_writable")
    get_db(restored).engine.dispose()


def test_backup_refuses_postgresql_and_points_at_pg_dump(tmp_path: Path) -> None:
    from recruit.ops.backup import BackupError, backup_sqlite

    with pytest.raises(BackupError, match="pg_dump"):
        backup_sqlite("postgresql+psycopg://u@127.0.0.1/db", tmp_path / "x")


def age(path: Path, hours: float) -> None:
    past = time.time() - hours * 3600
    os.utime(path, (past, past))


def test_blob_gc_removes_only_old_unreferenced_files_and_dry_run_removes_nothing(
    app: Flask, runner: FlaskCliRunner, session: Session
) -> None:
    store_dir = app.config["STORAGE_DIR"]
    kept = make_submission(session, store_dir=store_dir).document
    session.commit()
    store = FileBlobStore(store_dir)
    old_orphan = store._path(store.put(b"orphan from a crashed upload"))
    new_orphan = store._path(store.put(b"upload whose transaction is still open"))
    for path in (old_orphan, store._path(kept.storage_key)):  # type: ignore[union-attr]
        age(path, 48)
    dry = runner.invoke(main, args=["blobs", "gc", "--dry-run"])
    assert dry.exit_code == 0 and "would remove 1 orphaned" in dry.output
    assert old_orphan.name in dry.output and old_orphan.exists()
    result = runner.invoke(main, args=["blobs", "gc"])
    assert "removed 1 orphaned" in result.output
    assert not old_orphan.exists() and new_orphan.exists()
    assert store._path(kept.storage_key).exists()  # type: ignore[union-attr]


def test_export_candidate_writes_profile_events_and_originals(
    app: Flask, runner: FlaskCliRunner, session: Session, tmp_path: Path
) -> None:
    submission = make_submission(
        session, store_dir=app.config["STORAGE_DIR"], display_name="../cv.txt"
    )
    save_parse_result(session, submission, ParseResult(ok=True, profile=dict(PROFILE), text="x"))
    session.commit()
    target = tmp_path / "export.zip"
    result = runner.invoke(
        main, args=["export-candidate", str(submission.candidate_id), str(target)]
    )
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        profile: dict[str, Any] = json.loads(archive.read("profile.json"))
        events = json.loads(archive.read("events.json"))
        original = [n for n in names if n.startswith("originals/")]
        assert archive.read(original[0]) == TEXT_RESUME
    assert all(".." not in name for name in names)
    assert profile["submissions"][0]["parse_result"]["profile"]["name"] == "Jane Example"
    assert {"submission_received", "parse_succeeded"} <= {e["kind"] for e in events} | {
        "submission_received"
    }
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    session.rollback()
    assert session.query(Event).filter_by(kind="candidate_exported").count() == 1
    missing = runner.invoke(main, args=["export-candidate", "999", str(tmp_path / "none.zip")])
    assert missing.exit_code != 0 and "no candidate 999" in missing.output
