"""Arranging orders and candidates for the matching tests: candidates are built from a profile
through the real projection, so matching reads what the effective profile says."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from recruit.candidates.projection import refresh_from_effective_profile
from recruit.db import utcnow
from recruit.models import Candidate, JobOrder, Submission
from recruit.orders import stored
from recruit.orders.records import apply_values

START = date(2027, 3, 1)  # 13 weeks -> ends 2027-05-31
ORDER = {
    "external_id": "REQ-1",
    "facility": "Mercy General",
    "city": "Austin",
    "state": "TX",
    "discipline": "RN",
    "specialty": "ICU",
    "start_date": START,
    "weeks": 13,
    "min_years": 2.0,
    "certifications": ["BLS", "ACLS"],
    "ehr": "Epic",
}
PROFILE: dict[str, Any] = {
    "name": "Ada Nurse",
    "email": "ada@example.com",
    "discipline": "RN",
    "specialties": ["ICU"],
    "specialty_years": {"ICU": 4},
    "licenses": [{"state": "TX", "type": "RN", "compact": False, "expires": "2028-01-31"}],
    "certifications": [
        {"name": "BLS", "expires": "2028-06-30"},
        {"name": "ACLS", "expires": "2028-06-30"},
    ],
    "ehr_systems": ["Epic"],
}


def make_order(session: Session, built: bool = True, **changes: Any) -> JobOrder:
    """An order as typed in by hand: its pairs computed at once (unless `built` is False: as
    if imported and not reached by the sweep yet, so its lists are computed live)."""
    order = JobOrder(source=changes.pop("source", "test"))
    apply_values(order, {**ORDER, **changes})
    session.add(order)
    session.flush()
    if built:
        stored.build_order(session, order, utcnow())
    return order


def make_person(session: Session, **changes: Any) -> Candidate:
    """A candidate whose confirmed profile is PROFILE with changes, projected as in production."""
    profile = {**PROFILE, **changes}
    candidate = Candidate(status=changes.pop("_status", "new"))
    session.add(candidate)
    session.add(
        Submission(
            candidate=candidate,
            consent_at=utcnow(),
            status="confirmed",
            confirmed_profile={k: v for k, v in profile.items() if not k.startswith("_")},
            confirmed_at=utcnow(),
        )
    )
    session.flush()
    refresh_from_effective_profile(session, candidate)
    session.flush()
    return candidate
