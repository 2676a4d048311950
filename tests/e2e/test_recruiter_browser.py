"""A new recruiter's day in real Chromium: an admin invites them, the one-time link sets their
password (and works only once), the queue filters through the URL and fills in its counts, the
keyboard moves, claims and opens, and the candidate page shows the original with its evidence,
takes a correction and a status change. Signed-out browsers and candidates' status links reach
no recruiter page. axe-core on the queue and the candidate page; screenshots of each step."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email import message_from_bytes
from email import policy as email_policy
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.e2e.conftest import CHROMIUM, NO_CHROMIUM

if CHROMIUM is None:
    pytest.skip(NO_CHROMIUM, allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (dev extra)")
pytest.importorskip("axe_playwright_python", reason="browser tests need axe-playwright-python")

import sqlalchemy as sa  # noqa: E402
from playwright.sync_api import Browser, Locator, Page, expect  # noqa: E402

from recruit.auth.users import create_user  # noqa: E402
from recruit.db import write_session  # noqa: E402
from recruit.models import Candidate  # noqa: E402
from tests.e2e.conftest import VIEWPORTS, LiveServer  # noqa: E402
from tests.e2e.visit import Visit, upload  # noqa: E402
from tests.files.pdf import text_pdf  # noqa: E402
from tests.queue_helpers import parsed_candidate, profile  # noqa: E402

ADMIN, ADMIN_PASSWORD = "ada.admin@example.com", "admin password for the browser test"
RECRUITER, RECRUITER_NAME = "rosa.recruiter@example.com", "Rosa Recruiter"
RECRUITER_PASSWORD = "three quiet harbour lamps"

# Uploaded through /apply, read by the real parser, in this order (so newest last).
DANA = b"""Dana Lopez, LPN
dana.lopez@example.org | (555) 310-4455 | Phoenix, AZ

Experience
Telemetry Nurse, Valley Health, 2019 - present
Certifications: BLS
"""
OMAR_LICENCE = "Texas RN License 884201, compact"
OMAR = text_pdf(
    [
        "Omar Reyes, RN",
        "omar.reyes@example.net | (555) 420-7788 | Austin, TX",
        "Emergency Room Travel Nurse, 2018 - present",
        OMAR_LICENCE,
    ]
)
LEE = b"""Lee Chen, RN
lee.chen@example.com | (555) 530-6612 | Sacramento, CA

