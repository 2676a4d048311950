"""Checking the kept pairs against a fresh evaluation from scratch: every candidate with every
open order, no prefilter, no kept row read."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.models import Candidate, JobOrder, OrderMatch
from recruit.orders import gates as g
from recruit.orders.counts import submittable_counts
from recruit.orders.evaluate import Pair, live_pairs, standings
from recruit.orders.matching import candidate_fits, order_matches, ranked_pairs
from recruit.orders.stored import unbuilt_orders

EVERYONE = 10**6
Pairs = set[tuple[int, int, str, float]]


def kept_rows(session: Session, now: datetime) -> Pairs:
    """The table, less the rows due a recheck (those are read live until the sweep)."""
    m = OrderMatch
    query = sa.select(m.order_id, m.candidate_id, m.standing, m.score).where(
        sa.or_(m.recheck_at.is_(None), m.recheck_at > now)
    )
    return {(o, c, s, float(score)) for o, c, s, score in session.execute(query)}


def fresh_rows(session: Session, now: datetime) -> Pairs:
    """What the table should hold: every built open order with every candidate, less the
    pairs kept but due a recheck."""
    m = OrderMatch
    due = {
        (o, c)
        for o, c in session.execute(
            sa.select(m.order_id, m.candidate_id).where(m.recheck_at <= now)
        )
    }
    query = standings(sa.and_(g.o.c.status == "open", g.o.c.matched_at.is_not(None)), now)
    return {
        (o, c, s, float(score)) for o, c, s, score in session.execute(query) if (o, c) not in due
    }


def assert_kept_equals_fresh(
    session: Session, now: datetime, people: Collection[int] | None = None
) -> None:
    """The table equals a fresh evaluation, and so does every list read from it (or those of
    `people` and the open orders, when given)."""
    session.flush()
    assert unbuilt_orders(session, EVERYONE) == [], "every open order is built"
    assert kept_rows(session, now) == fresh_rows(session, now)
    assert_reads_equal_fresh(session, now, people)


def assert_reads_equal_fresh(
    session: Session, now: datetime, people: Collection[int] | None = None
) -> None:
    """Every open order's lists and every candidate's fitting orders, read through the kept
    pairs (due rechecks evaluated live), equal a fresh evaluation with no prefilter."""
    orders = session.scalars(sa.select(JobOrder).where(JobOrder.status == "open")).all()
    counts = submittable_counts(session, list(orders), now)
    for order in orders:
        found = live_pairs(session, g.o.c.id == order.id, now)
        ranked = ranked_pairs(session, order, now, EVERYONE)
        assert _ids(ranked.eligible) == _ids(_sorted(found, eligible=True)), order.id
        assert _ids(ranked.near) == _ids(_sorted(found, eligible=False)), order.id
        lists = order_matches(session, order, now, shown=EVERYONE)
        assert [(r.candidate.id, r.score) for r in lists.eligible] == _ids(ranked.eligible)
        assert (lists.eligible_total, lists.one_step_total) == (
            len(ranked.eligible), len(ranked.near),
        )  # fmt: skip
        assert counts[order.id] == len(ranked.eligible), order.id
    query = sa.select(Candidate)
    if people is not None:
        query = query.where(Candidate.id.in_(people))
    for person in session.scalars(query).all():
        found = live_pairs(session, sa.and_(g.c.c.id == person.id, g.o.c.status == "open"), now)
        rows = candidate_fits(session, person, now)
        fits = [(r.order.id, bool(r.reasons), r.score) for r in rows]  # eligible rows say why
        expected = sorted(found, key=lambda p: (not p.eligible, -p.score, p.order_id))
        assert fits == [(p.order_id, p.eligible, p.score) for p in expected], person.id


def _sorted(found: list[Pair], eligible: bool) -> list[Pair]:
    return sorted(
        (p for p in found if p.eligible == eligible), key=lambda p: (-p.score, p.candidate_id)
    )


def _ids(pairs: list[Pair]) -> list[tuple[int, float]]:
    return [(p.candidate_id, p.score) for p in pairs]
