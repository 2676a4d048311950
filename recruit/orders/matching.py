"""Who can be submitted to an order today, who is one step away, and which open orders a
candidate fits: read from the kept pairs (order_match, kept by recruit.orders.stored), with
words only for the rows shown.

A kept pair whose recheck time has passed is evaluated live here until the sweep rewrites it;
an order that is not open, or not built yet, is evaluated live whole (the gates in SQL over
the indexed facet tables, as the kept pairs were). Read-only: helpers take a session and
never write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from recruit.models import Candidate, JobOrder, OrderMatch
from recruit.orders import explain
from recruit.orders import gates as g
from recruit.orders.evaluate import (
    ELIGIBLE,
    HELD,
    ONE_STEP,
    Pair,
    live_pairs,
    of_candidate,
    of_order,
)

SHOWN = 50
# Due pairs of one order evaluated live on a read; past this the whole order is.
LIVE_RECHECKS = 200
m = OrderMatch.__table__


@dataclass
class Row:
    """One line of a list, with its words."""

    candidate: Candidate
    order: JobOrder
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    verify: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


@dataclass
class MatchLists:
    order: JobOrder
    eligible: list[Row]
    one_step_away: list[Row]
    eligible_total: int
    one_step_total: int


@dataclass
class Ranked:
    """An order's best pairs of each standing, and how many there are of each."""

    eligible: list[Pair]
    near: list[Pair]
    eligible_total: int
    near_total: int


def score_parts(
    session: Session, order_ids: list[int], candidate_ids: list[int]
) -> dict[tuple[int, int], dict[str, float]]:
    """The points behind each shown pair's score, for its explanation."""
    parts = g.score_parts()
    query = (
        sa.select(g.o.c.id, g.c.c.id, *parts.values())
        .select_from(g.c.join(g.o, sa.true()))  # every listed order with every listed candidate
        .where(g.o.c.id.in_(order_ids), g.c.c.id.in_(candidate_ids))
    )
    return {
        (row[0], row[1]): {
            key: round(float(v or 0), 1) for key, v in zip(parts, row[2:], strict=True)
        }
        for row in session.execute(query)
    }


def order_matches(
    session: Session, order: JobOrder, now: datetime, shown: int = SHOWN
) -> MatchLists:
    ranked = ranked_pairs(session, order, now, shown)
    people = _candidates(session, [p.candidate_id for p in ranked.eligible + ranked.near])
    points = score_parts(session, [order.id], [p.candidate_id for p in ranked.eligible])
    return MatchLists(
        order=order,
        eligible=[
            _eligible_row(order, people[p.candidate_id], p, points[(order.id, p.candidate_id)])
            for p in ranked.eligible
        ],
        one_step_away=[_near_row(order, people[p.candidate_id], p) for p in ranked.near],
        eligible_total=ranked.eligible_total,
        one_step_total=ranked.near_total,
    )


def ranked_pairs(session: Session, order: JobOrder, now: datetime, shown: int) -> Ranked:
    """The order's top `shown` of each list, best first, with the lists' sizes."""
    if order.status != "open" or order.matched_at is None:
        return _rank(live_pairs(session, of_order(order), now), shown)
    due_query = due_pairs(m.c.candidate_id, m.c.order_id == order.id, now)
    due = list(session.scalars(due_query.limit(LIVE_RECHECKS + 1)))
    if len(due) > LIVE_RECHECKS:
        return _rank(live_pairs(session, of_order(order), now), shown)
    kept = _kept_totals(session, order.id, now)
    ranked = _rank(rechecked(session, order, due, now), shown)
    return Ranked(
        _best(ranked.eligible + _kept_top(session, order.id, ELIGIBLE, now, shown), shown),
        _best(ranked.near + _kept_top(session, order.id, ONE_STEP, now, shown), shown),
        ranked.eligible_total + kept.get(ELIGIBLE, 0),
        ranked.near_total + kept.get(ONE_STEP, 0),
    )


def rechecked(
    session: Session, order: JobOrder, candidate_ids: list[int], now: datetime
) -> list[Pair]:
    """The kept pairs of this order due a recheck, evaluated live."""
    if not candidate_ids:
        return []
    return live_pairs(session, sa.and_(g.o.c.id == order.id, g.c.c.id.in_(candidate_ids)), now)


