"""The learner's player (issue 15): each defect the issue lists, walked as a child would.

One component draws the lesson, the quiz and the results (course/web/views/player.py); these
tests find its buttons by their stable classes (button.amaan-next...) in its shadow root.
"""
from __future__ import annotations

import hashlib
import os
import re

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect

from course.content.report import load_content
from course.content.steps.choice import ChoiceStep
from course.l10n import translator
from course.l10n.bundles import plain
from course.learning.choices import choice_order
from tests.browser.conftest import DESKTOP, PHONE, Watch, shot
from tests.browser.relay import Relay
from tests.browser.test_learner_flow import (
    LESSON,
    choose,
    click,
    control,
    lesson_button_says,
    next_and_wait,
    next_card,
    open_lesson,
    progress_label,
    wait_text,
    walk_to_quiz,
)
from tests.browser.test_read_aloud import ARABIC_VOICE, ENGLISH_ONLY, speech_page
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

EN = translator("en", ROOT)
AR = translator("ar", ROOT)
U9 = "u9-right-to-play"
U9_QUIZ = "u9-right-to-play-quiz"


def en(message_id: str) -> str:
    return plain(EN(message_id))


def ar(message_id: str) -> str:
    return plain(AR(message_id))


@pytest.fixture(scope="module")
def catalogue():
    return load_content(ROOT).catalogue


def database(server) -> sa.Engine:
    """The server's own database: the SQLite file in its data directory (tests/serving.py)."""
    if os.environ.get("COURSE_TEST_POSTGRES_URL") and os.environ.get("COURSE_BROWSER_ON_POSTGRES"):
        return sa.create_engine(os.environ["COURSE_TEST_POSTGRES_URL"])
    return sa.create_engine(f"sqlite:///{server.log_path.parent / 'amaan.sqlite3'}")


def guest_id(page, server) -> int:
    """The learner behind this browser's guest cookie (only its sha256 is stored)."""
    page.wait_for_function("true")  # let the cookie request finish
    for _ in range(100):
        token = {c["name"]: c["value"] for c in page.context.cookies()}.get("amaan_guest")
        if token:
            break
        page.wait_for_timeout(100)
    assert token, "the guest never got a cookie"
    engine = database(server)
    try:
        with engine.connect() as db:
            return db.execute(sa.text("SELECT id FROM learner WHERE guest_token_hash = :h"),
                              {"h": hashlib.sha256(token.encode()).hexdigest()}).scalar_one()
    finally:
        engine.dispose()


def choice_labels(page) -> list[str]:
    return [plain(text).strip() for text in page.locator("button.amaan-choice").all_inner_texts()]


def open_u9_lesson(page, lesson: str = U9) -> None:
    open_lesson(page, band_index=0, lesson=lesson)


def walk_u9_to_quiz(page) -> None:
    """Next through a lesson (its choice cards answered) until the quiz shows."""
    for _ in range(8):
        if control(page, "check").count():
            return
        before = page.locator(".progress .count").inner_text()  # as drawn, bidi marks and all
        next_card(page)
        expect(page.locator(".progress .count")).not_to_have_text(before)
    control(page, "check").wait_for()


def answer(page, label: str) -> None:
    """Pick the answer whose label is ``label`` (exactly), as a child taps it."""
    page.locator("label.answer", has_text=label).first.click()


def check_and_wait(page, expected: str) -> None:
    click(page, "check")
    wait_text(page, expected)


# ---- item 2: a "what would you do?" card waits for a choice, or a visible skip --------------------

def on_question_two(open_page):
    """A phone in English with private-eye's first question answered right, on the second."""
    page, _ = open_page("/?lang=en", PHONE, "en")
    open_lesson(page)
    walk_to_quiz(page)
    for label in ("Your home address", "Your password", "The name of your school"):
        answer(page, label)
    check_and_wait(page, "That's right!")
    click(page, "next-question")
    wait_text(page, "Question 2 of 5")
    return page


