"""Issue 16, items 6 and 7: the printed certificate and class report, in Arabic and English, on a
phone and a desktop. A girl's certificate must not read «أكمل سلمى» (a verb for a boy): her name
stands on its own line and the sentence names no one; dates are in the reader's form."""
from __future__ import annotations

import re

import pytest

from tests.browser.conftest import DESKTOP, PHONE, educator_signed_in, launch, shot
from tests.browser.test_dashboard import run

pytestmark = pytest.mark.browser
PASSWORD = "a long enough password"

# Salma masters every under-9 lesson through the store's own calls, as the player makes them: every
# card read, every quiz finished with first answers right. Prints "<learner id> <class id>".
SEED = """
from course.content.report import load_content
from course.paths import content_root
from course.store import accounts, classes, db
from course.store.demo import lesson_dicts
from course.store.progress import record_step
from course.store.quizzes import finish_quiz_try, record_answer, start_quiz_try
db.ensure_schema()
teacher = accounts.create_educator("teacher", "PASSWORD", "Teacher")
klass = classes.create_class(teacher, "الصف الثاني أ")
salma = classes.add_learner(klass.id, "سلمى", ("camel", "moon", "star"), as_educator=teacher, age_band="under-9")
entries = [e for e in load_content(content_root()).catalogue.entries if e.track == "under-9"]
for n, lesson in enumerate(lesson_dicts(entries)):
    for step in range(lesson["steps"]):
        record_step(salma, lesson["id"], step, lesson["steps"], 20, lesson["version"], f"s{n}-{step}")
    t = start_quiz_try(salma, lesson["id"], lesson["quiz_id"], float(lesson["mastery"]),
                       int(lesson["tries_per_question"]), lesson["version"], f"t{n}",
                       question_count=len(lesson["questions"]))
    for q in lesson["questions"]:
        record_answer(t.id, salma, q["id"], q["correct"], True, False, 1, lesson["version"], f"a{n}-{q['id']}")
    finish_quiz_try(t.id, f"f{n}", learner_id=salma)
print(salma, klass.id)
""".replace("PASSWORD", PASSWORD)


def no_sideways_scroll(page) -> None:
    widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], widths


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    data = tmp_path_factory.mktemp("printouts")
    learner, klass = run(data, "-c", SEED).split()
    with launch(data) as url:
        yield {"url": url, "username": "teacher", "password": PASSWORD, "learner": learner, "class": klass}


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_girls_certificate_and_the_class_report_print_in_her_language(browser, school, size, lang):
    ctx, page, watch = educator_signed_in(browser, school, size, lang)
    where = "phone" if size is PHONE else "desktop"
    # the certificate is the child's: in her language (the class learner's locale), whoever prints it
    page.goto(f"{school['url']}/educator/print/certificate/{school['learner']}/under-9")
    assert page.locator(".cert-name").inner_text() == "سلمى"
    text = page.locator(".cert-text").inner_text()
    assert "سلمى" not in text and not re.match("أكمل", text)
    date = page.locator("main p").nth(3).inner_text()
    assert not re.search(r"\d{4}-\d{2}-\d{2}", date)  # not ISO: the locale's own form
    no_sideways_scroll(page)
    shot(page, f"certificate-{lang}-{where}")
    page.goto(f"{school['url']}/educator/print/class/{school['class']}?track=under-9&lang={lang}")
    assert page.locator("h1").count() == 1 and "الصف الثاني أ" in page.locator("h1").inner_text()
    assert not re.search(r"\d{4}-\d{2}-\d{2}", page.locator("body").inner_text())
    no_sideways_scroll(page)  # a wide grid scrolls inside its own box
    shot(page, f"class-report-{lang}-{where}")
    watch.assert_clean()
    ctx.close()
