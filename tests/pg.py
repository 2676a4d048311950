"""PostgreSQL helpers for tests: throwaway databases created from RECRUIT_TEST_DATABASE_URL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from recruit.db import Base

PG_URL = os.environ.get("RECRUIT_TEST_DATABASE_URL") or None
PG_SKIP_REASON = "needs PostgreSQL: set RECRUIT_TEST_DATABASE_URL (see .ci/run)"


@contextmanager
def created_database(base_url: str, label: str) -> Iterator[str]:
    """Create a fresh database beside the given one, yield its URL, drop it afterwards."""
    base = make_url(base_url)
    name = f"{base.database}_{label}_{uuid.uuid4().hex[:8]}".lower()[:60]
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def truncate_all(url: str) -> None:
    engine = sa.create_engine(url)
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    engine.dispose()
