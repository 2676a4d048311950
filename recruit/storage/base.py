"""What every blob store shares: the protocol, content-addressed keys and their errors."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO, Protocol


class BlobNotFound(KeyError):
    pass


class StorageUnavailable(RuntimeError):
    """The blob store refused a write (disk full, read-only, unreachable)."""


class StorageNotReady(RuntimeError):
    """The store cannot be used as configured (a missing bucket, refused credentials…).

    The message says what to fix; it is shown to operators at start-up, never to candidates.
    """


class BlobStore(Protocol):
    def put(self, data: bytes) -> str: ...
    def open(self, key: str) -> BinaryIO: ...
    def delete(self, key: str) -> None: ...
    def exists(self, key: str) -> bool: ...


@dataclass(frozen=True)
class StoredBlob:
    """One blob as a listing sees it, for garbage collection."""

    key: str
    size: int
    modified: datetime


class ListableStore(BlobStore, Protocol):
    def list_blobs(self) -> Iterator[StoredBlob]: ...


def blob_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def is_key(key: str) -> bool:
    return len(key) == 64 and all(c in "0123456789abcdef" for c in key)


def check_key(key: str) -> str:
    if not is_key(key):
        raise BlobNotFound(key)
    return key
