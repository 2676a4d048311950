"""Backup and restore on PostgreSQL + S3, as the README describes it: pg_dump for the
database, bucket versioning for the originals, then `recruit blobs verify` and `undelete`."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from sqlalchemy.engine import make_url

from recruit import create_app
from recruit.cli import main
from recruit.db import get_db
from recruit.models import Document
from tests import s3
from tests.candidate_helpers import apply, confirm, parse_all
from tests.helpers import login, make_config, make_user
from tests.pg import PG_SKIP_REASON, PG_URL, created_database

RESUME_KEPT = b"Kay Kept, RN\nkay@example.com\nICU travel nurse, 2019 - present\n"
RESUME_ERASED = b"Eve Erased, RN\neve@example.com\nER travel nurse, 2018 - present\n"

pytestmark = pytest.mark.skipif(
    not PG_URL or not shutil.which("pg_dump"), reason=PG_SKIP_REASON + ", with pg_dump"
)


def libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def versioned_bucket(s3_endpoint: str) -> Iterator[str]:
    name = s3.create_bucket(s3_endpoint, versioned=True)
    yield name
    s3.remove_bucket(s3_endpoint, name)


def s3_app(url: str, folder: Path, endpoint: str, bucket: str) -> Flask:
    # The real parser: two people, two candidates (the fake parse would make them duplicates).
    return create_app(make_config(url, folder, **s3.s3_settings(endpoint, bucket)))


def test_a_restored_dump_and_the_versioned_bucket_give_back_every_original(
    pg_url: str, s3_endpoint: str, versioned_bucket: str, tmp_path: Path
) -> None:
    live = s3_app(pg_url, tmp_path / "live", s3_endpoint, versioned_bucket)
    client = live.test_client()
    apply(client, RESUME_KEPT, "kay.txt")
    erased_token = apply(client, RESUME_ERASED, "eve.txt")
    parse_all(live)
    dump = tmp_path / "recruit.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", f"--file={dump}", libpq(pg_url)], check=True, timeout=120
    )
    assert confirm(client, erased_token).status_code == 302
    client.post(f"/status/{erased_token}/delete")  # after the dump: her object is deleted
    get_db(live).engine.dispose()

    with created_database(PG_URL or "", "restored") as restored_url:
        subprocess.run(
            ["pg_restore", "--no-owner", f"--dbname={libpq(restored_url)}", str(dump)],
            check=True,
            timeout=120,
        )
        restored = s3_app(restored_url, tmp_path / "restored", s3_endpoint, versioned_bucket)
        try:
            check_restore(restored)
        finally:
            get_db(restored).engine.dispose()


def check_restore(app: Flask) -> None:
    runner = app.test_cli_runner()
    before = runner.invoke(main, ["blobs", "verify"])
    assert before.exit_code == 1 and "1 referenced blob(s) missing" in before.output
    undelete = runner.invoke(main, ["blobs", "undelete"])
    assert undelete.exit_code == 0 and "restored 1 blob(s)" in undelete.output
    assert runner.invoke(main, ["blobs", "verify"]).exit_code == 0
    assert originals_as_a_recruiter_sees_them(app) == {RESUME_KEPT, RESUME_ERASED}


def originals_as_a_recruiter_sees_them(app: Flask) -> set[bytes]:
    with get_db(app).sessions() as session:
        make_user(session)
        session.commit()
        paths = [
            f"/candidates/{d.submission.candidate_id}/submissions/{d.submission_id}/original"
            for d in session.scalars(sa.select(Document))
        ]
    client = app.test_client()
    login(client)
    responses: list[Any] = [client.get(path) for path in paths]
    assert [r.status_code for r in responses] == [200] * len(paths)
    return {r.data for r in responses}
