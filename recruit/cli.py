"""The `recruit` command: thin click wrappers over plain functions."""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from datetime import date, datetime
from pathlib import Path
from types import FrameType

import click
from flask import Flask, current_app
from flask.cli import FlaskGroup

from recruit import create_app
from recruit.applications.status_links import RedactStatusTokens
from recruit.auth.users import UserError, create_first_admin, create_user
from recruit.db import get_db, write_session
from recruit.models import ROLES
from recruit.ops import commands as ops_cli
from recruit.ops import migrate, server
from recruit.orders.commands import orders_group
from recruit.orders.sweep import start_sweep_thread
from recruit.parsing import capabilities
from recruit.parsing.model import ParseError, ParseResult
from recruit.parsing.sandbox import Limits
from recruit.privacy.retention import (
    Inactive,
    erase_inactive,
    inactive_candidates,
    run_cleanup,
    start_cleanup_thread,
)
from recruit.storage import StorageNotReady, check_store, make_store
from recruit.storage import commands as storage_commands
from recruit.worker import (
    ParseFunction,
    Worker,
    load_parse_function,
    parse_limits,
    start_worker_threads,
)


def _app() -> Flask:
    return current_app._get_current_object()  # type: ignore[attr-defined]


@click.group(cls=FlaskGroup, create_app=create_app, add_default_commands=False)
def main() -> None:
    """recruit: resume intake and review queue."""


for _command in ops_cli.COMMANDS:
    main.add_command(_command)
for _command in storage_commands.COMMANDS:
    ops_cli.blobs_group.add_command(_command)
main.add_command(orders_group)


@main.command("run")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, envvar="PORT", show_default=True, type=int)
def run_command(host: str, port: int) -> None:
    """Migrate, then serve the web app with parse workers in the same process."""
    _require_storage(_app())
    serve(_app(), host, port)


@main.command("worker")
@click.option("--threads", default=1, show_default=True, type=int)
def worker_command(threads: int) -> None:
    """Run parse workers (and the hourly clean-up and the match sweep) until SIGTERM or Ctrl-C."""
    _require_current_schema(_app())
    _require_storage(_app())
    server.return_large_blocks_to_the_os()
    run_workers(_app(), threads)


@main.group("db")
def db_group() -> None:
    """Database migrations."""


@db_group.command("upgrade")
def db_upgrade_command() -> None:
    """Apply every pending migration."""
    migrate.upgrade(_app())
    click.echo("database is up to date")


@db_group.command("revision")
@click.option("-m", "--message", required=True)
def db_revision_command(message: str) -> None:
    """Autogenerate a migration from the models (review it before committing)."""
    migrate.revision(_app(), message)


@main.group("users")
def users_group() -> None:
    """Staff accounts."""


@users_group.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(ROLES), default="recruiter", show_default=True)
def users_create_command(email: str, role: str) -> None:
    """Create a user; the password comes from a prompt, or from stdin when piped."""
    _require_current_schema(_app())
    password = _read_password()
    try:
        with write_session(_app()) as session:
            create_user(session, email, password, role)
    except UserError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"created {role} {email.strip().lower()}")


@main.command("parse")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file per line.")
@click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Resolve 'Present', expiries and years as of YYYY-MM-DD (default: today).",
)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def parse_command(as_json: bool, as_of: datetime | None, files: tuple[str, ...]) -> None:
    """Parse resume files in a sandbox; exit 1 if any failed."""
    if not parse_files(_app(), list(files), as_json, as_of.date() if as_of else None):
        sys.exit(1)


@main.command("doctor")
def doctor_command() -> None:
    """Which formats this installation reads, and OCR seconds per page measured here."""
    for line in doctor_report(_app()):
        click.echo(line)


def doctor_report(app: Flask) -> list[str]:
    parse = load_parse_function(app.config["PARSE_FUNCTION"])
    limits = parse_limits(app)
    lines = ["formats this installation reads:"]
    for reader in capabilities.readers():
        lines.append(f"  {'yes' if reader.ready else 'NO ':3}  {reader.formats:28}  {reader.how}")
    parse(b"warm up", "warm-up.txt", limits)  # the first call boots the sandbox's forkserver
    check = capabilities.measure_ocr(lambda data, name: parse(data, name, limits))
    if check.error:
        lines.append(f"OCR check failed: {check.error}")
    else:
        lines.append(
            f"OCR: {check.seconds_per_page:.2f} s per page in the parse sandbox (a generated page,"
            f" {check.words_read}/{check.words} words read back)"
        )
    return lines


