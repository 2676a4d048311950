"""Deleting everything is real; unconfirmed uploads and inactive candidates are erased too."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.candidates.duplicates import merge_candidates
from recruit.candidates.search import match_clause, reindex_candidate
from recruit.cli import main
from recruit.db import Base, utcnow
from recruit.models import Candidate, Event, Submission
from recruit.privacy.erasure import erase_candidate
from recruit.privacy.retention import cleanup_unconfirmed, inactive_candidates, months_before
from recruit.storage import FileBlobStore
from tests.candidate_helpers import applied_and_confirmed, apply, confirm
from tests.helpers import TEXT_RESUME, make_candidate, make_submission


def blob_files(app: Flask) -> list[Path]:
    return [p for p in Path(app.config["STORAGE_DIR"]).rglob("*") if p.is_file()]


def row_counts(session: Session) -> dict[str, int]:
    session.rollback()
    return {
        table.name: session.scalar(sa.select(sa.func.count()).select_from(table))
        for table in Base.metadata.sorted_tables
        if table.name not in ("user_account", "worker_heartbeat", "blob")
    }


def test_deleting_everything_removes_rows_files_and_the_status_link(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    token = applied_and_confirmed(client, app)
    assert len(blob_files(app)) == 1
    assert client.get(f"/status/{token}/delete").status_code == 200
    page = client.post(f"/status/{token}/delete")
    assert "Everything is deleted" in page.get_data(as_text=True)
    counts = row_counts(session)
    assert counts.pop("event") == 1
    counts.pop("rate_limit", None)  # hashed client-address counters, nothing about the person
    assert set(counts.values()) == {0}, counts
    erased = session.query(Event).one()
    assert (erased.kind, erased.candidate_id, erased.submission_id) == (
        "candidate_erased",
        None,
        None,
    )
    assert erased.detail == {"reason": "candidate_request", "submissions": 1, "files_deleted": 1}
    assert blob_files(app) == []
    assert client.get(f"/status/{token}").status_code == 404
    assert client.get(f"/apply/{token}/confirm").status_code == 404


def test_a_file_shared_with_another_candidate_is_kept(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    token = applied_and_confirmed(client, app)
    apply(client)  # a second candidate sends the very same bytes
    client.post(f"/status/{token}/delete")
    assert len(blob_files(app)) == 1
    assert session.query(Candidate).count() == 1


def test_erasure_removes_the_candidates_search_document(app: Flask, session: Session) -> None:
    candidate_id = make_candidate(session, display_name="Zebulon Quist").id
    reindex_candidate(session, candidate_id)
    session.commit()
    found = sa.select(Candidate.id).where(match_clause(dialect(session), "zebulon"))
    assert session.scalars(found).all() == [candidate_id]
    erase_candidate(session, FileBlobStore(app.config["STORAGE_DIR"]), candidate_id)
    session.commit()
    assert session.scalars(found).all() == []


def test_erasing_an_unknown_candidate_does_nothing(app: Flask, session: Session) -> None:
    assert erase_candidate(session, FileBlobStore(app.config["STORAGE_DIR"]), 999) is None
    assert session.query(Event).count() == 0


def age(session: Session, hours: float) -> None:
    """Make every submission look `hours` old."""
    session.rollback()
    for submission in session.query(Submission):
        submission.received_at = utcnow() - timedelta(hours=hours)
    session.commit()


def test_an_upload_never_confirmed_is_erased_after_24_hours_file_included(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    token = apply(client)
    store = FileBlobStore(app.config["STORAGE_DIR"])
    age(session, 23)
    assert cleanup_unconfirmed(session, store, timedelta(hours=24)) == 0
    age(session, 25)
    assert cleanup_unconfirmed(session, store, timedelta(hours=24)) == 1
    session.commit()
    assert session.query(Candidate).count() == 0 and blob_files(app) == []
    assert client.get(f"/status/{token}").status_code == 404


def test_cleanup_keeps_confirmed_applications_and_their_link(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    token = applied_and_confirmed(client, app)
    newer = {"resume": (io.BytesIO(b"Newer resume\njane@example.com\n"), "new.txt")}
    client.post(f"/status/{token}/resume", data={**newer, "consent": "y"})
    age(session, 48)
    erased = cleanup_unconfirmed(
        session, FileBlobStore(app.config["STORAGE_DIR"]), timedelta(hours=24)
    )
    session.commit()
    assert erased == 1  # the newer upload, never confirmed
    assert [s.status for s in session.query(Submission)] == ["confirmed"]
    assert len(blob_files(app)) == 1
    assert client.get(f"/status/{token}").status_code == 200


def test_a_stale_upload_hands_its_link_to_a_fresh_one(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    token = apply(client, data=b"%PDF-1.4 broken")  # say it could not be read
    age(session, 30)
    client.post(
        f"/status/{token}/resume",
        data={"resume": (io.BytesIO(TEXT_RESUME), "r.txt"), "consent": "y"},
    )
    erased = cleanup_unconfirmed(
        session, FileBlobStore(app.config["STORAGE_DIR"]), timedelta(hours=24)
    )
    session.commit()
    assert erased == 1
    assert client.get(f"/apply/{token}/confirm").status_code == 200


def test_a_stale_upload_never_hands_its_link_to_someone_elses_submission(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    jane = app.test_client()
    owner = applied_and_confirmed(jane, app)
    newer = {"resume": (io.BytesIO(b"Jane Example\njane@example.com\n"), "new.txt")}
    jane.post(f"/status/{owner}/resume", data={**newer, "consent": "y"})
    assert confirm(jane, owner).status_code == 302  # her newer resume carries no link itself
    stranger = apply(client, data=b"Mallory Stranger\njane@example.com\n")
    known, flagged = session.scalars(sa.select(Candidate).order_by(Candidate.id)).all()
    merge_candidates(session, known, flagged, actor_user_id=None)  # a recruiter's judgement
    session.commit()
    age(session, 30)
    erased = cleanup_unconfirmed(
        session, FileBlobStore(app.config["STORAGE_DIR"]), timedelta(hours=24)
    )
    session.commit()
    assert erased == 1
    assert client.get(f"/status/{stranger}").status_code == 404
    assert app.test_client().get(f"/status/{owner}").status_code == 200


def test_cleanup_command_reports_what_it_erased(
    client: FlaskClient, app: Flask, session: Session, runner: Any
) -> None:
    apply(client)
    age(session, 25)
    result = runner.invoke(main, args=["cleanup"])
    assert result.exit_code == 0, result.output
    assert "erased 1 unconfirmed upload(s)" in result.output


def test_retention_dry_run_lists_ids_and_ages_only_then_erases(
    client: FlaskClient, app: Flask, session: Session, runner: Any
) -> None:
    applied_and_confirmed(client, app)
    fresh = make_candidate(session, display_name="Fresh Person")
    session.commit()
    old = session.query(Candidate).filter(Candidate.id != fresh.id).one()
    long_ago = utcnow() - timedelta(days=800)
    session.execute(sa.update(Candidate).where(Candidate.id == old.id).values(updated_at=long_ago))
    session.execute(sa.update(Submission).values(updated_at=long_ago))
    session.commit()
    result = runner.invoke(main, args=["retention", "--months", "24", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert f"candidate {old.id}: inactive 800 days" in result.output
    assert "Jane" not in result.output and "example.com" not in result.output
    assert session.query(Candidate).count() == 2
    result = runner.invoke(main, args=["retention", "--months", "24"])
    assert result.exit_code == 0, result.output
    session.rollback()
    assert [c.id for c in session.query(Candidate)] == [fresh.id]
    assert blob_files(app) == []


def test_inactive_means_no_change_to_the_candidate_or_any_submission(
    app: Flask, session: Session
) -> None:
    candidate = make_candidate(session, updated_at=utcnow() - timedelta(days=900))
    make_submission(session, candidate, queued=False)
    session.commit()
    assert inactive_candidates(session, 24) == []  # the submission is recent


def test_months_before_clamps_to_the_end_of_a_shorter_month() -> None:
    moment = utcnow().replace(year=2027, month=3, day=31)
    assert months_before(moment, 1).date().isoformat() == "2027-02-28"
    assert months_before(moment, 15).date().isoformat() == "2025-12-31"


def dialect(session: Session) -> str:
    return session.get_bind().dialect.name
