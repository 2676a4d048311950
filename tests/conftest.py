"""Fixtures: app/client/runner on a fresh database per test, SQLite always and PostgreSQL
as well when RECRUIT_TEST_DATABASE_URL is set."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from recruit import create_app
from recruit.auth import passwords
from recruit.db import get_db
from recruit.models import User
from tests import s3
from tests.helpers import create_schema, login, make_config, make_user
from tests.pg import PG_SKIP_REASON, PG_URL, created_database, truncate_all


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        backends = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]
        metafunc.parametrize("backend", backends, scope="session")


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Production argon2 settings cost ~0.5 s a hash; tests only need the same code path."""
    fast = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(passwords, "_hasher", fast)
    passwords._dummy_hash.cache_clear()


@pytest.fixture(scope="session")
def pg_worker_database() -> Iterator[str]:
    """One PostgreSQL database per xdist worker, schema created once, emptied after each test."""
    if not PG_URL:
        pytest.skip(PG_SKIP_REASON)
    label = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with created_database(PG_URL, label) as url:
        create_schema(url)
        yield url


@pytest.fixture
def database_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    url = request.getfixturevalue("pg_worker_database")
    yield url
    truncate_all(url)


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """For tests that only make sense on PostgreSQL (real concurrent worker processes)."""
    url = request.getfixturevalue("pg_worker_database")
    yield url
    truncate_all(url)


@pytest.fixture
def app_config(database_url: str, tmp_path: Path) -> dict[str, Any]:
    """Tests may edit this before the first use of `app`."""
    return make_config(database_url, tmp_path)


@pytest.fixture
def app(app_config: dict[str, Any]) -> Iterator[Flask]:
    app = create_app(app_config)
    engine = get_db(app).engine
    if engine.dialect.name == "sqlite":
        create_schema(app_config["DATABASE_URL"])
    yield app
    engine.dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture
def recruiter(session: sa.orm.Session) -> User:
    """A recruiter account (rita@example.com, PASSWORD), committed."""
    user = make_user(session)
    session.commit()
    return user


@pytest.fixture
def signed_in(client: FlaskClient, recruiter: User) -> FlaskClient:
    """The test client, signed in as the recruiter."""
    login(client)
    return client


@pytest.fixture
def admin(client: FlaskClient, session: sa.orm.Session) -> FlaskClient:
    """The test client, signed in as an administrator (ada@example.com)."""
    make_user(session, "ada@example.com", role="admin")
    session.commit()
    login(client, "ada@example.com")
    return client


@pytest.fixture
def session(app: Flask) -> Iterator[sa.orm.Session]:
    """A session for arranging and checking data; the test commits what it arranges."""
    with get_db(app).sessions() as session:
        yield session


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    """An S3 API: RECRUIT_TEST_S3_ENDPOINT when set, else a moto server of this test process's
    own (credentials for it are put in the environment, which worker processes inherit)."""
    external = s3.external_endpoint()
    if external:
        yield external
        return
    with pytest.MonkeyPatch.context() as patch:
        for name, value in s3.MOTO_CREDENTIALS.items():
            patch.setenv(name, value)
        with s3.moto_server() as url:
            yield url


@pytest.fixture
def s3_bucket(s3_endpoint: str) -> Iterator[str]:
    """A fresh, empty bucket for one test, removed afterwards."""
    name = s3.create_bucket(s3_endpoint)
    yield name
    s3.remove_bucket(s3_endpoint, name)