def candidate_fits(session: Session, candidate: Candidate, now: datetime) -> list[Row]:
    """The open orders this candidate can be submitted to now, then those one step away."""
    rows = session.execute(
        sa.select(m.c.order_id, m.c.standing, m.c.score, m.c.recheck_at <= now).where(
            m.c.candidate_id == candidate.id
        )
    ).all()
    due = [order_id for order_id, _, _, is_due in rows if is_due]
    found = [
        Pair(order_id, candidate.id, standing, score)
        for order_id, standing, score, is_due in rows
        if standing != HELD and not is_due
    ]
    if due or session.scalar(sa.select(_unbuilt_exists())):
        unread = sa.or_(g.o.c.matched_at.is_(None), g.o.c.id.in_(due))
        found += live_pairs(session, sa.and_(of_candidate(candidate), unread), now)
    found.sort(key=lambda p: (not p.eligible, -p.score, p.order_id))
    orders = {
        o.id: o
        for o in session.scalars(
            sa.select(JobOrder)
            .where(JobOrder.id.in_([p.order_id for p in found]))
            .options(selectinload(JobOrder.certifications))
        )
    }
    points = score_parts(session, [p.order_id for p in found if p.eligible], [candidate.id])
    return [
        _eligible_row(orders[p.order_id], candidate, p, points[(p.order_id, candidate.id)])
        if p.eligible
        else _near_row(orders[p.order_id], candidate, p)
        for p in found
    ]


def _rank(found: list[Pair], shown: int) -> Ranked:
    eligible = [p for p in found if p.eligible]
    near = [p for p in found if p.standing == ONE_STEP]
    return Ranked(_best(eligible, shown), _best(near, shown), len(eligible), len(near))


def _best(found: list[Pair], shown: int) -> list[Pair]:
    return sorted(found, key=lambda p: (-p.score, p.candidate_id))[:shown]


def _kept_top(
    session: Session, order_id: int, standing: str, now: datetime, shown: int
) -> list[Pair]:
    if not shown:
        return []
    query = (
        sa.select(m.c.candidate_id, m.c.score)
        .where(m.c.order_id == order_id, m.c.standing == standing, not_due(now))
        .order_by(m.c.score.desc(), m.c.candidate_id)
        .limit(shown)
    )
    return [Pair(order_id, cid, standing, score) for cid, score in session.execute(query)]


def _kept_totals(session: Session, order_id: int, now: datetime) -> dict[str, int]:
    query = (
        sa.select(m.c.standing, sa.func.count())
        .where(m.c.order_id == order_id, m.c.standing.in_((ELIGIBLE, ONE_STEP)), not_due(now))
        .group_by(m.c.standing)
    )
    return {standing: count for standing, count in session.execute(query)}


def due_pairs(
    column: sa.ColumnElement[int], where: sa.ColumnElement[bool], now: datetime
) -> sa.Select[int]:
    """The other side of the kept pairs matching `where` whose recheck time has passed."""
    return sa.select(column).where(where, m.c.recheck_at <= now)


def _unbuilt_exists() -> sa.Exists:
    return sa.exists().where(JobOrder.status == "open", JobOrder.matched_at.is_(None))


def not_due(now: datetime) -> sa.ColumnElement[bool]:
    return sa.or_(m.c.recheck_at.is_(None), m.c.recheck_at > now)


def _eligible_row(
    order: JobOrder, candidate: Candidate, pair: Pair, parts: dict[str, float]
) -> Row:
    reasons = explain.gate_reasons(order, candidate) + explain.score_reasons(order, parts)
    return Row(candidate, order, pair.score, reasons, explain.verify_marks(candidate))


def _near_row(order: JobOrder, candidate: Candidate, pair: Pair) -> Row:
    return Row(candidate, order, pair.score, missing=explain.missing(order, candidate))


def _candidates(session: Session, ids: list[int]) -> dict[int, Candidate]:
    """The shown candidates with the facet rows their words read (the EHR points come from
    SQL): a few hundred objects, so a page stays clear of long garbage collections."""
    query = (
        sa.select(Candidate)
        .where(Candidate.id.in_(ids))
        .options(
            selectinload(Candidate.licenses),
            selectinload(Candidate.certifications),
            selectinload(Candidate.specialties),
            selectinload(Candidate.preferred_states),
        )
    )
    return {c.id: c for c in session.scalars(query)}
