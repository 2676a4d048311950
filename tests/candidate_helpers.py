"""Helpers for the candidate-experience tests: apply, parse, confirm through the test client."""

from __future__ import annotations

import io
import re
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from recruit.worker import Worker
from tests.helpers import TEXT_RESUME

CONFIRM = {
    "name": "Jane Example",
    "email": "jane@example.com",
    "phone": "(555) 201-3344",
    "discipline": "RN",
    "specialties": "ICU, Telemetry",
    "licenses-0-state": "CO",
    "licenses-0-type": "RN",
    "licenses-0-compact": "y",
    "licenses-0-expires": "2027-05-31",
    "certifications-0-name": "BLS",
    "certifications-0-expires": "2026-12-31",
    "availability_date": "2027-01-04",
    "preferred_states": "tx, FL",
    "shift": "nights",
    "consent": "y",
}


def apply(client: FlaskClient, data: bytes = TEXT_RESUME, filename: str = "resume.txt") -> str:
    """Upload a resume; return the private token from the confirm page's address."""
    form = {"resume": (io.BytesIO(data), filename), "consent": "y"}
    response = client.post("/apply", data=form, content_type="multipart/form-data")
    assert response.status_code == 302, response.status_code
    match = re.fullmatch(r".*/apply/([\w-]+)/confirm", response.headers["Location"])
    assert match is not None
    return match.group(1)


def parse_all(app: Flask) -> None:
    worker = Worker(app)
    while worker.run_once():
        pass


def confirm(client: FlaskClient, token: str, **changes: Any) -> Any:
    return client.post(f"/apply/{token}/confirm", data={**CONFIRM, **changes})


def applied_and_confirmed(client: FlaskClient, app: Flask, **changes: Any) -> str:
    token = apply(client)
    parse_all(app)
    assert confirm(client, token, **changes).status_code == 302
    return token
