"""Girls are addressed as girls (issue 17): a girl and a boy, in Arabic and in French, choose how
the app speaks to them on the home screen, open a lesson, answer a quiz question and read its
feedback in their form; a reload keeps the choice (a guest's cookie).

The lesson is found at run time, from the content as it stands: the first of the band whose first
quiz question has an option whose feedback is written for a girl and for a boy in that language.
"""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from course.content.report import load_content
from course.l10n.bundles import plain, translator
from tests.browser.conftest import PHONE, shot
from tests.browser.test_get_help import cookies_of, wait_cookie_value
from tests.browser.test_learner_flow import click, control, wait_text
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

COOKIE = "amaan_form_of_address"
BANDS = {"9-12": 1, "13-18": 2}


def words(locale: str, form: str | None):
    t = translator(locale, ROOT).addressing(form)
    return lambda msg_id, attr=None, **args: plain((t.attr(msg_id, attr, **args) if attr else t(msg_id, **args)) or "")


@pytest.fixture(scope="module")
def catalogue():
    return load_content(ROOT).catalogue


def a_walk(catalogue, locale: str) -> tuple[str, str, str]:
    """(band, lesson, option id of its first question) whose option's feedback selects in ``locale``."""
    girl, boy = words(locale, "f"), words(locale, "m")
    for band in BANDS:
        for entry in catalogue.track(band):
            question = entry.quiz.questions[0]
            if not getattr(question, "options", None) or question.kind == "true-false":
                continue
            for option in question.options:
                msg_id = f"{entry.quiz.id}-{question.id}-{option.id}"
                if girl(msg_id, "feedback") != boy(msg_id, "feedback"):
                    return band, entry.id, option.id
    pytest.fail(f"no {locale} quiz feedback selects on $address yet")


def pressed(page) -> list[str]:
    """The labels of the form-of-address buttons shown as chosen."""
    return [plain(t).strip() for t in page.locator(".amaan-address button[aria-pressed=true]").all_inner_texts()]


def walk_to_quiz(page) -> list[str]:
    """Next through the lesson (a choice card answered by its first option) until the quiz; returns
    the kickers seen on the way ("What would you do?"...)."""
    kickers = []
    for _ in range(12):
        if control(page, "check").count():
            break
        before = page.locator(".progress .count").inner_text()
        kicker = page.locator(".kicker")
        if kicker.count():
            kickers.append(plain(kicker.first.inner_text()).strip())
        if page.locator("button.amaan-skip").count():
            page.locator("button.amaan-choice").first.click()
            page.locator("button.amaan-choice[aria-pressed=true]").wait_for()
        click(page, "next")
        expect(page.locator(".progress .count")).not_to_have_text(before)
    control(page, "check").wait_for()
    return kickers


@pytest.mark.parametrize("form", ["f", "m"], ids=["girl", "boy"])
@pytest.mark.parametrize("locale", ["ar", "fr"])
def test_a_child_chooses_how_to_be_spoken_to_and_the_app_speaks_so(open_page, catalogue, locale, form):
    said, other = words(locale, form), words(locale, "m" if form == "f" else "f")
    band, lesson, option = a_walk(catalogue, locale)
    page, _ = open_page("/" if locale == "ar" else "/?lang=fr", PHONE, locale)

    # home: "Talk to me as: a girl / a boy", nothing chosen
    page.locator(".amaan-address button").first.wait_for()
    assert said("address-question") in plain(page.locator("#address-label").inner_text())
    assert pressed(page) == [] and COOKIE not in cookies_of(page)
    choice = said("address-girl" if form == "f" else "address-boy")
    page.locator(".amaan-address button", has_text=choice).click()
    # the server's answer: the choice shown as pressed. (Not the note's words: a boy's are the
    # default form's, already on screen before the tap, so waiting for them waited for nothing.)
    expect(page.locator(".amaan-address button[aria-pressed=true]")).to_have_count(1)
    wait_text(page, said("home-guest-note"))  # the screen on show, rewritten in the chosen form
    assert pressed(page) == [choice]
    wait_cookie_value(page, COOKIE, form)
    notes = " ".join(plain(t) for t in page.locator(".hello ~ .note, .note").all_inner_texts())
    assert said("home-guest-note") in notes and other("home-guest-note") not in notes
    assert plain(control(page, "get-help").inner_text()).strip() == said("help-button")
    shot(page, f"address-{locale}-{form}-home")

    # a lesson, then its quiz
    page.locator(".amaan-bands button").nth(BANDS[band]).click()
    page.wait_for_selector(f".amaan-open-{lesson} button")
    click(page, f"open-{lesson}")
    page.wait_for_selector("button.amaan-next")
    kickers = walk_to_quiz(page)
    if said("player-what-would-you-do") != other("player-what-would-you-do") and kickers:
        assert said("player-what-would-you-do") in kickers or said("player-key-message") in kickers
        assert other("player-what-would-you-do") not in kickers
    entry = catalogue[lesson]
    question = entry.quiz.questions[0]
    prefix = f"{entry.quiz.id}-{question.id}"
    how = "quiz-choose-all" if question.selection == "many" else "quiz-choose-one"
    wait_text(page, said(how))
    page.locator("label.answer", has_text=said(f"{prefix}-{option}")).first.click()
    click(page, "check")
    page.locator(".feedback").wait_for()
    feedback = plain(page.locator(".feedback").inner_text())
    assert said(f"{prefix}-{option}", "feedback") in feedback
    assert other(f"{prefix}-{option}", "feedback") not in feedback
    shot(page, f"address-{locale}-{form}-quiz")

    # a reload keeps the choice: the same question, its words and the home screen in that form
    page.reload()
    page.wait_for_selector(".amaan-get-help", timeout=30_000)
    control(page, "quiz-exit").wait_for(timeout=30_000)
    assert plain(control(page, "get-help").inner_text()).strip() == said("help-button")
    assert said("quiz-exit") in plain(control(page, "quiz-exit").inner_text())
    click(page, "quiz-exit")
    page.locator(".amaan-address button").first.wait_for()
    assert pressed(page) == [choice]
    wait_text(page, said("home-guest-note"))
    if locale == "ar":
        control(page, "get-help").click()
        wait_text(page, said("help-intro"))
        assert other("help-intro") not in plain(page.locator(".help").inner_text())
        shot(page, f"address-{locale}-{form}-help")
        click(page, "close-help")

    # cleared: not chosen, and the cookie is gone
    click(page, "address-clear")
    page.wait_for_function("() => !document.querySelector('.amaan-address button[aria-pressed=true]')")
    wait_text(page, words(locale, None)("home-guest-note"))
    for _ in range(100):
        if COOKIE not in cookies_of(page):
            break
        page.wait_for_timeout(100)
    assert COOKIE not in cookies_of(page)
