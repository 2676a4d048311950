"""Load bench: N simulated candidates upload resumes for S seconds against gunicorn (2 web
processes) and 2 `recruit worker` processes, then every accepted upload is checked for its
row, its blob and a finished parse.

    python -m bench.load [--seconds 60] [--users 50] [--database sqlite|postgresql|both]

PostgreSQL needs --pg-url (or RECRUIT_TEST_DATABASE_URL); a throwaway database is created
beside it and dropped afterwards. Loopback only. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from bench.resumes import ResumeSource
from bench.stack import BIN, REPO, Stack
from bench.webclient import Client
from recruit.models import Document, ParseResultRow, Submission

TARGETS = {"upload_p99_ms": 500.0, "parsed_p95_s": 5.0}


@dataclass
class Upload:
    name: str
    status: int
    seconds: float


@dataclass
class Run:
    uploads: list[Upload] = field(default_factory=list)
    pages: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def prepare(users: int, per_user: int) -> list[list[tuple[str, bytes]]]:
    """Every file before the clock starts, so making them costs the server no CPU."""
    source = ResumeSource()
    return [[source.next(n * 1000 + k) for k in range(per_user)] for n in range(users)]


def candidate(
    stack: Stack, number: int, files: list[tuple[str, bytes]], end: float, think: float, run: Run
) -> None:
    """One candidate: open the form, upload, think, again, until `end` or out of files."""
    rng = random.Random(number)
    client = Client(stack.base_url, timeout=30)
    time.sleep(rng.uniform(0, think))  # arrivals spread out, not all in the first second
    for sequence, (filename, data) in enumerate(files):
        if time.monotonic() >= end:
            return
        name = f"u{number}-{sequence}-{filename}"
        try:
            token = client.csrf_token()
            started = time.monotonic()
            status = client.apply(data, name, token=token).status
        except OSError:
            started, status, client = time.monotonic(), 0, Client(stack.base_url, timeout=30)
        with run.lock:
            run.uploads.append(Upload(name, status, time.monotonic() - started))
            run.pages += 2
        time.sleep(rng.uniform(0.5 * think, 1.5 * think))


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def drain(stack: Stack, names: set[str], timeout: float) -> dict[str, tuple[str, float | None]]:
    """Wait until every accepted upload's parse has finished; name -> (status, seconds to parse)."""
    engine = sa.create_engine(stack.database_url)
    query = (
        sa.select(Document.display_name, Submission.status, Submission.received_at,
                  ParseResultRow.created_at)
        .join(Submission, Submission.id == Document.submission_id)
        .outerjoin(ParseResultRow, ParseResultRow.submission_id == Submission.id)
    )  # fmt: skip
    deadline = time.monotonic() + timeout
    try:
        while True:
            with Session(engine) as session:
                rows = {
                    name: (status, (done - received).total_seconds() if done else None)
                    for name, status, received, done in session.execute(query)
                }
            finished = [n for n in names if rows.get(n, ("", None))[1] is not None]
            if len(finished) == len(names) or time.monotonic() > deadline:
                return rows
            time.sleep(0.5)
    finally:
        engine.dispose()


def blobs_present(stack: Stack, names: set[str]) -> int:
    engine = sa.create_engine(stack.database_url)
    with Session(engine) as session:
        keys = session.execute(
            sa.select(Document.display_name, Document.storage_key).where(
                Document.display_name.in_(names)
            )
        ).all()
    engine.dispose()
    return sum((stack.storage_dir / k[:2] / k[2:4] / k).is_file() for _, k in keys)


