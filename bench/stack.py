"""Start and stop a real recruit deployment on loopback: gunicorn web processes and
`recruit worker` processes sharing one database and blob folder. Used by the load bench and
by the tests that need real processes (faults, hostile uploads)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def find_shared_dir() -> Path | None:
    """RECRUIT_SHARED_DIR, else `shared/` beside the checkout (or beside a parent of a worktree)."""
    if os.environ.get("RECRUIT_SHARED_DIR"):
        path = Path(os.environ["RECRUIT_SHARED_DIR"])
        return path if path.is_dir() else None
    for parent in list(REPO.parents)[:3]:
        if (parent / "shared" / "corpus").is_dir():
            return parent / "shared"
    return None


@dataclass
class Stack:
    """A running deployment; `settings` are app config names without the RECRUIT_ prefix."""

    root: Path
    database_url: str
    settings: dict[str, Any] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    # Each process in a session (and process group) of its own, as on a host of its own, so
    # that kill_host() takes it down with its children (parse sandboxes, gunicorn workers).
    own_process_groups: bool = False

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def instance(self) -> Path:
        return self.root / "instance"

    @property
    def storage_dir(self) -> Path:
        return self.root / "blobs"

    def env(self) -> dict[str, str]:
        # The app's settings come only from here; RECRUIT_TEST_* hooks pass through.
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("RECRUIT_") or k.startswith("RECRUIT_TEST_")
        }
        env.update(
            RECRUIT_DATABASE_URL=self.database_url,
            RECRUIT_INSTANCE_PATH=str(self.instance),
            RECRUIT_STORAGE_DIR=str(self.storage_dir),
            RECRUIT_SECRET_KEY="stack secret",
            PYTHONPATH=str(REPO),
        )
        return env

    def write_config(self) -> None:
        """Every setting goes to instance/config.py (PARSE_FUNCTION has no variable)."""
        self.instance.mkdir(parents=True, exist_ok=True)
        lines = [f"{name} = {value!r}" for name, value in self.settings.items()]
        (self.instance / "config.py").write_text("\n".join(lines) + "\n")

    def start_web(self, processes: int = 1, threads: int = 8) -> subprocess.Popen[bytes]:
        command = [
            str(BIN / "gunicorn"),
            "--workers", str(processes),
            "--worker-class", "gthread",
            "--threads", str(threads),
            "--bind", f"127.0.0.1:{self.port}",
            "--graceful-timeout", "5",
            "recruit.wsgi:app",
        ]  # fmt: skip
        return self._spawn(command, "web")

    def start_worker(self, threads: int = 1, nice: int = 0) -> subprocess.Popen[bytes]:
        """`nice` > 0 runs it below the web processes' CPU priority, as the README advises."""
        command = [str(BIN / "recruit"), "worker", "--threads", str(threads)]
        return self._spawn(["nice", "-n", str(nice), *command] if nice else command, "worker")

    def _spawn(self, command: list[str], label: str) -> subprocess.Popen[bytes]:
        self.write_config()
        log = (self.root / f"{label}-{len(self.processes)}.log").open("ab")
        process = subprocess.Popen(
            command,
            cwd=REPO,
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=self.own_process_groups,
        )
        self.processes.append(process)
        return process

    def log_text(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.root.glob("*.log")))

    def wait_healthy(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if healthz(self.base_url, 2.0)[0] == 200:
                return
            time.sleep(0.2)
        raise TimeoutError(f"{self.base_url}/healthz never answered 200\n{self.log_text()[-3000:]}")

    def stop(self) -> None:
        for process in reversed(self.processes):
            stop_process(process)
        self.processes.clear()

    def kill_host(self) -> None:
        """SIGKILL every process group this stack started: the host lost power."""
        assert self.own_process_groups, "kill_host needs own_process_groups=True"
        for process in self.processes:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait(10)
        self.processes.clear()


def healthz(base_url: str, timeout: float) -> tuple[int, float]:
    """(status, seconds); status 0 when nothing answered in time."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(f"{base_url}/healthz", timeout=timeout) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = 0
    return status, time.monotonic() - started


def stop_process(process: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)


def children(pid: int) -> list[int]:
    """Child process ids (gunicorn's workers under its master)."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(part) for part in text.split()]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wait_for_children(pid: int, count: int, timeout: float = 20.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while len(found := children(pid)) < count:
        if time.monotonic() > deadline:
            raise TimeoutError(f"process {pid} has {len(found)} children, wanted {count}")
        time.sleep(0.1)
    return found
