from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit import jobs
from recruit import worker as worker_module
from recruit.db import create_database, database_unavailable, get_db, utcnow
from recruit.models import Candidate, Event, ParseJob, ParseResultRow, Submission, WorkerHeartbeat
from recruit.parsing.model import ParseResult
from recruit.parsing.sandbox import Limits
from recruit.worker import Worker
from tests.fakes import good_parse
from tests.files.pdf import text_pdf
from tests.helpers import login, make_submission, make_user

POLICY = jobs.QueuePolicy(lease_s=60, max_attempts=3, retry_delay_s=0)


def fresh(session: Session) -> Session:
    session.rollback()
    session.expire_all()
    return session


def test_worker_parses_a_queued_upload_and_fills_the_candidate_facets(
    app: Flask, app_config: dict[str, Any], session: Session
) -> None:
    submission = make_submission(session, store_dir=app.config["STORAGE_DIR"])
    session.commit()
    app.config["PARSE_FUNCTION"] = "tests.fakes:good_parse"
    assert Worker(app).run_once() is True
    session = fresh(session)
    assert session.get_one(Submission, submission.id).status == "parsed"
    assert session.query(ParseJob).one().status == "done"
    candidate = session.get_one(Candidate, submission.candidate_id)
    assert candidate.display_name == "Jane Example"
    assert candidate.email_normalized == "jane.example@example.com"
    assert candidate.phone_e164 == "+15552013344"
    assert (candidate.discipline, candidate.years_experience) == ("RN", 6.5)
    assert [(s.name, s.years) for s in candidate.specialties] == [("ICU", 4.0), ("ER", None)]
    license_ = candidate.licenses[0]
    assert (license_.state, license_.type, license_.compact, str(license_.expires)) == (
        "CO",
        "RN",
        True,
        "2027-05-31",
    )
    assert [c.name for c in candidate.certifications] == ["BLS"]
    assert sorted(s.state for s in candidate.eligible_states) == ["CO", "TX"]
    assert [e.name for e in candidate.ehr_systems] == ["Epic"]


def test_parsing_twice_replaces_rather_than_duplicates(app: Flask, session: Session) -> None:
    submission = make_submission(session, store_dir=app.config["STORAGE_DIR"])
    jobs.enqueue(session, submission)  # a second job for the same submission
    session.commit()
    app.config["PARSE_FUNCTION"] = "tests.fakes:good_parse"
    worker = Worker(app)
    assert worker.run_once() and worker.run_once()
    session = fresh(session)
    assert session.query(ParseResultRow).count() == 1
    assert len(session.get_one(Candidate, submission.candidate_id).specialties) == 2


def test_a_real_pdf_goes_through_the_real_parser(app: Flask, session: Session) -> None:
    pdf = text_pdf(["Jane Example, RN", "jane@example.com"])
    submission = make_submission(session, data=pdf, store_dir=app.config["STORAGE_DIR"])
    session.commit()
    assert Worker(app).run_once()
    row = fresh(session).query(ParseResultRow).one()
    assert row.ok is True
    assert "Jane Example" in row.text
    assert row.profile is not None and row.profile["email"] == "jane@example.com"
    assert session.get_one(Submission, submission.id).status == "parsed"


def test_a_document_the_parser_rejects_fails_at_once_and_keeps_its_error(
    app: Flask, session: Session
) -> None:
    submission = make_submission(session, store_dir=app.config["STORAGE_DIR"])
    session.commit()
    app.config["PARSE_FUNCTION"] = "tests.fakes:rejecting_parse"
    assert Worker(app).run_once()
    session = fresh(session)
    assert session.get_one(Submission, submission.id).status == "parse_failed"
    assert session.query(ParseJob).one().status == "done"
    row = session.query(ParseResultRow).one()
    assert (row.ok, row.error_code, row.error) == (False, "corrupt", "The file is damaged.")


def test_a_parse_that_raises_is_retried_then_failed_and_stays_in_the_queue(
    app: Flask, client: FlaskClient, session: Session
) -> None:
    submission = make_submission(session, store_dir=app.config["STORAGE_DIR"])
    make_user(session)
    session.commit()
    app.config.update(PARSE_FUNCTION="tests.fakes:crashing_parse", JOB_MAX_ATTEMPTS=3)
    worker = Worker(app)
    assert [worker.run_once() for _ in range(4)] == [True, True, True, False]
    session = fresh(session)
    job = session.query(ParseJob).one()
    assert (job.status, job.attempts) == ("failed", 3)
    assert "parser exploded" in (job.last_error or "")
    assert session.get_one(Submission, submission.id).status == "parse_failed"
    assert session.query(Event).filter_by(kind="parse_gave_up").count() == 1
    login(client)
    page = client.get("/queue").get_data(as_text=True)
    assert "parse failed" in page
    response = client.get(
        f"/candidates/{submission.candidate_id}/submissions/{submission.id}/original"
    )
    assert response.status_code == 200


