"""`recruit backup PATH`: a consistent copy of a live SQLite database (online backup API).

PostgreSQL is backed up with its own tools (pg_dump/pg_restore; see the README).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url


class BackupError(RuntimeError):
    pass


PG_HINT = (
    "recruit backup copies SQLite databases only. For PostgreSQL use "
    '`pg_dump --format=custom --file=recruit.dump "$DATABASE"` '
    'and `pg_restore --clean --if-exists --dbname="$DATABASE" recruit.dump`.'
)


def sqlite_path(database_url: str) -> Path:
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        raise BackupError(PG_HINT)
    if not url.database or url.database == ":memory:":
        raise BackupError("there is no SQLite file to back up")
    return Path(url.database)


def backup_sqlite(database_url: str, target: Path) -> int:
    """Copy the database page by page while others keep writing; returns the bytes written.

    Written beside the target and renamed, so a crash never leaves a half backup in place.
    """
    source_path = sqlite_path(database_url)
    if not source_path.exists():
        raise BackupError(f"no database at {source_path}")
    temp = target.with_name(f".{target.name}.partial")
    temp.unlink(missing_ok=True)
    source = sqlite3.connect(source_path)
    destination = sqlite3.connect(temp)
    try:
        source.backup(destination, pages=1024)
        check = destination.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise BackupError(f"the copy failed its integrity check: {check}")
    finally:
        destination.close()
        source.close()
    os.replace(temp, target)
    return target.stat().st_size
