from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy.orm import Session

from recruit.models import Blob
from recruit.storage import BlobNotFound, DatabaseBlobStore, FileBlobStore, make_store


def test_file_store_keys_bytes_by_their_sha256_and_reads_them_back(tmp_path: Path) -> None:
    store = FileBlobStore(tmp_path)
    key = store.put(b"resume bytes")
    assert key == hashlib.sha256(b"resume bytes").hexdigest()
    with store.open(key) as handle:
        assert handle.read() == b"resume bytes"


def test_file_store_keeps_identical_files_once(tmp_path: Path) -> None:
    store = FileBlobStore(tmp_path)
    assert store.put(b"same") == store.put(b"same")
    assert len([p for p in tmp_path.rglob("*") if p.is_file()]) == 1


def test_file_store_leaves_no_partial_file_when_a_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        FileBlobStore(tmp_path).put(b"half written")
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_file_store_delete_removes_the_file_and_open_then_fails(tmp_path: Path) -> None:
    store = FileBlobStore(tmp_path)
    key = store.put(b"gone soon")
    store.delete(key)
    with pytest.raises(BlobNotFound):
        store.open(key)


def test_keys_that_are_not_sha256_digests_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BlobNotFound):
        FileBlobStore(tmp_path).open("../../etc/passwd")


def test_database_store_round_trips_and_keeps_identical_files_once(session: Session) -> None:
    store = DatabaseBlobStore(session)
    key = store.put(b"in the database")
    assert store.put(b"in the database") == key
    session.commit()
    assert session.query(Blob).count() == 1
    assert store.open(key).read() == b"in the database"
    store.delete(key)
    session.commit()
    with pytest.raises(BlobNotFound):
        store.open(key)


def test_configuration_chooses_the_backend(app: Flask, session: Session) -> None:
    assert isinstance(make_store(app.config, session), FileBlobStore)
    config = {**app.config, "STORAGE_BACKEND": "database"}
    assert isinstance(make_store(config, session), DatabaseBlobStore)
