"""A real deployment for the tests that need processes: gunicorn + `recruit worker`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from bench.stack import Stack
from tests.hardening.private_pg import (
    PrivatePostgres,
    PrivatePostgresUnavailable,
    discard,
    start_private_postgres,
)
from tests.helpers import create_schema


@pytest.fixture
def make_stack(tmp_path: Path) -> Iterator[Any]:
    """make_stack(database_url=None, **settings) -> Stack (schema created, nothing started)."""
    stacks: list[Stack] = []

    def make(database_url: str | None = None, **settings: Any) -> Stack:
        root = tmp_path / f"stack{len(stacks)}"
        root.mkdir()
        url = database_url or f"sqlite:///{root / 'recruit.sqlite3'}"
        create_schema(url)
        stack = Stack(root=root, database_url=url, settings={"WORKER_POLL_S": 0.2, **settings})
        stacks.append(stack)
        return stack

    yield make
    for stack in stacks:
        stack.stop()


@pytest.fixture
def stack_session() -> Iterator[Any]:
    engines: list[sa.Engine] = []

    def open_session(stack: Stack) -> Session:
        engine = sa.create_engine(stack.database_url)
        engines.append(engine)
        return Session(engine)

    yield open_session
    for engine in engines:
        engine.dispose()


@pytest.fixture(scope="module")
def private_pg() -> Iterator[PrivatePostgres]:
    """A PostgreSQL server of the module's own, which its tests may restart or crash."""
    try:
        server = start_private_postgres()
    except PrivatePostgresUnavailable as reason:
        pytest.skip(f"needs a private PostgreSQL server: {reason}")
    try:
        yield server
    finally:
        discard(server)
