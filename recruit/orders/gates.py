"""The hard gates and the score as SQL over the facet tables, for any (order, candidate) pair.

Each gate is a level: PASS (2), FIX (1: one step away, something that can be fixed) or FAIL (0).
The same expressions serve an order's lists (order fixed, candidates vary) and a candidate's
fitting orders (candidate fixed, orders vary), so both always agree. Wording lives in explain.py.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from typing import Any

import sqlalchemy as sa

from recruit.clinical.eligibility import compacts, license_types
from recruit.models import (
    Candidate,
    CandidateCertification,
    CandidateEhr,
    CandidateLicense,
    CandidatePreferredState,
    CandidateSpecialty,
    JobOrder,
    JobOrderCertification,
    Submittal,
)

PASS, FIX, FAIL = 2, 1, 0
GUARD_DAYS = 60
CLOSED_CANDIDATE = ("withdrawn", "placed", "duplicate")
DISCIPLINES_WITH_TYPES = ("RN", "LPN", "PT", "PTA", "OT", "COTA", "SLP", "Pharmacist", "RT")

c = Candidate.__table__
o = JobOrder.__table__


def _type_fits(lic: sa.FromClause) -> sa.ColumnElement[bool]:
    """The licence's type lets the order's discipline practise (an untyped licence may)."""
    checks = [
        sa.and_(o.c.discipline == name, lic.c.type.in_(sorted(license_types(name) or ())))
        for name in DISCIPLINES_WITH_TYPES
    ]
    return sa.or_(lic.c.type.is_(None), o.c.discipline.not_in(DISCIPLINES_WITH_TYPES), *checks)


def _compact_home(lic: sa.FromClause) -> sa.ColumnElement[bool]:
    """The licence's state and the order's state are both members of its type's compact."""
    return sa.or_(
        *[
            sa.and_(
                lic.c.type.in_(compact["license_types"]),
                lic.c.state.in_(compact["implemented"]),
                o.c.state.in_(compact["implemented"]),
            )
            for compact in compacts().values()
        ]
    )


def licence_level() -> sa.ScalarSelect[Any]:
    lic = CandidateLicense.__table__.alias("lic")
    grants = sa.or_(
        lic.c.state == o.c.state, sa.and_(o.c.compact_accepted, lic.c.compact, _compact_home(lic))
    )
    transferable = sa.and_(o.c.compact_accepted, sa.not_(lic.c.compact), _compact_home(lic))
    level = sa.case(
        (sa.and_(grants, lic.c.expires >= o.c.end_date), PASS),
        (sa.and_(grants, sa.or_(lic.c.expires.is_(None), lic.c.expires >= o.c.start_date)), FIX),
        (
            sa.and_(transferable, sa.or_(lic.c.expires.is_(None), lic.c.expires >= o.c.end_date)),
            FIX,
        ),
        else_=FAIL,
    )
    return (
        sa.select(sa.func.coalesce(sa.func.max(level), FAIL))
        .where(lic.c.candidate_id == c.c.id, _type_fits(lic))
        .correlate_except(lic)
        .scalar_subquery()
    )


def certification_level() -> sa.ColumnElement[Any]:
    """The worst of the required certifications, each at the best of the candidate's copies."""
    held = CandidateCertification.__table__.alias("held")
    need = JobOrderCertification.__table__.alias("need")
    best = (
        sa.select(
            sa.func.max(
                sa.case(
                    (held.c.expires >= o.c.end_date, PASS),
                    (sa.or_(held.c.expires.is_(None), held.c.expires >= o.c.start_date), FIX),
                    else_=FAIL,
                )
            )
        )
        .where(held.c.candidate_id == c.c.id, held.c.name == need.c.name)
        .correlate_except(held)
        .scalar_subquery()
    )
    worst = (
        sa.select(sa.func.min(sa.func.coalesce(best, FAIL)))
        .where(need.c.order_id == o.c.id)
        .correlate_except(need)
        .scalar_subquery()
    )
    return sa.func.coalesce(worst, PASS)


def specialty_years() -> sa.ScalarSelect[Any]:
    spec = CandidateSpecialty.__table__.alias("spec")
    return (
        sa.select(sa.func.max(spec.c.years))
        .where(spec.c.candidate_id == c.c.id, spec.c.name == o.c.specialty)
        .correlate_except(spec)
        .scalar_subquery()
    )


def years_level() -> sa.ColumnElement[Any]:
    """Minimum years in the order's specialty: unknown years are one step away (verify).
    One probe of the candidate's specialty rows."""
    spec = CandidateSpecialty.__table__.alias("years_spec")
    best = (
        sa.select(
            sa.func.max(
                sa.case(
                    (spec.c.years >= o.c.min_years, PASS),
                    (spec.c.years.is_(None), FIX),
                    else_=FAIL,
                )
            )
        )
        .where(spec.c.candidate_id == c.c.id, spec.c.name == o.c.specialty)
        .correlate_except(spec)
        .scalar_subquery()
    )
    unasked = sa.or_(sa.func.coalesce(o.c.min_years, 0) <= 0, o.c.specialty.is_(None))
    return sa.case((unasked, PASS), else_=sa.func.coalesce(best, FAIL))


