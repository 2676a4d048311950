"""Faults, with real processes where the fault needs them.

A worker SIGKILLed mid-parse on PostgreSQL is covered by tests/test_queue_processes.py; here
the same happens to a `recruit worker` process on SQLite.
"""

from __future__ import annotations

import errno
import http.client
import io
import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from sqlalchemy.orm import Session

from bench.stack import children, wait_for_children
from bench.webclient import Client
from recruit import create_app
from recruit.models import Candidate, Document, ParseJob, Submission
from recruit.ops.blobs import collect_file_orphans
from recruit.storage import FileBlobStore
from tests.files.pdf import text_pdf
from tests.hardening.private_pg import PrivatePostgres
from tests.hardening.test_headers_and_limits import assert_hardened
from tests.helpers import TEXT_RESUME, make_config, make_submission
from tests.pg import PG_SKIP_REASON, PG_URL


def wait_until(check: Any, timeout: float, message: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, message
        time.sleep(0.1)


def counts(session: Session) -> tuple[int, ...]:
    session.rollback()
    return tuple(session.query(m).count() for m in (Candidate, Submission, Document, ParseJob))


def test_a_killed_worker_process_is_replaced_by_another_after_the_lease(
    make_stack: Any, stack_session: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = Path(os.environ.get("TMPDIR", "/tmp")) / f"started-{os.getpid()}-{time.time_ns()}"
    monkeypatch.setenv("RECRUIT_TEST_STARTED_MARKER", str(marker))
    stack = make_stack(JOB_LEASE_S=2, PARSE_FUNCTION="tests.fakes:slow_parse")
    session = stack_session(stack)
    submission = make_submission(session, store_dir=str(stack.storage_dir))
    session.commit()
    doomed = stack.start_worker()
    wait_until(marker.exists, 30, "the slow parse never started")
    marker.unlink()
    doomed.send_signal(signal.SIGKILL)
    doomed.wait(10)
    stack.settings["PARSE_FUNCTION"] = "tests.fakes:good_parse"
    stack.start_worker()

    def finished() -> bool:
        session.rollback()
        return session.get_one(Submission, submission.id).status == "parsed"

    wait_until(finished, 30, "the job was not finished by the second worker")
    job = session.scalars(sa.select(ParseJob)).one()
    assert (job.status, job.attempts) == ("done", 2)


def test_killing_the_web_process_mid_upload_leaves_whole_submissions_or_a_failure(
    make_stack: Any, stack_session: Any
) -> None:
    stack = make_stack(RATE_LIMIT_APPLY="100000/3600")
    web = stack.start_web(processes=1, threads=4)
    stack.start_worker()
    stack.wait_healthy()
    victim = wait_for_children(web.pid, 1)[0]
    results: list[tuple[str, int]] = []
    stop = threading.Event()

    def candidate(number: int) -> None:
        client = Client(stack.base_url, timeout=10)
        for n in range(1000):
            if stop.is_set():
                return
            name = f"k{number}-{n}.pdf"
            try:
                status = client.apply(
                    text_pdf([f"Kill Test {number} {n}"]) + bytes(200_000), name
                ).status
            except (OSError, http.client.HTTPException):  # the killed process cut it short
                status, client = 0, Client(stack.base_url, timeout=10)
            results.append((name, status))

    threads = [threading.Thread(target=candidate, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)
    os.kill(victim, signal.SIGKILL)
    wait_until(lambda: children(web.pid) not in ([], [victim]), 30, "gunicorn did not respawn")
    time.sleep(1.0)
    stop.set()
    for thread in threads:
        thread.join(30)

    session = stack_session(stack)
    documents = {d.display_name: d for d in session.scalars(sa.select(Document))}
    accepted = [name for name, status in results if status == 302]
    assert accepted and any(status != 302 for _, status in results), results[-5:]
    assert set(accepted) <= set(documents), "an upload the client saw succeed is missing"
    store = FileBlobStore(stack.storage_dir)
    for document in documents.values():  # whole: row, blob and job together
        assert store._path(document.storage_key).exists()
        assert session.scalars(
            sa.select(ParseJob).filter_by(submission_id=document.submission_id)
        ).first()
    submissions = session.scalar(sa.select(sa.func.count(Submission.id)))
    assert submissions == len(documents) == session.scalar(sa.select(sa.func.count(Candidate.id)))
    from datetime import timedelta

    report = collect_file_orphans(session, stack.storage_dir, timedelta(0), dry_run=False)
    assert all(store._path(d.storage_key).exists() for d in documents.values())
    print(f"{len(results)} uploads, {len(accepted)} accepted, {len(report.orphans)} orphan blobs")


@pytest.fixture
def down_config(tmp_path: Path) -> dict[str, Any]:
    # Nothing listens on port 9: connections are refused at once.
    return make_config("postgresql+psycopg://recruit@127.0.0.1:9/recruit", tmp_path)


def test_an_unreachable_database_gets_a_503_page_asking_to_retry_and_stores_nothing(
    down_config: dict[str, Any],
) -> None:
    app = create_app(down_config)
    form = {"resume": (io.BytesIO(TEXT_RESUME), "r.txt"), "consent": "y"}
    response = app.test_client().post("/apply", data=form, content_type="multipart/form-data")
    assert response.status_code == 503
    assert "try again" in response.get_data(as_text=True)
    assert response.headers["Retry-After"]
    assert_hardened(response.headers)
    assert not Path(down_config["STORAGE_DIR"]).exists()
    assert app.test_client().get("/healthz").status_code == 503


def post_resume(app: Flask) -> Any:
    form = {"resume": (io.BytesIO(TEXT_RESUME), "r.txt"), "consent": "y"}
    return app.test_client().post("/apply", data=form, content_type="multipart/form-data")


def test_a_full_disk_gets_a_clear_error_and_no_row(
    app: Flask, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_self: Any, _data: bytes) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(FileBlobStore, "put", full)
    response = post_resume(app)
    assert response.status_code == 503
    assert "could not save your file" in response.get_data(as_text=True)
    assert counts(session) == (0, 0, 0, 0)


def test_an_unusable_storage_folder_gets_a_clear_error_and_no_row(
    app_config: dict[str, Any], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the blob folder should be")
    app_config["STORAGE_DIR"] = str(blocker / "blobs")
    app = request.getfixturevalue("app")
    response = post_resume(app)
    assert response.status_code == 503
    assert "could not save your file" in response.get_data(as_text=True)
    assert counts(request.getfixturevalue("session")) == (0, 0, 0, 0)


def test_workers_reconnect_after_their_postgresql_connections_are_terminated(
    make_stack: Any,
    stack_session: Any,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    """Stands in for a PostgreSQL restart: every backend but ours is terminated, twice."""
    if not PG_URL:
        pytest.skip(PG_SKIP_REASON)
    url = request.getfixturevalue("pg_url")
    stack, session, worker = worker_with_40_jobs(make_stack, stack_session, monkeypatch, url)
    try:
        check_reconnects(session, worker)
    finally:  # before pg_url's teardown truncates: an open transaction here would block it
        session.close()
        stack.stop()


def worker_with_40_jobs(
    make_stack: Any, stack_session: Any, monkeypatch: pytest.MonkeyPatch, url: str
) -> tuple[Any, Session, Any]:
    """A stack on `url` with 40 queued text resumes and a two-thread worker taking them."""
    monkeypatch.setenv("RECRUIT_TEST_PARSE_SLEEP", "0.1")
    stack = make_stack(url, PARSE_FUNCTION="tests.fakes:good_parse")
    session = stack_session(stack)
    for n in range(40):
        make_submission(session, store_dir=str(stack.storage_dir), display_name=f"r{n}.txt")
    session.commit()
    return stack, session, stack.start_worker(threads=2)


def check_reconnects(session: Session, worker: Any) -> None:
    for threshold in (5, 15):
        wait_until(lambda t=threshold: jobs_done(session) >= t, 30, "the worker stalled")
        session.execute(sa.text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ))  # fmt: skip
        session.commit()
    wait_until(
        lambda: jobs_done(session) == 40, 60, "the worker did not carry on after reconnecting"
    )
    assert worker.poll() is None
    session.rollback()


def test_a_worker_carries_on_after_real_postgresql_restarts_and_loses_no_job(
    private_pg: PrivatePostgres,
    make_stack: Any,
    stack_session: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A `fast` restart shuts the server down cleanly; an `immediate` one kills it, so it
    starts by recovering. Both hit jobs mid-parse and mid-save."""
    url = private_pg.create_database("restarts")
    stack, session, worker = worker_with_40_jobs(make_stack, stack_session, monkeypatch, url)
    try:
        for mode, threshold in (("fast", 5), ("immediate", 20)):
            wait_with_logs(
                lambda t=threshold: jobs_done(session) >= t,
                30,
                f"the worker stalled before the {mode} restart",
                stack,
                private_pg,
            )
            session.close()
            before = private_pg.started_at()
            private_pg.restart(mode)
            assert private_pg.started_at() > before, f"the server did not restart ({mode})"
            session.get_bind().dispose()  # our own connections died with the server too
        wait_with_logs(
            lambda: jobs_done(session) == 40, 60, "jobs were lost or stuck", stack, private_pg
        )
        assert worker.poll() is None, stack.log_text()[-3000:]
        assert_every_submission_parsed(session, 40)
    finally:
        session.close()
        stack.stop()


def jobs_done(session: Session) -> int:
    session.rollback()
    return int(session.scalar(sa.select(sa.func.count()).where(ParseJob.status == "done")) or 0)


def wait_with_logs(
    check: Any, timeout: float, message: str, stack: Any, server: PrivatePostgres
) -> None:
    try:
        wait_until(check, timeout, message)
    except AssertionError as error:
        raise AssertionError(
            f"{error}\n--- recruit ---\n{stack.log_text()[-4000:]}\n"
            f"--- postgres ---\n{server.log_tail()}"
        ) from None


def assert_every_submission_parsed(session: Session, expected: int) -> None:
    session.rollback()
    submissions = session.scalars(sa.select(Submission)).all()
    assert len(submissions) == expected
    assert {s.status for s in submissions} == {"parsed"}
    assert all(s.parse_result is not None and s.parse_result.ok for s in submissions)
    jobs = [tuple(row) for row in session.execute(sa.select(ParseJob.status, ParseJob.attempts))]
    assert jobs == [("done", 1)] * expected, "an outage cost a parse or an attempt"
