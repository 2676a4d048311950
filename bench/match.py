"""Seed 100,000 candidates (bench/queue.py's synthetic data) and 5,000 open job orders, build
every order's kept match pairs (the sweep), then time an order's match lists, a candidate's
fitting orders, re-evaluating after one profile change, rebuilding one order (an edit), the
order page and the order list.

    python bench/match.py [--count N] [--orders N] [--samples N] [--pg postgresql+psycopg://...]

SQLite always (a fresh file in a temporary folder, unless --skip-sqlite); PostgreSQL too when
--pg or RECRUIT_BENCH_DATABASE_URL names a server database to create a throwaway database from.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

# As in bench/queue.py: never let this folder shadow the standard library's `queue` module.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from bench.queue import (  # noqa: E402
    ALL_STATES,
    BIG_STATES,
    CERTS,
    DISCIPLINES,
    EHRS,
    OTHER_SPECIALTIES,
    PASSWORD,
    RN_SPECIALTIES,
    seed,
    weighted,
)
from recruit import create_app  # noqa: E402
from recruit.auth.users import create_user  # noqa: E402
from recruit.db import get_db, utcnow, write_session  # noqa: E402
from recruit.models import (  # noqa: E402
    Candidate,
    CandidateLicense,
    CandidatePreferredState,
    JobOrder,
    JobOrderCertification,
    OrderMatch,
    Submittal,
)
from recruit.ops import migrate  # noqa: E402
from recruit.orders import stored  # noqa: E402
from recruit.orders.gates import GUARD_DAYS, facility_key  # noqa: E402
from recruit.orders.matching import candidate_fits, order_matches  # noqa: E402
from recruit.orders.sweep import run_sweep  # noqa: E402
from tests.pg import created_database  # noqa: E402

BATCH = 2000


def synthetic_order(rng: random.Random, ident: int, today: date) -> dict[str, Any]:
    discipline = weighted(rng, DISCIPLINES)
    nurse = discipline in ("RN", "LPN")
    specialty = weighted(rng, RN_SPECIALTIES) if nurse else rng.choice(OTHER_SPECIALTIES)
    start = today + timedelta(days=rng.randint(7, 120))
    certs = ["BLS"] + CERTS.get(specialty, [])[:1]
    return {
        "id": ident, "source": "bench", "external_id": f"REQ-{ident}",
        "facility": f"Facility {rng.randint(1, 800)}", "state": rng.choice(BIG_STATES + ALL_STATES),
        "discipline": discipline, "specialty": specialty, "start_date": start, "weeks": 13,
        "end_date": start + timedelta(weeks=13), "openings": rng.randint(1, 3),
        "openings_filled": 0, "compact_accepted": rng.random() < 0.9,
        "min_years": rng.choice((1.0, 1.0, 2.0, 2.0, 3.0)), "ehr": weighted(rng, EHRS),
        "ehr_required": False, "status": "open", "created_at": utcnow(), "updated_at": utcnow(),
        "_certs": certs,
    }  # fmt: skip


def seed_orders(engine: sa.Engine, count: int) -> None:
    rng, today = random.Random(20261206), date.today()
    orders = [synthetic_order(rng, ident, today) for ident in range(1, count + 1)]
    certs = [{"order_id": o["id"], "name": name} for o in orders for name in o.pop("_certs")]
    with engine.begin() as connection:
        connection.execute(JobOrder.__table__.insert(), orders)
        connection.execute(JobOrderCertification.__table__.insert(), certs)


def seed_matching_facts(engine: sa.Engine, count: int) -> None:
    """What bench/queue.py's candidates lack for matching: start dates, preferred states,
    travel history and a recent specialty, for a share of them."""
    rng, today = random.Random(7), date.today()
    candidate = Candidate.__table__
    update = (
        candidate.update()
        .where(candidate.c.id == sa.bindparam("cid"))
        .values(
            available_from=sa.bindparam("start"),
            travel_assignments=sa.bindparam("trips"),
            min_confidence=sa.bindparam("confidence"),
        )
    )
    preferred = []
    for first in range(1, count + 1, BATCH):
        rows = []
        for cid in range(first, min(first + BATCH, count + 1)):
            start = today + timedelta(days=rng.randint(0, 90)) if rng.random() < 0.4 else None
            rows.append({"cid": cid, "start": start, "trips": rng.choice((0, 0, 1, 2, 4)),
                         "confidence": round(rng.uniform(0.4, 1.0), 2)})  # fmt: skip
            if rng.random() < 0.3:
                picks = {rng.choice(BIG_STATES) for _ in range(rng.randint(1, 3))}
                preferred += [{"candidate_id": cid, "state": s} for s in picks]
        with engine.begin() as connection:
            connection.execute(update, rows)
    with engine.begin() as connection:
        connection.execute(CandidatePreferredState.__table__.insert(), preferred)
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("ANALYZE")
    if engine.dialect.name != "sqlite":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM ANALYZE")


def timed(samples: int, action: Callable[[int], Any]) -> tuple[float, float, float, float, float]:
    """(p50, p95, CPU p50, CPU p95, mean result size) in ms over samples calls, after two
    warm-up calls. The CPU figures are this process's own time: on a machine other work keeps
    busy they show what the code costs, the wall-clock ones what a user waited (and for
    PostgreSQL the server's work is only in the wall-clock ones)."""
    timings, cpu, sizes = [], [], []
    for n in range(samples + 2):
        started, cpu_started = time.perf_counter(), time.process_time()
        size = action(n)
        if n >= 2:
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
            sizes.append(size)
    cuts, cpu_cuts = statistics.quantiles(timings, n=100), statistics.quantiles(cpu, n=100)
    return (
        statistics.median(timings), cuts[94], statistics.median(cpu), cpu_cuts[94],
        statistics.mean(sizes),
    )  # fmt: skip


def measure(
    app: Any, orders: int, count: int, samples: int
) -> list[tuple[str, float, float, float]]:
    rng = random.Random(99)
    order_ids = [rng.randint(1, orders) for _ in range(samples + 2)]
    candidate_ids = [rng.randint(1, count) for _ in range(samples + 2)]
    results = []
    with Session(get_db(app).engine, expire_on_commit=False) as session:  # as the app's

        def an_order(n: int) -> int:
            order = session.get(JobOrder, order_ids[n])
            lists = order_matches(session, order, utcnow())
            session.rollback()
            return lists.eligible_total + lists.one_step_total

        def a_candidate(n: int) -> int:
            fits = candidate_fits(session, _candidate(session, candidate_ids[n]), utcnow())
            session.rollback()
            return len(fits)

        def a_reevaluation(n: int) -> int:
            """What the changes hook does after a profile change (here: a new multistate
            licence, written above): the candidate's pairs recomputed, then committed."""
            stored.refresh_candidate(session, changed[n], utcnow())
            session.commit()
            return 1

        def a_reread(n: int) -> int:
            fits = candidate_fits(session, changed[n], utcnow())
            session.rollback()
            return len(fits)

        def an_edit(n: int) -> int:
            """An order saved by hand: its pairs dropped and computed anew, committed."""
            stored.build_order(session, session.get_one(JobOrder, order_ids[n]), utcnow())
            session.commit()
            return 1

        results.append(("order: match lists", *timed(samples, an_order)))
        results.append(("candidate: fitting orders", *timed(samples, a_candidate)))
        changed = [_with_new_licence(session, candidate_ids[n]) for n in range(samples + 2)]
        session.commit()
        results.append(("profile change: re-evaluate", *timed(samples, a_reevaluation)))
        results.append(("  then fitting orders again", *timed(samples, a_reread)))
        results.append(("order edit: rebuild pairs", *timed(min(samples, 30), an_edit)))
        measure_recheck(session, candidate_ids)
    client = app.test_client()
    assert client.post("/login", data={"email": "r1@example.com", "password": PASSWORD}
                       ).status_code == 302  # fmt: skip

    def order_page(n: int) -> int:
        response = client.get(f"/orders/{order_ids[n]}")
        assert response.status_code == 200
        return 1

    results.append(("order page (HTTP)", *timed(min(samples, 50), order_page)))

    def order_list(n: int) -> int:
        response = client.get(f"/orders?page={n % 5 + 1}")
        assert response.status_code == 200
        return 1

    started = time.perf_counter()
    for page in range(1, 6):  # the first showing of five pages of 25 orders
        order_list(page - 1)
    first = (time.perf_counter() - started) * 1000 / 5
    print(f"  /orders first showing (25 orders counted): {first:.0f} ms a page", flush=True)
    results.append(("/orders with counts (HTTP)", *timed(min(samples, 50), order_list)))
    return results


def measure_recheck(session: Session, candidate_ids: list[int]) -> None:
    """The sweep's other half: each sampled candidate put forward to the facility of one of
    their orders 59 days ago (its pairs with that facility held until tomorrow), then, two
    days on, the due pairs recomputed in the sweep's batches."""
    now, proposed = utcnow(), set()
    for cid in candidate_ids:
        query = sa.select(OrderMatch.order_id).where(
            OrderMatch.candidate_id == cid, OrderMatch.standing == "eligible"
        )
        order_id = session.scalar(query.limit(1))
        if order_id is None or cid in proposed:
            continue
        order = session.get_one(JobOrder, order_id)
        when, key = now - timedelta(days=GUARD_DAYS - 1), facility_key(order.facility)
        session.add(Submittal(order_id=order_id, candidate_id=cid, created_at=when,
                              updated_at=when, facility_key=key))  # fmt: skip
        stored.refresh_candidate(session, _candidate(session, cid), now)
        proposed.add(cid)
    session.commit()
    due = session.scalar(sa.select(sa.func.count()).where(OrderMatch.standing == "held")) or 0
    started, cpu, later = time.perf_counter(), time.process_time(), now + timedelta(days=2)
    while stored.recheck_due(session, later):
        session.commit()
    session.commit()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"  sweep recheck: {due} held pairs of {len(proposed)} candidates due, rechecked in "
          f"{seconds * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms), "
          f"{seconds * 1000 / max(len(proposed), 1):.1f} ms a candidate", flush=True)  # fmt: skip


