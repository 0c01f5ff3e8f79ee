"""A real server and Debian's Chromium, driven by playwright (never `playwright install`).

Every page fails its test on a request that leaves 127.0.0.1 or on a console error.
Screenshots go to test-artifacts/screenshots/ for people to look at.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.serving import Server, free_port, launch, wait_for  # noqa: F401  (used by browser tests)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
SHOTS = ROOT / "test-artifacts" / "screenshots"
PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """The app on the shipped content."""
    with launch(tmp_path_factory.mktemp("data")) as url:
        yield url


class Watch:
    """Collects what a page did that a test must fail on."""

    def __init__(self, base: str):
        self.base = base
        self.external: list[str] = []
        self.errors: list[str] = []

    def request(self, request) -> None:
        url = request.url
        if not (url.startswith(self.base) or url.startswith("data:") or url.startswith("blob:")
                or url.startswith("ws://127.0.0.1")):
            self.external.append(url)

    def console(self, message) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def assert_clean(self) -> None:
        assert self.external == [], f"requests beyond the server: {self.external}"
        assert self.errors == [], f"console errors: {self.errors}"



def educator_signed_in(browser, school: dict, size: dict, lang: str, *, ready: str = ".amaan-dash-grid table"):
    """(context, page, watch): ``school``'s educator ("url", "username", "password") signed in on
    /educator in ``lang`` at ``size``, once ``ready`` is drawn; ``watch`` holds any request beyond
    the server and any console or page error."""
    ctx = browser.new_context(viewport=size, accept_downloads=True, locale=lang,
                              extra_http_headers={"Accept-Language": lang})
    page = ctx.new_page()
    watch = Watch(school["url"])
    page.on("request", watch.request)
    page.on("console", watch.console)
    page.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    page.goto(school["url"] + "/educator")
    page.fill("#f-username", school["username"])
    page.fill("#f-password", school["password"])
    page.click("button[type=submit]")
    page.wait_for_selector(ready, timeout=30_000)
    return ctx, page, watch

@pytest.fixture
def open_page(browser, server):
    """open_page(path, size=PHONE, locale=...) -> (page, watch); fails on external requests."""
    contexts = []

    def _open(path: str = "/", size: dict = PHONE, accept_language: str = "ar", context=None,
              ready: str = ".amaan-get-help"):
        ctx = context or browser.new_context(viewport=size, locale=accept_language,
                                             extra_http_headers={"Accept-Language": accept_language})
        contexts.append(ctx)
        page = ctx.new_page()
        watch = Watch(server)
        page.on("request", watch.request)
        page.on("console", watch.console)
        page.on("pageerror", lambda exc: watch.errors.append(str(exc)))
        page.goto(server + path)
        if ready:
            page.wait_for_selector(ready, timeout=30_000)
        page._amaan_watch = watch
        return page, watch

    yield _open
    for ctx in contexts:
        for page in ctx.pages:
            watch = getattr(page, "_amaan_watch", None)
            if watch is not None:
                watch.assert_clean()
        ctx.close()


def shot(page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