def test_a_job_whose_lease_expired_is_claimed_again(session: Session) -> None:
    make_submission(session)
    session.commit()
    now = utcnow()
    first = jobs.claim(session, "worker-a", POLICY, now=now)
    assert first is not None
    session.commit()
    assert jobs.claim(session, "worker-b", POLICY, now=now + timedelta(seconds=30)) is None
    again = jobs.claim(session, "worker-b", POLICY, now=now + timedelta(seconds=61))
    assert again is not None and again.id == first.id
    assert (again.lease_owner, again.attempts) == ("worker-b", 2)


def test_a_worker_that_lost_its_lease_does_not_save_its_result(
    app: Flask, session: Session
) -> None:
    submission = make_submission(session)
    session.commit()
    job = jobs.claim(session, "worker-a", POLICY)
    assert job is not None
    job.lease_owner = "worker-b"
    session.commit()
    assert jobs.held_job(session, job.id, "worker-a") is None
    assert jobs.held_job(session, job.id, "worker-b") is not None
    session.rollback()
    assert fresh(session).get_one(Submission, submission.id).parse_result is None


def test_a_job_is_given_up_when_its_last_attempt_died_with_its_worker(session: Session) -> None:
    submission = make_submission(session)
    session.commit()
    now = utcnow()
    for attempt in range(POLICY.max_attempts):
        assert jobs.claim(session, f"w{attempt}", POLICY, now=now + timedelta(minutes=2 * attempt))
        session.commit()
    assert jobs.claim(session, "w9", POLICY, now=now + timedelta(minutes=10)) is None
    session.commit()
    assert fresh(session).get_one(Submission, submission.id).status == "parse_failed"
    assert session.query(ParseJob).one().status == "failed"


def test_a_retried_job_waits_for_its_retry_delay(session: Session) -> None:
    make_submission(session)
    session.commit()
    policy = jobs.QueuePolicy(lease_s=60, max_attempts=3, retry_delay_s=30)
    job = jobs.claim(session, "w", policy)
    assert job is not None
    jobs.fail_attempt(session, job, "boom", policy)
    session.commit()
    assert jobs.claim(session, "w", policy) is None
    assert jobs.claim(session, "w", policy, now=utcnow() + timedelta(seconds=31)) is not None


def test_the_worker_loop_runs_until_stopped_and_reports_a_heartbeat(
    app: Flask, session: Session
) -> None:
    make_submission(session, store_dir=app.config["STORAGE_DIR"])
    session.commit()
    app.config["PARSE_FUNCTION"] = "tests.fakes:good_parse"
    worker = Worker(app, name="loop-test")
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,))
    thread.start()
    try:
        for _ in range(100):
            if fresh(session).query(ParseJob).one().status == "done":
                break
            stop.wait(0.05)
        assert fresh(session).get(WorkerHeartbeat, "loop-test") is not None
    finally:
        stop.set()
        thread.join(timeout=10)
    assert fresh(session).query(ParseJob).one().status == "done"
    assert session.get(WorkerHeartbeat, "loop-test") is None  # a clean stop says goodbye


def test_parse_result_text_is_kept_for_search(app: Flask, session: Session) -> None:
    submission = make_submission(session, store_dir=app.config["STORAGE_DIR"])
    session.commit()
    app.config["PARSE_FUNCTION"] = "tests.fakes:good_parse"
    Worker(app).run_once()
    row = fresh(session).get_one(Submission, submission.id).parse_result
    assert row is not None and row.text == "Jane Example RN"
    assert isinstance(ParseResult(ok=True).to_dict(), dict)


@pytest.mark.parametrize("backend_name", ["file", "database"])
def test_the_worker_reads_blobs_from_either_storage_backend(
    app: Flask, client: FlaskClient, session: Session, backend_name: str
) -> None:
    import io

    app.config.update(STORAGE_BACKEND=backend_name, PARSE_FUNCTION="tests.fakes:good_parse")
    form = {"resume": (io.BytesIO(text_pdf(["Jane"])), "cv.pdf"), "consent": "y"}
    assert client.post("/apply", data=form, content_type="multipart/form-data").status_code == 302
    assert Worker(app).run_once()
    assert fresh(session).query(Submission).one().status == "parsed"


