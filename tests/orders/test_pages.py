"""The recruiters' order pages: manual create and edit, the filtered list with per-order
counts, the order page's lists, and the candidate page's fitting orders."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from recruit.models import JobOrder
from tests.helpers import login, make_user
from tests.orders.order_helpers import make_order, make_person

FORM = {
    "external_id": "M-1", "facility": "Hill  Regional", "state": "Colorado", "city": "Denver",
    "discipline": "Registered Nurse", "specialty": "Telemetry", "start_date": "04/05/2027",
    "weeks": "8", "certifications": "BLS, ACLS", "min_years": "1", "shift": "3x12 nights",
    "bill_rate": "$88", "compact_accepted": "yes",
}  # fmt: skip


@pytest.fixture
def recruiter(client: FlaskClient, session: Session) -> FlaskClient:
    make_user(session)
    session.commit()
    login(client)
    return client


def test_an_order_typed_in_by_hand_is_normalised_and_can_be_edited(
    recruiter: FlaskClient, session: Session
) -> None:
    response = recruiter.post("/orders/new", data=FORM)
    assert response.status_code == 302
    order = session.scalar(sa.select(JobOrder))
    assert (order.facility, order.state, order.discipline, order.specialty) == (
        "Hill Regional", "CO", "RN", "Telemetry",
    )  # fmt: skip
    assert str(order.end_date) == "2027-05-31" and order.shift == "nights"
    edit = recruiter.get(f"/orders/{order.id}/edit").get_data(as_text=True)
    assert 'value="Hill Regional"' in edit
    changed = recruiter.post(f"/orders/{order.id}/edit", data={**FORM, "weeks": "13"})
    assert changed.status_code == 302
    session.commit()  # a fresh snapshot: the edit was written by the request
    session.expire_all()
    assert session.get(JobOrder, order.id).weeks == 13


def test_a_hand_typed_order_with_unreadable_values_is_refused_with_reasons(
    recruiter: FlaskClient, session: Session
) -> None:
    response = recruiter.post("/orders/new", data={**FORM, "state": "Narnia", "weeks": "many"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "unknown US state &#39;Narnia&#39;" in page and "not a number" in page
    assert session.scalar(sa.select(sa.func.count(JobOrder.id))) == 0


def test_the_list_filters_orders_and_counts_who_can_be_submitted_now(
    recruiter: FlaskClient, session: Session
) -> None:
    texas = make_order(session)
    make_order(session, external_id="FL-1", facility="Bay Care", state="FL")
    make_person(session)
    make_person(session, name="Second")
    session.commit()
    page = recruiter.get("/orders?state=TX").get_data(as_text=True)
    assert "Mercy General" in page and "Bay Care" not in page
    row = page[page.index("Mercy General") :]
    assert '<td class="count">2</td>' in row[: row.index("</tr>")]
    assert texas.id


def test_the_order_page_shows_both_lists_with_their_reasons(
    recruiter: FlaskClient, session: Session
) -> None:
    order = make_order(session)
    make_person(session, name="Ready Person")
    make_person(session, name="Almost Person", licenses=[{"state": "TX", "type": "RN"}])
    session.commit()
    page = recruiter.get(f"/orders/{order.id}").get_data(as_text=True)
    eligible = page[page.index('id="eligible"') : page.index('id="near-title"')]
    near = page[page.index('id="one-step-away"') :]
    assert "Ready Person" in eligible and "TX licence valid until 2028-01-31" in eligible
    assert "Almost Person" in near and "TX licence: expiry not stated; verify it." in near


def test_the_candidate_page_lists_the_orders_they_fit(
    recruiter: FlaskClient, session: Session
) -> None:
    order = make_order(session)
    person = make_person(session)
    session.commit()
    page = recruiter.get(f"/candidates/{person.id}").get_data(as_text=True)
    fits = page[page.index('id="fitting-orders"') :]
    assert f"/orders/{order.id}" in fits and "submittable now" in fits
