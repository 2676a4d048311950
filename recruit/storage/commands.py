"""`recruit blobs check | verify | undelete`: the blob store seen from the operator's side."""

from __future__ import annotations

import click
import sqlalchemy as sa
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy.orm import Session

from recruit.db import write_session
from recruit.models import Document
from recruit.storage import BlobStore, StorageNotReady, check_store, make_store, s3_store


def missing_blobs(session: Session, store: BlobStore) -> list[str]:
    """Keys that documents refer to but the store does not hold (after a restore, say)."""
    keys = session.scalars(sa.select(Document.storage_key).distinct().order_by("storage_key"))
    return [key for key in keys if not store.exists(key)]


@click.command("check")
@with_appcontext
def check_command() -> None:
    """Exit 1, saying why, when the configured blob store cannot be reached."""
    try:
        check_store(current_app.config)
    except StorageNotReady as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"blob store ok ({current_app.config['STORAGE_BACKEND']})")


@click.command("verify")
@with_appcontext
def verify_command() -> None:
    """List documents whose blob is missing; exit 1 if any is."""
    with write_session() as session:
        missing = missing_blobs(session, make_store(current_app.config, session))
    for key in missing:
        click.echo(f"  missing {key}")
    click.echo(f"{len(missing)} referenced blob(s) missing")
    if missing:
        raise SystemExit(1)


@click.command("undelete")
@with_appcontext
def undelete_command() -> None:
    """S3 with bucket versioning: bring back every deleted blob a document still refers to
    (after restoring an older database dump). Prints keys only."""
    config = current_app.config
    if config["STORAGE_BACKEND"] != "s3":
        raise click.ClickException("undelete needs RECRUIT_STORAGE_BACKEND=s3 with versioning")
    store = s3_store(config)
    with write_session() as session:
        missing = missing_blobs(session, store)
    lost = [key for key in missing if not store.undelete(key)]
    click.echo(f"restored {len(missing) - len(lost)} blob(s); {len(lost)} had no earlier version")
    for key in lost:
        click.echo(f"  lost {key}")
    if lost:
        raise SystemExit(1)


COMMANDS = (check_command, verify_command, undelete_command)