Experience
Med-Surg Nurse, Capitol Medical, 2020 - present
California RN License 771234
"""

# The default view ("needs review"), oldest first: four arranged in the database, then the
# three uploads. Quinn is placed, so no longer waiting for review.
WAITING = ["Olive Ortiz", "Rae Moss", "Pat Kim", "Sam Wu", "Dana Lopez", "Omar Reyes", "Lee Chen"]
WAITING_DISCIPLINES = ["RN", "RN", "LPN", "RN", "LPN", "RN", "RN"]
# RN and able to work in Texas: Lee's Californian licence is not compact, and Pat is an LPN.
RN_IN_TEXAS = ["Olive Ortiz", "Rae Moss", "Sam Wu", "Omar Reyes"]
# The queue table's columns (from 0), as templates/review/queue.html lays them out.
NAME, DISCIPLINE, STATUS, ASSIGNED = 1, 2, 4, 5


@dataclass(frozen=True)
class Workload:
    omar_id: int
    omar_submission_id: int
    omar_status_link: str


@contextmanager
def desktop(browser: Browser, server: LiveServer) -> Iterator[Visit]:
    """A fresh browser context: no cookies, as a new person on a new machine."""
    context = browser.new_context(**VIEWPORTS["desktop"])
    context.set_default_timeout(15_000)
    try:
        yield Visit(context.new_page(), server, "desktop")
    finally:
        context.close()


def apply_and_wait_for_parse(visit: Visit, data: bytes, name: str, mime: str) -> None:
    visit.goto("/apply")
    upload(visit, data, name, mime)
    visit.page.wait_for_url(re.compile(r"/apply/[\w-]+/confirm$"))
    expect(visit.page.locator("#parse-message")).to_contain_text(
        "We've read your resume", timeout=20_000
    )


def confirm_and_take_status_link(visit: Visit) -> str:
    visit.page.check("#consent")
    visit.page.click("#submit")
    visit.page.wait_for_url(re.compile(r"/apply/[\w-]+/done$"))
    link = visit.page.locator(".status-link a").get_attribute("href")
    assert link is not None
    return link


def arrange_waiting_candidates(server: LiveServer, admin_id: int) -> None:
    """Candidates the queue needs beyond the uploads: older ones, one placed, one taken."""
    with write_session(server.app) as session:
        texas = ["TX", "AZ", "CO"]
        parsed_candidate(session, profile(name="Olive Ortiz", eligible_states=texas), hours_ago=50)
        parsed_candidate(
            session, profile(name="Quinn Hale", eligible_states=texas), hours_ago=45,
            status="placed",
        )  # fmt: skip
        parsed_candidate(
            session, profile(name="Rae Moss", eligible_states=texas), hours_ago=30,
            assigned_user_id=admin_id, status="in_review",
        )  # fmt: skip
        lpn = profile(name="Pat Kim", discipline="LPN", licenses=[], eligible_states=["CA"])
        parsed_candidate(session, lpn, hours_ago=20)
        parsed_candidate(session, profile(name="Sam Wu", eligible_states=["TX"]), hours_ago=10)


@pytest.fixture(scope="module")
def workload(browser: Browser, live_server: LiveServer) -> Workload:
    with write_session(live_server.app) as session:
        admin_id = create_user(session, ADMIN, ADMIN_PASSWORD, role="admin").id
    arrange_waiting_candidates(live_server, admin_id)
    with desktop(browser, live_server) as applicant:
        apply_and_wait_for_parse(applicant, DANA, "dana-lopez.txt", "text/plain")
        apply_and_wait_for_parse(applicant, OMAR, "omar-reyes.pdf", "application/pdf")
        status_link = confirm_and_take_status_link(applicant)
        apply_and_wait_for_parse(applicant, LEE, "lee-chen.txt", "text/plain")
    with write_session(live_server.app) as session:
        omar = session.scalars(
            sa.select(Candidate).where(Candidate.email_normalized == "omar.reyes@example.net")
        ).one()
        return Workload(omar.id, omar.submissions[0].id, status_link)


def sign_in(visit: Visit, email: str, password: str) -> None:
    visit.goto("/login")
    visit.page.fill("#email", email)
    visit.page.fill("#password", password)
    visit.page.get_by_role("button", name="Sign in").click()
    visit.page.wait_for_url(re.compile(r"/queue$"))


def invite_link_in_outbox(outbox: Path, email: str) -> str:
    messages = [
        message_from_bytes(p.read_bytes(), policy=email_policy.default)
        for p in sorted(outbox.glob("*.eml"))
    ]
    to_them = [m.get_body().get_content() for m in messages if m["To"] == email]
    assert len(to_them) == 1, [m["To"] for m in messages]
    found = re.search(r"^(http\S+/invite/\S+)$", to_them[0], re.MULTILINE)
    assert found is not None, to_them[0]
    return found.group(1)


def queue_column(page: Page, column: int) -> list[str]:
    return page.locator(f"#queue tbody tr td:nth-child({column + 1})").all_inner_texts()


def row_of(page: Page, name: str) -> Locator:
    return page.locator("#queue tbody tr").filter(has_text=name)


def pdf_viewer_opens(page: Page, document_url: str, seconds: float = 10) -> bool:
    """Chromium shows a PDF in its viewer, a frame inside the document's frame; a file sent
    as a download (Content-Disposition: attachment) opens no viewer."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for frame in page.frames:
            parent = frame.parent_frame
            if parent is not None and parent.url == document_url:
                if frame.url.startswith("chrome-extension://"):
                    return True
        page.wait_for_timeout(100)
    return False


def left_edge(locator: Locator) -> float:
    box = locator.bounding_box()
    assert box is not None
    return box["x"]


def right_edge(locator: Locator) -> float:
    box = locator.bounding_box()
    assert box is not None
    return box["x"] + box["width"]


def admin_invites_a_recruiter(visit: Visit) -> str:
    page = visit.page
    sign_in(visit, ADMIN, ADMIN_PASSWORD)
    page.click("nav[aria-label=Main] >> text=Users")
    expect(page.locator("h1")).to_have_text("Staff accounts")
    page.fill("#email", RECRUITER)
    page.fill("#name", RECRUITER_NAME)
    page.select_option("#role", "recruiter")
    page.get_by_role("button", name="Invite").click()
    expect(page.locator("h1")).to_have_text(f"Invite link for {RECRUITER}")
    visit.check("admin-invite-link", axe=False)
    shown = page.locator("code.link-box").inner_text()
    outbox = Path(visit.server.app.config["OUTBOX_DIR"])
    assert invite_link_in_outbox(outbox, RECRUITER) == shown
    return shown


