"""Logs never carry resume text, names, emails or phone numbers, whatever the log level."""

from __future__ import annotations

import io
import logging
import time
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from bench.webclient import Client
from recruit.auth.users import create_user
from recruit.models import Submission
from recruit.worker import Worker
from tests.helpers import PASSWORD, login, make_user

NAME = "Zebulon Quxworth"
EMAIL = "zebulon.quxworth@example.org"
PHONE = "(555) 010-7788"
PHRASE = "PERIWINKLE-ANTELOPE-CARDIAC"
RESUME = f"{NAME}, RN\n{EMAIL} | {PHONE}\nICU nurse. {PHRASE}\n".encode()
SECRETS = (NAME, "Quxworth", EMAIL, "010-7788", "5550107788", PHRASE)
LOGGERS = ("", "recruit", "werkzeug", "flask", "flask_login", "gunicorn", "pdfminer", "alembic")


def leaks(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret.lower() in text.lower()]


def test_upload_parse_and_recruiter_view_log_nothing_personal_at_debug(
    app: Flask, client: FlaskClient, session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    form = {"resume": (io.BytesIO(RESUME), f"{NAME}.txt"), "consent": "y"}
    assert client.post("/apply", data=form, content_type="multipart/form-data").status_code == 302
    assert Worker(app).run_once()
    make_user(session)
    session.commit()
    submission = session.scalars(sa.select(Submission)).one()
    assert submission.status == "parsed"
    login(client)
    candidate = f"/candidates/{submission.candidate_id}"
    assert NAME in client.get(candidate).get_data(as_text=True)
    client.get("/queue")
    client.get(f"{candidate}/submissions/{submission.id}/original")
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert caplog.records and not leaks(logged)


def test_real_web_and_worker_processes_log_nothing_personal(
    make_stack: Any, stack_session: Any
) -> None:
    stack = make_stack()
    session = stack_session(stack)
    create_user(session, "rita@example.com", PASSWORD)
    session.commit()
    stack.start_web(processes=1, threads=2)
    stack.start_worker()
    stack.wait_healthy()
    candidate = Client(stack.base_url)
    assert candidate.apply(RESUME, f"{NAME}.txt").status == 302
    deadline = time.monotonic() + 30
    while (status := session.scalar(sa.select(Submission.status))) != "parsed":
        assert time.monotonic() < deadline, status
        time.sleep(0.2)
        session.rollback()
    recruiter = Client(stack.base_url)
    token = recruiter.csrf_token("/login")
    body = f"csrf_token={token}&email=rita%40example.com&password={PASSWORD.replace(' ', '+')}"
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    assert recruiter.request("POST", "/login", body.encode(), headers).status == 302
    candidate_id = session.scalar(sa.select(Submission.candidate_id))
    page = recruiter.get(f"/candidates/{candidate_id}")
    assert page.status == 200 and NAME in page.text  # shown to staff ...
    stack.stop()
    assert "job" in stack.log_text() and not leaks(stack.log_text())  # ... never logged
