from __future__ import annotations

import logging
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.models import Candidate, User, UserToken
from tests.helpers import PASSWORD, login, make_candidate, make_user

NEW_PASSWORD = "violet kettle marathon lamp"


def _link(page: str) -> str:
    match = re.search(r"http://localhost(/(?:invite|reset)/[\w-]+)", page)
    assert match, "no one-time link on the page"
    return match.group(1)


def _invite(admin: FlaskClient, email: str = "nora@example.com") -> str:
    response = admin.post(
        "/admin/users/invite", data={"email": email, "name": "Nora Nurse", "role": "recruiter"}
    )
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    return _link(response.get_data(as_text=True))


def test_an_invited_recruiter_sets_a_password_once_and_signs_in(
    admin: FlaskClient, app: Flask, session: Session
) -> None:
    path = _invite(admin)
    admin.post("/logout")
    assert admin.get(path).status_code == 200
    data = {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    assert admin.post(path, data=data).headers["Location"].endswith("/login")
    assert login(admin, "nora@example.com", NEW_PASSWORD).headers["Location"].endswith("/queue")
    spent = admin.get(path)  # single use
    assert spent.status_code == 404 and "no longer works" in spent.text
    stored = session.scalars(sa.select(UserToken.token_hash)).all()
    assert path.rsplit("/", 1)[1] not in stored  # only the hash is kept
    outbox = list(Path(app.config["OUTBOX_DIR"]).iterdir())
    assert len(outbox) == 1 and path in outbox[0].read_text()


def test_an_invite_link_expires_after_72_hours(admin: FlaskClient, session: Session) -> None:
    path = _invite(admin)
    token = session.scalars(sa.select(UserToken)).one()
    token.expires_at = token.created_at + timedelta(hours=72) - timedelta(days=4)
    session.commit()
    assert admin.get(path).status_code == 404


def test_invite_refuses_an_email_already_in_use(admin: FlaskClient) -> None:
    response = admin.post("/admin/users/invite", data={"email": "ADA@example.com", "role": "admin"})
    assert response.status_code == 400
    assert "already exists" in response.get_data(as_text=True)


def test_a_disabled_recruiter_is_signed_out_and_cannot_sign_in_again(
    app: Flask, admin: FlaskClient, session: Session
) -> None:
    rita = make_user(session)
    session.commit()
    recruiter = app.test_client()
    login(recruiter)
    assert recruiter.get("/queue").status_code == 200
    response = admin.post(f"/admin/users/{rita.id}", data={"action": "disable"})
    assert response.status_code == 302
    assert recruiter.get("/queue").status_code == 302
    login(recruiter)
    assert recruiter.get("/queue").status_code == 302
    admin.post(f"/admin/users/{rita.id}", data={"action": "enable"})
    assert recruiter.get("/queue").status_code == 302  # the old session stays ended
    login(recruiter)
    assert recruiter.get("/queue").status_code == 200


def test_an_admin_cannot_disable_themselves(admin: FlaskClient, session: Session) -> None:
    me = session.scalars(sa.select(User).where(User.email == "ada@example.com")).one()
    admin.post(f"/admin/users/{me.id}", data={"action": "disable"})
    _fresh(session)
    assert session.get_one(User, me.id).active


def test_a_reset_link_replaces_the_password_works_once_and_ends_old_sessions(
    admin: FlaskClient, app: Flask, session: Session
) -> None:
    rita = make_user(session)
    session.commit()
    old_session = app.test_client()
    login(old_session)
    page = admin.post(f"/admin/users/{rita.id}", data={"action": "reset"}).get_data(as_text=True)
    path = _link(page)
    assert old_session.get("/queue").status_code == 200  # a reset link alone changes nothing
    other = app.test_client()
    data = {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD}
    assert other.post(path, data=data).status_code == 302
    assert old_session.get("/queue").status_code == 302  # signed in with the old password
    assert other.post(path, data=data).status_code == 404
    assert login(other, password=PASSWORD).status_code == 200  # the old password is gone
    assert login(other, password=NEW_PASSWORD).status_code == 302


def test_set_password_asks_for_the_same_long_password_twice(admin: FlaskClient) -> None:
    path = _invite(admin)
    response = admin.post(path, data={"password": NEW_PASSWORD, "confirm": "something else"})
    assert response.status_code == 400
    assert "differ" in response.get_data(as_text=True)


def test_only_admins_reach_admin_pages(client: FlaskClient, session: Session) -> None:
    make_user(session)
    session.commit()
    assert "/login" in client.get("/admin/users").headers["Location"]
    login(client)
    assert client.get("/admin/users").status_code == 403
    assert client.post("/admin/users/invite", data={"email": "x@example.com"}).status_code == 403


def test_admin_sees_every_account(admin: FlaskClient, session: Session) -> None:
    make_user(session)
    session.commit()
    page = admin.get("/admin/users").get_data(as_text=True)
    assert "rita@example.com" in page and "ada@example.com" in page


class TestWithCsrf:
    @pytest.fixture
    def app_config(self, app_config: dict[str, Any]) -> dict[str, Any]:
        return {**app_config, "WTF_CSRF_ENABLED": True}

    @staticmethod
    def _token(client: FlaskClient, path: str) -> str:
        page = client.get(path).get_data(as_text=True)
        return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)

    def _sign_in(self, client: FlaskClient, email: str) -> None:
        token = self._token(client, "/login")
        data = {"email": email, "password": PASSWORD, "csrf_token": token}
        assert client.post("/login", data=data).status_code == 302

    def test_one_recruiters_csrf_token_does_not_work_in_another_recruiters_session(
        self, app: Flask, session: Session
    ) -> None:
        make_user(session, "rita@example.com")
        make_user(session, "sam@example.com")
        session.commit()
        rita, sam = app.test_client(), app.test_client()
        self._sign_in(rita, "rita@example.com")
        self._sign_in(sam, "sam@example.com")
        candidate = make_candidate(session)
        session.commit()
        ritas_token = self._token(rita, f"/candidates/{candidate.id}")
        change = {"status": "placed", "csrf_token": ritas_token}
        assert sam.post(f"/candidates/{candidate.id}/status", data=change).status_code == 400
        assert sam.post("/logout", data={"csrf_token": ritas_token}).status_code == 400
        assert sam.get("/queue").status_code == 200  # still signed in: the post was refused
        _fresh(session)
        assert session.get_one(Candidate, candidate.id).status == "new"
        assert rita.post(f"/candidates/{candidate.id}/status", data=change).status_code == 302

    def test_forms_without_a_csrf_token_are_refused(self, app: Flask) -> None:
        assert app.test_client().post("/login", data={"email": "a@b.c"}).status_code == 400


def test_session_cookie_is_httponly_lax_and_secure_only_over_https(
    app: Flask, session: Session
) -> None:
    make_user(session)
    session.commit()
    data = {"email": "rita@example.com", "password": PASSWORD}
    plain = app.test_client().post("/login", data=data).headers["Set-Cookie"]
    secure = app.test_client().post("/login", data=data, base_url="https://localhost")
    assert "HttpOnly" in plain and "SameSite=Lax" in plain and "Secure" not in plain
    assert "Secure" in secure.headers["Set-Cookie"]


def _fresh(session: Session) -> None:
    """See what the app committed meanwhile: end our snapshot and forget loaded rows."""
    session.rollback()
    session.expire_all()


def test_one_time_link_tokens_never_reach_the_logs(
    admin: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    path = _invite(admin)
    token = path.rsplit("/", 1)[1]
    with caplog.at_level(logging.INFO):
        logging.getLogger("werkzeug").info('"%s" %s %s', f"GET {path} HTTP/1.1", 200, 10)
    assert token not in caplog.text and "/invite/[redacted]" in caplog.text
