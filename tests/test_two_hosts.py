"""Two hosts, one service: separate process groups and instance folders, no shared
filesystem, sharing only PostgreSQL and the S3 endpoint.

Host A serves uploads (gunicorn); host B runs the parse worker; a recruiter on host A sees
the parse and the original. Then host B loses power mid-parse, and a worker started on host A
finishes the job once B's lease runs out. Nothing is lost.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from bench.stack import Stack
from bench.webclient import Client
from recruit.models import ParseJob, Submission
from tests import s3
from tests.helpers import PASSWORD, TEXT_RESUME, make_user

LEASE_S = 3
SLOW_RESUME = TEXT_RESUME.replace(b"Jane Example", b"Sam Slow")


@pytest.fixture
def hosts(
    pg_url: str, s3_endpoint: str, s3_bucket: str, tmp_path: Path
) -> Iterator[tuple[Stack, Stack]]:
    shared = {"WORKER_POLL_S": 0.2, "JOB_LEASE_S": LEASE_S, "JOB_RETRY_DELAY_S": 0.0,
              **s3.s3_settings(s3_endpoint, s3_bucket, S3_PREFIX="resumes/")}  # fmt: skip
    stacks = []
    for name, parse in (("host-a", "good_parse"), ("host-b", "stalls_on_slow_files")):
        root = tmp_path / name
        root.mkdir()
        settings = {**shared, "PARSE_FUNCTION": f"tests.fakes:{parse}"}
        stacks.append(Stack(root, pg_url, settings, own_process_groups=True))
    yield stacks[0], stacks[1]
    for stack in stacks:
        stack.stop()


def wait_until(check: Any, timeout: float, message: str, *stacks: Stack) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            logs = "\n".join(stack.log_text()[-2000:] for stack in stacks)
            raise AssertionError(f"{message}\n{logs}")
        time.sleep(0.1)


def submission_status(session: Session, display_name: str) -> str | None:
    session.rollback()
    return session.scalar(
        sa.text(
            "SELECT s.status FROM submission s JOIN document d ON d.submission_id = s.id"
            " WHERE d.display_name = :name"
        ),
        {"name": display_name},
    )


def claims(log: Path) -> list[tuple[int, str]]:
    lines = log.read_text().split("\n") if log.exists() else []
    return [(int(pid), name) for pid, name in (line.split(" ", 1) for line in lines if line)]


def recruiter(base_url: str) -> Client:
    client = Client(base_url)
    token = client.csrf_token("/login")
    fields = {"csrf_token": token, "email": "rita@example.com", "password": PASSWORD}
    assert client.post_form("/login", fields, {}).status == 302
    return client


def test_host_b_parses_what_host_a_received_and_host_a_finishes_when_b_dies(
    hosts: tuple[Stack, Stack],
    pg_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    host_a, host_b = hosts
    claim_log, marker = tmp_path / "claims.log", tmp_path / "slow-parse-started"
    monkeypatch.setenv("RECRUIT_TEST_CLAIM_LOG", str(claim_log))
    monkeypatch.setenv("RECRUIT_TEST_STARTED_MARKER", str(marker))
    engine = sa.create_engine(pg_url)
    session = Session(engine)
    try:
        make_user(session)
        session.commit()
        host_a.start_web(processes=1, threads=4)
        worker_b = host_b.start_worker()
        host_a.wait_healthy()  # healthy once host B's worker has reported in

        candidate = Client(host_a.base_url)
        assert candidate.apply(TEXT_RESUME, "first.txt").status == 302
        wait_until(
            lambda: submission_status(session, "first.txt") == "parsed",
            30,
            "host B never parsed the upload host A received",
            host_a,
            host_b,
        )
        assert claims(claim_log) == [(worker_b.pid, "first.txt")]
        rita = recruiter(host_a.base_url)
        assert "Jane Example" in rita.get("/queue").text
        assert original_seen_by(rita, session, "first.txt") == TEXT_RESUME

        assert candidate.apply(SLOW_RESUME, "slow.txt").status == 302
        wait_until(marker.exists, 30, "host B never started the slow parse", host_b)
        host_b.kill_host()
        with pytest.raises(ProcessLookupError):
            os.killpg(worker_b.pid, 0)  # the whole group is gone
        worker_a = host_a.start_worker()
        wait_until(
            lambda: submission_status(session, "slow.txt") == "parsed",
            30 + LEASE_S,
            "host A's worker did not finish the job host B held",
            host_a,
        )
        assert claims(claim_log)[1:] == [(worker_b.pid, "slow.txt"), (worker_a.pid, "slow.txt")]
        assert_nothing_lost(session, host_a, host_b)
    finally:
        session.close()
        host_a.stop()
        engine.dispose()


def original_seen_by(client: Client, session: Session, display_name: str) -> bytes:
    row = session.execute(
        sa.text(
            "SELECT s.candidate_id, s.id FROM submission s JOIN document d"
            " ON d.submission_id = s.id WHERE d.display_name = :name"
        ),
        {"name": display_name},
    ).one()
    response = client.get(f"/candidates/{row[0]}/submissions/{row[1]}/original")
    assert response.status == 200
    return response.body


def assert_nothing_lost(session: Session, *stacks: Stack) -> None:
    session.rollback()
    submissions = session.scalars(sa.select(Submission)).all()
    assert sorted(s.status for s in submissions) == ["parsed", "parsed"]
    jobs = sorted(tuple(r) for r in session.execute(sa.select(ParseJob.status, ParseJob.attempts)))
    assert jobs == [("done", 1), ("done", 2)]
    for stack in stacks:  # every byte went to the bucket; no host kept a file of its own
        assert not stack.storage_dir.exists()
