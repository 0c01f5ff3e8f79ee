"""Authors preview lessons in the app; a broken lesson is left out and its error is shown.

Issue 16, author items 3-6: the two language panes move together (cards and quiz), the menus
keep each part of a label in its own direction and name languages, the string table cuts between
words, and the page says when edits to the files show; at 1280 and 360 px, in Arabic and English."""
from __future__ import annotations

import shutil

import pytest

from tests.browser.conftest import DESKTOP, PHONE, Watch, launch, shot
from tests.browser.test_learner_flow import click, wait_text
from tests.conftest import ROOT, copy_lesson
from tests.serving import launch_with_educator

pytestmark = pytest.mark.browser
PASSWORD = "a long enough password"
FSI, PDI = "\u2068", "\u2069"
SIZES = {"desktop": DESKTOP, "phone": PHONE}


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


@pytest.fixture(scope="module")
def dev_account(browser, dev_server):
    """The dev server's first educator, made through its one-time setup link."""
    ctx, _page = sign_up(browser, dev_server)
    ctx.close()


def test_preview_walks_a_lesson_in_two_languages_and_shows_errors(browser, dev_server, dev_account):
    ctx, page, _watch = author_page(browser, dev_server, "en", "desktop")
    wait_text(page, "These lesson files have errors")
    wait_text(page, "UNKNOWN-KEY unknown key 'minuts'")
    select_lesson(page, "private-eye")
    compare_with(page, "ar")
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


# ---- issue 16, author items 3-6 ----------------------------------------------------------------


@pytest.fixture(scope="module")
def plain_server(tmp_path_factory):
    """`course serve` without --dev, on the shipped content, with one educator."""
    with launch_with_educator(tmp_path_factory.mktemp("data"), "author", PASSWORD, "Author") as url:
        yield url


