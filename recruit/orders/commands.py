"""`recruit orders sweep [--rebuild]`: the match sweep by hand, e.g. right after a migration
or after the gates' rules changed, instead of waiting for the worker's."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from recruit.orders.sweep import forget_all, run_sweep


@click.group("orders", cls=AppGroup)
def orders_group() -> None:
    """Job orders."""


@orders_group.command("sweep")
@click.option("--rebuild", is_flag=True, help="Drop every kept pair and compute them all again.")
def sweep_command(rebuild: bool) -> None:
    """Build the open orders' match pairs not built yet and recheck those due, until done."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if rebuild:
        click.echo(f"dropped the kept pairs of every order; {forget_all(app)} open to rebuild")
    report = run_sweep(app)
    click.echo(
        f"built {report.built} order(s), rechecked {report.rechecked} pair(s) "
        f"in {report.seconds:.1f} s"
    )
