"""What a queue row says about a candidate, to answer "can I submit them?" without opening
them: licences with compact badges, the next certification expiry, years in the main
specialty, readiness for the view's state, unconfirmed and low-confidence marks, waiting time.

Built from the page's rows and plain tuples of their facet rows (three small queries per page,
none per row, no ORM objects), so a page stays about as cheap as the keyset query under it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from recruit.candidates.projection import LOW_CONFIDENCE
from recruit.clinical.readiness import EXPIRING, MISSING, VERIFY, Finding, assess
from recruit.models import Candidate, CandidateCertification, CandidateLicense, Submission
from recruit.queue.filters import QueueFilters


@dataclass(frozen=True)
class Flag:
    text: str
    level: str  # missing | expiring | verify
    detail: str


@dataclass(frozen=True)
class QueueRow:
    candidate: Candidate
    licences: list[tuple[str, bool]]  # (state, compact)
    next_cert: tuple[str, date] | None
    main_specialty: tuple[str, float | None] | None
    readiness_state: str
    flags: list[Flag]
    unconfirmed: bool
    low_confidence: bool
    waiting: str

    @property
    def ready(self) -> bool:
        return not [f for f in self.flags if f.level in (MISSING, EXPIRING)]


@dataclass(frozen=True)
class Facts:
    """A page's licence and certification rows, by candidate."""

    licences: dict[int, list[sa.Row]]
    certifications: dict[int, list[sa.Row]]
    confirmed: set[int]


def queue_rows(
    session: Session, candidates: Sequence[Candidate], filters: QueueFilters, now: datetime
) -> list[QueueRow]:
    facts = _facts(session, [c.id for c in candidates])
    state = filters.can_work_in or filters.licence_state
    return [_row(c, facts, state, now) for c in candidates]


def _facts(session: Session, ids: list[int]) -> Facts:
    if not ids:
        return Facts({}, {}, set())
    lic, cert = CandidateLicense, CandidateCertification
    licences = sa.select(lic.candidate_id, lic.state, lic.type, lic.compact, lic.expires)
    certs = sa.select(cert.candidate_id, cert.name, cert.expires)
    return Facts(
        _by_candidate(session.execute(licences.where(lic.candidate_id.in_(ids)).order_by(lic.id))),
        _by_candidate(session.execute(certs.where(cert.candidate_id.in_(ids)).order_by(cert.id))),
        _confirmed_ids(session, ids),
    )


def _by_candidate(rows: Any) -> dict[int, list[sa.Row]]:
    grouped: dict[int, list[sa.Row]] = {}
    for row in rows:
        grouped.setdefault(row.candidate_id, []).append(row)
    return grouped


def _confirmed_ids(session: Session, ids: list[int]) -> set[int]:
    query = sa.select(Submission.candidate_id).where(
        Submission.candidate_id.in_(ids), Submission.confirmed_at.is_not(None)
    )
    return set(session.scalars(query))


def _row(candidate: Candidate, facts: Facts, state: str, now: datetime) -> QueueRow:
    today = now.date()
    held, certs = facts.licences.get(candidate.id, []), facts.certifications.get(candidate.id, [])
    licences = [(lic.state or "?", lic.compact) for lic in held]
    dated = [(c.expires, c.name) for c in certs if c.expires is not None]
    upcoming = min((d for d in dated if d[0] >= today), default=None)
    main = candidate.specialties[0] if candidate.specialties else None
    flags = _flags(_profile(candidate, held, certs), state, today) if state else []
    low = candidate.min_confidence is not None and candidate.min_confidence < LOW_CONFIDENCE
    return QueueRow(
        candidate=candidate,
        licences=licences,
        next_cert=(upcoming[1], upcoming[0]) if upcoming else None,
        main_specialty=(main.name, main.years) if main else None,
        readiness_state=state,
        flags=flags,
        unconfirmed=candidate.id not in facts.confirmed and not candidate.parse_failed,
        low_confidence=low,
        waiting=waiting(now - candidate.received_at),
    )


def _flags(profile: dict[str, Any], state: str, today: date) -> list[Flag]:
    readiness = assess(profile, state, today, today)
    return [_flag(f) for f in readiness.gaps]


def _flag(finding: Finding) -> Flag:
    if finding.topic == "licence":
        subject = "licence"
    elif finding.topic == "certification":
        subject = finding.message.split(" ")[0].rstrip(":")
    else:
        subject = "years"
    word = {MISSING: "missing", EXPIRING: "expiring", VERIFY: "verify"}.get(finding.level, "")
    return Flag(f"{subject} {word}", finding.level, finding.message)


def _profile(candidate: Candidate, held: list[sa.Row], certs: list[sa.Row]) -> dict[str, Any]:
    """The readiness rules' view of a candidate, from the queue's columns and facet rows."""
    return {
        "licenses": [
            {"state": lic.state, "type": lic.type, "compact": lic.compact,
             "expires": lic.expires.isoformat() if lic.expires else None}
            for lic in held
        ],
        "certifications": [
            {"name": c.name, "expires": c.expires.isoformat() if c.expires else None}
            for c in certs
        ],
        "eligible_states": json.loads(candidate.eligible_states_json or "[]"),
        "specialties": [s.name for s in candidate.specialties],
        "specialty_years": {s.name: s.years for s in candidate.specialties if s.years is not None},
    }  # fmt: skip


def waiting(elapsed: Any) -> str:
    """How long someone has waited, to the unit that matters: 40 min, 5 h, 3 d."""
    minutes = max(0, int(elapsed.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h"
    return f"{minutes // (24 * 60)} d"
