"""The BlobStore contract, run identically over every backend: files, database rows, and an
S3 API (moto's server, or RECRUIT_TEST_S3_ENDPOINT)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.models import Blob
from recruit.storage import (
    BlobNotFound,
    BlobStore,
    DatabaseBlobStore,
    FileBlobStore,
    S3BlobStore,
    S3Settings,
)
from tests import s3
from tests.helpers import create_schema

RESUME = b"%PDF-1.4 Jane Example, RN, ICU, Denver CO"


@dataclass
class Backend:
    name: str
    new_store: Callable[[], BlobStore]  # another store over the same bytes (another process)
    count: Callable[[], int]  # how many blobs the backing holds
    settle: Callable[[], None] = lambda: None  # the database store writes in a transaction


@pytest.fixture(params=["file", "database", "s3"])
def blob_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    if request.param == "file":
        root = tmp_path / "blobs"
        yield Backend(
            "file",
            lambda: FileBlobStore(root),
            lambda: sum(1 for p in root.rglob("*") if p.is_file()),
        )
    elif request.param == "database":
        yield from database_backend(tmp_path)
    else:
        endpoint = request.getfixturevalue("s3_endpoint")
        bucket = request.getfixturevalue("s3_bucket")
        settings = S3Settings(bucket=bucket, prefix="blobs/", endpoint_url=endpoint)
        yield Backend(
            "s3", lambda: S3BlobStore(settings), lambda: len(s3.object_keys(endpoint, bucket))
        )


def database_backend(tmp_path: Path) -> Iterator[Backend]:
    url = f"sqlite:///{tmp_path / 'blobs.sqlite3'}"
    create_schema(url)
    engine = sa.create_engine(url)
    sessions: list[Session] = []

    def new_store() -> BlobStore:
        sessions.append(Session(engine))
        return DatabaseBlobStore(sessions[-1])

    def count() -> int:
        with Session(engine) as session:
            return session.query(Blob).count()

    def settle() -> None:
        for session in sessions:
            session.commit()

    yield Backend("database", new_store, count, settle)
    for session in sessions:
        session.close()
    engine.dispose()


def test_a_blob_is_keyed_by_the_sha256_of_its_bytes_and_reads_back(blob_backend: Backend) -> None:
    store = blob_backend.new_store()
    key = store.put(RESUME)
    blob_backend.settle()
    assert key == hashlib.sha256(RESUME).hexdigest()
    assert store.exists(key)
    with store.open(key) as handle:
        assert handle.read() == RESUME


def test_identical_bytes_are_stored_once(blob_backend: Backend) -> None:
    first, second = blob_backend.new_store(), blob_backend.new_store()
    assert first.put(RESUME) == first.put(RESUME)
    blob_backend.settle()
    assert second.put(RESUME) == blob_key_of(RESUME)
    blob_backend.settle()
    assert blob_backend.count() == 1


def test_what_one_store_writes_another_reads(blob_backend: Backend) -> None:
    key = blob_backend.new_store().put(RESUME)
    blob_backend.settle()
    with blob_backend.new_store().open(key) as handle:
        assert handle.read() == RESUME


def test_a_deleted_blob_is_gone_and_deleting_it_again_is_harmless(blob_backend: Backend) -> None:
    store = blob_backend.new_store()
    key = store.put(RESUME)
    kept = store.put(b"another resume")
    blob_backend.settle()
    store.delete(key)
    store.delete(key)
    blob_backend.settle()
    assert not store.exists(key)
    with pytest.raises(BlobNotFound):
        store.open(key)
    assert store.exists(kept)
    assert blob_backend.count() == 1


def test_a_key_never_stored_is_not_found(blob_backend: Backend) -> None:
    store = blob_backend.new_store()
    missing = hashlib.sha256(b"never uploaded").hexdigest()
    assert not store.exists(missing)
    with pytest.raises(BlobNotFound):
        store.open(missing)


@pytest.mark.parametrize("key", ["../../etc/passwd", "A" * 64, "0" * 63, "", "0" * 64 + "/x"])
def test_keys_that_are_not_sha256_digests_are_refused(blob_backend: Backend, key: str) -> None:
    store = blob_backend.new_store()
    for operation in (store.open, store.delete, store.exists):
        with pytest.raises(BlobNotFound):
            operation(key)


def test_a_five_megabyte_resume_streams_back_unchanged_in_chunks(blob_backend: Backend) -> None:
    data = os.urandom(5 * 1024 * 1024)
    store = blob_backend.new_store()
    key = store.put(data)
    blob_backend.settle()
    chunks = []
    with blob_backend.new_store().open(key) as handle:
        while chunk := handle.read(64 * 1024):
            assert len(chunk) <= 64 * 1024
            chunks.append(chunk)
    assert len(chunks) >= 80
    assert b"".join(chunks) == data


def test_empty_bytes_are_a_blob_like_any_other(blob_backend: Backend) -> None:
    store = blob_backend.new_store()
    key = store.put(b"")
    blob_backend.settle()
    with store.open(key) as handle:
        assert handle.read() == b""


def blob_key_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
