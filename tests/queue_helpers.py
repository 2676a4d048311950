"""Arranging parsed candidates for the queue, search and candidate page tests."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from recruit.candidates.parse_results import save_parse_result
from recruit.db import utcnow
from recruit.models import Candidate
from recruit.parsing.model import ParseResult
from tests.helpers import make_candidate, make_submission

ICU_TX_EPIC = {
    "name": "Tara Texas",
    "discipline": "RN",
    "specialties": ["ICU"],
    "specialty_years": {"ICU": 4},
    "licenses": [{"state": "TX", "type": "RN", "number": "TX1", "compact": True}],
    "certifications": [
        {"name": "BLS", "expires": "2030-01"},
        {"name": "ACLS", "expires": "2027-06"},
    ],
    "years_experience": 6,
    "ehr_systems": ["Epic"],
    "eligible_states": ["TX", "AZ", "CO"],
}


def parsed_candidate(
    session: Session,
    profile: dict[str, Any],
    *,
    text: str = "",
    warnings: tuple[str, ...] = (),
    hours_ago: float = 0,
    **columns: Any,
) -> Candidate:
    """A candidate whose submission was parsed into `profile`, saved the way the worker does."""
    received: datetime = utcnow() - timedelta(hours=hours_ago)
    candidate = make_candidate(session, received_at=received, **columns)
    submission = make_submission(session, candidate, queued=False, received_at=received)
    result = ParseResult(ok=True, profile=profile, text=text, warnings=list(warnings))
    save_parse_result(session, submission, result)
    session.flush()
    return candidate


_licence_numbers = itertools.count(1)


def profile(**changes: Any) -> dict[str, Any]:
    """Each call is a different person: a shared licence number would match them as duplicates."""
    licence = {**ICU_TX_EPIC["licenses"][0], "number": f"TX{next(_licence_numbers)}"}
    return {**ICU_TX_EPIC, "licenses": [licence], **changes}
