"""Import a job-order CSV: plan first (every row checked, new or update, what is missing from a
full re-import), save only what the recruiter saw. Orders are matched by (source, external id);
nothing is deleted, and orders missing from a full re-import are closed only when asked.
Saved orders get their match pairs computed (recruit.orders.stored) for a few seconds; the
sweep builds the rest.

Helpers take a session and never commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from recruit.models import JobOrder
from recruit.orders import stored
from recruit.orders.columns import IGNORE
from recruit.orders.csvfile import Table, is_formula
from recruit.orders.records import FIELDS, apply_values, read_values

# Seconds the import itself spends computing its orders' pairs; the sweep does the rest.
BUILD_BUDGET_S = 3.0


@dataclass
class PlannedRow:
    line: int
    values: dict[str, Any]
    errors: list[str]
    existing: JobOrder | None = None

    @property
    def action(self) -> str:
        return "error" if self.errors else ("update" if self.existing else "new")


@dataclass
class Plan:
    source: str
    rows: list[PlannedRow]
    missing: list[JobOrder] = field(default_factory=list)

    @property
    def good(self) -> list[PlannedRow]:
        return [row for row in self.rows if not row.errors]

    @property
    def bad(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.errors]


@dataclass
class Outcome:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    closed: list[str] = field(default_factory=list)
    left_open: list[str] = field(default_factory=list)
    saved: list[JobOrder] = field(default_factory=list)


def plan_import(
    session: Session, table: Table, mapping: list[str], source: str, full: bool
) -> Plan:
    existing = _existing(session, source)
    rows: list[PlannedRow] = []
    seen: set[str | None] = set()
    for line, cells in enumerate(table.rows, start=2):
        row = _plan_row(line, cells, mapping)
        ident = row.values.get("external_id")
        if ident in seen:
            row.errors.append(f"Req ID {ident!r} appears twice in this file; this row is skipped.")
        seen.add(ident)
        row.existing = existing.get(ident) if ident else None
        rows.append(row)
    missing = [o for ident, o in existing.items() if ident not in seen and _live(o)] if full else []
    return Plan(source, rows, sorted(missing, key=lambda o: o.external_id or ""))


def _plan_row(line: int, cells: list[str], mapping: list[str]) -> PlannedRow:
    raw: dict[str, str] = {}
    formulas = []
    for cell, name in zip(cells, mapping, strict=False):
        if name == IGNORE:
            continue
        if is_formula(cell):
            formulas.append(f"{FIELDS[name][0]}: a spreadsheet formula ({cell[:30]}), not a value")
            continue
        raw[name] = cell
    values, errors = read_values(raw)
    if "external_id" not in values:
        errors.append("Req ID: missing (needed to update this order on the next import)")
    return PlannedRow(line, values, formulas + errors)


def save_import(session: Session, plan: Plan, close_missing: bool, now: datetime) -> Outcome:
    outcome = Outcome(skipped=len(plan.bad))
    for row in plan.good:
        order = row.existing or JobOrder(source=plan.source)
        if row.existing is None:
            session.add(order)
            outcome.created += 1
        else:
            outcome.updated += 1
            stored.order_changed(session, order)
        apply_values(order, row.values)
        order.imported_at = now
        outcome.saved.append(order)
    for order in plan.missing:
        if close_missing:
            order.status = "closed"
            stored.order_changed(session, order)
            outcome.closed.append(order.external_id or str(order.id))
        else:
            outcome.left_open.append(order.external_id or str(order.id))
    session.flush()
    stored.build_orders(session, outcome.saved, now, BUILD_BUDGET_S)
    return outcome


def _existing(session: Session, source: str) -> dict[str, JobOrder]:
    query = (
        sa.select(JobOrder)
        .where(JobOrder.source == source, JobOrder.external_id.is_not(None))
        .options(selectinload(JobOrder.certifications))
    )
    return {o.external_id: o for o in session.scalars(query) if o.external_id}


def _live(order: JobOrder) -> bool:
    return order.status in ("open", "on_hold")
