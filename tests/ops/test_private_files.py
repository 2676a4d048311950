"""Everything that holds personal data on disk is readable by the service's user only."""

from __future__ import annotations

import stat
from email.message import EmailMessage
from pathlib import Path

from flask import Flask

from recruit import create_app
from recruit.db import get_db
from recruit.mail import write_to_outbox
from recruit.storage import FileBlobStore


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_sqlite_database_and_its_journal_are_private(tmp_path: Path) -> None:
    instance = tmp_path / "instance"
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "INSTANCE_PATH": str(instance)})
    with get_db(app).engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    database = instance / "recruit.sqlite3"
    assert _mode(instance) == 0o700
    assert _mode(database) == 0o600
    assert all(_mode(p) == 0o600 for p in instance.glob("recruit.sqlite3*"))


def test_stored_blobs_and_their_folders_are_private(tmp_path: Path) -> None:
    root = tmp_path / "blobs"
    key = FileBlobStore(root).put(b"Jane Example, RN")
    blob = root / key[:2] / key[2:4] / key
    assert _mode(blob) == 0o600
    assert [_mode(p) for p in (root, blob.parent.parent, blob.parent)] == [0o700] * 3


def test_outbox_messages_holding_status_links_are_private(app: Flask, tmp_path: Path) -> None:
    message = EmailMessage()
    message["To"] = "jane@example.com"
    message.set_content("Your status link: https://example.test/status/abc")
    path = write_to_outbox({"OUTBOX_DIR": str(tmp_path / "outbox")}, str(tmp_path), message)
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
