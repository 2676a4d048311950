"""Blobs as rows of the blob table, written in the caller's transaction."""

from __future__ import annotations

import io
from typing import BinaryIO

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from recruit.models import Blob
from recruit.storage.base import BlobNotFound, blob_key
from recruit.storage.base import check_key as _check_key


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

    def exists(self, key: str) -> bool:
        found = self.session.scalar(sa.select(Blob.key).where(Blob.key == _check_key(key)))
        return found is not None
