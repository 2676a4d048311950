"""Every hostile file through the real upload path: gunicorn (CSRF on) and a `recruit worker`.

Each file ends as a parsed profile or a clear error (refused at upload with a 4xx page, or
parse_failed with an error), within the configured limits; /healthz keeps answering in under
2 s throughout; neither the web nor the worker process grows by more than RSS_GROWTH_MB.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import sqlalchemy as sa

import recruit.parsing.sandbox as sandbox
from bench.stack import children, find_shared_dir, healthz, rss_mb, wait_for_children
from bench.webclient import Client
from recruit.models import Document, ParseJob, ParseResultRow, Submission
from tests.files import hostile
from tests.files.pdf import text_pdf

RSS_GROWTH_MB = 50
LIMITS = {"PARSE_TIMEOUT_S": 10.0, "PARSE_CPU_S": 8, "PARSE_MEMORY_MB": 512, "PARSE_MAX_PAGES": 30}
# The parser work replaces the in-process placeholder sandbox with a forkserver child under
# rlimits. Until then these files would take gigabytes or hang the worker itself.
PLACEHOLDER_SANDBOX = "Initial version" in (sandbox.__doc__ or "")
NEEDS_SANDBOX = hostile.NEEDS_SANDBOX | {
    "flate_bomb.pdf",
    "flate_bomb_nested.pdf",
    "flate_corrupt_quadratic.pdf",
    "png_predictor_columns.pdf",
    "xobject_fanout.pdf",
    "page_count_bomb.pdf",
}
FINISHED = ("parsed", "parse_failed")


def corpus() -> list[tuple[str, bytes]]:
    files = [(name, factory()) for name, (factory, _) in hostile.BUILT.items()]
    shared = find_shared_dir()
    if shared is not None:
        root = shared / "corpus" / "hostile"
        for folder in ("fetched", "generated"):
            for path in sorted((root / folder).glob("*")):
                if path.is_file() and path.suffix not in (".json", ".md"):
                    files.append((f"{folder}-{path.name}", path.read_bytes()))
    if PLACEHOLDER_SANDBOX:
        files = [(n, d) for n, d in files if n.split("-", 1)[-1] not in NEEDS_SANDBOX]
    return files


class HealthPoller(threading.Thread):
    def __init__(self, base_url: str) -> None:
        super().__init__(daemon=True)
        self.base_url = base_url
        self.samples: list[tuple[int, float]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.samples.append(healthz(self.base_url, 5.0))
            self.stop.wait(0.25)


def test_every_hostile_file_ends_as_a_profile_or_a_clear_error_while_the_service_stays_up(
    make_stack: Any, stack_session: Any
) -> None:
    if find_shared_dir() is None:
        print("../shared is absent: only the files built by the tests are uploaded")
    files = corpus()
    stack = make_stack(
        RATE_LIMIT_APPLY="100000/3600", JOB_MAX_ATTEMPTS=1, MAX_UPLOAD_MB=10, **LIMITS
    )
    web = stack.start_web(processes=1, threads=8)
    worker = stack.start_worker(threads=2)
    stack.wait_healthy()
    web_pid = wait_for_children(web.pid, 1)[0]
    warm_up(stack)
    before = {"web": rss_mb(web_pid), "worker": rss_mb(worker.pid)}

    poller = HealthPoller(stack.base_url)
    poller.start()
    with ThreadPoolExecutor(4) as pool:
        statuses = dict(pool.map(lambda item: upload(stack, *item), enumerate(files)))
    session = stack_session(stack)
    deadline = time.monotonic() + 40 + len(files) * LIMITS["PARSE_TIMEOUT_S"] / 4
    outcomes = wait_for_outcomes(session, len(files), deadline)
    poller.stop.set()
    poller.join()

    assert worker.poll() is None and web.poll() is None, stack.log_text()[-3000:]
    assert children(web.pid) == [web_pid], "the web worker process was replaced (it died)"
    failures = check_outcomes(files, statuses, outcomes)
    assert not failures, "\n".join(failures)
    slow = [s for s in poller.samples if s[0] != 200 or s[1] >= 2.0]
    assert poller.samples and not slow, f"healthz misses: {slow[:5]}"
    after = {"web": rss_mb(web_pid), "worker": rss_mb(worker.pid)}
    for name in before:
        assert after[name] - before[name] < RSS_GROWTH_MB, (name, before[name], after[name])
    print(
        f"{len(files)} files; RSS MB before {before} after {after}; sandbox placeholder: "
        f"{PLACEHOLDER_SANDBOX}; {len(poller.samples)} health polls"
    )


def warm_up(stack: Any) -> None:
    """One ordinary resume first, so imports and pools are counted before the baseline."""
    client = Client(stack.base_url)
    assert client.apply(text_pdf(["Warm Up, RN"]), "warmup.pdf").status == 302
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if 'queued_jobs":0' in client.get("/healthz").text.replace(" ", ""):
            return
        time.sleep(0.2)


def upload(stack: Any, number: int, item: tuple[str, bytes]) -> tuple[str, int]:
    name, data = item
    response = Client(stack.base_url, timeout=30).apply(data, f"h{number:03d}-{name}")
    if response.status in (400, 413):
        assert "<h1>" in response.text, name  # a page that says what went wrong
    return f"h{number:03d}-{name}", response.status


def wait_for_outcomes(session: Any, count: int, deadline: float) -> dict[str, tuple[Any, ...]]:
    query = (
        sa.select(Document.display_name, Submission.status, ParseResultRow.error_code,
                  ParseResultRow.ok, ParseJob.last_error)
        .join(Submission, Submission.id == Document.submission_id)
        .outerjoin(ParseResultRow, ParseResultRow.submission_id == Submission.id)
        .outerjoin(ParseJob, ParseJob.submission_id == Submission.id)
        .where(Document.display_name.like("h%"))
    )  # fmt: skip
    while True:
        session.rollback()
        rows = {row[0]: tuple(row[1:]) for row in session.execute(query)}
        if all(r[0] in FINISHED for r in rows.values()) or time.monotonic() > deadline:
            return rows
        time.sleep(0.5)


def check_outcomes(
    files: list[tuple[str, bytes]], statuses: dict[str, int], outcomes: dict[str, tuple[Any, ...]]
) -> list[str]:
    failures = []
    built = {name: expected for name, (_, expected) in hostile.BUILT.items()}
    for number, (name, _) in enumerate(files):
        label = f"h{number:03d}-{name}"
        status = statuses[label]
        if status not in (302, 400, 413):
            failures.append(f"{name}: upload answered {status}")
        elif status == 302 and outcomes.get(label, ("missing",))[0] not in FINISHED:
            failures.append(f"{name}: accepted but ended {outcomes.get(label)}")
        elif (
            status == 302
            and outcomes[label][0] == "parse_failed"
            and not (outcomes[label][1] or outcomes[label][3])
        ):
            failures.append(f"{name}: failed without an error code or message")
        if name in built and (status == 302) != (built[name] == "accepted"):
            failures.append(f"{name}: expected {built[name]}, upload answered {status}")
    return failures
