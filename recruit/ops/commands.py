"""Operator commands: backup, blob garbage collection, export of one candidate's data."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup, with_appcontext

from recruit.db import write_session
from recruit.ops.backup import BackupError, backup_sqlite
from recruit.ops.blobs import (
    GcReport,
    collect_database_orphans,
    collect_file_orphans,
    collect_store_orphans,
)
from recruit.privacy.export import ExportError, export_candidate
from recruit.storage import make_store, s3_store


@click.command("backup")
@click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def backup_command(target: Path) -> None:
    """Copy the live SQLite database to TARGET (online backup; safe while serving)."""
    try:
        size = backup_sqlite(current_app.config["DATABASE_URL"], target)
    except BackupError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"backed up {size} bytes to {target}")


@click.group("blobs", cls=AppGroup)
def blobs_group() -> None:
    """The blob store."""


@blobs_group.command("gc")
@click.option("--dry-run", is_flag=True, help="List what would be removed; remove nothing.")
@click.option(
    "--grace-hours", type=float, default=None, help="Only blobs older than this (default 24)."
)
def blobs_gc_command(dry_run: bool, grace_hours: float | None) -> None:
    """Remove stored files that no document refers to (after crashes or erasure)."""
    config = current_app.config
    grace = timedelta(hours=config["BLOB_GC_GRACE_H"] if grace_hours is None else grace_hours)
    with write_session() as session:
        if config["STORAGE_BACKEND"] == "database":
            report = collect_database_orphans(session, grace, dry_run)
        elif config["STORAGE_BACKEND"] == "s3":
            report = collect_store_orphans(session, s3_store(config), grace, dry_run)
        else:
            report = collect_file_orphans(session, Path(config["STORAGE_DIR"]), grace, dry_run)
    click.echo(_summary(report, dry_run))


def _summary(report: GcReport, dry_run: bool) -> str:
    verb = "would remove" if dry_run else "removed"
    lines = [f"{verb} {len(report.orphans)} orphaned blob(s) and {report.temp_files} partial"]
    lines[0] += f" write(s), {report.bytes} bytes"
    lines += [f"  {key}" for key in report.orphans] if dry_run else []
    return "\n".join(lines)


@click.command("export-candidate")
@click.argument("candidate_id", type=int)
@click.argument("target", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def export_candidate_command(candidate_id: int, target: Path) -> None:
    """Write everything held about one candidate to a ZIP (profile, events, notes, originals)."""
    with write_session() as session:
        try:
            names = export_candidate(
                session, make_store(current_app.config, session), candidate_id, target
            )
        except ExportError as error:
            raise click.ClickException(str(error)) from None
    click.echo(f"wrote {len(names)} file(s) to {target}")


COMMANDS = (backup_command, blobs_group, export_candidate_command)