@main.command("cleanup")
def cleanup_command() -> None:
    """Erase uploads never confirmed within RECRUIT_UNCONFIRMED_TTL_H hours (files included)."""
    _require_current_schema(_app())
    click.echo(f"erased {run_cleanup(_app())} unconfirmed upload(s)")


@main.command("retention")
@click.option("--months", type=int, help="Inactive this long (default RECRUIT_RETENTION_MONTHS).")
@click.option("--dry-run", is_flag=True, help="List candidate ids and ages; erase nothing.")
def retention_command(months: int | None, dry_run: bool) -> None:
    """Erase candidates with no activity for N months. Prints ids and ages only."""
    _require_current_schema(_app())
    months = months if months is not None else int(_app().config["RETENTION_MONTHS"])
    if months < 1:
        raise click.BadParameter("must be at least 1", param_hint="--months")
    for item in apply_retention(_app(), months, dry_run):
        click.echo(f"candidate {item.candidate_id}: inactive {item.days} days")
    click.echo("dry run: nothing erased" if dry_run else "erased the candidates listed")


def apply_retention(app: Flask, months: int, dry_run: bool) -> list[Inactive]:
    with write_session(app) as session:
        if dry_run:
            return inactive_candidates(session, months)
        return erase_inactive(session, make_store(app.config, session), months)


def _require_current_schema(app: Flask) -> None:
    if not migrate.is_up_to_date(app):
        raise click.ClickException("the database is not up to date: run `recruit db upgrade`")


def _require_storage(app: Flask) -> None:
    try:
        check_store(app.config)
    except StorageNotReady as error:
        raise click.ClickException(str(error)) from None


def _read_password() -> str:
    if sys.stdin.isatty():
        return click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")


def serve(app: Flask, host: str, port: int) -> None:
    """Migrate, then gunicorn in the foreground and a `recruit worker` process beside it."""
    _configure_logging()
    migrate.upgrade(app)
    _announce_first_admin(app)
    workers = int(app.config["WORKERS"])
    options = server.web_options(host, port, int(app.config["WEB_PROCESSES"]), 8)
    get_db(app).engine.dispose()  # each web process opens its own connections after the fork
    worker = server.start_worker_process(workers)
    click.echo(f"recruit is serving http://{host}:{port}/apply with {workers} parse worker(s)")
    try:
        server.WebServer(create_app, options).run()
    finally:
        server.stop_worker_process(worker)


def _announce_first_admin(app: Flask) -> None:
    with write_session(app) as session:
        password = create_first_admin(session)
    if password is not None:
        click.echo("\nCreated the first account. This password is shown only once:")
        click.echo("  email:    admin@localhost")
        click.echo(f"  password: {password}\n")


def run_workers(app: Flask, count: int) -> None:
    _configure_logging()
    stop = threading.Event()

    def _stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    threads = start_worker_threads(app, count - 1, stop)
    threads.append(start_cleanup_thread(app, stop))
    threads.append(start_sweep_thread(app, stop))
    Worker(app).run(stop)
    for thread in threads:
        thread.join()


def parse_files(app: Flask, paths: list[str], as_json: bool, as_of: date | None = None) -> bool:
    """Parse each file; print results in input order. True when every file parsed."""
    parse = load_parse_function(app.config["PARSE_FUNCTION"])
    limits = parse_limits(app)
    all_ok = True
    for path in paths:
        result = _parse_one(parse, limits, path, as_of)
        all_ok = all_ok and result.ok
        if as_json:
            click.echo(json.dumps(result.to_json(path), ensure_ascii=False, default=str))
        elif result.ok:
            click.echo(f"{path}: ok ({len(result.warnings)} warnings)")
        if not result.ok:
            click.echo(f"recruit parse: {path}: {result.error} ({result.error_code})", err=True)
    return all_ok


def _parse_one(parse: ParseFunction, limits: Limits, path: str, as_of: date | None) -> ParseResult:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        return ParseResult.failure(
            ParseError("unreadable", f"cannot read the file: {error.strerror}")
        )
    try:
        if as_of is None:  # a configured parse function need not take the keyword otherwise
            return parse(data, Path(path).name, limits)
        return parse(data, Path(path).name, limits, today=as_of)
    except Exception as error:  # the sandbox itself failed; report it, never a traceback
        return ParseResult.failure(
            ParseError("internal", f"the parser failed: {type(error).__name__}")
        )


def _configure_logging() -> None:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactStatusTokens())
