"""`recruit run` serves with gunicorn (no development server) and a parse worker process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str, deadline: float) -> tuple[int, dict[str, str], bytes]:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status, dict(response.headers), response.read()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


@pytest.fixture
def running(tmp_path: Path):  # type: ignore[no-untyped-def]
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECRUIT_")}
    env.update(RECRUIT_INSTANCE_PATH=str(tmp_path / "instance"), RECRUIT_SECRET_KEY="run test")
    command = [sys.executable, "-c", "from recruit.cli import main; main()", "run"]
    process = subprocess.Popen(
        [*command, "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        yield f"http://127.0.0.1:{port}", process
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _children(pid: int) -> list[str]:
    found = subprocess.run(
        ["ps", "-ww", "-o", "args=", "--ppid", str(pid)],
        capture_output=True,
        text=True,
        check=False,
    )
    return found.stdout.splitlines()


def test_run_serves_with_gunicorn_and_starts_a_worker_process(running) -> None:  # type: ignore[no-untyped-def]
    base, process = running
    status, headers, _ = _get(f"{base}/healthz", time.monotonic() + 60)
    assert status == 200
    server = headers.get("Server", "")
    assert "werkzeug" not in server.lower() and "python" not in server.lower()
    assert not any(ch.isdigit() for ch in server)  # no version advertised
    children = _children(process.pid)
    assert any(" worker" in line for line in children), children
    assert any("gunicorn" in line or "recruit.cli" in line for line in children)