def recruiter_accepts_the_invite(visit: Visit, link: str) -> None:
    page = visit.page
    assert page.goto(link).status == 200
    expect(page.locator("h1")).to_have_text("Welcome — choose your password")
    page.fill("#password", RECRUITER_PASSWORD)
    page.fill("#confirm", RECRUITER_PASSWORD)
    page.get_by_role("button", name="Set my password").click()
    page.wait_for_url(re.compile(r"/login$"))
    expect(page.locator(".flash")).to_have_text("Your password is set. Please sign in.")

    reused = page.goto(link)
    assert reused.status == 404
    expect(page.locator("h1")).to_have_text("This link no longer works")
    visit.check("recruiter-invite-link-used", axe=False)

    sign_in(visit, RECRUITER, RECRUITER_PASSWORD)
    nav = page.locator("nav[aria-label=Main]")
    expect(nav).to_contain_text("Sign out")
    expect(nav).not_to_contain_text("Users")  # a recruiter, not an admin


def counts_are_filled_in(page: Page, matching: int) -> None:
    summary = page.locator("form.filters .actions span.hint")
    expect(summary).to_have_text(f"{matching} matching")
    expect(page.locator("form.filters .show-counts")).to_have_count(0)


def test_an_invited_recruiter_works_the_queue_and_a_candidate(
    browser: Browser, live_server: LiveServer, workload: Workload
) -> None:
    with desktop(browser, live_server) as admin:
        invite = admin_invites_a_recruiter(admin)

    with desktop(browser, live_server) as visit:
        page = visit.page
        recruiter_accepts_the_invite(visit, invite)

        # The default view: everyone waiting, oldest first, with counts fetched after load.
        expect(page.locator("#queue caption")).to_have_text("Needs review, oldest waiting first")
        assert queue_column(page, NAME) == WAITING
        # The uploads' names and disciplines are what the real parser read from them.
        assert queue_column(page, DISCIPLINE) == WAITING_DISCIPLINES
        counts_are_filled_in(page, len(WAITING))
        expect(page.locator('#discipline option[value="RN"]')).to_have_text("RN (5)")
        expect(page.locator('#discipline option[value="LPN"]')).to_have_text("LPN (2)")
        expect(page.locator('#can_work_in option[value="TX"]')).to_have_text("TX (4)")
        visit.check("recruiter-queue")

        # Filters live in the URL.
        page.select_option("#discipline", "RN")
        page.select_option("#can_work_in", "TX")
        page.get_by_role("button", name="Apply").click()
        page.wait_for_url(re.compile(r"/queue\?"))
        query = parse_qs(urlsplit(page.url).query)
        assert query["discipline"] == ["RN"] and query["can_work_in"] == ["TX"], page.url
        assert queue_column(page, NAME) == RN_IN_TEXAS
        expect(page.locator("#discipline")).to_have_value("RN")
        expect(page.locator("#can_work_in")).to_have_value("TX")
        counts_are_filled_in(page, len(RN_IN_TEXAS))
        visit.check("recruiter-queue-filtered", axe=False)

        # The keyboard: j/k move, x claims in place (no reload), Enter opens.
        page.evaluate("window.sameDocument = true")
        selected = page.locator("#queue tbody tr.selected")
        page.keyboard.press("j")
        page.keyboard.press("j")
        expect(selected).to_contain_text("Rae Moss")
        page.keyboard.press("x")
        expect(page.locator("#queue-live")).to_have_text("Already assigned.")
        expect(row_of(page, "Rae Moss").locator("td").nth(ASSIGNED)).to_have_text("taken")
        for key in ("j", "j", "k"):
            page.keyboard.press(key)
        expect(selected).to_contain_text("Sam Wu")
        page.keyboard.press("j")
        expect(selected).to_contain_text("Omar Reyes")
        page.keyboard.press("x")
        omar_row = row_of(page, "Omar Reyes")
        expect(omar_row.locator("td").nth(ASSIGNED)).to_have_text("me")
        expect(omar_row.locator("td").nth(STATUS)).to_contain_text("in review")
        expect(omar_row.locator("form.claim")).to_have_count(0)
        expect(page.locator("#queue-live")).to_have_text(
            "Claimed: this candidate is assigned to you."
        )
        assert page.evaluate("window.sameDocument") is True
        inline = f"/candidates/{workload.omar_id}/submissions/{workload.omar_submission_id}/inline"
        with page.expect_response(live_server.url + inline) as original:
            page.keyboard.press("Enter")
        page.wait_for_url(re.compile(rf"/candidates/{workload.omar_id}$"))

        # The candidate page: the original beside the text it was read from.
        expect(page.locator("h1")).to_have_text("Omar Reyes")
        expect(page.locator("main > p").first).to_contain_text("assigned to you")
        expect(page.locator('iframe[title="The original PDF"]')).to_have_attribute("src", inline)
        assert original.value.status == 200
        assert original.value.headers["content-type"] == "application/pdf"
        assert pdf_viewer_opens(page, live_server.url + inline)
        fields, original_column = page.locator("table.fields"), page.locator("section.original")
        assert right_edge(fields) <= left_edge(original_column), "evidence hidden by the original"
        evidence = page.locator(".resume-text mark", has_text=OMAR_LICENCE)
        expect(evidence).to_have_attribute("title", re.compile(r"\blicenses\b"))
        licence_row = page.locator("table.fields tbody tr").filter(
            has=page.locator("th", has_text="Licenses")
        )
        licence_row.locator('a[href="#line-4"]').click()
        expect(page.locator("#line-4")).to_have_text(OMAR_LICENCE)
        assert page.evaluate("location.hash") == "#line-4"
        # The candidate's private link is theirs alone: no recruiter page carries it.
        assert urlsplit(workload.omar_status_link).path.rsplit("/", 1)[1] not in page.content()
        visit.check("recruiter-candidate")

        # A correction stands beside the parsed value; the parsed fields are untouched.
        page.select_option("#field", "name")
        page.fill("#value", "Omar A. Reyes")
        page.get_by_role("button", name="Save correction").click()
        expect(page.locator(".flash")).to_contain_text("Correction saved")
        expect(page.locator("h1")).to_have_text("Omar A. Reyes")
        correction = page.locator("section[aria-labelledby=corrections-heading] tbody tr")
        expect(correction.locator("td")).to_have_text(
            ["name", "Omar A. Reyes", "Omar Reyes", re.compile(re.escape(RECRUITER))]
        )
        parsed_name = page.locator("table.fields tbody tr").filter(
            has=page.locator("th", has_text=re.compile(r"^Name$"))
        )
        expect(parsed_name.locator("td").first).to_have_text("Omar Reyes")

        # A status change with its reason lands in the timeline.
        page.select_option("#status", "contacted")
        page.fill("#reason", "Left a voicemail about the Austin ER contract")
        page.get_by_role("button", name="Change status").click()
        expect(page.locator(".flash")).to_have_text("Status changed.")
        change = page.locator(".timeline li").filter(has_text="Status changed")
        expect(change).to_have_count(1)
        expect(change).to_contain_text(
            "In review → Contacted — “Left a voicemail about the Austin ER contract”"
        )
        expect(change).to_contain_text(f"by {RECRUITER}")
        visit.check("recruiter-candidate-worked")


