from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.auth.users import UserError, authenticate, create_first_admin, create_user
from recruit.models import User
from tests.helpers import PASSWORD, login, make_candidate, make_submission, make_user


def test_login_with_the_right_password_opens_the_queue(
    client: FlaskClient, recruiter: User
) -> None:
    response = login(client)
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/queue")
    assert client.get("/queue").status_code == 200


def test_login_with_a_wrong_password_says_so_without_saying_which_part(
    client: FlaskClient, recruiter: User
) -> None:
    response = login(client, password="wrong password!!")
    assert response.status_code == 200
    assert "do not match" in response.get_data(as_text=True)
    assert client.get("/queue").status_code == 302


def test_login_follows_only_same_site_next_links(client: FlaskClient, recruiter: User) -> None:
    data = {"email": "rita@example.com", "password": PASSWORD}
    response = client.post("/login?next=//evil.example/x", data=data)
    assert response.headers["Location"].endswith("/queue")
    client.post("/logout")
    response = client.post("/login?next=/candidates/1", data=data)
    assert response.headers["Location"].endswith("/candidates/1")


def test_inactive_users_cannot_sign_in(
    client: FlaskClient, session: Session, recruiter: User
) -> None:
    session.get_one(User, recruiter.id).active = False
    session.commit()
    login(client)
    assert client.get("/queue").status_code == 302


def test_logout_ends_the_session(client: FlaskClient, recruiter: User) -> None:
    login(client)
    assert client.post("/logout").status_code == 302
    assert client.get("/queue").status_code == 302


def test_logout_is_post_only(client: FlaskClient) -> None:
    assert client.get("/logout").status_code == 405


def test_anonymous_visitors_are_sent_to_login_from_every_recruiter_page(
    client: FlaskClient, session: Session
) -> None:
    submission = make_submission(session)
    session.commit()
    cid = submission.candidate_id
    for path in (
        "/queue",
        f"/candidates/{cid}",
        f"/candidates/{cid}/submissions/{submission.id}/original",
    ):
        response = client.get(path)
        assert response.status_code == 302, path
        assert "/login?next=" in response.headers["Location"]


def test_passwords_are_stored_as_argon2id_hashes(session: Session, recruiter: User) -> None:
    assert recruiter.password_hash.startswith("$argon2id$")
    assert PASSWORD not in recruiter.password_hash
    assert authenticate(session, "RITA@example.com ", PASSWORD) is not None


def test_create_user_refuses_short_passwords_bad_roles_and_duplicates(
    session: Session, recruiter: User
) -> None:
    with pytest.raises(UserError, match="at least"):
        create_user(session, "new@example.com", "short", "recruiter")
    with pytest.raises(UserError, match="role"):
        create_user(session, "new@example.com", PASSWORD, "owner")
    with pytest.raises(UserError, match="already exists"):
        create_user(session, "Rita@Example.com", PASSWORD, "admin")


def test_first_admin_is_created_only_when_there_are_no_users(session: Session) -> None:
    password = create_first_admin(session)
    assert password is not None and len(password) >= 20
    assert authenticate(session, "admin@localhost", password).role == "admin"
    assert create_first_admin(session) is None


def test_a_user_without_a_review_role_is_forbidden(client: FlaskClient, session: Session) -> None:
    user = make_user(session)
    user.role = "auditor"
    candidate = make_candidate(session)
    session.commit()
    login(client)
    assert client.get("/queue").status_code == 403
    response = client.get(f"/candidates/{candidate.id}")
    assert response.status_code == 403
    assert "cannot see this page" in response.get_data(as_text=True)
