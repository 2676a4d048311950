"""The match sweep: build the open orders with no kept pairs yet (an import's tail, a migrated
database, a rebuild after the gates changed) and recompute the pairs whose recheck time has
passed. The worker process runs it every minute; `recruit orders sweep` runs it by hand.

Each order, and each batch of rechecks, is one short transaction of its own, so uploads and
profile changes never wait long behind it (on SQLite it holds the one write lock meanwhile).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

import sqlalchemy as sa
from flask import Flask

from recruit.db import get_db, utcnow
from recruit.logs import describe
from recruit.models import JobOrder, OrderMatch
from recruit.orders import stored

log = logging.getLogger(__name__)

SWEEP_EVERY_S = 60.0
# Seconds one pass of the worker's sweep may take before it lets the rest wait a moment.
PASS_BUDGET_S = 20.0
PAUSE_WHEN_BEHIND_S = 1.0


@dataclass(frozen=True)
class SweepReport:
    built: int
    rechecked: int
    seconds: float
    finished: bool  # nothing left to build or recheck when it stopped


def run_sweep(app: Flask, budget_s: float | None = None) -> SweepReport:
    """Build unbuilt open orders, then recheck due pairs, until done or `budget_s` is spent."""
    started = time.monotonic()

    def time_left() -> bool:
        return budget_s is None or time.monotonic() - started < budget_s

    built = rechecked = 0
    while time_left() and _build_next(app):
        built += 1
    finished = not _unbuilt_left(app)
    while finished and time_left():
        with get_db(app).write_sessions() as session, session.begin():
            due = stored.recheck_due(session, utcnow())
        rechecked += due
        if due < stored.RECHECK_BATCH:
            return SweepReport(built, rechecked, time.monotonic() - started, True)
    return SweepReport(built, rechecked, time.monotonic() - started, False)


def forget_all(app: Flask) -> int:
    """Drop every kept pair and mark every order unbuilt (after the gates' rules changed); the
    lists are read live until the sweep has built them again. How many orders are open."""
    with get_db(app).write_sessions() as session, session.begin():
        stored.lock_writers(session)
        session.execute(sa.delete(OrderMatch))
        session.execute(sa.update(JobOrder).values(matched_at=None))
        query = sa.select(sa.func.count()).where(JobOrder.status == "open")
        return int(session.scalar(query) or 0)


def start_sweep_thread(app: Flask, stop: threading.Event) -> threading.Thread:
    """Sweep now and then every SWEEP_EVERY_S until `stop` is set; sooner while behind."""

    def loop() -> None:
        while not stop.is_set():
            pause = SWEEP_EVERY_S
            try:
                report = run_sweep(app, PASS_BUDGET_S)
                if report.built or report.rechecked:
                    log.info(
                        "match sweep: %d orders built, %d pairs rechecked in %.1f s",
                        report.built, report.rechecked, report.seconds,
                    )  # fmt: skip
                if not report.finished:
                    pause = PAUSE_WHEN_BEHIND_S
            except Exception as error:
                log.error("match sweep failed: %s", describe(error))
            stop.wait(pause)

    thread = threading.Thread(target=loop, name="recruit-match-sweep", daemon=True)
    thread.start()
    return thread


def _build_next(app: Flask) -> bool:
    """Build the oldest unbuilt open order; False when there is none."""
    with get_db(app).write_sessions() as session, session.begin():
        stored.lock_writers(session)  # first: two sweeping workers then pick different orders
        found = stored.unbuilt_orders(session, 1)
        if not found:
            return False
        stored.build_order(session, session.get_one(JobOrder, found[0]), utcnow())
    return True


def _unbuilt_left(app: Flask) -> bool:
    with get_db(app).sessions() as session:
        return bool(stored.unbuilt_orders(session, 1))
