"""Claiming from the queue: CSRF-protected, assigns, moves new to in review, leaves a trail."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.models import Candidate, Event
from tests.helpers import login, make_candidate, make_user


@pytest.fixture
def app_config(app_config: dict[str, Any]) -> dict[str, Any]:
    return {**app_config, "WTF_CSRF_ENABLED": True}


def csrf_token(client: FlaskClient) -> str:
    page = client.get("/queue").get_data(as_text=True)
    return page.split('name="csrf-token" content="')[1].split('"')[0]


def sign_in(client: FlaskClient, email: str = "rita@example.com") -> None:
    page = client.get("/login").get_data(as_text=True)
    token = page.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    client.post("/login", data={"email": email, "password": "correct horse battery staple",
                                "csrf_token": token})  # fmt: skip


@pytest.fixture
def candidate(session: Session) -> Candidate:
    make_user(session)
    make_user(session, "omar@example.com")
    candidate = make_candidate(session)
    session.commit()
    return candidate


def test_claim_with_the_token_from_the_meta_tag_assigns_and_records_an_event(
    client: FlaskClient, session: Session, candidate: Candidate
) -> None:
    sign_in(client)
    response = client.post(
        f"/candidates/{candidate.id}/claim",
        headers={"X-CSRFToken": csrf_token(client), "Accept": "application/json"},
    )
    assert response.status_code == 200 and response.get_json()["status"] == "in_review"
    session.expire_all()
    claimed = session.get(Candidate, candidate.id)
    assert claimed.status == "in_review" and claimed.assigned_user_id is not None
    event = session.scalars(sa.select(Event).where(Event.kind == "claimed")).one()
    assert event.actor_user_id == claimed.assigned_user_id
    assert event.detail == {"status_from": "new", "status_to": "in_review"}


def test_claim_without_a_csrf_token_is_refused(
    client: FlaskClient, session: Session, candidate: Candidate
) -> None:
    sign_in(client)
    assert client.post(f"/candidates/{candidate.id}/claim").status_code == 400
    session.expire_all()
    assert session.get(Candidate, candidate.id).assigned_user_id is None


def test_another_recruiters_token_does_not_work(
    app: Flask, session: Session, candidate: Candidate
) -> None:
    rita, omar = app.test_client(), app.test_client()
    sign_in(rita)
    sign_in(omar, "omar@example.com")
    response = omar.post(
        f"/candidates/{candidate.id}/claim", headers={"X-CSRFToken": csrf_token(rita)}
    )
    assert response.status_code == 400


def test_the_claim_form_works_without_javascript_and_returns_to_the_queue(
    client: FlaskClient, candidate: Candidate
) -> None:
    sign_in(client)
    response = client.post(
        f"/candidates/{candidate.id}/claim",
        data={"csrf_token": csrf_token(client), "next": "/queue?discipline=RN"},
    )
    assert response.status_code == 302 and response.location.endswith("/queue?discipline=RN")


def test_claiming_someone_elses_candidate_is_refused(
    app: Flask, session: Session, candidate: Candidate
) -> None:
    rita, omar = app.test_client(), app.test_client()
    sign_in(rita)
    sign_in(omar, "omar@example.com")
    headers = {"Accept": "application/json"}
    rita.post(
        f"/candidates/{candidate.id}/claim", headers={**headers, "X-CSRFToken": csrf_token(rita)}
    )
    response = omar.post(
        f"/candidates/{candidate.id}/claim", headers={**headers, "X-CSRFToken": csrf_token(omar)}
    )
    assert response.status_code == 409


def test_anonymous_claim_goes_to_sign_in(client: FlaskClient, candidate: Candidate) -> None:
    login(client, "nobody@example.com")
    response = client.post(f"/candidates/{candidate.id}/claim")
    assert response.status_code in (302, 400)
    session_less = client.application.test_client()
    assert session_less.get(f"/candidates/{candidate.id}").status_code == 302
