"""Issue 16, educator items 2, 3 and 5: a class of hundreds on a desktop and on a 360 px phone,
in Arabic and English.

The demo school plus a class of 130 ("Whole school"): the grid, the Classes tab's learners and a
child's sign-in names come a page at a time and are searched on Enter; the Progress tab names the
class, picks it, opens on its lessons and remembers it across a reload; nothing scrolls sideways
at 360 px (wide tables scroll in their own box or become cards). Any request beyond 127.0.0.1 or
any console error fails a test. Screenshots: test-artifacts/screenshots/big-class-*.png.
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from course.content.model import TRACKS
from tests.browser.conftest import DESKTOP, PHONE, Watch, educator_signed_in, launch, shot
from tests.browser.test_dashboard import demo_educator, run

pytestmark = pytest.mark.browser
SIZES = {"desktop": DESKTOP, "phone": PHONE}
BIG = 130  # three pages of the grid (50 a page), seven of the Classes tab's list (20 a page)
STATUS_WORD = {"en": "Mastered", "ar": "متقَن"}
# Every element drawn beyond the window's sides that no box of its own scrolls (overflow auto or
# scroll): that is content a phone cuts off, or a page that moves sideways. Shadow roots included.
OFF_SCREEN = """() => {
  const width = document.documentElement.clientWidth, found = [];
  function scrolls(el) {
    for (let node = el.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
      if (node.nodeType !== 1) continue;
      const x = getComputedStyle(node).overflowX, box = node.getBoundingClientRect();
      if ((x === "auto" || x === "scroll") && box.left >= -1 && box.right <= width + 1) return true;
    }
    return false;
  }
  function walk(root) {
    for (const el of root.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      // the skip link waits off screen until it is focused
      if (box.width > 0 && box.height > 0 && (box.right > width + 1 || box.left < -1) && !el.matches(".amaan-skip")
          && getComputedStyle(el).visibility !== "hidden" && !scrolls(el)) {
        found.push(`${el.tagName}.${String(el.className).slice(0, 40)} "${(el.textContent || "").slice(0, 30)}"`);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  }
  walk(document);
  return found;
}"""


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    """`course demo`, plus a class of BIG learners of the demo educator, some of them with progress."""
    data = tmp_path_factory.mktemp("big-class")
    username, password = demo_educator(data, 5)
    run(data, "-c", (
        "from sqlalchemy import select\n"
        "from course.store import db, classes\n"
        "from course.store.models import Educator, Learner, LessonProgress\n"
        "db.ensure_schema()\n"
        "with db.read() as s:\n"
        f"    teacher = s.scalar(select(Educator.id).where(Educator.username == '{username}'))\n"
        "    done = [(p.lesson_id, p.mastered_at, p.completed_at, p.best_score) for p in s.scalars(\n"
        "        select(LessonProgress).where(LessonProgress.mastered_at.isnot(None)).limit(3))]\n"
        "klass = classes.create_class(teacher, 'Whole school').id\n"
        f"ids = [classes.add_learner(klass, f'Learner {{i:03}}', None, age_band='9-12') for i in range({BIG})]\n"
        "with db.write() as s:\n"
        "    for lid in ids[::7]:\n"
        "        for lesson, mastered, completed, best in done:\n"
        "            s.add(LessonProgress(learner_id=lid, lesson_id=lesson, current_step=3, furthest_step=3,\n"
        "                  total_steps=4, progress=1.0, time_spent_seconds=60, content_version='v',\n"
        "                  mastered_at=mastered, completed_at=completed, best_score=best))\n"))
    with launch(data) as url:
        yield {"url": url, "username": username, "password": password}


def plain(text: str) -> str:
    return re.sub("[\u2068\u2069]", "", text)


def grid_names(page) -> list[str]:
    return page.locator(".amaan-dash-grid tbody th").all_inner_texts()


def no_sideways_scroll(page) -> None:
    """Nothing reaches beyond the window's sides (a table may scroll inside its own box)."""
    widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], widths
    assert page.evaluate(OFF_SCREEN) == []


def save(page, name: str) -> None:
    shot(page, name)


def settle(page, ms: int = 700) -> None:
    """Lets the server's answer to a change arrive (it travels over the websocket)."""
    page.wait_for_timeout(ms)


def pager_text(page, name: str) -> str:
    return plain(page.locator(f".amaan-{name}-where p").inner_text())


def choose_class(page, label: str) -> None:
    """The Progress tab's class picker on ``label``; back when its title names the class."""
    select = page.locator(".amaan-dash-class select")
    if select.evaluate("s => s.options[s.selectedIndex].text") != label:
        select.select_option(label=label)
    page.locator(".amaan-dash-class-title", has_text=label).wait_for(timeout=15_000)
    settle(page)


def track_shown(page) -> str:
    """The lessons the grid shows (the track picker's choice, as a track id)."""
    return TRACKS[page.locator(".amaan-dash-track select").evaluate("s => s.selectedIndex")]


def tab(page, index: int) -> None:
    page.locator(".bk-tab").nth(index).click()
    settle(page, 1200)


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("size", SIZES)
def test_the_grid_of_a_big_class_comes_a_page_at_a_time_and_fits_a_phone(browser, school, size, lang):
    ctx, page, watch = educator_signed_in(browser, school, SIZES[size], lang)
    choose_class(page, "Whole school")
    title = plain(page.locator(".amaan-dash-class-title h2").inner_text())
    assert "Whole school" in title
    assert track_shown(page) == "9-12"  # the band its learners chose
    assert len(grid_names(page)) == 50 and grid_names(page)[0] == "Learner 000"
    assert re.search(r"1\D+3\D+130", pager_text(page, "dash-page")), pager_text(page, "dash-page")
    save(page, f"big-class-progress-{lang}-{size}")
    no_sideways_scroll(page)

    page.locator(".amaan-dash-page-next button").click()
    page.locator(".amaan-dash-grid tbody th", has_text="Learner 050").wait_for(timeout=15_000)
    assert re.search(r"2\D+3\D+130", pager_text(page, "dash-page")), pager_text(page, "dash-page")
    page.locator(".amaan-dash-page-next").scroll_into_view_if_needed()
    save(page, f"big-class-pager-{lang}-{size}")
    assert grid_names(page)[0] == "Learner 050" and len(grid_names(page)) == 50

    # Searching waits for Enter: typing alone sends nothing.
    search = page.locator(".amaan-dash-search input")
    search.fill("Learner 12")
    settle(page)
    assert grid_names(page)[0] == "Learner 050"
    search.press("Enter")
    page.locator(".amaan-dash-grid tbody th", has_text="Learner 120").wait_for(timeout=15_000)
    assert grid_names(page) == [f"Learner {i}" for i in range(120, 130)]
    assert not page.locator(".amaan-dash-page-next button").is_visible()  # one page: no pager
    # A cell says its status to a screen reader (CSS generated content's alternative text).
    assert STATUS_WORD[lang] in page.locator(".amaan-dash-grid table").aria_snapshot()
    save(page, f"big-class-search-{lang}-{size}")

    # The lesson report's difficult questions and the four Cs: cards on a phone, nothing cut off.
    page.locator(".amaan-dash-lesson-report").scroll_into_view_if_needed()
    settle(page)
    save(page, f"big-class-lesson-report-{lang}-{size}")
    page.locator(".amaan-dash-coverage").scroll_into_view_if_needed()
    save(page, f"big-class-coverage-{lang}-{size}")
    no_sideways_scroll(page)

    for index in range(1, page.locator(".bk-tab").count()):
        tab(page, index)
        no_sideways_scroll(page)
    ctx.close()
    watch.assert_clean()


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("size", SIZES)
def test_the_classes_tab_lists_a_big_class_a_page_at_a_time(browser, school, size, lang):
    ctx, page, watch = educator_signed_in(browser, school, SIZES[size], lang)
    choose_class(page, "Whole school")
    tab(page, 1)
    rows = page.locator(".amaan-learner-row")
    rows.first.wait_for(timeout=15_000)
    assert rows.count() == 20 and "Learner 000" in rows.first.inner_text()
    page.locator(".amaan-learners-page-next button").click()
    page.locator(".amaan-learner-row", has_text="Learner 020").wait_for(timeout=15_000)
    assert rows.count() == 20
    find = page.locator(".amaan-learner-find input")
    find.fill("Learner 05")
    find.press("Enter")
    page.locator(".amaan-learner-row", has_text="Learner 059").wait_for(timeout=15_000)
    assert rows.count() == 10
    no_sideways_scroll(page)
    save(page, f"big-class-classes-{lang}-{size}")
    ctx.close()
    watch.assert_clean()


def test_the_chosen_class_and_its_lessons_are_remembered_across_a_reload(browser, school):
    ctx, page, watch = educator_signed_in(browser, school, DESKTOP, "en")
    options = page.locator(".amaan-dash-class select option").all_inner_texts()
    demo_class = next(name for name in options if name != "Whole school")
    choose_class(page, demo_class)
    track = track_shown(page)
    # the demo class's own lessons: its learners have worked in them, so the grid is not empty
    assert page.locator(".amaan-dash-grid td.cell:not(.not-started)").count() > 0
    assert demo_class in plain(page.locator(".amaan-dash-class-title h2").inner_text())
    # its needs-help alerts: the name, a colon, then what happened (no verb agreeing with the child)
    alert = page.locator(".amaan-flag-row").first
    alert.wait_for(timeout=15_000)
    assert re.match(r"^[^:]+: ", plain(alert.locator("p").inner_text()))
    alert.scroll_into_view_if_needed()
    save(page, "big-class-needs-help-en-desktop")
    page.reload()
    page.wait_for_selector(".amaan-dash-grid table", timeout=30_000)
    settle(page)
    assert demo_class in plain(page.locator(".amaan-dash-class-title h2").inner_text())
    assert track_shown(page) == track
    # a remembered class that is not this educator's is ignored: the page opens on their first
    ctx.add_cookies([{"name": "amaan_class", "value": "999999", "url": school["url"] + "/educator"}])
    page.reload()
    page.wait_for_selector(".amaan-dash-grid table", timeout=30_000)
    assert plain(page.locator(".amaan-dash-class-title h2").inner_text()).startswith(options[0])
    ctx.close()
    watch.assert_clean()


def test_a_learner_of_a_big_class_is_exported_and_deleted_from_the_list(browser, school):
    ctx, page, watch = educator_signed_in(browser, school, PHONE, "en")
    choose_class(page, "Whole school")
    tab(page, 1)
    find = page.locator(".amaan-learner-find input")
    find.fill("Learner 129")
    find.press("Enter")
    row = page.locator(".amaan-learner-row", has_text="Learner 129")
    row.wait_for(timeout=15_000)
    with page.expect_download() as download:
        row.locator("button[data-act=export]").click()
    assert download.value.suggested_filename.startswith("amaan-learner-")
    data = download.value.path().read_text("utf-8")
    assert "Learner 129" in data
    row.locator("button[data-act=delete]").click()
    confirm = row.locator("button[data-act=delete-confirm]")
    confirm.wait_for(timeout=15_000)
    save(page, "big-class-delete-confirm-en-phone")
    confirm.click()
    expect(page.locator(".amaan-learner-row", has_text="Learner 129")).to_have_count(0, timeout=15_000)
    ctx.close()
    watch.assert_clean()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_child_finds_their_name_in_a_class_of_130(browser, school, lang):
    ctx, page, watch = educator_signed_in(browser, school, DESKTOP, lang)
    choose_class(page, "Whole school")
    tab(page, 1)
    code = page.locator(".code").inner_text().strip()
    ctx.close()
    watch.assert_clean()
    child = browser.new_context(viewport=PHONE, locale=lang, extra_http_headers={"Accept-Language": lang})
    page = child.new_page()
    watch = Watch(school["url"])
    page.on("request", watch.request)
    page.on("console", watch.console)
    page.goto(school["url"] + "/")
    page.wait_for_selector(".amaan-join-class button", timeout=30_000)
    page.locator(".amaan-join-class button").click()
    page.locator(".amaan-join-code input").fill(code)
    page.locator(".amaan-join-next button").click()
    names = page.locator("[class*='amaan-learner-'] button")
    names.first.wait_for(timeout=15_000)
    assert names.count() == 40  # a page of names, not 130 buttons
    find = page.locator(".amaan-find-name input")
    find.fill("Learner 10")
    find.press("Enter")
    page.locator("[class*='amaan-learner-'] button", has_text="Learner 109").wait_for(timeout=15_000)
    assert names.count() == 10
    no_sideways_scroll(page)
    save(page, f"big-class-sign-in-names-{lang}-phone")
    child.close()
    watch.assert_clean()