def test_next_on_an_unanswered_choice_card_says_to_choose_and_skip_moves_on(open_page):
    page, _ = open_page("/?lang=en", PHONE, "en")
    open_lesson(page)
    for card in (2, 3):
        click(page, "next")
        wait_text(page, f"Card {card} of 6")
    next_button = control(page, "next")
    assert next_button.get_attribute("aria-disabled") == "true"
    assert control(page, "skip").is_visible()
    assert page.get_by_text(en("player-choose-first")).count() == 0 or not page.get_by_text(
        en("player-choose-first")).is_visible()
    next_button.click(force=True)  # aria-disabled: a child can still tap it (playwright would wait)
    wait_text(page, en("player-choose-first"))
    page.wait_for_timeout(1000)  # time enough for a move to show, were it taken
    assert progress_label(page) == "Card 3 of 6"
    shot(page, "player-choose-first-en-phone")
    # Skip is a visible choice of its own: it moves on without counting as the choice
    click(page, "skip")
    wait_text(page, "Card 4 of 6")
    click(page, "back")
    wait_text(page, "Card 3 of 6")
    assert control(page, "skip").is_visible()  # skipped is not answered: still waiting
    assert control(page, "next").get_attribute("aria-disabled") == "true"
    choose(page, en("private-eye-what-now-ask-mum"))
    assert control(page, "skip").count() == 0
    assert control(page, "next").get_attribute("aria-disabled") is None
    click(page, "next")
    wait_text(page, "Card 4 of 6")


def test_tapping_through_the_cards_does_not_complete_the_lesson(open_page):
    """Reaching the quiz without answering it is not "Completed": the lesson is in progress."""
    page, _ = open_page("/?lang=en", PHONE, "en")
    open_lesson(page)
    for card in range(2, 7):
        if control(page, "skip").count():
            click(page, "skip")
        else:
            click(page, "next")
        wait_text(page, f"Card {card} of 6")
    click(page, "next")
    wait_text(page, "Question 1 of 5")
    click(page, "quiz-exit")
    page.wait_for_selector(f".amaan-open-{LESSON} button")
    status = plain(page.locator(f".amaan-open-{LESSON} .status").inner_text())
    assert status == en("status-in-progress"), status


# ---- item 4: a reload lands on the same card or question ----------------------------------------

def test_a_reload_mid_lesson_lands_on_the_same_card_in_arabic(open_page):
    page, _ = open_page("/", PHONE, "ar")
    open_lesson(page)
    click(page, "next")
    wait_text(page, "البطاقة 2 من 6")
    click(page, "next")
    wait_text(page, "البطاقة 3 من 6")
    choose(page, ar("private-eye-what-now-ask-mum"))
    click(page, "next")
    wait_text(page, "البطاقة 4 من 6")
    assert f"lesson={LESSON}" in page.url
    page.reload()
    page.wait_for_selector("button.amaan-next", timeout=30_000)
    assert progress_label(page) == "البطاقة 4 من 6"
    assert page.locator(".amaan-bands").count() == 0
    assert page.evaluate("document.documentElement.dir") == "rtl"


def test_a_reload_mid_quiz_lands_on_the_same_question(open_page):
    page = on_question_two(open_page)
    answer(page, en("private-eye-quiz-game-asks-answer-all"))
    check_and_wait(page, "You can try one more time.")
    page.reload()
    page.wait_for_selector("button.amaan-check", timeout=30_000)
    assert progress_label(page) == "Question 2 of 5"
    # the try taken before the reload is still taken: its answer is the one Check waits to change
    wait_text(page, "You can try one more time.")


# ---- item 5: an under-9 picture question is answered by tapping the picture -----------------------

def test_an_under_9_child_answers_a_picture_question_by_tapping_the_picture(open_page):
    page, _ = open_page("/?lang=en", PHONE, "en")
    open_u9_lesson(page)
    walk_u9_to_quiz(page)
    wait_text(page, en(f"{U9_QUIZ}-fair-play"))
    assert page.locator(".answers.pictures img.answer-picture").count() == 2
    turns = page.locator("label.answer", has_text=en(f"{U9_QUIZ}-fair-play-turns"))
    assert control(page, "check").is_disabled()
    shot(page, "player-picture-question-en-phone")
    turns.locator("img.answer-picture").click()
    assert turns.locator("input").is_checked()
    assert not control(page, "check").is_disabled()
    # the other picture takes the choice over, as a radio does
    grab = page.locator("label.answer", has_text=en(f"{U9_QUIZ}-fair-play-grab"))
    grab.locator("img.answer-picture").click()
    assert grab.locator("input").is_checked() and not turns.locator("input").is_checked()
    turns.locator("img.answer-picture").click()
    check_and_wait(page, en("quiz-correct"))
    shot(page, "player-picture-feedback-en-phone")


# ---- item 7: read aloud stays in one place, and says when there is no voice -----------------------

def boxes(page) -> dict:
    return {name: control(page, name).bounding_box() for name in ("next", "back", "read-aloud")}


