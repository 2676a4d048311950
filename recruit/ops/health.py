"""GET /healthz for load balancers and operators: database and worker liveness as JSON."""

from __future__ import annotations

import logging
from typing import Any

import sqlalchemy as sa
from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue

from recruit.db import get_session
from recruit.jobs import queue_depth
from recruit.worker import latest_heartbeat_age

log = logging.getLogger(__name__)
health = Blueprint("health", __name__)


@health.get("/healthz")
def healthz() -> ResponseReturnValue:
    database, worker = _database(), _worker()
    healthy = database["ok"] and worker["ok"]
    report = {"database": database, "worker": worker, "status": "ok" if healthy else "unhealthy"}
    return jsonify(report), 200 if healthy else 503


@health.get("/healthz/web")
def healthz_web() -> ResponseReturnValue:
    """For a load balancer in front of several web hosts: can this one serve? A fleet without
    a live worker still takes uploads (they queue), so that is /healthz's alarm, not a reason
    to take every web host out of rotation."""
    database = _database()
    report = {"database": database, "status": "ok" if database["ok"] else "unhealthy"}
    return jsonify(report), 200 if database["ok"] else 503


def _database() -> dict[str, Any]:
    try:
        get_session().execute(sa.text("SELECT 1"))
        return {"ok": True, "queued_jobs": queue_depth(get_session())}
    except sa.exc.SQLAlchemyError as error:
        log.warning("healthz: database check failed: %s", type(error).__name__)
        get_session().rollback()
        return {"ok": False, "error": type(error).__name__}


def _worker() -> dict[str, Any]:
    try:
        age = latest_heartbeat_age(get_session())
    except sa.exc.SQLAlchemyError:
        return {"ok": False, "last_heartbeat_age_s": None}
    if age is None:
        return {"ok": False, "last_heartbeat_age_s": None, "error": "no worker has reported"}
    seconds = round(max(age.total_seconds(), 0.0), 1)
    return {
        "ok": seconds <= current_app.config["HEARTBEAT_STALE_S"],
        "last_heartbeat_age_s": seconds,
    }
