"""An educator reads a demo school's progress, in Arabic and English, and exports it."""
from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys

import pytest

from tests.browser.conftest import DESKTOP, launch, shot
from tests.browser.test_learner_flow import wait_text
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
OTHER_PASSWORD = "another long password"


def run(data, *args: str) -> str:
    env = {**os.environ, "COURSE_DATA_DIR": str(data)}
    env.pop("COURSE_DATABASE_URL", None)
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True).stdout


def demo_educator(data, seed: int) -> tuple[str, str]:
    """`course demo --seed SEED` in ``data``; the demo educator's (username, password) it printed."""
    printed = run(data, "-m", "course", "demo", "--seed", str(seed))
    username, password = re.search(r"Demo educator: (\S+) / (\S+)", printed).groups()
    return username, password


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """`course demo` seeded, plus a second educator with a class of their own."""
    data = tmp_path_factory.mktemp("demo")
    username, password = demo_educator(data, 7)
    other_class = run(data, "-c", (
        "from course.store import db, accounts, classes\n"
        "db.ensure_schema()\n"
        f"i = accounts.create_educator('other', '{OTHER_PASSWORD}', 'Other')\n"
        "print(classes.create_class(i, 'Other class').id)\n")).strip().splitlines()[-1]
    with launch(data) as url:
        yield {"url": url, "username": username, "password": password, "other_class": other_class}


def sign_in(browser, demo, lang: str, username=None, password=None):
    ctx = browser.new_context(viewport=DESKTOP, accept_downloads=True, extra_http_headers={"Accept-Language": lang})
    page = ctx.new_page()
    external = []
    # blob: URLs of our own origin are the components' ES modules, made in the page (no request)
    page.on("request", lambda r: external.append(r.url)
            if not r.url.startswith((demo["url"], "blob:" + demo["url"])) else None)
    page.goto(demo["url"] + "/educator")
    page.fill("#f-username", username or demo["username"])
    page.fill("#f-password", password or demo["password"])
    page.click("button[type=submit]")
    page.wait_for_selector(".amaan-dash-grid", timeout=30_000)
    return ctx, page, external


def test_the_grid_shows_every_learner_with_totals_in_english(browser, demo):
    ctx, page, external = sign_in(browser, demo, "en")
    page.wait_for_selector(".amaan-dash-grid table")
    rows = page.locator(".amaan-dash-grid tbody tr")
    assert rows.count() >= 15
    wait_text(page, "Average best score")
    assert page.locator(".amaan-dash-grid td.mastered").count() > 0  # the demo has mastered lessons
    wait_text(page, "Difficult questions")
    assert page.locator(".amaan-dash-lesson-report tbody tr").count() >= 3
    shot(page, "dashboard-en-desktop")
    assert external == []
    ctx.close()


def test_the_dashboard_is_right_to_left_in_arabic(browser, demo):
    ctx, page, external = sign_in(browser, demo, "ar")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    wait_text(page, "في لمحة")  # "<the class's name> at a glance"
    wait_text(page, "الأسئلة الصعبة")
    shot(page, "dashboard-ar-desktop")
    assert external == []
    ctx.close()


def test_the_grid_export_opens_in_excel_with_arabic_intact(browser, demo):
    ctx, page, _ = sign_in(browser, demo, "ar")
    with page.expect_download() as download:
        page.locator(".amaan-dash-grid-csv").click()
    data = open(download.value.path(), "rb").read()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0][0] == "المتعلّم"
    names = [row[0] for row in table[1:]]
    on_screen = page.locator(".amaan-dash-grid tbody th").all_inner_texts()
    assert names[:len(on_screen)] == on_screen  # the export matches the screen
    ctx.close()


def test_another_educators_class_cannot_be_reached(browser, demo):
    ctx, page, _ = sign_in(browser, demo, "en")
    response = page.goto(f"{demo['url']}/educator/print/class/{demo['other_class']}")
    assert response.status == 404
    ctx.close()
    ctx, page, _ = sign_in(browser, demo, "en", "other", OTHER_PASSWORD)
    # the other educator sees only their own, empty class
    wait_text(page, "No learners to show")
    ctx.close()


def test_the_printable_report_prints_the_grid(browser, demo):
    ctx, page, _ = sign_in(browser, demo, "en")
    href = page.locator("a[href^='/educator/print/class/']").first.get_attribute("href")
    page.goto(demo["url"] + href)
    assert page.locator("table.grid tbody tr").count() >= 15
    shot(page, "print-report-en")
    ctx.close()
