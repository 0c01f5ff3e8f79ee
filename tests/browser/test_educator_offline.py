"""Issue 16, educator item 1: the educator and author pages stay on this server, whatever is clicked.

An admin of the demo school signs in, opens every tab, and picks every choice of every drop-down,
on a desktop and on a phone; any request beyond 127.0.0.1 or any console error fails the walk.
"""
from __future__ import annotations

import pytest

from tests.browser.conftest import DESKTOP, PHONE, Watch, educator_signed_in, launch, shot
from tests.browser.test_dashboard import demo_educator, run

pytestmark = pytest.mark.browser
SIZES = {"desktop": DESKTOP, "phone": PHONE}


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    """`course demo`, its educator made an admin so that the Team tab is there too."""

    data = tmp_path_factory.mktemp("offline")
    username, password = demo_educator(data, 3)
    run(data, "-c", (
        "import sqlalchemy as sa\n"
        "from course.store import db\n"
        "db.ensure_schema()\n"
        "with db.write() as s:\n"
        f"    s.execute(sa.text(\"UPDATE educator SET role = 'admin' WHERE username = '{username}'\"))\n"))
    with launch(data) as url:
        yield {"url": url, "username": username, "password": password}


def settle(page, ms: int = 600) -> None:
    """Lets the server's answer to a change arrive, and any stylesheet it links load. (A change
    travels over the websocket, so "networkidle" comes at once and proves nothing.)"""
    page.wait_for_timeout(ms)


def pick_every_choice(page) -> int:
    """Every option of every visible <select> on the page, one after another; how many picks."""
    picks = 0
    selects = page.locator("select")
    for i in range(selects.count()):
        select = selects.nth(i)
        if not select.is_visible():
            continue
        values = select.evaluate("s => Array.from(s.options).map(o => o.value)")
        for value in values:
            if not select.is_visible():  # a pick hid it (no class left to show, say)
                break
            select.select_option(value)
            picks += 1
            settle(page)
    return picks


@pytest.mark.parametrize("size", SIZES)
def test_every_tab_and_choice_stays_on_this_server(browser, school, size):
    ctx, page, watch = educator_signed_in(browser, school, SIZES[size], "en")
    tabs = page.locator(".bk-tab")
    names = tabs.all_inner_texts()
    assert len(names) == 4, names  # progress, classes, helplines and, for an admin, team
    picks = 0
    for round_ in range(2):  # the second round comes back to tabs already drawn once
        for i in range(len(names)):
            tabs.nth(i).click()
            settle(page, 1500)
            if round_ == 0:
                picks += pick_every_choice(page)
                settle(page, 1500)
    assert picks > 20  # the walk did reach the drop-downs
    page.goto(school["url"] + "/author")
    page.wait_for_selector(".amaan-author-lesson select", timeout=30_000)
    picks = pick_every_choice(page)
    assert picks > 3
    settle(page, 1500)
    shot(page, f"offline-walk-author-en-{size}")
    watch.assert_clean()
    ctx.close()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_sign_in_from_author_lands_on_author_with_a_way_back(browser, school, lang):
    """Author items 1 and 2: `next` is honoured; /author links back to /educator and signs out."""
    ctx = browser.new_context(viewport=DESKTOP, extra_http_headers={"Accept-Language": lang})
    page = ctx.new_page()
    watch = Watch(school["url"])
    page.on("request", watch.request)
    page.on("console", watch.console)
    page.goto(school["url"] + "/author")
    assert "next=%2Fauthor" in page.url
    page.fill("#f-username", school["username"])
    page.fill("#f-password", school["password"])
    page.click("button[type=submit]")
    page.wait_for_selector(".amaan-author-lesson select", timeout=30_000)
    assert page.url.split("?")[0].endswith("/author")
    back = page.locator("a[href^='/educator']")
    assert back.count() == 1
    assert page.locator("form[action='/educator/logout'] button").count() == 1
    shot(page, f"author-header-{lang}-desktop")
    back.click()
    page.wait_for_selector(".amaan-dash-grid", timeout=30_000)
    assert page.locator("a[href^='/author']").count() == 1  # and the educator page links to /author
    for size in ("phone", "desktop"):
        page.set_viewport_size(SIZES[size])
        page.locator(".bk-tab").nth(2).click()  # helplines: words and links, dates in the locale
        page.wait_for_selector("ul.sources a", timeout=30_000)
        shot(page, f"educator-helplines-{lang}-{size}")
    page.locator(".bk-tab").nth(0).click()
    page.wait_for_timeout(800)
    shot(page, f"educator-progress-{lang}-phone")
    page.locator("form[action='/educator/logout'] button").click()
    page.wait_for_url("**/educator/login**")
    watch.assert_clean()
    ctx.close()
