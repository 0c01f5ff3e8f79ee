"""Issue 16, item 9, "day one with a class": a teacher pastes a class list, every child gets a picture
password, and a sheet of sign-in cards prints from the page; a list with bad lines adds nobody.

On a desktop and a 360 px phone, in Arabic and English. The cards' pictures exist only in the
teacher's session: the sheet is a frame of the page (srcdoc), printed from inside it. Any request
beyond 127.0.0.1 or any console error fails a test. Screenshots: test-artifacts/screenshots/roster-*.png.
"""
from __future__ import annotations

import re

import pytest

from tests.browser.conftest import DESKTOP, PHONE, educator_signed_in, launch, shot
from tests.browser.test_classes import tap_pictures
from tests.browser.test_dashboard import demo_educator, run
from tests.browser.test_educator_big_class import no_sideways_scroll, plain, settle
from tests.browser.test_learner_flow import click, loose, wait_text

pytestmark = pytest.mark.browser
SIZES = {"desktop": DESKTOP, "phone": PHONE}
NAMES = {
    "en": ["Adam", "Amira", "Bilal", "Dina", "Elias", "Farah", "Ghassan", "Hala", "Ibrahim", "Jana",
           "Karim", "Lina", "Majd", "Nadia", "Omar", "Petra", "Qais", "Rania", "Sami", "Tala",
           "Usama", "Wafa", "Yara", "Zaid", "Aya", "Basel", "Celine", "Dalia", "Eyad", "Fadi"],
    "ar": ["آدم", "أميرة", "بلال", "دينا", "إلياس", "فرح", "غسّان", "هالة", "إبراهيم", "جنى",
           "كريم", "لينا", "مجد", "نادية", "عمر", "بترا", "قيس", "رانيا", "سامي", "تالا",
           "أسامة", "وفاء", "يارا", "زيد", "آية", "باسل", "سيلين", "داليا", "إياد", "فادي"],
}
ADDED = {"en": "30 learners added.", "ar": "أُضيف 30 متعلّمًا."}
TITLE = {"en": "30 learners", "ar": "30 متعلّمًا"}


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    """`course demo`, plus empty classes of the demo educator: one for each walk."""
    data = tmp_path_factory.mktemp("roster")
    username, password = demo_educator(data, 3)
    names = [f"Day one {lang} {size}" for lang in NAMES for size in SIZES] + ["Refusals"]
    run(data, "-c", (
        "from sqlalchemy import select\n"
        "from course.store import db, classes\n"
        "from course.store.models import Educator\n"
        "db.ensure_schema()\n"
        "with db.read() as s:\n"
        f"    teacher = s.scalar(select(Educator.id).where(Educator.username == '{username}'))\n"
        f"for name in {names!r}:\n"
        "    klass = classes.create_class(teacher, name)\n"
        "    if name == 'Refusals':\n"
        "        classes.add_learner(klass.id, 'Salma', None)\n"))
    with launch(data) as url:
        yield {"url": url, "username": username, "password": password}


def classes_tab(page, class_name: str) -> None:
    page.locator(".bk-tab").nth(1).click()
    select = page.locator(".amaan-class-pick select")
    select.wait_for(timeout=15_000)
    select.select_option(label=class_name)
    page.locator(".card h2", has_text=class_name).wait_for(timeout=15_000)
    settle(page)


