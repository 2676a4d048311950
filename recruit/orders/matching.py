"""Who can be submitted to an order today, who is one step away, and which open orders a
candidate fits: one SQL query over the indexed gates, then words for the rows shown.

Read-only: helpers take a session and never write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from recruit.clinical.eligibility import compact_for, license_types
from recruit.models import (
    Candidate,
    CandidateCertification,
    CandidateLicense,
    CandidateSpecialty,
    JobOrder,
    JobOrderCertification,
)
from recruit.orders import explain
from recruit.orders import gates as g

SHOWN = 50


@dataclass(frozen=True)
class Pair:
    """An (order, candidate) pair with no gate failed: eligible, or one step away."""

    order_id: int
    candidate_id: int
    eligible: bool
    score: float


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


def pairs(session: Session, where: sa.ColumnElement[bool], now: datetime) -> list[Pair]:
    """Every (order, candidate) pair past the fixed gates with no gate failed, scored.

    The gate levels are computed once per narrowed pair (a materialised CTE, so no engine
    inlines them twice); the score only for the pairs that survive them."""
    levels = sa.select(
        g.o.c.id.label("order_id"),
        g.c.c.id.label("candidate_id"),
        *[value.label(key) for key, value in g.gate_levels().items()],
    )
    levels = levels.select_from(g.c.join(g.o, g.pair_filter(now))).where(where)
    cte = levels.cte("levels").prefix_with("MATERIALIZED")
    gates = [cte.c[key] for key in g.gate_levels()]
    query = (
        sa.select(
            cte.c.order_id,
            cte.c.candidate_id,
            sa.case((sa.and_(*[gate == g.PASS for gate in gates]), 1), else_=0),
            sum(g.score_parts().values(), sa.literal(0)),
        )
        .select_from(
            cte.join(g.c, g.c.c.id == cte.c.candidate_id).join(g.o, g.o.c.id == cte.c.order_id)
        )
        .where(*[gate >= g.FIX for gate in gates])
    )
    return [
        Pair(order_id, candidate_id, bool(eligible), round(float(score or 0), 1))
        for order_id, candidate_id, eligible, score in session.execute(query)
    ]


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
    found = pairs(session, sa.and_(g.o.c.id == order.id, _candidate_prefilter(order)), now)
    eligible = sorted((p for p in found if p.eligible), key=lambda p: (-p.score, p.candidate_id))
    near = sorted((p for p in found if not p.eligible), key=lambda p: (-p.score, p.candidate_id))
    people = _candidates(session, [p.candidate_id for p in eligible[:shown] + near[:shown]])
    points = score_parts(session, [order.id], [p.candidate_id for p in eligible[:shown]])
    return MatchLists(
        order=order,
        eligible=[
            _eligible_row(order, people[p.candidate_id], p, points[(order.id, p.candidate_id)])
            for p in eligible[:shown]
        ],
        one_step_away=[_near_row(order, people[p.candidate_id], p) for p in near[:shown]],
        eligible_total=len(eligible),
        one_step_total=len(near),
    )


def candidate_fits(session: Session, candidate: Candidate, now: datetime) -> list[Row]:
    """The open orders this candidate can be submitted to now, then those one step away."""
    where = sa.and_(g.c.c.id == candidate.id, *_order_prefilter(candidate))
    found = sorted(pairs(session, where, now), key=lambda p: (not p.eligible, -p.score))
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


def _eligible_row(
    order: JobOrder, candidate: Candidate, pair: Pair, parts: dict[str, float]
) -> Row:
    reasons = explain.gate_reasons(order, candidate) + explain.score_reasons(order, parts)
    return Row(candidate, order, pair.score, reasons, explain.verify_marks(candidate))


def _near_row(order: JobOrder, candidate: Candidate, pair: Pair) -> Row:
    return Row(candidate, order, pair.score, missing=explain.missing(order, candidate))


def _candidates(session: Session, ids: list[int]) -> dict[int, Candidate]:
    query = (
        sa.select(Candidate)
        .where(Candidate.id.in_(ids))
        .options(
            selectinload(Candidate.licenses),
            selectinload(Candidate.certifications),
            selectinload(Candidate.specialties),
            selectinload(Candidate.preferred_states),
            selectinload(Candidate.ehr_systems),
        )
    )
    return {c.id: c for c in session.scalars(query)}


def _candidate_prefilter(order: JobOrder) -> sa.ColumnElement[bool]:
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


def _order_prefilter(candidate: Candidate) -> list[sa.ColumnElement[bool]]:
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
