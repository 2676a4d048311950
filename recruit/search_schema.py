"""The full-text index's tables, which differ by database and so are not models.

SQLite: an FTS5 virtual table whose rowid is the candidate id. PostgreSQL: a table of one
tsvector per candidate with a GIN index ('simple' configuration, so ICU, TX and Epic are
indexed as written, lower-cased, without stemming). The migration creates the same objects;
migrations/env.py keeps them out of autogenerate's comparison.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

FTS_TABLE = "candidate_fts"
PREFIX_CHARS = 8
PG_TABLE = "candidate_search"

SQLITE_CREATE = (
    # detail=none: we only ask "does this document hold a token starting with ...", never
    # phrases, so positions would be wasted space. Prefix indexes up to PREFIX_CHARS make
    # `term*` as cheap as an exact token (without them a common prefix costs ~100 ms at 100k).
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "body, tokenize = 'unicode61 remove_diacritics 2', detail = 'none',"
    " prefix = '1 2 3 4 5 6 7 8')",
)
SQLITE_DROP = (f"DROP TABLE IF EXISTS {FTS_TABLE}",)
PG_CREATE = (
    f"CREATE TABLE IF NOT EXISTS {PG_TABLE} ("
    " candidate_id INTEGER PRIMARY KEY REFERENCES candidate (id) ON DELETE CASCADE,"
    " document TSVECTOR NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS ix_{PG_TABLE}_document ON {PG_TABLE} USING GIN (document)",
)
PG_DROP = (f"DROP TABLE IF EXISTS {PG_TABLE}",)


def is_search_table(name: str | None) -> bool:
    """For autogenerate: the index tables (and FTS5's shadow tables) are not in the models."""
    return name is not None and (name == PG_TABLE or name.startswith(FTS_TABLE))


def create(connection: sa.Connection) -> None:
    statements = SQLITE_CREATE if connection.dialect.name == "sqlite" else PG_CREATE
    for statement in statements:
        connection.exec_driver_sql(statement)


def drop(connection: sa.Connection) -> None:
    statements = SQLITE_DROP if connection.dialect.name == "sqlite" else PG_DROP
    for statement in statements:
        connection.exec_driver_sql(statement)


def listen(metadata: sa.MetaData) -> None:
    def _after_create(_target: Any, connection: sa.Connection, **_kw: Any) -> None:
        create(connection)

    def _before_drop(_target: Any, connection: sa.Connection, **_kw: Any) -> None:
        drop(connection)

    sa.event.listen(metadata, "after_create", _after_create)
    sa.event.listen(metadata, "before_drop", _before_drop)
