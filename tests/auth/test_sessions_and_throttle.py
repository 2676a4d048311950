"""Signing out ends the session on the server; guessing cannot lock a staff member out."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.models import StaffSession, User
from tests.helpers import PASSWORD, login, make_user

STRANGERS = [f"203.0.113.{n}" for n in range(1, 6)]


@pytest.fixture
def app_config(app_config: dict[str, Any]) -> dict[str, Any]:
    app_config.update(RATE_LIMIT_LOGIN_ACCOUNT="3/900", RATE_LIMIT_LOGIN_ACCOUNT_ANYWHERE="6/900")
    return app_config


@pytest.fixture
def rita(session: Session) -> User:
    user = make_user(session)
    session.commit()
    return user


def _guess(app: Flask, address: str) -> int:
    stranger = app.test_client()
    data = {"email": "rita@example.com", "password": "not her password!"}
    return stranger.post("/login", data=data, environ_base={"REMOTE_ADDR": address}).status_code


def test_a_session_cookie_copied_before_sign_out_opens_nothing_after(
    app: Flask, client: FlaskClient, session: Session, rita: User
) -> None:
    login(client)
    copied = client.get_cookie("session")
    assert copied is not None
    client.post("/logout")
    thief = app.test_client()
    thief.set_cookie("session", copied.value)
    response = thief.get("/queue")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert session.query(StaffSession).count() == 0


def test_signing_out_one_browser_leaves_another_signed_in(app: Flask, rita: User) -> None:
    phone, desk = app.test_client(), app.test_client()
    login(phone)
    login(desk)
    phone.post("/logout")
    assert phone.get("/queue").status_code == 302
    assert desk.get("/queue").status_code == 200


def test_guesses_from_strangers_cannot_lock_out_the_owners_known_browser(
    app: Flask, client: FlaskClient, rita: User
) -> None:
    login(client)  # this browser is now known to be rita's
    client.post("/logout")
    statuses = [_guess(app, address) for address in STRANGERS for _ in range(3)]
    assert 429 in statuses  # the strangers are throttled
    assert login(client).status_code == 302  # rita is not
    assert client.get("/queue").status_code == 200


def test_guesses_from_one_address_do_not_lock_out_the_owner_elsewhere(
    app: Flask, rita: User
) -> None:
    assert [_guess(app, STRANGERS[0]) for _ in range(4)][-1] == 429
    elsewhere = app.test_client()
    data = {"email": "rita@example.com", "password": PASSWORD}
    response = elsewhere.post("/login", data=data, environ_base={"REMOTE_ADDR": "198.51.100.2"})
    assert response.status_code == 302


def test_a_known_browser_is_still_throttled_when_it_guesses(
    client: FlaskClient, rita: User
) -> None:
    login(client)
    client.post("/logout")
    statuses = [login(client, password="wrong password!").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
