"""On a 390 px phone: nothing scrolls sideways, and the confirm page stays short when the
resume was read well (what was read is a summary with "Change"; only what needs the
candidate is open)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from recruit.applications.status_links import issue_token
from recruit.candidates.parse_results import save_parse_result
from recruit.db import get_db
from recruit.parsing.model import ParseResult
from tests.e2e.conftest import VIEWPORTS, LiveServer
from tests.e2e.visit import Visit
from tests.helpers import make_submission

if TYPE_CHECKING:
    from playwright.sync_api import Browser

LONG_EMAIL = "florence.nightingale-seacole.travelnurse.icu.2026@very-long-hospital-name.example.org"
PROFILE = {
    "name": "Florence Seacole",
    "email": LONG_EMAIL,
    "phone": "+15552013344",
    "discipline": "RN",
    "specialties": ["ICU", "ER", "Telemetry"],
    "licenses": [
        {"state": "TX", "type": "RN", "number": "123456", "compact": True, "expires": "2027-05-31"},
        {
            "state": "CA",
            "type": "RN",
            "number": "987654",
            "compact": False,
            "expires": "2026-12-31",
        },
        {
            "state": "NY",
            "type": "RN",
            "number": "555111",
            "compact": False,
            "expires": "2027-01-31",
        },
    ],
    "certifications": [
        {"name": "BLS", "expires": "2027-03-31"},
        {"name": "ACLS", "expires": "2027-03-31"},
        {"name": "PALS", "expires": "2026-11-30"},
        {"name": "TNCC", "expires": "2028-01-31"},
    ],
    "fields": {},
}


@pytest.fixture
def token(live_server: LiveServer) -> str:
    app = live_server.app
    with get_db(app).write_sessions() as session, session.begin():
        submission = make_submission(session, store_dir=app.config["STORAGE_DIR"], queued=False)
        save_parse_result(session, submission, ParseResult(ok=True, profile=dict(PROFILE)))
        return issue_token(submission)


@pytest.fixture
def phone(browser: Browser, live_server: LiveServer) -> Iterator[Visit]:
    context = browser.new_context(**VIEWPORTS["phone"])
    yield Visit(context.new_page(), live_server, "phone")
    context.close()


def _width_and_height(visit: Visit) -> tuple[int, int]:
    size = visit.page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
    )
    return int(size[0]), int(size[1])


def test_a_well_read_resume_gives_a_short_confirm_page_on_a_phone(phone: Visit, token: str) -> None:
    phone.goto(f"/apply/{token}/confirm")
    phone.check("confirm-summary")
    width, height = _width_and_height(phone)
    assert width <= 390
    assert height < 2800, height  # was 5,000 px with every row open
    summaries = phone.page.locator("details.group:not([open]) summary").all_inner_texts()
    assert any("TX RN" in text and "Change" in text for text in summaries), summaries
    phone.page.locator("details.group summary", has_text="TX RN").click()
    assert phone.page.locator("#licenses-0-number").is_visible()


def test_the_status_page_never_scrolls_sideways_on_a_phone(phone: Visit, token: str) -> None:
    phone.goto(f"/apply/{token}/confirm")
    phone.page.check("#consent")
    phone.page.click("#submit")
    phone.page.wait_for_url("**/done")
    phone.goto(f"/status/{token}")
    phone.check("status-long-email")
    assert LONG_EMAIL in phone.page.content()
    width, _ = _width_and_height(phone)
    assert width <= 390, width
