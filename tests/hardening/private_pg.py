"""A private PostgreSQL server for tests that restart or crash it.

The shared server at 127.0.0.1:5432 serves other tests running in parallel, so a test that
takes PostgreSQL down needs a cluster of its own: its own data folder, loopback port and socket
folder, made with the installed server binaries and removed afterwards.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from bench.stack import free_port

SERVER_USER = "postgres"  # PostgreSQL refuses to run as root; as root we run it as this user
SUPERUSER = "postgres"


class PrivatePostgresUnavailable(Exception):
    """This machine cannot run a private server (the reason says why); tests skip."""


@dataclass
class PrivatePostgres:
    bindir: Path
    home: Path  # data folder, socket and log; reachable by the server's OS user
    run_as: list[str] = field(default_factory=list)  # e.g. runuser -u postgres --
    port: int = field(default_factory=free_port)

    @property
    def data_dir(self) -> Path:
        return self.home / "data"

    @property
    def log_file(self) -> Path:
        return self.home / "server.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def init(self) -> None:
        self._run(
            "initdb", "--pgdata", str(self.data_dir), "--username", SUPERUSER,
            "--auth", "trust", "--encoding", "UTF8", "--locale", "C", "--no-sync",
        )  # fmt: skip
        with (self.data_dir / "postgresql.conf").open("a") as conf:
            conf.write(self._settings())

    def _settings(self) -> str:
        # Loopback only, on our own port and socket folder. fsync and full-page writes guard
        # against an OS crash, not a server crash, and the data is thrown away. Commits stay
        # synchronous: an `immediate` restart would otherwise lose commits the client saw.
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.home}'",
            "fsync": "off",
            "full_page_writes": "off",
            "shared_buffers": "'16MB'",
            "max_connections": "40",
        }
        return "\n" + "".join(f"{name} = {value}\n" for name, value in settings.items())

    def start(self) -> None:
        self._pg_ctl("start", "--log", str(self.log_file))

    def restart(self, mode: str = "fast") -> None:
        """`fast` is a clean shutdown; `immediate` kills the server, so startup recovers."""
        self._pg_ctl("restart", "--mode", mode, "--log", str(self.log_file))

    def stop(self, mode: str = "fast") -> None:
        self._pg_ctl("stop", "--mode", mode)

    def is_running(self) -> bool:
        return self._pg_ctl("status", check=False).returncode == 0

    def create_database(self, name: str) -> str:
        engine = sa.create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        finally:
            engine.dispose()
        return self.url(name)

    def started_at(self) -> datetime:
        """When the running postmaster started: changes with every restart."""
        engine = sa.create_engine(self.url())
        try:
            with engine.connect() as connection:
                return connection.execute(sa.text("SELECT pg_postmaster_start_time()")).scalar_one()
        finally:
            engine.dispose()

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_file.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def _pg_ctl(
        self, action: str, *args: str, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        return self._run(
            "pg_ctl", action, "--pgdata", str(self.data_dir), "--wait", *args, check=check
        )

    def _run(
        self, program: str, *args: str, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        # cwd: the server's OS user may not be allowed into the caller's working directory.
        result = subprocess.run(
            [*self.run_as, str(self.bindir / program), *args],
            cwd=self.home, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        if check and result.returncode != 0:
            raise RuntimeError(
                f"{program} {' '.join(args)} exited {result.returncode}:\n"
                f"{result.stdout}{result.stderr}\n{self.log_tail()}"
            )
        return result


def find_server_bindir() -> Path | None:
    """The newest installed server's bin folder (Debian layout), else `pg_config --bindir`."""
    candidates = [
        path.parent
        for path in Path("/usr/lib/postgresql").glob("*/bin/initdb")
        if (path.parent / "pg_ctl").exists()
    ]
    if candidates:
        return max(candidates, key=_version_key)
    pg_config = shutil.which("pg_config")
    if pg_config:
        bindir = Path(
            subprocess.run([pg_config, "--bindir"], capture_output=True, text=True).stdout.strip()
        )
        if (bindir / "initdb").exists() and (bindir / "pg_ctl").exists():
            return bindir
    return None


def _version_key(bindir: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", bindir.parent.name))


def server_user_command() -> list[str]:
    """The prefix that runs a program as a user PostgreSQL accepts (none unless we are root)."""
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if runuser is None:
        raise PrivatePostgresUnavailable("running as root and `runuser` is missing")
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        raise PrivatePostgresUnavailable(
            f"running as root and there is no `{SERVER_USER}` user"
        ) from None
    return [runuser, "-u", SERVER_USER, "--"]


def make_home() -> Path:
    # Under /tmp, not pytest's tmp_path: /tmp/pytest-of-root is not traversable by the server's
    # user, and the socket path must stay short (about 100 bytes at most).
    home = Path(tempfile.mkdtemp(prefix="recruit-pg-", dir="/tmp"))
    if os.geteuid() == 0:
        server = pwd.getpwnam(SERVER_USER)
        os.chown(home, server.pw_uid, server.pw_gid)
    return home


def start_private_postgres() -> PrivatePostgres:
    """A running private server; the caller must call `discard` on it."""
    bindir = find_server_bindir()
    if bindir is None:
        raise PrivatePostgresUnavailable("no PostgreSQL server binaries (initdb, pg_ctl) installed")
    run_as = server_user_command()
    server = PrivatePostgres(bindir=bindir, home=make_home(), run_as=run_as)
    try:
        server.init()
        server.start()
    except BaseException as error:
        discard(server)
        if isinstance(error, RuntimeError) and not run_as:  # not root: maybe not allowed to
            raise PrivatePostgresUnavailable(
                f"cannot run the server as this user: {error}"
            ) from error
        raise
    return server


def discard(server: PrivatePostgres) -> None:
    """Stop the server if it runs and remove its folder."""
    try:
        if server.data_dir.exists() and server.is_running():
            server.stop(mode="immediate")  # its data is about to be deleted anyway
    finally:
        shutil.rmtree(server.home, ignore_errors=True)
