"""Content-addressed blob store: put(bytes) -> key, open(key), delete(key).

The key is the sha256 of the bytes, so identical files are kept once. RECRUIT_STORAGE_BACKEND
chooses the backend: files under the instance folder (one machine), rows in the database, or
an S3-compatible bucket (several hosts).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from recruit.storage.base import (
    BlobNotFound,
    BlobStore,
    ListableStore,
    StorageNotReady,
    StorageUnavailable,
    StoredBlob,
    blob_key,
)
from recruit.storage.database import DatabaseBlobStore
from recruit.storage.file import FileBlobStore

if TYPE_CHECKING:
    from recruit.storage.s3 import S3BlobStore, S3Settings

__all__ = [
    "BlobNotFound",
    "BlobStore",
    "DatabaseBlobStore",
    "FileBlobStore",
    "ListableStore",
    "S3BlobStore",
    "S3Settings",
    "StorageNotReady",
    "StorageUnavailable",
    "StoredBlob",
    "blob_key",
    "check_store",
    "make_store",
    "s3_store",
]


def __getattr__(name: str) -> Any:
    # boto3 takes about half a second to import: only deployments that use S3 pay for it.
    if name in ("S3BlobStore", "S3Settings"):
        from recruit.storage import s3

        return getattr(s3, name)
    raise AttributeError(name)


def make_store(config: Mapping[str, Any], session: Session) -> BlobStore:
    backend = config["STORAGE_BACKEND"]
    if backend == "database":
        return DatabaseBlobStore(session)
    if backend == "s3":
        return s3_store(config)
    return FileBlobStore(config["STORAGE_DIR"])


def check_store(config: Mapping[str, Any]) -> None:
    """Raise StorageNotReady at start-up when the configured store cannot be reached, rather
    than failing the first candidate's upload. Local backends have nothing to reach."""
    if config["STORAGE_BACKEND"] == "s3":
        s3_store(config).check()


def s3_store(config: Mapping[str, Any]) -> S3BlobStore:
    from recruit.storage.s3 import S3BlobStore, S3Settings

    return S3BlobStore(S3Settings.from_config(config))