def test_signed_out_browsers_and_status_links_never_reach_recruiter_pages(
    browser: Browser, live_server: LiveServer, workload: Workload
) -> None:
    candidate = f"/candidates/{workload.omar_id}"
    submission = f"{candidate}/submissions/{workload.omar_submission_id}"
    recruiter_pages = ["/queue", candidate, f"{submission}/original", f"{submission}/inline"]

    def sent_to_sign_in(visit: Visit, path: str) -> None:
        visit.goto(path)
        url = urlsplit(visit.page.url)
        assert url.path == "/login", (path, visit.page.url)
        assert parse_qs(url.query)["next"] == [path]
        expect(visit.page.locator("h1")).to_have_text("Staff sign-in")

    with desktop(browser, live_server) as visit:
        for path in recruiter_pages:
            sent_to_sign_in(visit, path)
        visit.check("signed-out-sent-to-sign-in", axe=False)

    with desktop(browser, live_server) as visit:
        page = visit.page
        assert page.goto(workload.omar_status_link).status == 200
        expect(page.locator("h1")).to_have_text("Your application")
        hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.pathname)")
        assert not [h for h in hrefs if h.startswith(("/queue", "/candidates", "/admin"))], hrefs
        for path in recruiter_pages:
            sent_to_sign_in(visit, path)
