"""Orders, rates and other candidates are for recruiters only: anonymous visitors and
candidates (who have a status link, never a staff account) get none of them."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.applications.status_links import issue_token
from recruit.db import utcnow
from recruit.models import Candidate, Submission
from recruit.orders import submittals
from tests.candidate_helpers import applied_and_confirmed
from tests.helpers import login, make_user
from tests.orders.order_helpers import make_order, make_person

PAGES = [
    "/orders",
    "/orders/new",
    "/orders/import",
    "/orders/{id}",
    "/orders/{id}/edit",
    "/api/v1/orders?status=open",
    "/api/v1/orders/{id}/matches",
]


@pytest.mark.parametrize("path", PAGES)
def test_anonymous_visitors_never_see_orders(
    client: FlaskClient, session: Session, path: str
) -> None:
    order = make_order(session, bill_rate=123.45)
    session.commit()
    response = client.get(path.format(id=order.id))
    assert response.status_code == 401
    assert b"123.45" not in response.data and b"Mercy" not in response.data


def test_anonymous_visitors_cannot_propose_or_advance(
    client: FlaskClient, session: Session
) -> None:
    order, person = make_order(session), make_person(session)
    session.commit()
    assert (
        client.post(f"/orders/{order.id}/propose", data={"candidate_id": person.id}).status_code
        == 401
    )
    assert client.post("/submittals/1/advance", data={"status": "submitted"}).status_code == 401


def test_a_candidate_sees_only_their_own_proposal_without_rates_or_others(
    client: FlaskClient, app: Flask, session: Session
) -> None:
    token = applied_and_confirmed(client, app)
    user = make_user(session)
    order = make_order(session, bill_rate=123.45, pay_package="secret package")
    mine = session.query(Candidate).one()
    other = make_person(session, name="Other Person")
    submittals.propose(session, order, mine, user.id, utcnow())
    theirs = submittals.propose(session, make_order(session, external_id="Z", facility="Zeta"),
                                other, user.id, utcnow())  # fmt: skip
    session.commit()
    page = client.get(f"/status/{token}").get_data(as_text=True)
    assert "Mercy General" in page
    assert "123.45" not in page and "secret package" not in page  # pay not shared
    assert "Other Person" not in page and "Zeta" not in page
    answer = client.post(f"/status/{token}/proposals/{theirs.id}", data={"answer": "approve"})
    assert answer.status_code == 404
    for path in PAGES:
        assert client.get(path.format(id=order.id)).status_code == 401


def test_recruiters_get_the_json_the_issue_specifies(client: FlaskClient, session: Session) -> None:
    make_user(session)
    order, person = make_order(session), make_person(session)
    near = make_person(session, name="Near", licenses=[{"state": "TX", "type": "RN"}])
    session.commit()
    login(client)
    listed = client.get("/api/v1/orders?status=open").get_json()
    assert listed == [
        {"id": order.id, "external_id": "REQ-1", "source": "test", "facility": "Mercy General",
         "city": "Austin", "state": "TX", "discipline": "RN", "specialty": "ICU",
         "start_date": "2027-03-01", "weeks": 13, "status": "open"}
    ]  # fmt: skip
    body = client.get(f"/api/v1/orders/{order.id}/matches").get_json()
    assert body["order"]["id"] == order.id
    assert [e["candidate_id"] for e in body["eligible"]] == [person.id]
    assert set(body["eligible"][0]) == {"candidate_id", "name", "score", "reasons", "verify"}
    assert body["one_step_away"] == [
        {"candidate_id": near.id, "name": "Near",
         "missing": ["TX licence: expiry not stated; verify it."]}
    ]  # fmt: skip


def test_a_link_that_owns_only_part_of_a_merged_candidate_sees_and_answers_no_proposal(
    client: FlaskClient, session: Session
) -> None:
    user = make_user(session)
    person = make_person(session)  # its own confirmed submission, no link
    stranger = Submission(candidate=person, consent_at=utcnow(), status="confirmed")
    session.add(stranger)
    session.flush()
    token = issue_token(stranger)  # a link owning only this one of the candidate's resumes
    proposal = submittals.propose(session, make_order(session), person, user.id, utcnow())
    session.commit()
    page = client.get(f"/status/{token}").get_data(as_text=True)
    assert "Mercy General" not in page
    answer = client.post(f"/status/{token}/proposals/{proposal.id}", data={"answer": "approve"})
    assert answer.status_code == 404