def author_page(browser, server, lang: str, size: str):
    """(context, page, watch): signed in, on /author in ``lang``; fails on requests beyond the server."""
    ctx = browser.new_context(viewport=SIZES[size], locale=lang, extra_http_headers={"Accept-Language": lang})
    page = ctx.new_page()
    watch = Watch(server)
    page.on("request", watch.request)
    page.on("console", watch.console)
    page.goto(server + f"/author?lang={lang}")
    page.fill("#f-username", "author")
    page.fill("#f-password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector(".amaan-author-lesson select", timeout=30_000)
    return ctx, page, watch


def select_lesson(page, lesson_id: str) -> None:
    """Pick a lesson by its id, which every label ends with (isolated): Bokeh's <option>s carry no ids."""
    labels = options_text(page, "lesson")
    index = next(i for i, label in enumerate(labels) if label.endswith(f"({FSI}{lesson_id}{PDI})"))
    page.locator(".amaan-author-lesson select").select_option(index=index)


NAMES = {"ar": "العربية", "en": "English", "fr": "Français"}


def compare_with(page, lang: str) -> None:
    """Pick the second pane's language by its name (the menu shows names, not codes)."""
    labels = options_text(page, "right")
    page.locator(".amaan-author-right select").select_option(index=labels.index(f"{FSI}{NAMES[lang]}{PDI}"))


def pane(page, i: int):
    return page.locator(".amaan-author-pane").nth(i)


def card(page, i: int) -> str:
    """The card (or question) number pane ``i`` shows, from its progress bar."""
    return pane(page, i).locator("[role=progressbar]").get_attribute("aria-valuenow") or ""


def both_on(page, number: int) -> None:
    for i in (0, 1):
        pane(page, i).locator(f"[role=progressbar][aria-valuenow='{number}']").wait_for(timeout=15_000)
    assert card(page, 0) == card(page, 1) == str(number)


def press(page, i: int, button: str, then_on: int) -> None:
    """``button`` pressed in pane ``i``; both panes then show card ``then_on``."""
    pane(page, i).locator(f"button.amaan-{button}").click()
    both_on(page, then_on)


def options_text(page, name: str) -> list[str]:
    return page.locator(f".amaan-author-{name} select option").evaluate_all("os => os.map(o => o.textContent)")


@pytest.mark.parametrize("size", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_panes_move_together_and_the_page_reads_well(browser, plain_server, lang, size):
    other = "en" if lang == "ar" else "ar"
    ctx, page, watch = author_page(browser, plain_server, lang, size)
    warnings: list[str] = []
    page.on("console", lambda message: warnings.append(message.text) if message.type == "warning" else None)
    # item 5: each part of a lesson label is isolated; languages are named, not coded
    lessons = options_text(page, "lesson")
    assert len(lessons) > 10 and all(label.count(FSI) >= 3 and label.count(FSI) == label.count(PDI)
                                      for label in lessons)
    assert {x.strip(FSI + PDI) for x in options_text(page, "left")} == {"العربية", "English", "Français"}
    # item 6: not served with --dev, so the page says how to see edits
    assert page.locator(".author-dev code").inner_text() == "course serve --dev"
    select_lesson(page, "private-eye")
    compare_with(page, other)
    pane(page, 1).locator("button.amaan-next").wait_for(timeout=30_000)
    both_on(page, 1)
    # item 3: the second pane moves to card 4 (story, story, choice skipped), the first follows
    press(page, 1, "next", 2)
    press(page, 1, "next", 3)
    press(page, 1, "skip", 4)
    shot(page, f"author-together-{lang}-{size}")
    assert page.locator("table.sources th[scope=row]").first.inner_text() == "private-eye-private-info"
    assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size]["width"]
    # item 4: the key message is long: the string table cuts it between words, with an ellipsis,
    # the whole text in its tooltip, in each language
    cells = page.locator("table.sources td[title]")
    assert cells.count() == 3
    for i in range(3):
        full, shown = cells.nth(i).get_attribute("title") or "", cells.nth(i).inner_text().strip()
        assert shown.endswith("…") and len(shown) < len(full), (full, shown)
        kept = shown[:-1]
        assert full.startswith(kept) and full[len(kept)] in " ,.،", (full, shown)
    # ...and back from the first pane
    press(page, 0, "back", 3)
    # the quiz too: walk to it in the first pane, answer in the second, both show the verdict
    press(page, 0, "skip", 4)
    press(page, 0, "next", 5)
    press(page, 0, "skip", 6)
    pane(page, 0).locator("button.amaan-next").click()  # the last card starts the quiz
    for i in (0, 1):
        pane(page, i).locator("button.amaan-check").wait_for(timeout=15_000)
    pane(page, 1).locator(".answers button, .answers input").first.click()
    pane(page, 1).locator("button.amaan-check").click()
    for i in (0, 1):
        pane(page, i).locator(".feedback").wait_for(timeout=15_000)
    shot(page, f"author-quiz-{lang}-{size}")
    # no sideways scroll on a phone
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES[size]["width"], width
    # another language, then another lesson: the panes are built again, on the first card
    compare_with(page, "fr")
    pane(page, 1).locator("h2[lang=fr]").wait_for(timeout=15_000)
    both_on(page, 1)
    select_lesson(page, "danger")
    both_on(page, 1)
    # item 7 on this page: no deprecation warning in the console, no Bokeh reference warnings in the log
    assert [w for w in warnings if "allowHTML" in w or "deprecat" in w.lower()] == []
    assert "reference already known" not in plain_server.console()
    watch.assert_clean()
    ctx.close()


def test_dev_mode_says_edits_show_at_once(browser, dev_server, dev_account):
    ctx, page, watch = author_page(browser, dev_server, "ar", "phone")
    wait_text(page, "تظهر تعديلات ملفات الدروس هنا فور حفظها.")
    assert page.locator(".author-dev code").count() == 0
    shot(page, "author-dev-live-ar-phone")
    watch.assert_clean()
    ctx.close()
