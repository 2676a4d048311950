"""Security headers on every kind of page, proxies trusted only when configured, rate limits."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit import create_app
from recruit.models import RateLimit
from recruit.web.security import CONTENT_SECURITY_POLICY
from tests.helpers import PASSWORD, TEXT_RESUME, login, make_submission, make_user
from tests.intake.test_apply import upload

CSP_PARTS = [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
]


def assert_hardened(headers: Any) -> None:
    csp = headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert all(part in csp for part in CSP_PARTS) or "default-src 'none'" in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] in ("same-origin", "no-referrer")
    assert "camera=()" in headers["Permissions-Policy"]
    assert "Strict-Transport-Security" not in headers  # plain HTTP here


def test_every_page_type_carries_the_security_headers(
    client: FlaskClient, session: Session
) -> None:
    submission = make_submission(session, data=TEXT_RESUME)
    make_user(session)
    session.commit()
    anonymous = ["/apply", "/apply/done", "/login", "/healthz", "/no/such/page", "/queue"]
    responses = [client.get(path) for path in anonymous]
    responses.append(upload(client, b"\x7fELF", "x.pdf"))  # a form with errors
    login(client)
    candidate = f"/candidates/{submission.candidate_id}"
    responses += [client.get(path) for path in ("/queue", candidate, "/candidates/999")]
    for response in responses:
        assert_hardened(response.headers)
    assert CONTENT_SECURITY_POLICY in client.get("/queue").headers["Content-Security-Policy"]


def test_originals_download_as_sandboxed_attachments(
    client: FlaskClient, session: Session, app: Flask
) -> None:
    submission = make_submission(session, store_dir=app.config["STORAGE_DIR"])
    make_user(session)
    session.commit()
    login(client)
    path = f"/candidates/{submission.candidate_id}/submissions/{submission.id}/original"
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.headers["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert_hardened(response.headers)


def test_hsts_only_over_https_and_forwarded_proto_only_behind_a_configured_proxy(
    app_config: dict[str, Any],
) -> None:
    forwarded = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"}
    direct = create_app(app_config).test_client()
    assert "Strict-Transport-Security" not in direct.get("/login", headers=forwarded).headers
    assert (
        "max-age="
        in direct.get("/login", base_url="https://localhost").headers["Strict-Transport-Security"]
    )
    proxied = create_app({**app_config, "BEHIND_PROXY": 1}).test_client()
    assert (
        "max-age=" in proxied.get("/login", headers=forwarded).headers["Strict-Transport-Security"]
    )


@pytest.fixture
def limited(app_config: dict[str, Any]) -> dict[str, Any]:
    app_config.update(
        RATE_LIMIT_APPLY="3/3600",
        RATE_LIMIT_LOGIN_ACCOUNT="3/900",
        RATE_LIMIT_LOGIN_ADDRESS="5/900",
    )
    return app_config


def test_apply_is_limited_per_address_with_a_429_page_and_retry_after(
    limited: dict[str, Any], client: FlaskClient, session: Session
) -> None:
    statuses = [upload(client, TEXT_RESUME + b"%d" % n, "r.txt").status_code for n in range(4)]
    assert statuses == [302, 302, 302, 429]
    blocked = upload(client, TEXT_RESUME, "r.txt")
    assert blocked.status_code == 429
    assert "try again in" in blocked.get_data(as_text=True)
    assert 0 < int(blocked.headers["Retry-After"]) <= 3600
    assert_hardened(blocked.headers)
    other = client.post("/apply", environ_base={"REMOTE_ADDR": "198.51.100.7"})
    assert other.status_code == 400  # another address still gets the form


def test_login_is_limited_per_account_and_keys_hold_no_email(
    limited: dict[str, Any], client: FlaskClient, session: Session
) -> None:
    make_user(session)
    session.commit()
    for _ in range(3):
        assert login(client, password="wrong password!").status_code == 200
    response = login(client)  # even the right password waits now
    assert response.status_code == 429
    assert "Too many attempts" in response.get_data(as_text=True)
    session.rollback()
    keys = [row.key for row in session.query(RateLimit)]
    assert keys and all("rita" not in key and "127.0.0.1" not in key for key in keys)
    other = client.post(
        "/login",
        data={"email": "someone@example.com", "password": PASSWORD},
        environ_base={"REMOTE_ADDR": "198.51.100.8"},
    )
    assert other.status_code == 200  # a different account from elsewhere is not blocked


def test_login_is_limited_per_address_across_accounts(
    limited: dict[str, Any], client: FlaskClient
) -> None:
    statuses = [login(client, email=f"user{n}@example.com").status_code for n in range(6)]
    assert statuses == [200] * 5 + [429]