def test_concurrent_workers_on_one_database_never_take_the_same_job(
    app: Flask, session: Session, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(12):
        make_submission(session, store_dir=app.config["STORAGE_DIR"], display_name=f"r{n}.txt")
    session.commit()
    log = tmp_path / "claims.log"
    monkeypatch.setenv("RECRUIT_TEST_CLAIM_LOG", str(log))
    app.config["PARSE_FUNCTION"] = "tests.fakes:good_parse"

    def drain(worker: Worker) -> None:
        while worker.run_once():
            pass

    threads = [threading.Thread(target=drain, args=(Worker(app),)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    names = sorted(line.split()[1] for line in log.read_text().splitlines())
    assert names == sorted(f"r{n}.txt" for n in range(12))
    jobs_ = fresh(session).query(ParseJob).all()
    assert {(job.status, job.attempts) for job in jobs_} == {("done", 1)}


def test_worker_logs_name_the_error_but_never_quote_it(
    app: Flask, session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    make_submission(session, store_dir=app.config["STORAGE_DIR"])
    session.commit()
    app.config["PARSE_FUNCTION"] = "tests.fakes:crashing_parse"
    with caplog.at_level("INFO", logger="recruit"):
        Worker(app).run_once()
    assert "RuntimeError at fakes.py:" in caplog.text
    assert "parser exploded" not in caplog.text


def test_a_missing_file_is_a_failed_attempt_not_a_stuck_job(app: Flask, session: Session) -> None:
    submission = make_submission(session)  # its blob was never stored
    session.commit()
    app.config.update(PARSE_FUNCTION="tests.fakes:good_parse", JOB_MAX_ATTEMPTS=2)
    worker = Worker(app)
    assert [worker.run_once() for _ in range(3)] == [True, True, False]
    session = fresh(session)
    assert "BlobNotFound" in (session.query(ParseJob).one().last_error or "")
    assert session.get_one(Submission, submission.id).status == "parse_failed"


DOWN_URL = "postgresql+psycopg://recruit@127.0.0.1:9/recruit"  # nothing listens: refused at once


def test_a_parse_finished_while_the_database_is_down_is_saved_once_it_is_back(
    app: Flask, session: Session
) -> None:
    submission = make_submission(session, store_dir=app.config["STORAGE_DIR"])
    session.commit()
    engine = get_db(app).engine
    down = threading.Event()
    parses: list[str] = []

    def refuse_connections(*_args: Any) -> None:
        if down.is_set():
            raise engine.dialect.loaded_dbapi.OperationalError("the server is restarting")

    def parse_then_lose_the_database(
        data: bytes, filename: str, limits: Limits, media_type: str | None = None
    ) -> ParseResult:
        parses.append(filename)
        down.set()
        engine.dispose()  # the server took every open connection with it
        return good_parse(data, filename, limits)

    sa.event.listen(engine, "do_connect", refuse_connections)
    worker = Worker(app)
    worker.parse = parse_then_lose_the_database
    with pytest.raises(sa.exc.OperationalError):
        worker.run_once()
    down.clear()
    job = fresh(session).query(ParseJob).one()
    assert (job.status, job.attempts) == ("running", 1)  # still ours, under its lease
    assert worker.run_once() is True
    job = fresh(session).query(ParseJob).one()
    assert (job.status, job.attempts, len(parses)) == ("done", 1, 1)
    assert session.get_one(Submission, submission.id).status == "parsed"
    assert worker.run_once() is False


def test_a_result_the_database_refuses_is_a_failed_attempt_not_a_held_job(
    app: Flask, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_submission(session, store_dir=app.config["STORAGE_DIR"])
    session.commit()
    app.config["PARSE_FUNCTION"] = "tests.fakes:good_parse"

    def refuse(session: Session, *_args: Any) -> None:
        session.execute(sa.text("SELECT * FROM no_such_table"))

    monkeypatch.setattr(worker_module, "save_parse_result", refuse)
    worker = Worker(app)
    assert worker.run_once() is True
    job = fresh(session).query(ParseJob).one()
    assert (job.status, job.attempts) == ("queued", 1)
    assert "no_such_table" in (job.last_error or "")


def test_only_connection_failures_count_as_the_database_being_unavailable(
    session: Session,
) -> None:
    down = create_database(DOWN_URL)
    with pytest.raises(sa.exc.DBAPIError) as refused:
        down.engine.connect()
    down.engine.dispose()
    with pytest.raises(sa.exc.DBAPIError) as bad_statement:
        session.execute(sa.text("SELECT * FROM no_such_table"))
    session.rollback()
    assert database_unavailable(refused.value)
    assert not database_unavailable(bad_statement.value)
    assert not database_unavailable(ValueError("not a database error"))


def test_a_connection_the_server_dropped_counts_as_the_database_being_unavailable(
    pg_url: str,
) -> None:
    engine = sa.create_engine(pg_url)
    try:
        with engine.connect() as victim, engine.connect() as killer:
            pid = victim.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
            killer.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            with pytest.raises(sa.exc.DBAPIError) as dropped:
                victim.execute(sa.text("SELECT 1"))
        assert database_unavailable(dropped.value)
    finally:
        engine.dispose()
