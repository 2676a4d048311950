"""The candidate side's rate limits: one upload budget for every route that stores a file,
every status-link route counted, loose per address and tight per email and phone."""

from __future__ import annotations

import io
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.models import Submission
from tests.candidate_helpers import apply, confirm
from tests.helpers import TEXT_RESUME

ELSEWHERE = {"REMOTE_ADDR": "198.51.100.9"}


@pytest.fixture
def client_with(app_config: dict[str, Any], request: pytest.FixtureRequest) -> Any:
    """A client of an app made with these settings (app_config is read when the app is)."""

    def make(**settings: str) -> FlaskClient:
        app_config.update(settings)
        return request.getfixturevalue("client")

    return make


def newer_resume(client: FlaskClient, token: str) -> Any:
    form = {"resume": (io.BytesIO(TEXT_RESUME + b"newer"), "new.txt"), "consent": "y"}
    return client.post(f"/status/{token}/resume", data=form, content_type="multipart/form-data")


def test_a_newer_resume_spends_the_same_budget_as_apply(
    client_with: Any, request: pytest.FixtureRequest
) -> None:
    client = client_with(RATE_LIMIT_APPLY="2/3600")
    session = request.getfixturevalue("session")
    apply(client)
    token = apply(client)
    blocked = newer_resume(client, token)
    assert blocked.status_code == 429 and "Retry-After" in blocked.headers
    assert session.query(Submission).count() == 2
    assert client.post("/apply", data={}).status_code == 429


def test_every_status_link_route_counts_and_the_parse_poll_has_its_own_budget(
    client_with: Any,
) -> None:
    client = client_with(RATE_LIMIT_STATUS="4/3600")
    token = apply(client)
    opened = [
        client.get(f"/apply/{token}/confirm").status_code,
        client.get(f"/apply/{token}/done").status_code,
        client.get(f"/status/{token}").status_code,
        client.post(f"/status/{token}/withdraw").status_code,
    ]
    assert opened == [200, 302, 200, 302]
    assert client.get(f"/status/{token}/delete").status_code == 429
    assert client.post(f"/status/{token}/link").status_code == 429
    assert client.get(f"/apply/{token}/parse-status.json").status_code == 200
    assert client.get(f"/status/{token}", environ_base=ELSEWHERE).status_code == 200


def test_a_job_fair_behind_one_address_is_not_stopped_after_twenty_clinicians(
    client: FlaskClient, session: Session
) -> None:
    for number in range(30):
        apply(client, TEXT_RESUME + b"%d" % number)  # asserts each was accepted
    assert session.query(Submission).count() == 30


@pytest.mark.parametrize("shared", ["email", "phone"])
def test_confirmations_are_limited_per_email_and_per_phone(client_with: Any, shared: str) -> None:
    client = client_with(RATE_LIMIT_CONTACT="2/3600")
    people = [{"email": f"nurse{n}@example.com", "phone": f"(555) 201-33{n:02d}"} for n in range(4)]
    for person in people:
        person[shared] = people[0][shared]
    statuses = [confirm(client, apply(client), **person).status_code for person in people[:3]]
    assert statuses == [302, 302, 429]
    stranger = {"email": "someone@example.org", "phone": "(555) 201-4400"}
    assert confirm(client, apply(client), **stranger).status_code == 302