@contextmanager
def throwaway_database(kind: str, pg_url: str | None, root: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{root / 'bench.sqlite3'}"
        return
    if not pg_url:
        raise SystemExit("PostgreSQL needs --pg-url or RECRUIT_TEST_DATABASE_URL")
    base = make_url(pg_url)
    name = f"recruit_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def bench(kind: str, args: argparse.Namespace) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="recruit-bench-") as temp:
        root = Path(temp)
        with throwaway_database(kind, args.pg_url, root) as url:
            stack = Stack(root=root, database_url=url, settings=dict(SETTINGS))
            stack.write_config()
            subprocess.run([str(BIN / "recruit"), "db", "upgrade"], cwd=REPO, env=stack.env(),
                           check=True, capture_output=True)  # fmt: skip
            try:
                stack.start_web(processes=args.web_processes, threads=args.threads)
                for _ in range(args.workers):
                    stack.start_worker(nice=args.worker_nice)
                stack.wait_healthy(60)
                return measure(stack, kind, args)
            finally:
                stack.stop()


SETTINGS = {"RATE_LIMIT_APPLY": "100000000/3600", "WORKER_POLL_S": 0.2, "MAX_UPLOAD_MB": 10}


def measure(stack: Stack, kind: str, args: argparse.Namespace) -> dict[str, float]:
    run = Run()
    files = prepare(args.users, int(args.seconds / (args.think * 0.5)) + 2)
    started = time.monotonic()
    end = started + args.seconds
    threads = [
        threading.Thread(
            target=candidate, args=(stack, n, files[n], end, args.think, run), daemon=True
        )
        for n in range(args.users)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(args.seconds + 60)
    elapsed = time.monotonic() - started
    accepted = {u.name for u in run.uploads if u.status == 302}
    rows = drain(stack, accepted, args.drain_timeout)
    lost = [n for n in accepted if n not in rows]
    unfinished = [n for n in accepted if n in rows and rows[n][1] is None]
    parsed_s = [rows[n][1] for n in accepted if n in rows and rows[n][1] is not None]
    latencies = [u.seconds * 1000 for u in run.uploads if u.status == 302]
    statuses = Counter(u.status for u in run.uploads)
    figures = {
        "uploads": len(run.uploads),
        "accepted": len(accepted),
        "uploads_per_s": len(run.uploads) / elapsed,
        "requests_per_s": run.pages / elapsed,
        "upload_p50_ms": percentile(latencies, 0.50),
        "upload_p99_ms": percentile(latencies, 0.99),
        "parsed_p50_s": percentile(parsed_s, 0.50),  # type: ignore[arg-type]
        "parsed_p95_s": percentile(parsed_s, 0.95),  # type: ignore[arg-type]
        "errors_5xx": sum(c for s, c in statuses.items() if s >= 500 or s == 0),
        "lost": len(lost),
        "unfinished": len(unfinished),
        "blobs_missing": len(accepted) - blobs_present(stack, accepted),
        "parse_failed": sum(1 for n in accepted if rows.get(n, ("",))[0] == "parse_failed"),
    }
    report(kind, args, figures, statuses)
    return figures


def report(
    kind: str, args: argparse.Namespace, f: dict[str, float], statuses: Counter[int]
) -> None:
    print(f"\n== {kind}: {args.users} candidates, {args.seconds:.0f} s, think {args.think} s, "
          f"{args.web_processes} web x {args.threads} threads, {args.workers} workers")  # fmt: skip
    print(f"uploads {f['uploads']:.0f} (accepted {f['accepted']:.0f}), "
          f"{f['uploads_per_s']:.1f} uploads/s, {f['requests_per_s']:.1f} requests/s")  # fmt: skip
    print(f"upload latency p50 {f['upload_p50_ms']:.0f} ms, p99 {f['upload_p99_ms']:.0f} ms")
    print(f"upload-to-parsed p50 {f['parsed_p50_s']:.2f} s, p95 {f['parsed_p95_s']:.2f} s")
    print(f"status counts {dict(sorted(statuses.items()))}; 5xx/no answer {f['errors_5xx']:.0f}")
    print(f"lost {f['lost']:.0f}, unfinished {f['unfinished']:.0f}, blobs missing "
          f"{f['blobs_missing']:.0f}, parse_failed {f['parse_failed']:.0f}")  # fmt: skip
    # Parsing shares the machine's cores: another job running beside the bench shows here.
    print("load average (1, 5, 15 min): " + ", ".join(f"{n:.1f}" for n in os.getloadavg()))


def missed(f: dict[str, float]) -> list[str]:
    problems = [f"{k} > {v}" for k, v in TARGETS.items() if not f[k] <= v]
    problems += [k for k in ("errors_5xx", "lost", "unfinished", "blobs_missing") if f[k]]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--think", type=float, default=10.0, help="mean pause between uploads")
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--pg-url", default=os.environ.get("RECRUIT_TEST_DATABASE_URL"))
    parser.add_argument("--web-processes", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--drain-timeout", type=float, default=120.0)
    parser.add_argument("--worker-nice", type=int, default=10, help="0 to run workers unniced")
    args = parser.parse_args(argv)
    kinds = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    if "postgresql" in kinds and not args.pg_url:
        print("skipping PostgreSQL: no --pg-url or RECRUIT_TEST_DATABASE_URL", file=sys.stderr)
        kinds.remove("postgresql")
    problems = {kind: missed(bench(kind, args)) for kind in kinds}
    for kind, issues in problems.items():
        print(f"{kind}: {'all targets met' if not issues else 'MISSED ' + ', '.join(issues)}")
    return 1 if any(problems.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
