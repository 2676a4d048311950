"""Collect orphaned blobs: stored bytes that no document row refers to.

They appear when a web process dies (or the database fails) between writing the file and
committing its rows, and after erasure. Only blobs older than a grace period are touched, so
an upload whose transaction is still open keeps its file.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.db import utcnow
from recruit.models import Blob, Document
from recruit.storage import ListableStore


@dataclass
class GcReport:
    orphans: list[str] = field(default_factory=list)
    temp_files: int = 0
    bytes: int = 0


def referenced_keys(session: Session) -> set[str]:
    return set(session.scalars(sa.select(Document.storage_key).distinct()))


def collect_file_orphans(session: Session, root: Path, grace: timedelta, dry_run: bool) -> GcReport:
    """Delete (or, dry run, list) files under `root` older than `grace` with no document."""
    report = GcReport()
    cutoff = time.time() - grace.total_seconds()
    keep = referenced_keys(session)
    for path in _files(root):
        stat = path.stat()
        if stat.st_mtime > cutoff:
            continue
        if path.name.startswith(".tmp-"):  # an interrupted atomic write
            report.temp_files += 1
        elif path.name not in keep:
            report.orphans.append(path.name)
        else:
            continue
        report.bytes += stat.st_size
        if not dry_run:
            path.unlink(missing_ok=True)
    return report


def collect_database_orphans(session: Session, grace: timedelta, dry_run: bool) -> GcReport:
    """The same for the database backend's blob table; the caller commits."""
    report = GcReport()
    orphaned = sa.and_(
        Blob.created_at < utcnow() - grace,
        ~sa.exists().where(Document.storage_key == Blob.key),
    )
    for key, size in session.execute(sa.select(Blob.key, Blob.size).where(orphaned)):
        report.orphans.append(key)
        report.bytes += size
    if not dry_run and report.orphans:
        session.execute(sa.delete(Blob).where(Blob.key.in_(report.orphans)))
    return report


def collect_store_orphans(
    session: Session, store: ListableStore, grace: timedelta, dry_run: bool
) -> GcReport:
    """The same for a store that lists its own blobs (S3), by their last-modified time."""
    report = GcReport()
    cutoff = utcnow() - grace
    keep = referenced_keys(session)
    for blob in store.list_blobs():
        if blob.modified > cutoff or blob.key in keep:
            continue
        report.orphans.append(blob.key)
        report.bytes += blob.size
        if not dry_run:
            store.delete(blob.key)
    return report


def _files(root: Path) -> Iterator[Path]:
    # Only the store's own two-level layout (ab/cd/<sha256>), never anything else under root.
    for path in root.glob("??/??/*"):
        if path.is_file() and not path.is_symlink():
            yield path