def learners_title(page) -> str:
    return plain(page.locator("h2", has_text=re.compile("learner|متعلّم|لا متعلّمين")).last.inner_text())


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("size", SIZES)
def test_a_pasted_list_becomes_a_class_with_printable_sign_in_cards(browser, school, size, lang):
    ctx, page, watch = educator_signed_in(browser, school, SIZES[size], lang, ready=".bk-tab")
    class_name = f"Day one {lang} {size}"
    classes_tab(page, class_name)
    box = page.locator(".amaan-roster-text textarea")
    box.fill("\n".join(NAMES[lang][:15]) + "\n\n   \n" + "\n".join(f"  {n}  " for n in NAMES[lang][15:]))
    click(page, "add-many")
    wait_text(page, ADDED[lang])
    page.locator(".amaan-cards-note", has_text=re.compile("30")).wait_for(timeout=15_000)
    assert learners_title(page) == TITLE[lang]
    assert box.input_value() == ""  # added: the box is ready for the next list
    shot(page, f"roster-added-{lang}-{size}")

    click(page, "open-cards")
    frame_box = page.locator("iframe.amaan-cards-frame")
    frame_box.wait_for(timeout=15_000)
    frame = page.frame_locator("iframe.amaan-cards-frame")
    cards = frame.locator(".card")
    cards.nth(29).wait_for(timeout=15_000)
    assert cards.count() == 30 and frame.locator(".page").count() == 4  # eight to an A4 page
    assert [plain(n) for n in frame.locator(".card .name").all_inner_texts()] == NAMES[lang]
    assert frame.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert frame.locator(".card .name bdi").count() == 30
    first = cards.first
    assert first.locator(".pics img").count() == 3
    # the pictures are our own static files, and they did load (an image that failed has no width)
    first.locator(".pics img").last.evaluate("img => img.complete || new Promise(r => img.onload = r)")
    assert first.locator(".pics img").evaluate_all("imgs => imgs.every(i => i.naturalWidth > 0)")
    assert frame.locator(".amaan-print-now").is_visible()
    frame_box.scroll_into_view_if_needed()
    settle(page)
    shot(page, f"roster-cards-{lang}-{size}")
    if size == "phone":
        no_sideways_scroll(page)
        assert frame.locator("body").evaluate("b => b.scrollWidth <= b.clientWidth")

    # On paper: no toolbar, two cards across, each cut out along dashed lines.
    page.emulate_media(media="print")
    assert not frame.locator(".toolbar").is_visible()
    columns = frame.locator(".page").first.evaluate("p => getComputedStyle(p).gridTemplateColumns.split(' ').length")
    assert columns == 2
    assert first.evaluate("c => getComputedStyle(c).borderBlockEndStyle") == "dashed"
    frame_box.screenshot(path=str(shot(page, f"roster-cards-print-{lang}-{size}")))
    page.emulate_media(media="screen")

    if lang == "en" and size == "desktop":
        # The card is right: its child signs in with the pictures printed on it.
        name = plain(first.locator(".name").inner_text())
        pictures = [plain(p) for p in first.locator(".pics span").all_inner_texts()]
        code = first.locator(".code strong").inner_text().strip()
        child = ctx.browser.new_context(viewport=PHONE, extra_http_headers={"Accept-Language": "en"})
        kid = child.new_page()
        kid.goto(school["url"] + "/?lang=en")
        click(kid, "join-class")
        kid.locator(".amaan-join-code input").fill(code)
        click(kid, "join-next")
        wait_text(kid, "Tap your name.")
        kid.locator("[class*='amaan-learner-'] button", has_text=name).first.click()
        tap_pictures(kid, pictures)
        wait_text(kid, f"Signed in: {name}")
        child.close()

    click(page, "forget-cards")
    page.locator("iframe.amaan-cards-frame").wait_for(state="detached", timeout=15_000)
    assert not page.locator(".amaan-open-cards").is_visible()
    ctx.close()
    watch.assert_clean()


def test_a_list_with_bad_lines_adds_nobody_and_names_each_line(browser, school):
    ctx, page, watch = educator_signed_in(browser, school, PHONE, "en", ready=".bk-tab")
    classes_tab(page, "Refusals")
    assert learners_title(page) == "One learner"
    page.locator(".amaan-roster-text textarea").fill("Nour\nsalma\n\nNour\nYousef\nN0ur")
    click(page, "add-many")
    problems = page.locator(".amaan-roster-problems")
    problems.get_by_text(loose("3 lines cannot be added, so nobody was added.")).wait_for(timeout=15_000)
    said = [plain(x) for x in problems.locator("li").all_inner_texts()]
    assert said == ['Line 2: the class already has "Salma" or a name that looks the same.',
                    'Line 4: "Nour" is already on line 1.',
                    'Line 6: "N0ur" looks the same as "Nour" on line 1. Add something to tell them apart, such as an initial.']
    assert learners_title(page) == "One learner"  # nothing was added
    assert page.locator(".amaan-roster-text textarea").input_value().startswith("Nour\nsalma")  # nothing lost
    assert not page.locator(".amaan-open-cards").is_visible()
    problems.scroll_into_view_if_needed()
    shot(page, "roster-refused-en-phone")
    no_sideways_scroll(page)

    page.locator(".amaan-roster-text textarea").fill("Nour\nYousef")  # corrected
    click(page, "add-many")
    wait_text(page, "2 learners added.")
    assert not problems.is_visible()
    assert learners_title(page) == "3 learners"

    # A CSV file from Excel ("CSV UTF-8": a byte order mark, a header row): the names column only.
    csv = "\ufeffclass,name,age\n4A,Layla,9\n4A,سلمى,10\n".encode()
    page.locator(".amaan-roster-file input[type=file]").set_input_files(
        files=[{"name": "class.csv", "mimeType": "text/csv", "buffer": csv}])
    settle(page)
    click(page, "add-many")
    page.locator("h2", has_text=loose("5 learners")).wait_for(timeout=15_000)
    wait_text(page, "2 learners added.")
    chosen = page.locator(".amaan-roster-file input[type=file]")
    for _ in range(30):  # the file is set aside once used: the server clears the input
        if chosen.evaluate("i => i.files.length") == 0:
            break
        settle(page, 300)
    assert chosen.evaluate("i => i.files.length") == 0
    assert learners_title(page) == "5 learners"
    ctx.close()
    watch.assert_clean()