@pytest.mark.parametrize("voices", [ARABIC_VOICE, ENGLISH_ONLY], ids=["voice", "no-voice"])
def test_next_and_read_aloud_keep_their_place_from_a_story_card_to_a_choice_card(browser, server, voices):
    ctx, page = speech_page(browser, server, voices)
    try:
        assert page.locator("button.amaan-choice").count() == 0  # card 1: a story
        story = boxes(page)
        click(page, "next")
        page.locator("button.amaan-choice").first.wait_for()  # card 2: "what would you do?"
        choice = boxes(page)
        shot(page, f"player-read-aloud-{'voice' if voices == ARABIC_VOICE else 'no-voice'}-ar-phone")
        for cards in (story, choice):
            # Next shares its row with Back: Read aloud never pushes it onto a row of its own
            assert abs(cards["next"]["y"] - cards["back"]["y"]) < 1, cards
            assert cards["read-aloud"]["y"] + cards["read-aloud"]["height"] <= cards["next"]["y"], cards
        for name in ("next", "read-aloud"):
            assert abs(story[name]["x"] - choice[name]["x"]) < 1 and abs(story[name]["width"] - choice[name]["width"]) < 1, (
                name, story[name], choice[name])
        assert abs(story["read-aloud"]["y"] - choice["read-aloud"]["y"]) < 1
        page._amaan_watch.assert_clean()
    finally:
        ctx.close()


# ---- item 8: small things that add up --------------------------------------------------------------

def scroll_y(page) -> float:
    return page.evaluate("window.scrollY || document.scrollingElement.scrollTop")


def test_each_new_screen_starts_at_the_top_and_the_results_heading_is_in_view(open_page):
    page, _ = open_page("/?lang=en", PHONE, "en")
    open_lesson(page)
    walk_to_quiz_from = 5
    for card in range(2, walk_to_quiz_from + 1):
        next_card(page)
        wait_text(page, f"Card {card} of 6")
    # card 5: a picture, a question, three choices and the feedback: longer than a phone's screen
    choose(page, en("private-eye-photo-new-photo"))
    page.locator(".feedback").wait_for()
    page.evaluate("window.scrollTo(0, document.scrollingElement.scrollHeight)")
    page.wait_for_timeout(200)
    assert scroll_y(page) > 100, "card 5 should be longer than a phone's screen"
    click(page, "next")
    wait_text(page, "Card 6 of 6")
    page.wait_for_timeout(200)
    assert scroll_y(page) == 0
    walk_to_quiz(page, on_card=6)
    right = {1: ["Your home address", "Your password", "The name of your school"],
             2: [en("private-eye-quiz-game-asks-ask-adult")], 3: ["False"],
             4: [en("private-eye-quiz-location-photo-drawing")], 5: ["True"]}
    for number, labels in right.items():
        wait_text(page, f"Question {number} of 5")
        for label in labels:
            answer(page, label)
        check_and_wait(page, "That's right!")
        page.evaluate("window.scrollTo(0, document.scrollingElement.scrollHeight)")
        click(page, "next-question")
    heading = page.locator(".results h1")
    heading.wait_for()
    page.wait_for_timeout(200)
    box = heading.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], box
    assert scroll_y(page) == 0
    shot(page, "player-results-top-en-phone")


def test_the_quiz_has_an_exit_and_reopening_resumes_it(open_page):
    page = on_question_two(open_page)
    assert en("quiz-exit") in plain(control(page, "quiz-exit").inner_text())
    click(page, "quiz-exit")
    page.wait_for_selector(f".amaan-open-{LESSON} button")
    assert "lesson=" not in page.url  # a reload now stays on the list
    assert lesson_button_says(page) == "Continue"
    click(page, f"open-{LESSON}")
    wait_text(page, "Question 2 of 5")
    control(page, "check").wait_for()


def test_feedback_has_no_doubled_punctuation(open_page):
    """An answer's label ends in its own full stop: the feedback never adds a colon after it."""
    page = on_question_two(open_page)
    label = en("private-eye-quiz-game-asks-answer-all")
    assert label.endswith(".")
    answer(page, label)
    check_and_wait(page, "You can try one more time.")
    text = plain(page.locator(".feedback").inner_text())
    assert label in text and plain(EN.attr("private-eye-quiz-game-asks-answer-all", "feedback")) in text
    for doubled in (".:", "。:", "؟:", "!:", "?:", "::"):
        assert doubled not in text, text
    shot(page, "player-feedback-en-phone")


