"""The database: declarative base, one engine and session factory per app, request sessions."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from flask import Flask, current_app, g, request
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(sa.TypeDecorator[datetime]):
    """Aware UTC datetimes on every backend (SQLite keeps no offset, so we store naive UTC)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use aware UTC datetimes")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: sa.JSON, list[str]: sa.JSON}


@dataclass(frozen=True)
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    # Same pool; on SQLite each transaction starts with BEGIN IMMEDIATE (one writer at a time).
    write_sessions: sessionmaker[Session]


def init_app(app: Flask) -> None:
    # At DEBUG, SQLAlchemy logs result rows (resume text, names) whatever hide_parameters says:
    # keep its engine logger quiet even when an operator turns the root logger up.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    app.extensions["recruit.db"] = create_database(app.config["DATABASE_URL"])
    app.teardown_appcontext(_close_request_session)


def create_database(url: str) -> Database:
    engine = sa.create_engine(url, **_engine_options(url))
    if engine.dialect.name == "sqlite":
        _create_private_file(engine.url.database)
        _configure_sqlite(engine)
    writer = engine.execution_options(sqlite_begin="IMMEDIATE")
    return Database(
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        write_sessions=sessionmaker(writer, expire_on_commit=False),
    )


def _engine_options(url: str) -> dict[str, Any]:
    # Bound values are resume text, names and emails: keep them out of error messages and logs.
    options: dict[str, Any] = {"hide_parameters": True}
    if url.startswith("sqlite"):
        options["connect_args"] = {"check_same_thread": False, "timeout": 30}
    else:
        options["pool_pre_ping"] = True
    return options


def _create_private_file(path: str | None) -> None:
    """Create the SQLite file readable by the service's user only; SQLite gives its -wal and
    -shm files the same mode. An existing file keeps the mode it has."""
    if not path or path == ":memory:" or path.startswith("file:"):
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except OSError:
        return  # a missing folder: let SQLite report it in its own words


def _configure_sqlite(engine: Engine) -> None:
    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when a transaction begins (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # 32 MiB of page cache per connection (the default is 2 MiB): the queue's counts and
        # filters revisit the same index pages, and the pool keeps connections open.
        cursor.execute("PRAGMA cache_size=-32768")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def database_unavailable(error: BaseException) -> bool:
    """The database could not be reached or dropped our connection (a restart, say), rather
    than refusing a statement: the same work may succeed once it is back."""
    if not isinstance(error, sa.exc.DBAPIError):
        return False
    # SQLAlchemy flags a connection that broke while in use, but not a failure to open one
    # (server down or still starting): that is an OperationalError raised without a statement.
    return error.connection_invalidated or (
        isinstance(error, sa.exc.OperationalError) and error.statement is None
    )


def get_db(app: Flask | None = None) -> Database:
    return (app or current_app).extensions["recruit.db"]


def get_session() -> Session:
    """The request's session; the view commits, teardown closes (rolling back anything left).

    Requests that may write (POST and friends) take SQLite's write lock up front: a deferred
    transaction that reads and then writes fails outright if another writer committed between.
    """
    if "db_session" not in g:
        db = get_db()
        writes = request.method not in ("GET", "HEAD", "OPTIONS")
        g.db_session = (db.write_sessions if writes else db.sessions)()
    return g.db_session


def _close_request_session(_exc: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()


@contextmanager
def write_session(app: Flask | None = None) -> Iterator[Session]:
    """A unit of work outside a request (a CLI command, say): commits once, at the end."""
    with get_db(app).write_sessions() as session, session.begin():
        yield session
