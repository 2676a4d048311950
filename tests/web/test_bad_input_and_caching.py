"""Bad input answers 400 in words (never a 500), and staff pages are never kept by a cache."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.models import User
from tests.helpers import PASSWORD, login, make_submission, make_user


@pytest.fixture
def rita(session: Session) -> User:
    user = make_user(session, role="admin")
    session.commit()
    return user


@pytest.mark.parametrize("path", ["/queue", "/queue/facets", "/queue.csv"])
@pytest.mark.parametrize("name", ["received_to", "received_from", "cert_valid_on"])
def test_a_date_filter_the_queue_cannot_compute_with_is_a_400_in_words(
    client: FlaskClient, rita: User, path: str, name: str
) -> None:
    login(client)
    response = client.get(f"{path}?{name}=9999-12-31")
    assert response.status_code == 400
    assert "must be between 1900 and 2999" in response.get_data(as_text=True)
    assert response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"


def test_a_far_start_date_on_the_candidate_page_is_a_400_in_words(
    client: FlaskClient, session: Session, rita: User
) -> None:
    submission = make_submission(session)
    session.commit()
    login(client)
    response = client.get(f"/candidates/{submission.candidate_id}?start=9999-12-31")
    assert response.status_code == 400
    assert "“start” must be between" in response.get_data(as_text=True)


@pytest.mark.parametrize("target", ["/queue%0d%0aSet-Cookie:%20x=1", "/queue%0a", "/q%7f"])
def test_a_next_link_with_control_characters_leads_to_the_queue(
    client: FlaskClient, rita: User, target: str
) -> None:
    data = {"email": rita.email, "password": PASSWORD}
    response = client.post(f"/login?next={target}", data=data)
    assert response.status_code == 302
    assert response.headers["Location"] == "/queue"


def test_staff_pages_are_never_stored_by_a_browser_or_proxy(
    client: FlaskClient, session: Session, rita: User
) -> None:
    submission = make_submission(session)
    session.commit()
    assert client.get("/login").headers["Cache-Control"] == "no-store"
    login(client)
    for path in ("/queue", f"/candidates/{submission.candidate_id}", "/admin/users", "/mentions"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "no-store" in response.headers["Cache-Control"], path


def test_static_files_may_still_be_cached(client: FlaskClient) -> None:
    response = client.get("/static/candidate.css")
    assert response.status_code == 200
    assert "no-store" not in response.headers.get("Cache-Control", "")
