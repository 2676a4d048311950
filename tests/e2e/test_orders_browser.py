"""A recruiter imports a job-order CSV, opens the order, proposes the clinician who fits; the
clinician approves on their private status page on a phone; the recruiter marks the submittal
submitted. axe-core and screenshots at each step."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.e2e.conftest import CHROMIUM, NO_CHROMIUM

if CHROMIUM is None:
    pytest.skip(NO_CHROMIUM, allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (dev extra)")
pytest.importorskip("axe_playwright_python", reason="browser tests need axe-playwright-python")

from playwright.sync_api import Browser, expect  # noqa: E402

from recruit.applications.status_links import issue_token  # noqa: E402
from recruit.auth.users import create_user  # noqa: E402
from recruit.candidates.projection import refresh_from_effective_profile  # noqa: E402
from recruit.db import utcnow, write_session  # noqa: E402
from recruit.models import Candidate, Submission  # noqa: E402
from tests.e2e.conftest import VIEWPORTS, LiveServer  # noqa: E402
from tests.e2e.visit import Visit, file  # noqa: E402

RECRUITER, PASSWORD = "orla.orders@example.com", "seven amber orders shine"
CSV = (
    "Req ID;Facility;Profession;Specialty;Start Date;Duration;Required Certs;EMR;Min Years;"
    "City;State;Status;Bill Rate\n"
    "VMS-100;Lakeside Medical;Registered Nurse;ICU;03/01/2027;13;BLS, ACLS;Epic;2;Austin;TX;"
    "Open;101.25\n"
).encode("utf-8-sig")
PROFILE = {
    "name": "Noor Haddad", "email": "noor@example.com", "discipline": "RN",
    "specialties": ["ICU"], "specialty_years": {"ICU": 5},
    "licenses": [{"state": "CO", "type": "RN", "compact": True, "expires": "2028-08-31"}],
    "certifications": [{"name": "BLS", "expires": "2028-09-30"},
                       {"name": "ACLS", "expires": "2028-09-30"}],
    "ehr_systems": ["Epic"], "availability_date": "2027-02-15", "preferred_states": ["TX"],
}  # fmt: skip


@pytest.fixture(scope="module")
def token(live_server: LiveServer) -> str:
    with write_session(live_server.app) as session:
        create_user(session, RECRUITER, PASSWORD)
        candidate = Candidate()
        submission = Submission(
            candidate=candidate, consent_at=utcnow(), status="confirmed",
            confirmed_profile=PROFILE, confirmed_at=utcnow(),
        )  # fmt: skip
        session.add_all([candidate, submission])
        session.flush()
        refresh_from_effective_profile(session, candidate)
        return issue_token(submission)


@contextmanager
def visit_in(browser: Browser, server: LiveServer, viewport: str) -> Iterator[Visit]:
    context = browser.new_context(**VIEWPORTS[viewport])
    context.set_default_timeout(15_000)
    try:
        yield Visit(context.new_page(), server, viewport)
    finally:
        context.close()


def test_import_propose_approve_on_a_phone_and_submit(
    browser: Browser, live_server: LiveServer, token: str
) -> None:
    with visit_in(browser, live_server, "desktop") as desk:
        order_page = propose_from_an_imported_order(desk)
        with visit_in(browser, live_server, "phone") as phone:
            approve_on_the_status_page(phone, token)
        mark_submitted(desk, order_page)


def propose_from_an_imported_order(desk: Visit) -> str:
    page = desk.page
    desk.goto("/login")
    page.fill("#email", RECRUITER)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit], input[type=submit]")
    page.wait_for_url(re.compile(r"/queue"))

    desk.goto("/orders/import")
    page.set_input_files("#file", files=[file("lakeside.csv", CSV, "text/csv")])
    page.fill("#source", "Lakeside VMS")
    desk.check("orders-import")
    page.click("#preview")
    expect(page.locator("#import-summary")).to_contain_text("1 new")
    expect(page.locator("#rows")).to_contain_text("VMS-100")
    desk.check("orders-preview")
    page.click("#save-import")
    expect(page.locator(".flash-success")).to_contain_text("1 new")
    desk.check("orders-list")

    page.click("text=Lakeside Medical")
    eligible = page.locator("#eligible")
    expect(eligible).to_contain_text("Noor Haddad")
    expect(eligible).to_contain_text("multistate CO licence (compact) covering TX")
    desk.check("order-page")
    eligible.locator("button", has_text="Propose to candidate").first.click()
    expect(page.locator(".submittal-status").first).to_have_text("proposed")
    return page.url


def approve_on_the_status_page(phone: Visit, token: str) -> None:
    phone.goto(f"/status/{token}")
    proposal = phone.page.locator(".proposal").first
    expect(proposal).to_contain_text("Lakeside Medical")
    expect(phone.page.locator("body")).not_to_contain_text("101.25")
    phone.check("status-proposal")
    proposal.locator("button", has_text="Yes, put me forward").click()
    expect(phone.page.locator(".proposal").first).to_contain_text("You approved")
    phone.check("status-approved")


def mark_submitted(desk: Visit, order_page: str) -> None:
    page = desk.page
    page.goto(order_page)
    page.reload()  # the address differs from the open page only by its #fragment
    submittal = page.locator("#submittals li[id^=submittal-]").first
    expect(submittal.locator(".submittal-status")).to_have_text("approved")
    submittal.locator("select[name=status]").select_option("submitted")
    submittal.locator("button", has_text="Record").click()
    expect(page.locator(".submittal-status").first).to_have_text("submitted")
    desk.check("order-submitted")
