"""The /orders list: filters, a page of orders, and how many can be submitted to each now.

Read-only: helpers take a session and never write.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from recruit.models import ORDER_STATUSES, JobOrder

PAGE = 25


@dataclass(frozen=True)
class OrderFilters:
    status: str = "open"
    state: str = ""
    discipline: str = ""
    specialty: str = ""
    start_from: date | None = None
    start_to: date | None = None
    page: int = 1

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> OrderFilters:
        status = args.get("status", "open")
        return cls(
            status=status if status in (*ORDER_STATUSES, "all") else "open",
            state=(args.get("state") or "").strip().upper()[:2],
            discipline=(args.get("discipline") or "").strip()[:40],
            specialty=(args.get("specialty") or "").strip()[:80],
            start_from=_day(args.get("start_from")),
            start_to=_day(args.get("start_to")),
            page=max(1, _int(args.get("page"))),
        )

    def where(self) -> list[sa.ColumnElement[bool]]:
        clauses = [] if self.status == "all" else [JobOrder.status == self.status]
        if self.state:
            clauses.append(JobOrder.state == self.state)
        if self.discipline:
            clauses.append(JobOrder.discipline == self.discipline)
        if self.specialty:
            clauses.append(JobOrder.specialty == self.specialty)
        if self.start_from:
            clauses.append(JobOrder.start_date >= self.start_from)
        if self.start_to:
            clauses.append(JobOrder.start_date <= self.start_to)
        return clauses


def orders_page(session: Session, filters: OrderFilters) -> tuple[list[JobOrder], int]:
    total = session.scalar(sa.select(sa.func.count(JobOrder.id)).where(*filters.where())) or 0
    query = (
        sa.select(JobOrder)
        .where(*filters.where())
        .order_by(JobOrder.start_date, JobOrder.id)
        .offset((filters.page - 1) * PAGE)
        .limit(PAGE)
        .options(selectinload(JobOrder.certifications))
    )
    return list(session.scalars(query)), total


def api_orders(session: Session, status: str) -> list[JobOrder]:
    query = sa.select(JobOrder).order_by(JobOrder.start_date, JobOrder.id)
    if status != "all":
        query = query.where(JobOrder.status == status)
    return list(session.scalars(query))


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value or "")
    except ValueError:
        return None


def _int(value: str | None) -> int:
    try:
        return int(value or 1)
    except ValueError:
        return 1
