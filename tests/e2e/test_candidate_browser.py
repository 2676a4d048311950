"""A candidate applies from a phone and from a desktop in real Chromium: upload with progress,
confirm, done, status, update, newer resume, withdraw, delete; every error page; axe-core on
every page; a screenshot of each page under test-artifacts/screenshots/."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from tests.e2e.conftest import CHROMIUM, NO_CHROMIUM

if CHROMIUM is None:
    pytest.skip(NO_CHROMIUM, allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (dev extra)")
pytest.importorskip("axe_playwright_python", reason="browser tests need axe-playwright-python")

from playwright.sync_api import Browser, expect  # noqa: E402

from recruit.intake.words import GENERIC_PROBLEM, PARSE_PROBLEMS  # noqa: E402
from tests.e2e.conftest import MAX_UPLOAD_MB, VIEWPORTS, LiveServer  # noqa: E402
from tests.e2e.files import encrypted_pdf, resume_pdf, resume_text  # noqa: E402
from tests.e2e.visit import Visit, file, reveal, upload  # noqa: E402

# Records the upload bar across the navigation that follows it (sessionStorage survives it).
PROGRESS_RECORDER = """
document.addEventListener("DOMContentLoaded", () => {
  const status = document.getElementById("upload-status");
  const percent = document.getElementById("upload-percent");
  if (!status || !percent) { return; }
  const log = () => {
    const seen = JSON.parse(sessionStorage.getItem("progress") || "[]");
    seen.push({visible: !status.hidden, percent: percent.textContent});
    sessionStorage.setItem("progress", JSON.stringify(seen));
  };
  new MutationObserver(log).observe(status, {attributes: true, subtree: true, childList: true,
                                               characterData: true});
});
"""


@pytest.fixture(params=list(VIEWPORTS))
def visit(
    request: pytest.FixtureRequest, browser: Browser, live_server: LiveServer
) -> Iterator[Visit]:
    context = browser.new_context(**VIEWPORTS[request.param])
    context.set_default_timeout(15_000)
    context.add_init_script(PROGRESS_RECORDER)
    try:
        yield Visit(context.new_page(), live_server, request.param)
    finally:
        context.close()


def test_candidate_applies_confirms_follows_updates_withdraws_and_deletes(visit: Visit) -> None:
    page = visit.page
    # One clinician per viewport: confirmations are limited per email address (issue 11).
    email = f"jane.{page.viewport_size['width'] if page.viewport_size else 0}@example.com"
    visit.goto("/apply")
    expect(page.locator("#drop-zone")).to_be_visible()
    visit.check("apply")

    upload(visit, resume_text(), "slow-resume.txt", "text/plain")
    page.wait_for_url(re.compile(r"/apply/[\w-]+/confirm$"))
    progress = json.loads(page.evaluate("sessionStorage.getItem('progress') || '[]'"))
    assert any(p["visible"] for p in progress), progress
    assert progress[-1]["percent"] == "100%", progress
    token = page.url.rsplit("/", 2)[-2]

    # The parse is still running: type a name, and the landing parse must not overwrite it.
    expect(page.locator("#parse-progress")).to_contain_text("still reading")
    visit.check("confirm-reading")
    page.fill("#name", "Jane Typed")
    expect(page.locator("#parse-message")).to_contain_text("We've read your resume", timeout=20_000)
    expect(page.locator("#email")).to_have_value("jane.example@example.com")
    expect(page.locator("#name")).to_have_value("Jane Typed")

    # A validation error keeps everything typed and ties the messages to the fields.
    page.fill("#email", "not-an-email")
    page.fill("#specialties", "ICU, Telemetry")
    page.click("#submit")
    expect(page.locator("#error-summary")).to_be_focused()
    expect(page.locator("#name")).to_have_value("Jane Typed")
    expect(page.locator("#specialties")).to_have_value("ICU, Telemetry")
    expect(page.locator("#email")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#email")).to_have_attribute("aria-describedby", re.compile("email-errors"))
    visit.check("confirm-errors")

    page.fill("#email", email)
    reveal(page, "#discipline")  # read well, so shown as a summary with "Change"
    page.select_option("#discipline", "RN")
    reveal(page, "#licenses-0-state")
    page.select_option("#licenses-0-state", "CO")
    page.fill("#licenses-0-type", "RN")
    page.check("#licenses-0-compact")
    page.click("#add_license")  # the script adds the row without leaving the page
    page.select_option("#licenses-1-state", "TX")
    reveal(page, "#certifications-0-name")
    page.fill("#certifications-0-name", "BLS")
    page.fill("#certifications-0-expires", "2027-06-30")
    page.fill("#availability_date", "2027-01-04")
    page.fill("#preferred_states", "TX, FL")
    page.check("#shift-1")
    page.check("#consent")
    visit.check("confirm")
    page.click("#submit")

    page.wait_for_url(re.compile(rf"/apply/{token}/done$"))
    expect(page.locator(".reference")).to_have_text(re.compile(r"^RC-\d{6}$"))
    visit.check("done")
    status_link = page.locator(".status-link a").get_attribute("href")
    assert status_link == f"{visit.server.url}/status/{token}"

    page.goto(status_link)
    expect(page.locator("#standing")).to_contain_text("We have your application.")
    expect(page.locator("dl.facts")).to_contain_text("CO RN (multistate)")
    visit.check("status")

    page.fill("#preferred_states", "CA")
    page.check("#shift-0")
    page.click("text=Save my preferences")
    expect(page.locator(".flash")).to_contain_text("Saved")
    expect(page.locator("dl.facts")).to_contain_text("CA")

    page.set_input_files("#resume", files=[file("newer.pdf", resume_pdf(email), "application/pdf")])
    page.check("#consent")
    page.click("text=Upload my resume")
    page.wait_for_url(re.compile(rf"/apply/{token}/confirm$"))
    # Sent from a link that owns the application: the earlier confirmation fills the form at
    # once; wait for the newer resume's parse to land before sending, as a person would.
    expect(page.locator("#parse-message")).to_contain_text("We've read your resume", timeout=20_000)
    expect(page.locator("#name")).to_have_value("Jane Typed")
    page.check("#consent")
    page.click("#submit")
    page.wait_for_url(re.compile(rf"/apply/{token}/done$"))

    page.goto(status_link)
    page.click("text=Withdraw my application")
    expect(page.locator("#standing")).to_contain_text("You withdrew your application.")

    page.click("text=Delete everything…")
    expect(page.locator("h1")).to_have_text("Delete everything you sent us?")
    visit.check("delete")
    page.click("text=Yes, delete everything")
    expect(page.locator("h1")).to_have_text("Everything is deleted")
    visit.check("deleted")

    assert page.goto(status_link).status == 404
    visit.check("status-link-dead")
    visit.goto("/privacy")
    visit.check("privacy")


def test_the_page_checks_type_and_size_before_uploading(visit: Visit) -> None:
    page = visit.page
    visit.goto("/apply")
    page.set_input_files("#resume", files=[file("photo.gif", b"GIF89a" + b"\0" * 20, "image/gif")])
    expect(page.locator("#file-problem")).to_contain_text("can't read this kind of file")
    expect(page.locator("#resume")).to_have_attribute("aria-invalid", "true")
    visit.check("apply-wrong-type-before-upload")
    dropped = page.evaluate_handle(
        "() => { const d = new DataTransfer();"
        " d.items.add(new File(['Jane'], 'dropped.txt', {type: 'text/plain'})); return d; }"
    )
    page.dispatch_event("#drop-zone", "drop", {"dataTransfer": dropped})
    expect(page.locator("#chosen-file")).to_have_text("Chosen: dropped.txt")
    expect(page.locator("#file-problem")).to_be_hidden()
    big = b"%PDF-1.4\n" + b"0" * (MAX_UPLOAD_MB * 1024 * 1024 + 1)
    page.set_input_files("#resume", files=[file("big.pdf", big, "application/pdf")])
    expect(page.locator("#file-problem")).to_contain_text(f"up to {MAX_UPLOAD_MB} MB")
    page.check("#consent")
    page.click("#submit")
    expect(page).to_have_url(re.compile(r"/apply$"))  # nothing was sent
    visit.check("apply-too-large-before-upload")


def test_a_password_protected_pdf_is_explained_with_what_to_do(visit: Visit) -> None:
    page = visit.page
    visit.goto("/apply")
    upload(visit, encrypted_pdf(), "locked.pdf", "application/pdf")
    page.wait_for_url(re.compile(r"/confirm$"))
    expect(page.locator("#parse-progress, #parse-problem")).to_contain_text(
        re.compile("couldn't read|password-protected"), timeout=20_000
    )
    page.reload()
    notice = page.locator("#parse-problem")
    # The specific words once the parser reports "encrypted"; plain general words before that.
    expect(notice).to_contain_text(
        re.compile(re.escape(PARSE_PROBLEMS["encrypted"]) + "|" + re.escape(GENERIC_PROBLEM))
    )
    expect(notice).to_contain_text("What to do")
    expect(page.locator("#name")).to_be_editable()
    visit.check("confirm-parse-failed")


def test_server_error_pages_say_what_to_do_without_javascript(visit: Visit) -> None:
    page = visit.page
    page.route("**/static/apply.js", lambda route: route.abort())  # the plain form only
    visit.goto("/apply")
    upload(visit, b"GIF89a" + b"\0" * 40, "resume.pdf", "application/pdf")  # a GIF named .pdf
    expect(page.locator("#error-summary")).to_contain_text("We can read these kinds of file")
    expect(page.locator("#resume-errors")).to_contain_text("Save your resume as a PDF")
    visit.check("apply-wrong-type")
    big = b"%PDF-1.4\n" + b"0" * (MAX_UPLOAD_MB * 1024 * 1024 + 70 * 1024)
    upload(visit, big, "big.pdf", "application/pdf")
    expect(page.locator("h1")).to_have_text("That file is too big")
    expect(page.locator("main")).to_contain_text("What to do")
    visit.check("too-large")
