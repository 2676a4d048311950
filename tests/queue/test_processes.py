"""The queue under real concurrency: separate worker processes on one PostgreSQL database."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.models import ParseJob, Submission
from tests.helpers import make_config, make_submission
from tests.worker_process import run_worker

SPAWN = multiprocessing.get_context("spawn")


@pytest.fixture
def pg_session(pg_url: str) -> Any:
    engine = sa.create_engine(pg_url)
    with Session(engine) as session:
        yield session
    engine.dispose()


def start(config: dict[str, Any], max_jobs: int | None, go_file: Path | None = None) -> Any:
    process = SPAWN.Process(
        target=run_worker, args=(config, max_jobs, str(go_file) if go_file else None)
    )
    process.start()
    return process


def wait_for(path: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} did not appear"
        time.sleep(0.05)


def test_two_worker_processes_never_take_the_same_job(
    pg_url: str, pg_session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = make_config(pg_url, tmp_path, PARSE_FUNCTION="tests.fakes:good_parse")
    for n in range(30):
        make_submission(pg_session, store_dir=config["STORAGE_DIR"], display_name=f"r{n}.txt")
    pg_session.commit()
    log = tmp_path / "claims.log"
    monkeypatch.setenv("RECRUIT_TEST_CLAIM_LOG", str(log))
    monkeypatch.setenv("RECRUIT_TEST_PARSE_SLEEP", "0.05")
    go = tmp_path / "go"
    workers = [start(config, None, go) for _ in range(2)]
    go.touch()
    for process in workers:
        process.join(timeout=60)
        assert process.exitcode == 0
    claims = [line.split() for line in log.read_text().splitlines()]
    names = [name for _, name in claims]
    assert sorted(names) == sorted(f"r{n}.txt" for n in range(30))  # each exactly once
    assert len({pid for pid, _ in claims}) == 2  # and both processes really worked
    jobs = pg_session.scalars(sa.select(ParseJob)).all()
    assert {(job.status, job.attempts) for job in jobs} == {("done", 1)}


def test_a_job_whose_worker_was_killed_is_finished_by_another_after_the_lease(
    pg_url: str, pg_session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = make_config(pg_url, tmp_path, JOB_LEASE_S=2)
    submission = make_submission(pg_session, store_dir=base["STORAGE_DIR"])
    pg_session.commit()
    marker = tmp_path / "started"
    monkeypatch.setenv("RECRUIT_TEST_STARTED_MARKER", str(marker))
    doomed = start({**base, "PARSE_FUNCTION": "tests.fakes:slow_parse"}, 1)
    wait_for(marker)
    os.kill(doomed.pid, signal.SIGKILL)
    doomed.join(timeout=10)
    job = pg_session.scalars(sa.select(ParseJob)).one()
    assert (job.status, job.attempts) == ("running", 1)

    rescuer = start({**base, "PARSE_FUNCTION": "tests.fakes:good_parse"}, 1)
    rescuer.join(timeout=60)
    assert rescuer.exitcode == 0
    pg_session.expire_all()
    job = pg_session.scalars(sa.select(ParseJob)).one()
    assert (job.status, job.attempts, job.lease_owner) == ("done", 2, None)
    assert pg_session.get_one(Submission, submission.id).status == "parsed"
