"""Seed 100,000 synthetic candidates and time the queue page and search.

    python bench/queue.py [--count N] [--requests N] [--pg postgresql+psycopg://postgres@127.0.0.1/postgres]

SQLite always (a fresh file in a temporary folder); PostgreSQL too when --pg or
RECRUIT_BENCH_DATABASE_URL names a server database to create a throwaway database from.
Prints p50/p95 latency per scenario, measured with Flask's test client, signed in.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

# Run as a script, this folder comes first on sys.path and this file would shadow the standard
# library's `queue` module (which psycopg imports); the project root is what we need instead.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from recruit import create_app  # noqa: E402
from recruit.auth.users import create_user  # noqa: E402
from recruit.candidates.search import STATE_TOKEN  # noqa: E402
from recruit.db import get_db, write_session  # noqa: E402
from recruit.models import (  # noqa: E402
    Candidate,
    CandidateCertification,
    CandidateEhr,
    CandidateEligibleState,
    CandidateLicense,
    CandidateSpecialty,
    Submission,
)
from recruit.ops import migrate  # noqa: E402
from recruit.queue.filters import QueueFilters  # noqa: E402
from tests.pg import created_database  # noqa: E402

PASSWORD = "bench password bench"
BATCH = 2000
ALL_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
).split()
NOT_NLC = {"AK", "CA", "HI", "IL", "MI", "MN", "NV", "NY", "OR", "DC", "MA"}
NLC = [s for s in ALL_STATES if s not in NOT_NLC]
BIG_STATES = ["TX", "CA", "FL", "NY", "PA", "OH", "GA", "NC", "AZ", "WA", "CO", "TN", "IL"]
DISCIPLINES = {"RN": 70, "LPN": 8, "PT": 6, "PTA": 2, "OT": 4, "COTA": 1, "SLP": 3, "RT": 4,
               "Pharmacist": 2}  # fmt: skip
RN_SPECIALTIES = {"ICU": 18, "ER": 16, "Med-Surg": 15, "Telemetry": 12, "Step-Down": 8,
                  "L&D": 7, "NICU": 5, "PICU": 3, "OR": 7, "PACU": 4, "Cath Lab": 3,
                  "Oncology": 3, "Psych": 3, "Dialysis": 2}  # fmt: skip
OTHER_SPECIALTIES = ["Acute care", "Outpatient", "SNF", "Home Health", "Inpatient rehab"]
CERTS = {"ICU": ["ACLS", "CCRN"], "ER": ["ACLS", "PALS", "TNCC", "CEN"], "Telemetry": ["ACLS"],
         "Step-Down": ["ACLS"], "L&D": ["NRP", "AWHONN"], "NICU": ["NRP"], "PICU": ["PALS"],
         "Cath Lab": ["ACLS"], "OR": ["CNOR"]}  # fmt: skip
EHRS = {"Epic": 50, "Cerner": 28, "Meditech": 14, "Allscripts": 4, "Paragon": 2, "WebPT": 2}
STATUSES = {"new": 30, "in_review": 15, "contacted": 15, "submitted": 10, "placed": 10,
            "not_a_fit": 12, "withdrawn": 5, "duplicate": 3}  # fmt: skip
FIRST = (
    "Maria Jennifer Ashley Jessica Amanda Sarah Stephanie Nicole Emily Megan Lauren Rachel "
    "Brittany Kayla Danielle Michael Christopher Joshua Matthew David James Robert John "
    "Daniel Aisha Priya Mei Olga Fatima Carmen Lucia Keisha Tamika Rosa Grace"
).split()
LAST = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
    "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
    "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Nguyen "
    "Patel Kim Okafor"
).split()
WORDS = (
    "patient care assessment medication administration charting telemetry ventilator "
    "titration drips sepsis stroke protocol trauma triage discharge teaching admissions "
    "preceptor charge nurse float pool travel assignment contract hospital medical center "
    "level teaching magnet certified bedside rapid response code team wound care "
    "insulin central lines arterial restraints isolation infection control"
).split()
SCENARIOS = {
    "default view": "",
    "next page": "__next__",
    "RN + ICU": "discipline=RN&specialty=ICU",
    "can work in TX": "can_work_in=TX",
    "ACLS valid on date": "cert=ACLS&cert_valid_on={soon}",
    "min years 3": "min_years=3",
    "combined": "discipline=RN&specialty=ICU&can_work_in=TX&cert=ACLS&cert_valid_on={soon}"
    "&min_years=3",
    "search 'icu epic tx'": "q=icu+epic+tx",
    "search name prefix": "q=tami",
    "facets, RN+ICU+TX+3y": "/queue/facets?discipline=RN&specialty=ICU&can_work_in=TX&min_years=3",
    "facets, default view": "/queue/facets?",
    "facets, can work in TX": "/queue/facets?can_work_in=TX",
    "facets, every status": "/queue/facets?status=all",
    "facets, search": "/queue/facets?q=icu+epic+tx",
}


def weighted(rng: random.Random, table: dict[str, int]) -> str:
    return rng.choices(list(table), weights=list(table.values()))[0]


def synthetic(rng: random.Random, ident: int, now: datetime) -> dict[str, Any]:
    discipline = weighted(rng, DISCIPLINES)
    nurse = discipline in ("RN", "LPN")
    pool = RN_SPECIALTIES if nurse else {s: 1 for s in OTHER_SPECIALTIES}
    specialties = list(dict.fromkeys(weighted(rng, pool) for _ in range(rng.choice((1, 1, 2)))))
    years = round(rng.uniform(0.5, 25), 1)
    home = rng.choice(BIG_STATES + ALL_STATES)
    licences = [(home, nurse and home in NLC and rng.random() < 0.7)]
    licences += [(rng.choice(BIG_STATES), False) for _ in range(rng.choice((0, 0, 1, 2)))]
    eligible = {state for state, _ in licences}
    if any(compact for _, compact in licences):
        eligible |= set(NLC)
    certs = ["BLS"] if rng.random() < 0.95 else []
    for specialty in specialties:
        certs += [c for c in CERTS.get(specialty, []) if rng.random() < 0.8 and c not in certs]
    status = weighted(rng, STATUSES)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    ehrs = list(dict.fromkeys(weighted(rng, EHRS) for _ in range(rng.choice((1, 2)))))
    return {
        "id": ident, "name": name, "discipline": discipline, "specialties": specialties,
        "years": years, "licences": licences, "eligible": sorted(eligible), "certs": certs,
        "ehrs": ehrs, "status": status,
        "assigned": rng.randint(1, 5) if status != "new" and rng.random() < 0.8 else None,
        "received_at": now - timedelta(minutes=rng.randint(0, 180 * 24 * 60)),
        "parse_failed": rng.random() < 0.02, "has_warnings": rng.random() < 0.1,
        "min_confidence": round(rng.uniform(0.3, 1.0), 2),
        "expiry": lambda: None if rng.random() < 0.1 else date.today() + timedelta(
            days=rng.randint(-180, 730)),
        "text": " ".join(rng.choices(WORDS, k=80)),
    }  # fmt: skip


def rows_for(c: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    cid, when = c["id"], c["received_at"]
    body = " ".join(
        [c["name"], c["discipline"], *c["specialties"], *c["ehrs"], *c["certs"],
         *(f"{s} {c['discipline']}" for s, _ in c["licences"]),
         *(f"{STATE_TOKEN}{s.lower()}" for s in c["eligible"]), c["text"]]
    )  # fmt: skip
    return {
        "candidate": [
            {
                "id": cid,
                "display_name": c["name"],
                "status": c["status"],
                "discipline": c["discipline"],
                "years_experience": c["years"],
                "assigned_user_id": c["assigned"],
                "created_at": when,
                "updated_at": when,
                "received_at": when,
                "parse_failed": c["parse_failed"],
                "has_warnings": c["has_warnings"],
                "min_confidence": c["min_confidence"],
                "eligible_states_json": json.dumps(c["eligible"]),
                "email_normalized": f"{c['name'].lower().replace(' ', '.')}{cid}@example.com",
            }
        ],  # fmt: skip
        "submission": [
            {
                "candidate_id": cid,
                "status": "parse_failed" if c["parse_failed"] else "parsed",
                "source": "web",
                "received_at": when,
                "updated_at": when,
            }
        ],  # fmt: skip
        "specialty": [
            {"candidate_id": cid, "name": s, "years": round(c["years"] * 0.7, 1)}
            for s in c["specialties"]
        ],  # fmt: skip
        "licence": [
            {
                "candidate_id": cid,
                "state": s,
                "type": c["discipline"],
                "compact": k,
                "number": f"{s}{cid}",
                "expires": c["expiry"](),
            }
            for s, k in c["licences"]
        ],  # fmt: skip
        "eligible": [{"candidate_id": cid, "state": s} for s in c["eligible"]],
        "cert": [{"candidate_id": cid, "name": n, "expires": c["expiry"]()} for n in c["certs"]],
        "ehr": [{"candidate_id": cid, "name": n} for n in c["ehrs"]],
        "search": [{"id": cid, "body": body}],
    }


TABLES = {
    "candidate": Candidate.__table__, "submission": Submission.__table__,
    "specialty": CandidateSpecialty.__table__, "licence": CandidateLicense.__table__,
    "eligible": CandidateEligibleState.__table__, "cert": CandidateCertification.__table__,
    "ehr": CandidateEhr.__table__,
}  # fmt: skip


def seed(engine: sa.Engine, count: int) -> None:
    rng, now = random.Random(20261126), datetime.now(UTC)
    sqlite = engine.dialect.name == "sqlite"
    search = sa.text(
        "INSERT INTO candidate_fts (rowid, body) VALUES (:id, :body)"
        if sqlite
        else "INSERT INTO candidate_search (candidate_id, document)"
        " VALUES (:id, to_tsvector('simple', :body))"
    )
    # Bulk-load practice: build the facet tables' indexes once, after the rows are in.
    indexes = [index for table in TABLES.values() if table.name != "candidate"
               for index in table.indexes]  # fmt: skip
    with engine.begin() as connection:
        for index in indexes:
            index.drop(connection)
        if not sqlite:
            connection.exec_driver_sql("DROP INDEX ix_candidate_search_document")
    for start in range(1, count + 1, BATCH):
        batch: dict[str, list[dict[str, Any]]] = {}
        for ident in range(start, min(start + BATCH, count + 1)):
            for name, rows in rows_for(synthetic(rng, ident, now)).items():
                batch.setdefault(name, []).extend(rows)
        with engine.begin() as connection:
            for name, table in TABLES.items():
                connection.execute(table.insert(), batch[name])
            connection.execute(search, batch["search"])
    with engine.begin() as connection:
        for index in indexes:
            index.create(connection)
        if not sqlite:
            connection.exec_driver_sql(
                "CREATE INDEX ix_candidate_search_document ON candidate_search USING GIN (document)"
            )
    # A settled database, as autovacuum leaves one: statistics, and a visibility map so that
    # index-only scans need not visit the table.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("ANALYZE" if sqlite else "VACUUM ANALYZE")


def measure(
    app: Any, requests: int, scenarios: dict[str, str] = SCENARIOS
) -> Iterator[tuple[str, float, float, float]]:
    """(scenario, p50, p95, p50 of this process's CPU time) in ms. The CPU figure leaves out
    time spent waiting for other processes on a busy machine (and PostgreSQL's own work)."""
    client = app.test_client()
    assert client.post("/login", data={"email": "r1@example.com", "password": PASSWORD}
                       ).status_code == 302  # fmt: skip
    soon = (date.today() + timedelta(days=30)).isoformat()
    for label, query in scenarios.items():
        if query == "__next__":
            query = "after=" + _next_cursor(client.get("/queue").get_data(as_text=True))
        url = query if query.startswith("/") else "/queue?" + query.format(soon=soon)
        timings, cpu = [], []
        for attempt in range(requests + 3):
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
            assert response.status_code == 200, (url, response.status_code)
            if attempt >= 3:  # the first few warm caches and templates
                timings.append(elapsed)
                cpu.append((time.process_time() - cpu_started) * 1000)
        cuts = statistics.quantiles(timings, n=100)
        yield label, statistics.median(timings), cuts[94], statistics.median(cpu)


ESTIMATED_VIEWS = {"default view": {}, "can work in TX": {"can_work_in": "TX"},
                   "every status": {"status": "all"}}  # fmt: skip


def estimate_errors(app: Any) -> Iterator[tuple[str, float, float]]:
    """How far sampled facet counts are from the exact ones (counted whole, slowly, here)."""
    from recruit.queue import facets

    with app.app_context(), Session(get_db(app).engine) as session:
        for view, args in ESTIMATED_VIEWS.items():
            filters = QueueFilters.from_args(args)
            estimate = facets.facet_counts(session, filters, 1)
            limit, facets.EXACT_LIMIT = facets.EXACT_LIMIT, 10**9
            try:
                exact = facets.facet_counts(session, filters, 1)
            finally:
                facets.EXACT_LIMIT = limit
            errors = [
                (n / exact.matches, abs((estimate.get(name, value) or 0) - n) / n)
                for name, values in exact.counts.items()
                for value, n in values.items()
            ]
            big = max((e for share, e in errors if share >= 0.1), default=0.0)
            small = max((e for share, e in errors if 0.01 <= share < 0.1), default=0.0)
            yield view, big, small


def _next_cursor(page: str) -> str:
    marker = 'rel="next" href="/queue?after='
    return page[page.index(marker) + len(marker) :].split('"')[0].split("&")[0]


def run(label: str, url: str, count: int, requests: int, tmp: Path) -> list[tuple]:
    app = create_app({"DATABASE_URL": url, "INSTANCE_PATH": str(tmp / label),
                      "SECRET_KEY": "bench", "WTF_CSRF_ENABLED": False})  # fmt: skip
    migrate.upgrade(app)
    with write_session(app) as session:
        for n in range(1, 6):
            create_user(session, f"r{n}@example.com", PASSWORD)
    started = time.perf_counter()
    seed(get_db(app).engine, count)
    seconds = time.perf_counter() - started
    print(f"{label}: seeded {count:,} candidates in {seconds:.0f} s", flush=True)
    results = []
    for row in measure(app, requests):
        results.append((label, *row))
        print(f"  {row[0]:<24} p50 {row[1]:7.1f} ms  p95 {row[2]:7.1f} ms", flush=True)
    print(f"  load average during the run: {os.getloadavg()[0]:.1f}", flush=True)
    for view, big, small in estimate_errors(app):
        print(f"  estimated counts, {view}: largest error {big:.0%} for values over 10% of the"
              f" view, {small:.0%} for values of 1-10%")  # fmt: skip
    get_db(app).engine.dispose()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--pg", default=os.environ.get("RECRUIT_BENCH_DATABASE_URL"))
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        sqlite_url = f"sqlite:///{tmp / 'bench.sqlite3'}"
        results += run("sqlite", sqlite_url, args.count, args.requests, tmp)
        if args.pg:
            with created_database(args.pg, "bench") as pg_url:
                results += run("postgresql", pg_url, args.count, args.requests, tmp)
    print(f"\n{'database':<11} {'scenario':<24} {'p50 ms':>8} {'p95 ms':>8} {'cpu p50':>8}")
    for database, scenario, p50, p95, cpu in results:
        print(f"{database:<11} {scenario:<24} {p50:>8.1f} {p95:>8.1f} {cpu:>8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