def test_feedback_in_arabic_has_no_doubled_punctuation(open_page):
    page, _ = open_page("/", PHONE, "ar")
    open_u9_lesson(page, "u9-not-for-you")
    walk_u9_to_quiz(page)
    for number in range(1, 5):  # every question, first with its last answer (often a wrong one)
        wait_text(page, f"السؤال {number} من 4")
        page.locator("label.answer").last.click()
        click(page, "check")
        page.locator(".feedback").wait_for()
        text = plain(page.locator(".feedback").inner_text())
        for doubled in (".:", "。:", "؟:", "!:", "::"):
            assert doubled not in text, text
        if control(page, "next-question").count() == 0:
            page.locator("label.answer input:not(:checked)").first.click()
            click(page, "check")
        click(page, "next-question")
    page.locator(".results").wait_for()


def u9_quiz(page, first_try_right: bool) -> None:
    """The under-9 quiz of u9-right-to-play in English: all right first time, or two questions
    right only at the second try."""
    wait_text(page, "Question 1 of 4")
    q = f"{U9_QUIZ}"
    if not first_try_right:
        answer(page, en(f"{q}-fair-play-grab"))
        check_and_wait(page, "You can try one more time.")
    answer(page, en(f"{q}-fair-play-turns"))
    check_and_wait(page, "That's right!")
    click(page, "next-question")
    wait_text(page, "Question 2 of 4")
    if not first_try_right:
        answer(page, "True")
        check_and_wait(page, "You can try one more time.")
    answer(page, "False")
    check_and_wait(page, "That's right!")
    click(page, "next-question")
    wait_text(page, "Question 3 of 4")
    answer(page, en(f"{q}-kind-words-good-try"))
    answer(page, en(f"{q}-kind-words-your-turn"))
    check_and_wait(page, "That's right!")
    click(page, "next-question")
    wait_text(page, "Question 4 of 4")
    answer(page, en(f"{q}-new-game-ask"))
    check_and_wait(page, "That's right!")
    click(page, "next-question")
    page.locator(".results").wait_for()


@pytest.mark.parametrize("first_try_right", [True, False], ids=["mastered", "not-yet"])
def test_under_9_results_show_stars_not_a_fraction(open_page, first_try_right):
    page, _ = open_page("/?lang=en", PHONE, "en")
    open_u9_lesson(page)
    walk_u9_to_quiz(page)
    u9_quiz(page, first_try_right)
    got = 4 if first_try_right else 2
    assert page.locator(".results .stars .star").count() == 4
    assert page.locator(".results .stars .star.got").count() == got
    assert page.locator(".results .stars").get_attribute("aria-label")  # said in words to a screen reader
    text = plain(page.locator(".results").inner_text())
    assert not re.search(r"\d\s*/\s*\d", text), text
    assert page.locator(".results .score").count() == 0
    shot(page, f"player-results-u9-{'mastered' if first_try_right else 'not-yet'}-en-phone")


# ---- item 10: "what would you do?" options, shuffled stably -----------------------------------------

def test_choice_options_are_shuffled_stably_per_learner(open_page, server, catalogue):
    """Each choice card shows its options in the order seeded by the learner and the lesson (the
    same after a reload); across the under-9 lessons the safest option, written second by the
    authors on most cards, does not always sit in the same place."""
    page, _ = open_page("/?lang=en", PHONE, "en")
    page.locator(".amaan-bands button").nth(0).click()
    lessons = [e for e in catalogue.entries if e.lesson.track == "under-9"]
    best_places: list[int] = []
    learner = None
    for entry in lessons:
        page.wait_for_selector(f".amaan-open-{entry.id} button")
        click(page, f"open-{entry.id}")
        page.wait_for_selector("button.amaan-next")
        if learner is None:
            learner = guest_id(page, server)
        steps = entry.lesson.steps
        for index, step in enumerate(steps):
            wait_text(page, f"Card {index + 1} of {len(steps)}")
            if isinstance(step, ChoiceStep):
                page.locator("button.amaan-choice").first.wait_for()
                shown = choice_labels(page)
                label_of = {o.id: en(f"{entry.id}-{step.id}-{o.id}") for o in step.options}
                expected = [label_of[oid] for oid in choice_order(step, f"{learner}:{entry.id}")]
                assert shown == expected, (entry.id, step.id)
                best = next(o.id for o in step.options if o.best)
                best_places.append(shown.index(label_of[best]))
                if entry.id == lessons[0].id and len(best_places) == 1:
                    page.reload()  # the same learner, the same order
                    page.locator("button.amaan-choice").first.wait_for(timeout=30_000)
                    assert choice_labels(page) == shown
                click(page, "skip")
            elif index < len(steps) - 1:
                click(page, "next")
        click(page, "next")
        control(page, "quiz-exit").click()
    assert len(set(best_places)) > 1, best_places


# ---- a double tap -----------------------------------------------------------------------------------

