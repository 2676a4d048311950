from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit import create_app
from recruit.db import utcnow
from recruit.models import WorkerHeartbeat


def test_healthz_is_unhealthy_until_a_worker_reports(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json["database"]["ok"] is True
    assert response.json["worker"]["ok"] is False


def test_healthz_is_healthy_with_a_recent_worker_heartbeat(
    client: FlaskClient, session: Session
) -> None:
    session.add(WorkerHeartbeat(worker_id="w1", seen_at=utcnow()))
    session.commit()
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json["status"] == "ok"
    assert response.json["worker"]["last_heartbeat_age_s"] < 5


def test_healthz_reports_a_stale_worker(client: FlaskClient, session: Session) -> None:
    session.add(WorkerHeartbeat(worker_id="w1", seen_at=utcnow() - timedelta(minutes=10)))
    session.commit()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json["worker"]["ok"] is False


def test_healthz_reports_an_unreachable_database(tmp_path: Path) -> None:
    app = create_app(
        {
            "INSTANCE_PATH": str(tmp_path),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'missing' / 'dir' / 'db.sqlite3'}",
        }
    )
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json["database"]["ok"] is False


def test_the_web_check_for_load_balancers_passes_without_a_worker(client: FlaskClient) -> None:
    response = client.get("/healthz/web")
    assert response.status_code == 200
    assert response.json == {"database": {"ok": True, "queued_jobs": 0}, "status": "ok"}


def test_the_web_check_fails_when_the_database_is_unreachable(tmp_path: Path) -> None:
    app = create_app(
        {
            "INSTANCE_PATH": str(tmp_path),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'missing' / 'dir' / 'db.sqlite3'}",
        }
    )
    assert app.test_client().get("/healthz/web").status_code == 503
