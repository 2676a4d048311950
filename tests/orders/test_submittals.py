"""Submittals with the candidate's say: proposal on the status page and by email, approval
recorded with its time, only approved ones submitted, the pipeline, the duplicate guard."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.db import utcnow
from recruit.models import Candidate, Submittal
from recruit.orders import submittals
from tests.candidate_helpers import applied_and_confirmed
from tests.helpers import login, make_user
from tests.orders.order_helpers import make_order, make_person


def test_only_an_approved_proposal_can_be_submitted(session: Session) -> None:
    user = make_user(session)
    proposal = submittals.propose(
        session, make_order(session), make_person(session), user.id, utcnow()
    )
    with pytest.raises(submittals.Refused, match="approved"):
        submittals.advance(session, proposal, "submitted", user.id, utcnow())
    submittals.decide(session, proposal, approve=False, now=utcnow())
    with pytest.raises(submittals.Refused, match="approved"):
        submittals.advance(session, proposal, "submitted", user.id, utcnow())


def test_the_pipeline_keeps_a_dated_trail_and_placing_fills_the_order(session: Session) -> None:
    user = make_user(session)
    order = make_order(session, openings=1)
    person = make_person(session)
    proposal = submittals.propose(session, order, person, user.id, utcnow())
    submittals.decide(session, proposal, approve=True, now=utcnow())
    for step in ("submitted", "interview", "offer", "placed"):
        submittals.advance(session, proposal, step, user.id, utcnow())
    assert [s.status for s in proposal.steps] == [
        "proposed", "approved", "submitted", "interview", "offer", "placed",
    ]  # fmt: skip
    assert proposal.steps[1].by_candidate and proposal.decided_at is not None
    assert all(s.at is not None for s in proposal.steps)
    assert (order.openings_filled, order.status, person.status) == (1, "filled", "placed")


def test_rejected_and_withdrawn_need_a_reason(session: Session) -> None:
    user = make_user(session)
    proposal = submittals.propose(
        session, make_order(session), make_person(session), user.id, utcnow()
    )
    with pytest.raises(submittals.Refused, match="why"):
        submittals.advance(session, proposal, "withdrawn", user.id, utcnow())
    submittals.advance(session, proposal, "withdrawn", user.id, utcnow(), "filled internally")
    assert proposal.steps[-1].reason == "filled internally"


def test_the_same_candidate_to_the_same_facility_within_sixty_days_is_refused_with_who_and_when(
    session: Session,
) -> None:
    rita = make_user(session, "rita@example.com")
    sam = make_user(session, "sam@example.com")
    first = make_order(session, external_id="A")
    second = make_order(session, external_id="B", facility="MERCY general")
    person = make_person(session)
    submittals.propose(session, first, person, rita.id, utcnow() - timedelta(days=10))
    earlier = (utcnow() - timedelta(days=10)).strftime("%Y-%m-%d")
    with pytest.raises(submittals.Refused, match=f"by rita@example.com on {earlier}"):
        submittals.propose(session, second, person, sam.id, utcnow())


def test_a_declined_proposal_does_not_block_a_later_one(session: Session) -> None:
    user = make_user(session)
    first, second = make_order(session, external_id="A"), make_order(session, external_id="B")
    person = make_person(session)
    proposal = submittals.propose(session, first, person, user.id, utcnow())
    submittals.decide(session, proposal, approve=False, now=utcnow())
    assert submittals.propose(session, second, person, user.id, utcnow()).status == "proposed"


def test_the_candidate_approves_on_their_status_page_after_an_email(
    client: FlaskClient, app: Flask, session: Session, tmp_path: Path
) -> None:
    token = applied_and_confirmed(client, app, preferred_states="", specialties="ICU")
    make_user(session)
    order = make_order(session, pay_package="$2,400 a week", bill_rate=99.0)
    session.commit()
    login(client)
    candidate = session.query(Candidate).one()
    response = client.post(
        f"/orders/{order.id}/propose", data={"candidate_id": candidate.id, "share_pay": "y"}
    )
    assert response.status_code == 302
    mails = [p.read_text() for p in (tmp_path / "instance" / "outbox").glob("*.eml")]
    proposals = [m for m in mails if "An assignment for you to approve" in m]
    assert len(proposals) == 1 and "Mercy General" in proposals[0]
    assert "99.0" not in proposals[0] and "$2,400 a week" in proposals[0]
    client.post("/logout")
    page = client.get(f"/status/{token}").get_data(as_text=True)
    assert "Mercy General" in page and "$2,400 a week" in page and "99.0" not in page
    session.commit()  # end the read snapshot taken before the proposal
    submittal = session.query(Submittal).one()
    answer = client.post(f"/status/{token}/proposals/{submittal.id}", data={"answer": "approve"})
    assert answer.status_code == 302
    session.commit()  # a fresh snapshot: the answer was written by the request
    session.expire_all()
    submittal = session.query(Submittal).one()
    assert submittal.status == "approved" and submittal.decided_at is not None


def test_an_order_takes_no_more_submittals_than_its_limit(session: Session) -> None:
    user = make_user(session)
    order = make_order(session, submission_limit=1)
    sent = []
    for name in ("First", "Second"):
        proposal = submittals.propose(session, order, make_person(session, name=name), user.id,
                                      utcnow())  # fmt: skip
        submittals.decide(session, proposal, approve=True, now=utcnow())
        sent.append(proposal)
    submittals.advance(session, sent[0], "submitted", user.id, utcnow())
    with pytest.raises(submittals.Refused, match="at most 1 submittals; 1 already sent"):
        submittals.advance(session, sent[1], "submitted", user.id, utcnow())
