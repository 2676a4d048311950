"""Growth curve on PostgreSQL: the same pages at 10,000, 100,000 and 1,000,000 candidates.

    python -m bench.growth [SIZE ...] [--pg postgresql+psycopg://postgres@127.0.0.1/postgres]

One throwaway database (created beside --pg or RECRUIT_BENCH_DATABASE_URL, dropped at the
end) grows through the sizes in order; each step is bulk-loaded with COPY (indexes dropped
first and rebuilt after, as a restore does), settled with VACUUM ANALYZE, then timed with
bench/queue.py's candidates and measurement. Prints p50/p95 per page and size, and the
database size per candidate.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bench.queue import PASSWORD, TABLES, measure, rows_for, synthetic
from recruit import create_app, migrate
from recruit.auth.users import create_user
from recruit.db import get_db, write_session
from tests.pg import created_database

BATCH = 10_000
SCENARIOS = {
    "queue page": "",
    "queue page, filtered": "discipline=RN&specialty=ICU&can_work_in=TX&min_years=3",
    "facet counts": "/queue/facets?",
    "facet counts, filtered": "/queue/facets?discipline=RN&specialty=ICU&can_work_in=TX",
    "search": "q=icu+epic+tx",
}
STAGE = "growth_search_stage"
SEARCH_INDEX = "ix_candidate_search_document"


def copy_rows(cursor: Any, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """COPY the rows in, filling the models' Python-side defaults (sample_slot…) as insert()
    would; ids of child rows come from their sequences."""
    columns = list(rows[0])
    defaults = {
        column.name: column.default
        for column in table.columns
        if column.name not in rows[0] and column.default is not None and not column.primary_key
    }
    names = ", ".join(f'"{name}"' for name in [*columns, *defaults])
    with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            extra = [d.arg if d.is_scalar else d.arg(None) for d in defaults.values()]
            copy.write_row([row[name] for name in columns] + extra)


def load(connection: sa.Connection, first: int, last: int, seed: int) -> None:
    """Candidates first..last (inclusive), in batches, each batch one transaction."""
    rng, now = random.Random(seed), datetime.now(UTC)
    raw = connection.connection.driver_connection
    for start in range(first, last + 1, BATCH):
        batch: dict[str, list[dict[str, Any]]] = {}
        for ident in range(start, min(start + BATCH, last + 1)):
            for name, rows in rows_for(synthetic(rng, ident, now)).items():
                batch.setdefault(name, []).extend(rows)
        with raw.cursor() as cursor:
            for name, table in TABLES.items():
                if batch.get(name):
                    copy_rows(cursor, table, batch[name])
            with cursor.copy(f"COPY {STAGE} (id, body) FROM STDIN") as copy:
                for row in batch["search"]:
                    copy.write_row((row["id"], row["body"]))
        raw.commit()


def indexes() -> Iterable[sa.Index]:
    return [index for table in TABLES.values() for index in table.indexes]


def grow(engine: sa.Engine, have: int, want: int) -> None:
    """Add candidates have+1..want, the way a bulk restore does it: without indexes."""
    with engine.begin() as connection:
        for index in indexes():
            index.drop(connection)
        connection.exec_driver_sql(f"DROP INDEX {SEARCH_INDEX}")
        connection.exec_driver_sql(f"CREATE UNLOGGED TABLE {STAGE} (id integer, body text)")
    with engine.connect() as connection:
        load(connection, have + 1, want, seed=20261206 + have)
    with engine.begin() as connection:
        connection.exec_driver_sql("SET LOCAL maintenance_work_mem = '512MB'")
        connection.exec_driver_sql(
            "INSERT INTO candidate_search (candidate_id, document)"
            f" SELECT id, to_tsvector('simple', body) FROM {STAGE}"
        )
        connection.exec_driver_sql(f"DROP TABLE {STAGE}")
        for index in indexes():
            index.create(connection)
        connection.exec_driver_sql(
            f"CREATE INDEX {SEARCH_INDEX} ON candidate_search USING GIN (document)"
        )
        for table in TABLES.values():  # the seeded ids were given; new rows must not clash
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'),"
                f' (SELECT max(id) FROM "{table.name}"))'
            )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE")


def candidate_bytes(engine: sa.Engine) -> int:
    """Tables and indexes that grow with candidates (originals live in the blob store)."""
    names = [table.name for table in TABLES.values()] + ["candidate_search"]
    total = " + ".join(f"pg_total_relation_size('\"{name}\"')" for name in names)
    with engine.connect() as connection:
        return int(connection.scalar(sa.text(f"SELECT {total}")))


def candidates(engine: sa.Engine) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(sa.text("SELECT count(*) FROM candidate")))


def run(url: str, sizes: list[int], requests: int, tmp: Path) -> list[tuple[Any, ...]]:
    app = create_app({"DATABASE_URL": url, "INSTANCE_PATH": str(tmp), "SECRET_KEY": "bench",
                      "WTF_CSRF_ENABLED": False})  # fmt: skip
    migrate.upgrade(app)
    engine, results = get_db(app).engine, []
    have = candidates(engine)
    if have == 0:
        with write_session(app) as session:
            for n in range(1, 6):
                create_user(session, f"r{n}@example.com", PASSWORD)
    for size in (size for size in sizes if size >= have):
        started = time.perf_counter()
        if size > have:
            grow(engine, have, size)
            have = size
        seconds = time.perf_counter() - started
        per = candidate_bytes(engine) / size
        print(f"{size:,} candidates: loaded in {seconds:.0f} s, {per / 1024:.1f} KiB each in"
              f" the database", flush=True)  # fmt: skip
        for label, p50, p95, _cpu in measure(app, requests, SCENARIOS):
            results.append((size, label, p50, p95, per))
            print(f"  {label:<24} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms", flush=True)
        print(f"  load average: {os.getloadavg()[0]:.1f}", flush=True)
    engine.dispose()
    return results


def print_table(results: list[tuple[Any, ...]]) -> None:
    print(f"\n| {'candidates':>10} | {'page':<24} | {'p50 ms':>7} | {'p95 ms':>7} | KiB/cand |")
    print(f"|{'-' * 12}|{'-' * 26}|{'-' * 9}|{'-' * 9}|{'-' * 10}|")
    for size, label, p50, p95, per in results:
        print(f"| {size:>10,} | {label:<24} | {p50:>7.1f} | {p95:>7.1f} | {per / 1024:>8.1f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--pg", default=os.environ.get("RECRUIT_BENCH_DATABASE_URL"))
    parser.add_argument(
        "--keep-in",
        metavar="URL",
        help="grow (and keep) this database instead of a throwaway one: measure it again, or"
        " EXPLAIN a slow page, without loading a million candidates twice",
    )
    args = parser.parse_args(argv)
    if not args.pg and not args.keep_in:
        parser.error("needs PostgreSQL: --pg URL or RECRUIT_BENCH_DATABASE_URL, or --keep-in")
    with tempfile.TemporaryDirectory() as folder:
        if args.keep_in:
            results = run(args.keep_in, sorted(args.sizes), args.requests, Path(folder))
        else:
            with created_database(args.pg, "growth") as url:
                results = run(url, sorted(args.sizes), args.requests, Path(folder))
    print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
