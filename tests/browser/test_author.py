"""Authors preview lessons in the app; a broken lesson is left out and its error is shown."""
from __future__ import annotations

import shutil

import pytest

from tests.browser.conftest import DESKTOP, launch, shot
from tests.browser.test_learner_flow import click, wait_text
from tests.conftest import ROOT, copy_lesson

pytestmark = pytest.mark.browser
PASSWORD = "a long enough password"


def sign_up(browser, server, lang: str = "en"):
    ctx = browser.new_context(viewport=DESKTOP, extra_http_headers={"Accept-Language": lang})
    page = ctx.new_page()
    page.goto(server.setup_link())
    for field, value in (("display_name", "Author"), ("username", "author"), ("password", PASSWORD),
                         ("password2", PASSWORD)):
        page.fill(f"#f-{field}", value)
    page.click("button[type=submit]")
    page.wait_for_url("**/educator")
    return ctx, page


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    """Two good lessons and one whose structure file is broken."""
    root = tmp_path_factory.mktemp("content")
    for ftl in (ROOT / "locales").glob("*/*.ftl"):
        (root / ftl.relative_to(ROOT)).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ftl, root / ftl.relative_to(ROOT))
    shutil.copytree(ROOT / "help", root / "help")
    for lesson in ("private-eye", "danger", "truth-or-lie"):
        copy_lesson(ROOT, root, lesson)
    broken = root / "lessons" / "truth-or-lie.yaml"
    broken.write_text(broken.read_text("utf-8").replace("minutes:", "minuts:"), "utf-8")
    return root


@pytest.fixture(scope="module")
def dev_server(content, tmp_path_factory):
    with launch(tmp_path_factory.mktemp("data"), "--dev", env={"COURSE_CONTENT_DIR": str(content)}) as url:
        yield url


def test_preview_needs_a_sign_in(browser, server):
    ctx = browser.new_context()
    page = ctx.new_page()
    page.goto(server + "/author")
    assert "/educator/login" in page.url
    ctx.close()


def test_a_broken_lesson_is_left_out_and_the_rest_is_served(browser, dev_server):
    ctx = browser.new_context(viewport=DESKTOP, extra_http_headers={"Accept-Language": "en"})
    page = ctx.new_page()
    page.goto(dev_server + "/?lang=en")
    page.locator(".amaan-bands button").nth(1).click()
    page.wait_for_selector(".amaan-open-private-eye button")
    assert page.locator(".amaan-open-danger button").count() == 1
    assert page.locator(".amaan-open-truth-or-lie button").count() == 0
    assert "truth-or-lie.yaml" in dev_server.console()  # and the error is in the log
    ctx.close()


def test_preview_walks_a_lesson_in_two_languages_and_shows_errors(browser, dev_server):
    ctx, page = sign_up(browser, dev_server)
    page.goto(dev_server + "/author?lang=en")
    page.wait_for_selector(".amaan-author-lesson select")
    wait_text(page, "These lesson files have errors")
    wait_text(page, "UNKNOWN-KEY unknown key 'minuts'")
    page.locator(".amaan-author-lesson select").select_option(label="9-12 · Private eye (private-eye)")
    page.locator(".amaan-author-right select").select_option("ar")
    wait_text(page, "العربية")  # the second pane's heading: both panes are drawn
    page.locator("button.amaan-next").nth(1).wait_for()
    wait_text(page, "Mariam is ten.")
    shot(page, "author-preview-en-desktop")
    page.locator("button.amaan-next").first.click()
    wait_text(page, "A bright window pops up")
    ctx.close()


def test_dev_mode_reloads_a_changed_text(browser, dev_server, content):
    ctx = browser.new_context(viewport=DESKTOP, extra_http_headers={"Accept-Language": "en"})
    page = ctx.new_page()
    ftl = content / "locales/en/lessons/private-eye.ftl"
    ftl.write_text(ftl.read_text("utf-8").replace("Mariam is ten.", "Mariam is eleven."), "utf-8")
    page.wait_for_timeout(2500)  # the watcher polls every second
    page.goto(dev_server + "/?lang=en")
    page.locator(".amaan-bands button").nth(1).click()
    click(page, "open-private-eye")
    wait_text(page, "Mariam is eleven.")
    ctx.close()
