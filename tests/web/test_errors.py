from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask, abort
from flask.testing import FlaskClient


@pytest.fixture
def failing_app(app_config: dict[str, Any], request: pytest.FixtureRequest) -> Flask:
    app_config["PROPAGATE_EXCEPTIONS"] = False
    app: Flask = request.getfixturevalue("app")

    def boom() -> None:
        raise RuntimeError("secret resume text must not reach the page")

    app.add_url_rule("/_test/boom", view_func=boom)
    app.add_url_rule("/_test/busy", view_func=lambda: abort(503))
    return app


def test_an_unknown_page_gets_the_404_page(client: FlaskClient) -> None:
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert "could not find that page" in response.get_data(as_text=True)


def test_an_unexpected_error_gets_the_plain_500_page_and_a_log_line_without_content(
    failing_app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    response = failing_app.test_client().get("/_test/boom")
    assert "unhandled RuntimeError at test_errors.py:" in caplog.text
    assert "secret resume text" not in caplog.text
    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert "Something went wrong on our side" in page
    assert "secret resume text" not in page


def test_unavailable_gets_the_503_page(failing_app: Flask) -> None:
    response = failing_app.test_client().get("/_test/busy")
    assert response.status_code == 503
    assert "briefly unavailable" in response.get_data(as_text=True)


def test_every_page_carries_the_security_headers(client: FlaskClient) -> None:
    headers = client.get("/apply").headers
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"


def test_pages_load_no_inline_scripts_and_nothing_from_other_sites(client: FlaskClient) -> None:
    for path in ("/apply", "/login", "/privacy"):
        page = client.get(path).get_data(as_text=True)
        scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, re.S)
        assert all(re.search(r'src="/static/[\w.-]+\.js"', attrs) for attrs, _ in scripts)
        assert all(not body.strip() for _, body in scripts)
        assert "http://" not in page and "https://" not in page