def start_level() -> sa.ColumnElement[Any]:
    return sa.case(
        (sa.or_(c.c.available_from.is_(None), c.c.available_from <= o.c.start_date), PASS),
        else_=FAIL,
    )


def states_level() -> sa.ColumnElement[Any]:
    pref = CandidatePreferredState.__table__.alias("pref")
    any_given = sa.exists().where(pref.c.candidate_id == c.c.id)
    this_one = sa.exists().where(pref.c.candidate_id == c.c.id, pref.c.state == o.c.state)
    return sa.case((sa.or_(sa.not_(any_given), this_one), PASS), else_=FAIL)


def ehr_level() -> sa.ColumnElement[Any]:
    """A required EHR must be one the candidate has worked in; a preferred one only scores."""
    ehr = CandidateEhr.__table__.alias("need_ehr")
    held = sa.exists().where(ehr.c.candidate_id == c.c.id, ehr.c.name == o.c.ehr)
    return sa.case((sa.or_(sa.not_(o.c.ehr_required), o.c.ehr.is_(None), held), PASS), else_=FAIL)


def facility_key(facility: str) -> str:
    """How the duplicate guard compares facilities: case and spacing folded."""
    return " ".join(facility.split()).lower()


def blocking_submittals(since: datetime) -> sa.ColumnElement[bool]:
    """Submittals that stop another of the same candidate to the same facility: anything not
    declined (or withdrawn before it reached the facility) in the guard window."""
    s = Submittal.__table__
    return sa.and_(
        s.c.status != "declined",
        sa.not_(sa.and_(s.c.status == "withdrawn", s.c.submitted_at.is_(None))),
        sa.func.coalesce(s.c.submitted_at, s.c.created_at) >= since,
    )


def guarded(now: datetime) -> sa.ColumnElement[bool]:
    """The 60-day duplicate guard holds this pair back: the candidate was put forward to the
    order's facility recently. The only gate that time alone lifts."""
    s = Submittal.__table__
    return sa.exists().where(
        s.c.candidate_id == c.c.id,
        s.c.facility_key == sa.func.lower(o.c.facility),
        blocking_submittals(now - timedelta(days=GUARD_DAYS)),
    )


def guard_lifts_at(now: datetime) -> sa.ScalarSelect[Any]:
    """When the newest submittal behind the guard stops blocking: its time plus the window
    (the date arithmetic is done by the caller, the same on every engine)."""
    s = Submittal.__table__
    return (
        sa.select(sa.func.max(sa.func.coalesce(s.c.submitted_at, s.c.created_at)))
        .where(
            s.c.candidate_id == c.c.id,
            s.c.facility_key == sa.func.lower(o.c.facility),
            blocking_submittals(now - timedelta(days=GUARD_DAYS)),
        )
        .correlate_except(s)
        .scalar_subquery()
    )


def candidate_available() -> sa.ColumnElement[bool]:
    return sa.and_(c.c.status.not_in(CLOSED_CANDIDATE), c.c.merged_into_id.is_(None))


@cache
def score_parts() -> dict[str, sa.ColumnElement[Any]]:
    """Points for ranking the eligible, each explained on the page."""
    ehr = CandidateEhr.__table__.alias("ehr")
    unit = CandidateSpecialty.__table__.alias("unit")
    years = sa.func.coalesce(specialty_years(), 0)
    capped_trips = sa.case((c.c.travel_assignments > 3, 3), else_=c.c.travel_assignments)
    return {
        "years": sa.case((years > 10, 40.0), else_=years * 4.0),
        "ehr": sa.case(
            (sa.exists().where(ehr.c.candidate_id == c.c.id, ehr.c.name == o.c.ehr), 15),
            else_=0,
        ),
        "recent": sa.case((c.c.recent_specialty == o.c.specialty, 15), else_=0),
        "travel": capped_trips * 5,
        "unit": sa.case(
            (sa.exists().where(unit.c.candidate_id == c.c.id, unit.c.name == o.c.unit), 10),
            else_=0,
        ),
        "confidence": sa.func.coalesce(c.c.min_confidence, 1.0) * 10.0,
    }


@cache
def gate_levels() -> dict[str, sa.ColumnElement[Any]]:
    """Every level, built once: the expressions hold no values of their own (the compact
    tables are read once per process), and building them costs more than running them."""
    return {
        "licence": licence_level(),
        "certifications": certification_level(),
        "years": years_level(),
        "start": start_level(),
        "states": states_level(),
        "ehr": ehr_level(),
    }


def pair_filter() -> sa.ColumnElement[bool]:
    """Gates that no fix and no passing day can change, applied before any level is computed."""
    return sa.and_(c.c.discipline == o.c.discipline, candidate_available())
