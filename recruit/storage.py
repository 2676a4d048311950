"""Content-addressed blob store: put(bytes) -> key, open(key), delete(key).

The key is the sha256 of the bytes, so identical files are kept once. Backends are chosen
by RECRUIT_STORAGE_BACKEND; a new one (S3, say) only has to implement BlobStore.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from recruit.models import Blob


class StorageUnavailable(RuntimeError):
    """The blob store refused a write (disk full, read-only, unreachable)."""


class BlobNotFound(KeyError):
    pass


class BlobStore(Protocol):
    def put(self, data: bytes) -> str: ...
    def open(self, key: str) -> BinaryIO: ...
    def delete(self, key: str) -> None: ...


def blob_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_key(key: str) -> str:
    if len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
        raise BlobNotFound(key)
    return key


class FileBlobStore:
    """Files under a directory outside anything the web server serves."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        key = _check_key(key)
        return self.root / key[:2] / key[2:4] / key

    def put(self, data: bytes) -> str:
        key = blob_key(data)
        path = self._path(key)
        if path.exists():
            return key
        _private_dirs(self.root, path.parent)
        _atomic_write(path, data)  # mkstemp: the file is 0600
        return key

    def open(self, key: str) -> BinaryIO:
        try:
            return self._path(key).open("rb")
        except FileNotFoundError as error:
            raise BlobNotFound(key) from error

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)


def _private_dirs(root: Path, leaf: Path) -> None:
    """root/ab/cd folders only the service's user can list (mkdir's parents= ignores mode)."""
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder = root
    for part in leaf.relative_to(root).parts:
        folder = folder / part
        folder.mkdir(mode=0o700, exist_ok=True)


def _atomic_write(path: Path, data: bytes) -> None:
    """Readers see the whole file or none of it, even across a crash."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class DatabaseBlobStore:
    """Bytes in the blob table, written in the caller's transaction (the caller commits)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def put(self, data: bytes) -> str:
        key = blob_key(data)
        if self.session.get(Blob, key) is not None:
            return key
        try:
            with self.session.begin_nested():  # a concurrent upload may insert the same key
                self.session.add(Blob(key=key, data=data, size=len(data)))
        except IntegrityError:
            pass
        return key

    def open(self, key: str) -> BinaryIO:
        data = self.session.scalar(sa.select(Blob.data).where(Blob.key == _check_key(key)))
        if data is None:
            raise BlobNotFound(key)
        return io.BytesIO(data)

    def delete(self, key: str) -> None:
        self.session.execute(sa.delete(Blob).where(Blob.key == _check_key(key)))


def make_store(config: Mapping[str, Any], session: Session) -> BlobStore:
    if config["STORAGE_BACKEND"] == "database":
        return DatabaseBlobStore(session)
    return FileBlobStore(config["STORAGE_DIR"])
