"""From an uploaded resume, read by the real parser and never confirmed, to an order's lists:
matching works on what the parser found, and marks what nobody has confirmed as "verify"."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.db import utcnow
from recruit.orders.matching import order_matches
from tests.candidate_helpers import apply, parse_all
from tests.orders.order_helpers import make_order

RESUME = b"""Maria Santos, RN, BSN
maria.santos@example.com | (555) 301-2211 | Austin, TX

Licenses
Texas RN License 123456, expires 2028-04-30 (multistate)

Certifications
BLS, American Heart Association, expires 2028-02-28
ACLS, American Heart Association, expires 2028-02-28

Experience
ICU Travel Nurse, Aya Healthcare at St. David's Medical Center, Austin, TX, 2021 - present
ICU Staff Nurse, Seton Medical Center, Austin, TX, 2018 - 2021
"""


def test_a_parsed_resume_is_matched_and_its_unconfirmed_fields_marked_verify(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    apply(client, RESUME)
    parse_all(app)
    order = make_order(session, state="CO", min_years=2, ehr=None)
    session.commit()
    lists = order_matches(session, order, utcnow())
    assert [row.candidate.display_name for row in lists.eligible] == ["Maria Santos"]
    row = lists.eligible[0]
    assert any("multistate TX licence (compact) covering CO" in r for r in row.reasons)
    assert "+15 most recent job in ICU" in row.reasons
    assert "+5 prior travel assignments" in row.reasons
    assert "Licence: from an unconfirmed or low-confidence reading; verify." in row.verify
