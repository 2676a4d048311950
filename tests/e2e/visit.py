"""What every browser test does on a page: screenshot it, run axe-core, watch for CSP errors;
and the upload a candidate makes on /apply."""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.e2e.conftest import SCREENSHOTS, LiveServer

AXE = Axe()
BLOCKING = ("serious", "critical")


def file(name: str, data: bytes, mime: str) -> dict[str, Any]:
    return {"name": name, "mimeType": mime, "buffer": data}


class Visit:
    """One viewport's browser page, checking and photographing each page it lands on."""

    def __init__(self, page: Page, server: LiveServer, viewport: str) -> None:
        self.page, self.server, self.viewport = page, server, viewport
        self.csp_errors: list[str] = []
        page.on("console", self._console)

    def _console(self, message: Any) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            self.csp_errors.append(message.text)

    def goto(self, path: str) -> Any:
        return self.page.goto(self.server.url + path)

    def check(self, name: str, axe: bool = True) -> None:
        """Screenshot, then axe-core: no serious or critical violation."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=SCREENSHOTS / f"{self.viewport}-{name}.png", full_page=True)
        if not axe:
            return
        violations = AXE.run(self.page).response["violations"]
        blocking = [
            (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in violations
            if v["impact"] in BLOCKING
        ]
        assert blocking == [], f"{name}: {blocking}"
        assert self.csp_errors == [], self.csp_errors


def upload(visit: Visit, data: bytes, name: str, mime: str) -> None:
    page = visit.page
    page.set_input_files("#resume", files=[file(name, data, mime)])
    page.check("#consent")
    page.click("#submit")


def reveal(page: Page, selector: str) -> None:
    """Press "Change" on the confirm page's summary holding `selector`, as a candidate would."""
    closed = page.locator(f"details.group:not([open]):has({selector}) > summary")
    if closed.count():
        closed.first.click()