def _with_new_licence(session: Session, cid: int) -> Candidate:
    person = _candidate(session, cid)
    person.licenses = [*person.licenses, CandidateLicense(
        state="CO", type=person.discipline, compact=True,
        expires=date.today() + timedelta(days=900))]  # fmt: skip
    return person


def _database_bytes(app: Any) -> int:
    engine = get_db(app).engine
    if engine.dialect.name == "sqlite":
        path = engine.url.database or ""
        return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))
    with engine.connect() as connection:
        return int(connection.scalar(sa.text("SELECT pg_database_size(current_database())")))


def build_all(app: Any, label: str) -> None:
    """The sweep over every order: what a migrated or freshly seeded database needs once."""
    size_before = _database_bytes(app)
    started, cpu = time.perf_counter(), time.process_time()
    report = run_sweep(app)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    with Session(get_db(app).engine) as session:
        pairs = session.scalar(sa.select(sa.func.count()).select_from(OrderMatch)) or 0
    grown = (_database_bytes(app) - size_before) / 2**20
    print(f"{label}: sweep built {report.built:,} orders ({pairs:,} pairs, {grown:,.0f} MiB) in "
          f"{seconds:.0f} s ({seconds / max(report.built, 1) * 1000:.0f} ms an order, this "
          f"process's CPU {cpu:.0f} s); load {os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
    if app.config["DATABASE_URL"].startswith("sqlite"):
        with get_db(app).engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
    else:
        engine = get_db(app).engine.execution_options(isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.exec_driver_sql("VACUUM ANALYZE order_match")


def _candidate(session: Session, cid: int) -> Candidate:
    query = (
        sa.select(Candidate).where(Candidate.id == cid).options(selectinload(Candidate.licenses))
    )
    return session.scalars(query).one()


def run(label: str, url: str, args: argparse.Namespace, tmp: Path) -> list[tuple]:
    app = create_app({"DATABASE_URL": url, "INSTANCE_PATH": str(tmp / label),
                      "SECRET_KEY": "bench", "WTF_CSRF_ENABLED": False})  # fmt: skip
    migrate.upgrade(app)
    with write_session(app) as session:
        for n in range(1, 6):  # the seeded candidates are assigned to users 1-5
            create_user(session, f"r{n}@example.com", PASSWORD)
    started = time.perf_counter()
    engine = get_db(app).engine
    seed(engine, args.count)
    seed_orders(engine, args.orders)
    seed_matching_facts(engine, args.count)
    seconds = time.perf_counter() - started
    print(f"{label}: seeded {args.count:,} candidates and {args.orders:,} orders in "
          f"{seconds:.0f} s", flush=True)  # fmt: skip
    build_all(app, label)
    results = []
    for name, p50, p95, cpu50, cpu95, size in measure(app, args.orders, args.count, args.samples):
        results.append((label, name, p50, p95, cpu50, cpu95, size))
        print(f"  {name:<28} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  cpu p50 {cpu50:6.1f} "
              f"p95 {cpu95:6.1f}  (mean rows {size:,.0f})", flush=True)  # fmt: skip
    print(f"  load average during the run: {os.getloadavg()[0]:.1f}", flush=True)
    engine.dispose()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=5_000)
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--pg", default=os.environ.get("RECRUIT_BENCH_DATABASE_URL"))
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        if not args.skip_sqlite:
            results += run("sqlite", f"sqlite:///{tmp / 'bench.sqlite3'}", args, tmp)
        if args.pg:
            with created_database(args.pg, "match") as pg_url:
                results += run("postgresql", pg_url, args, tmp)
    print(f"\n{'database':<11} {'scenario':<28} {'p50 ms':>8} {'p95 ms':>8} {'cpu p50':>8} "
          f"{'cpu p95':>8} {'rows':>8}")  # fmt: skip
    for database, scenario, p50, p95, cpu50, cpu95, size in results:
        print(f"{database:<11} {scenario:<28} {p50:>8.1f} {p95:>8.1f} {cpu50:>8.1f} "
              f"{cpu95:>8.1f} {size:>8,.0f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
