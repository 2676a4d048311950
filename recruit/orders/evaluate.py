"""The hard gates evaluated for a set of (order, candidate) pairs in one SQL statement, and the
indexed narrowing that keeps that set small from either side.

What it yields is what recruit.orders.stored keeps per pair and what a live read computes
when nothing is kept (an order not open, or not built yet), so the two cannot disagree.
Read-only: helpers take a session and never write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.clinical.eligibility import compact_for, license_types
from recruit.models import (
    Candidate,
    CandidateCertification,
    CandidateLicense,
    CandidateSpecialty,
    JobOrder,
    JobOrderCertification,
)
from recruit.orders import gates as g

ELIGIBLE, ONE_STEP, HELD = "eligible", "one_step_away", "held"


@dataclass(frozen=True)
class Pair:
    """An (order, candidate) pair with no gate failed: eligible, one step away, or held back
    by the 60-day guard (either of the first two once it lifts)."""

    order_id: int
    candidate_id: int
    standing: str
    score: float

    @property
    def eligible(self) -> bool:
        return self.standing == ELIGIBLE


def standings(where: sa.ColumnElement[bool], now: datetime) -> sa.Select[Any]:
    """(order_id, candidate_id, standing, score) for every pair matching `where` past the
    fixed gates with no gate failed.

    The gate levels are computed once per narrowed pair (a materialised CTE, so no engine
    inlines them twice); the score only for the pairs that survive them."""
    levels = sa.select(
        g.o.c.id.label("order_id"),
        g.c.c.id.label("candidate_id"),
        g.guarded(now).label("held"),
        *[value.label(key) for key, value in g.gate_levels().items()],
    )
    levels = levels.select_from(g.c.join(g.o, g.pair_filter())).where(where)
    cte = levels.cte("levels").prefix_with("MATERIALIZED")
    gates = [cte.c[key] for key in g.gate_levels()]
    standing = sa.case(
        (cte.c.held, HELD),
        (sa.and_(*[gate == g.PASS for gate in gates]), ELIGIBLE),
        else_=ONE_STEP,
    )
    score = sum(g.score_parts().values(), sa.literal(0))
    return (
        sa.select(
            cte.c.order_id,
            cte.c.candidate_id,
            standing.label("standing"),
            # Rounded where it is computed, so the kept and the live lists rank ties alike.
            sa.func.round(sa.cast(score, sa.Numeric), 1).label("score"),
        )
        .select_from(
            cte.join(g.c, g.c.c.id == cte.c.candidate_id).join(g.o, g.o.c.id == cte.c.order_id)
        )
        .where(*[gate >= g.FIX for gate in gates])
    )


def live_pairs(session: Session, where: sa.ColumnElement[bool], now: datetime) -> list[Pair]:
    """The pairs matching `where` that can be listed now (the guard's held ones left out)."""
    return [
        Pair(order_id, candidate_id, standing, float(score or 0))
        for order_id, candidate_id, standing, score in session.execute(standings(where, now))
        if standing != HELD
    ]


def of_order(order: JobOrder) -> sa.ColumnElement[bool]:
    """This order's pairs, its candidates narrowed first."""
    return sa.and_(g.o.c.id == order.id, candidate_prefilter(order))


def of_candidate(candidate: Candidate) -> sa.ColumnElement[bool]:
    """This candidate's pairs with open orders, the orders narrowed first."""
    return sa.and_(g.c.c.id == candidate.id, *order_prefilter(candidate))


def candidate_prefilter(order: JobOrder) -> sa.ColumnElement[bool]:
    """Narrow the candidates before any gate is computed. One indexed list drives the search
    (those with the specialty when years in it are required, else those licensed in a state
    that can reach the order's); the rest are per-candidate index probes, never lists: a
    licence in such a state, and each required certification not expired before the start.
    The gates then decide exactly."""
    lic, cert = CandidateLicense.__table__, CandidateCertification.__table__
    states = order_reach(order)
    if order.min_years and order.specialty:
        spec = CandidateSpecialty.__table__
        driver = sa.select(spec.c.candidate_id).where(spec.c.name == order.specialty)
    else:
        driver = sa.select(lic.c.candidate_id).where(lic.c.state.in_(states))
    narrowed = [
        g.c.c.id.in_(driver),
        sa.exists().where(lic.c.candidate_id == g.c.c.id, lic.c.state.in_(states)),
    ]
    for need in order.certifications:
        usable = sa.or_(cert.c.expires.is_(None), cert.c.expires >= order.start_date)
        narrowed.append(
            sa.exists().where(cert.c.candidate_id == g.c.c.id, cert.c.name == need.name, usable)
        )
    return sa.and_(*narrowed)


def order_prefilter(candidate: Candidate) -> list[sa.ColumnElement[bool]]:
    """The same narrowing from the candidate's side, on the job_order columns: open orders of
    their discipline in states their licences reach, that they want and can start, asking for
    no specialty years they lack and no certification they do not hold."""
    o = g.o
    clauses = [
        o.c.status == "open",
        o.c.discipline == candidate.discipline,
        o.c.state.in_(sorted(reachable_states(candidate.licenses))),
        sa.or_(
            sa.func.coalesce(o.c.min_years, 0) <= 0,
            o.c.specialty.in_([s.name for s in candidate.specialties]),
        ),
    ]
    preferred = [p.state for p in candidate.preferred_states]
    if preferred:
        clauses.append(o.c.state.in_(preferred))
    if candidate.available_from:
        clauses.append(o.c.start_date >= candidate.available_from)
    need = JobOrderCertification.__table__
    held = sorted({c.name for c in candidate.certifications})
    lacking = sa.exists().where(need.c.order_id == o.c.id, need.c.name.not_in(held))
    clauses.append(sa.not_(lacking))
    return clauses


def order_reach(order: JobOrder) -> list[str]:
    """Licence states that can open this order: its own, and the compact's when it accepts one
    (a single-state licence there is one step away: it could become multistate)."""
    states = {order.state}
    if order.compact_accepted:
        for compact in _compacts_for(order.discipline):
            if order.state in compact["implemented"]:
                states |= set(compact["implemented"])
    return sorted(states)


def reachable_states(licences: list[CandidateLicense]) -> set[str]:
    """Order states a candidate's licences might open (exact rules are the gates')."""
    states: set[str] = set()
    for lic in licences:
        if not lic.state:
            continue
        states.add(lic.state)
        compact = compact_for(lic.type or "")
        if compact is not None and lic.state in compact["implemented"]:
            states |= set(compact["implemented"])
    return states


def _compacts_for(discipline: str) -> list[dict[str, Any]]:
    found = [compact_for(kind) for kind in sorted(license_types(discipline) or ())]
    return [compact for compact in found if compact is not None]
