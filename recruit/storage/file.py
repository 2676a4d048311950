"""Blobs as files under a local folder: the embedded default for one machine."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from recruit.storage.base import BlobNotFound, blob_key
from recruit.storage.base import check_key as _check_key


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

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()


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