def test_a_double_tap_on_skip_and_on_a_choice_is_one_intent(open_page):
    page, _ = open_page("/?lang=en", PHONE, "en")
    open_lesson(page)
    click(page, "next")
    wait_text(page, "Card 2 of 6")
    click(page, "next")
    wait_text(page, "Card 3 of 6")
    control(page, "skip").dblclick()
    wait_text(page, "Card 4 of 6")
    page.wait_for_timeout(1000)
    assert progress_label(page) == "Card 4 of 6"


# ---- screenshots of every learner screen, to look at --------------------------------------------------

@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("locale", ["ar", "en"])
def test_screenshots_of_every_learner_screen(open_page, locale, size):
    """home, card, choice card picked, quiz question, feedback, picture question, results, Get help."""
    name = f"{locale}-{'phone' if size is PHONE else 'desktop'}"
    page, _ = open_page(f"/?lang={locale}", size, locale)
    shot(page, f"screen-home-{name}")
    open_lesson(page)
    shot(page, f"screen-card-{name}")
    next_and_wait(page)
    next_and_wait(page)
    page.locator("button.amaan-choice").first.wait_for()
    shot(page, f"screen-choice-{name}")
    page.locator("button.amaan-choice").first.click()
    page.locator(".feedback").wait_for()
    shot(page, f"screen-choice-picked-{name}")
    walk_u9_to_quiz(page)  # any lesson: Next (with a choice where one is needed) until the quiz
    shot(page, f"screen-quiz-{name}")
    page.locator("label.answer").first.click()
    click(page, "check")
    page.locator(".feedback").wait_for()
    shot(page, f"screen-feedback-{name}")
    click(page, "get-help")
    page.locator(".help").first.wait_for()
    shot(page, f"screen-help-{name}")
    click(page, "close-help")
    control(page, "quiz-exit").click()
    page.locator(".amaan-bands button").nth(0).click()
    page.wait_for_selector(f".amaan-open-{U9} button")
    click(page, f"open-{U9}")
    page.wait_for_selector("button.amaan-next")
    walk_u9_to_quiz(page)
    shot(page, f"screen-picture-question-{name}")
    for _ in range(4):
        page.locator("label.answer").first.click()
        click(page, "check")
        page.locator(".feedback").wait_for()
        if control(page, "next-question").count() == 0:
            page.locator("label.answer input:not(:checked)").first.click()
            click(page, "check")
        control(page, "next-question").wait_for()
        before = page.locator(".progress .count").all_inner_texts()
        click(page, "next-question")
        for _ in range(300):  # the next question, or the results
            if page.locator(".results").count() or page.locator(".progress .count").all_inner_texts() != before:
                break
            page.wait_for_timeout(100)
    page.locator(".results").wait_for()
    shot(page, f"screen-results-u9-{name}")


# ---- item 9: the Wi-Fi drops ------------------------------------------------------------------------

def test_an_answer_given_while_the_wifi_is_down_is_saved_once_when_it_is_back(browser, server):
    """The link drops on a quiz question; the child taps Check anyway. The page says the answer is
    not saved yet, and once the link is back the answer is sent, shown, and stored exactly once."""
    relay = Relay(server)
    ctx = browser.new_context(viewport=PHONE, locale="en", extra_http_headers={"Accept-Language": "en"})
    page = ctx.new_page()
    watch = Watch(relay.url)
    page.on("request", watch.request)
    page.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    try:
        page.goto(relay.url + "/?lang=en")
        page.wait_for_selector(".amaan-get-help", timeout=30_000)
        open_lesson(page)
        walk_to_quiz(page)
        learner = guest_id(page, server)
        for label in ("Your home address", "Your password", "The name of your school"):
            answer(page, label)
        relay.cut()
        click(page, "check")
        status = page.locator(".player .status")
        status.wait_for(state="visible", timeout=15_000)
        said = plain(status.inner_text())
        assert said in (en("player-offline"), en("player-not-saved")), said
        shot(page, "player-offline-en-phone")
        page.wait_for_timeout(3000)
        relay.restore()
        wait_text(page, "That's right!", timeout=60_000)
        status.wait_for(state="hidden", timeout=30_000)
        assert progress_label(page) == "Question 1 of 5"
        engine = database(server)
        try:
            with engine.connect() as db:
                rows = db.execute(sa.text("SELECT attempt, correct FROM answer WHERE learner_id = :l"),
                                  {"l": learner}).all()
        finally:
            engine.dispose()
        assert [tuple(r) for r in rows] == [(1, True)], rows
    finally:
        ctx.close()
        relay.close()
    assert watch.external == [] and watch.errors == [], (watch.external, watch.errors)
