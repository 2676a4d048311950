"""Proving the email on file: a one-time, expiring link mailed to that address joins an
application to the others and lets that browser manage them all."""

from __future__ import annotations

import re
from datetime import timedelta
from email import message_from_bytes
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.db import utcnow
from recruit.models import Candidate, EmailProof, Event
from recruit.privacy.retention import run_cleanup
from tests.candidate_helpers import applied_and_confirmed, apply, confirm, parse_all

LINK = re.compile(r"http://localhost(/manage/link/[\w-]+)")


def mails(app: Flask) -> list[tuple[str, str]]:
    """(to, body) of every message in the outbox, oldest first."""
    paths = sorted(
        (Path(app.instance_path) / "outbox").glob("*.eml"), key=lambda p: p.stat().st_mtime_ns
    )
    messages = [message_from_bytes(p.read_bytes()) for p in paths]
    return [(m["To"], m.get_payload(decode=True).decode()) for m in messages]


def proof_link(app: Flask, to: str) -> str:
    links = [LINK.search(body) for address, body in mails(app) if address == to]
    found = [m.group(1) for m in links if m]
    assert found, f"no link mailed to {to}"
    return found[-1]


def fresh(session: Session) -> Session:
    session.rollback()
    session.expire_all()
    return session


@pytest.fixture
def two_applications(app: Flask, client: FlaskClient, session: Session) -> tuple[str, str]:
    """Jane applied last year; today she applies again from another browser, same email."""
    first = applied_and_confirmed(client, app)
    again = app.test_client()
    second = apply(again)
    parse_all(app)
    assert confirm(again, second, name="Jane Q. Example").status_code == 302
    return first, second


def test_a_proven_email_joins_the_asking_application_to_the_one_on_file(
    app: Flask, session: Session, two_applications: tuple[str, str]
) -> None:
    _, second = two_applications
    asker = app.test_client()
    asker.post(f"/status/{second}/link")
    link = proof_link(app, "jane@example.com")
    opened = asker.get(link)  # a mail scanner's visit spends nothing
    assert opened.status_code == 200 and "Show my applications" in opened.text
    assert fresh(session).scalars(sa.select(EmailProof.used_at)).one() is None
    assert asker.post(link).headers["Location"].endswith("/manage")
    candidates = fresh(session).scalars(sa.select(Candidate).order_by(Candidate.id)).all()
    survivor, joined = candidates
    assert joined.merged_into_id == survivor.id and len(survivor.submissions) == 2
    kinds = set(session.scalars(sa.select(Event.kind)))
    assert "merged_on_candidate_proof" in kinds
    page = asker.get("/manage").text
    assert page.count("RC-") == 2 and "jane@example.com" in page


def test_the_link_works_once_and_not_after_it_expires(
    app: Flask, session: Session, two_applications: tuple[str, str]
) -> None:
    first, _ = two_applications
    browser = app.test_client()
    browser.post("/manage", data={"email": "JANE@example.com"})
    link = proof_link(app, "jane@example.com")
    assert browser.post(link).status_code == 302
    other = app.test_client()
    assert other.get(link).status_code == 404
    assert other.post(link).status_code == 404
    assert "Your applications" not in other.get("/manage").text
    browser.post("/manage", data={"email": "jane@example.com"})  # proven: shows the list
    other.post("/manage", data={"email": "jane@example.com"})
    late = proof_link(app, "jane@example.com")
    proof = fresh(session).scalars(sa.select(EmailProof).order_by(EmailProof.id.desc())).first()
    proof.expires_at = proof.expires_at - timedelta(hours=1)
    session.commit()
    assert other.get(late).status_code == 404 and other.post(late).status_code == 404


def test_asking_for_an_address_not_on_file_says_the_same_and_mails_nothing(
    app: Flask, client: FlaskClient, two_applications: tuple[str, str]
) -> None:
    before = len(mails(app))
    unknown = client.post("/manage", data={"email": "nobody@example.com"})
    known = app.test_client().post("/manage", data={"email": "jane@example.com"})
    assert unknown.status_code == known.status_code == 200
    assert "If we have applications under that address" in unknown.text
    assert unknown.text == known.text
    assert [to for to, _ in mails(app)][before:] == ["jane@example.com"]


def test_a_proven_browser_withdraws_and_deletes_each_application_under_the_address(
    app: Flask, session: Session, two_applications: tuple[str, str]
) -> None:
    first, second = two_applications
    outsider = applied_and_confirmed(app.test_client(), app, email="someone@example.org")
    browser = app.test_client()
    browser.post("/manage", data={"email": "jane@example.com"})
    browser.post(proof_link(app, "jane@example.com"))
    janes = (
        fresh(session)
        .scalars(sa.select(Candidate.id).where(Candidate.email_normalized == "jane@example.com"))
        .all()
    )
    other_id = session.scalars(
        sa.select(Candidate.id).where(Candidate.email_normalized == "someone@example.org")
    ).one()
    assert len(janes) == 2
    assert browser.post(f"/manage/candidates/{other_id}/withdraw").status_code == 404
    assert browser.post(f"/manage/candidates/{other_id}/delete").status_code == 404
    assert app.test_client().post(f"/manage/candidates/{janes[0]}/withdraw").status_code == 404
    assert browser.post(f"/manage/candidates/{janes[0]}/withdraw").status_code == 302
    assert browser.post(f"/manage/candidates/{janes[1]}/delete").status_code == 302
    session = fresh(session)
    assert session.get_one(Candidate, janes[0]).status == "withdrawn"
    assert session.get(Candidate, janes[1]) is None
    assert session.get_one(Candidate, other_id).status == "new"
    client = app.test_client()
    assert "You withdrew" in client.get(f"/status/{first}").text
    assert client.get(f"/status/{second}").status_code == 404
    assert client.get(f"/status/{outsider}").status_code == 200


def test_the_management_window_closes_after_an_hour(
    app: Flask, session: Session, two_applications: tuple[str, str]
) -> None:
    browser = app.test_client()
    browser.post("/manage", data={"email": "jane@example.com"})
    browser.post(proof_link(app, "jane@example.com"))
    assert "RC-" in browser.get("/manage").text
    proof = fresh(session).scalars(sa.select(EmailProof)).one()
    proof.manage_until = proof.manage_until - timedelta(hours=2)
    session.commit()
    page = browser.get("/manage").text
    assert "RC-" not in page and "Email me a link" in page


def test_proof_mails_to_one_address_are_limited(
    app: Flask, client: FlaskClient, two_applications: tuple[str, str]
) -> None:
    statuses = [
        app.test_client().post("/manage", data={"email": "jane@example.com"}).status_code
        for _ in range(4)
    ]
    assert statuses == [200, 200, 200, 429]
    assert client.post("/manage", data={"email": "nobody@example.com"}).status_code == 200


def test_spent_proofs_are_forgotten_by_the_hourly_clean_up(app: Flask, session: Session) -> None:
    now = utcnow()
    hour = timedelta(hours=1)
    rows = {
        "expired": EmailProof(expires_at=now - hour),
        "window over": EmailProof(expires_at=now - hour, used_at=now - hour, manage_until=now),
        "window open": EmailProof(expires_at=now - hour, used_at=now, manage_until=now + hour),
        "fresh": EmailProof(expires_at=now + hour),
    }
    for label, proof in rows.items():
        proof.token_hash, proof.email_normalized = label, "jane@example.com"
        session.add(proof)
    session.commit()
    run_cleanup(app)
    left = fresh(session).scalars(sa.select(EmailProof.token_hash).order_by(EmailProof.id))
    assert left.all() == ["window open", "fresh"]
