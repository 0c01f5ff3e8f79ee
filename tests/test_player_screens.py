"""The player's screens and intents without a browser: what it is sent, and what it may send back.

The browser only draws ``player_screens.screen(state)`` and sends intents; these tests hold the
server to being the only judge: a screen carries no verdict before the store has one, and an
intent made on a screen no longer shown, or naming something the screen never offered, changes nothing.
"""
from __future__ import annotations

import json

import pytest

from course.l10n.locales import SUPPORTED
from course.learning.choices import choice_order
from course.web import player_screens, shared
from course.web.learner_state import LearnerState
from course.web.views.player import Player, PlayerView, module_source
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)

LESSON = "private-eye"  # 9-12: story, story, choice, tip, choice, recap

# the rules are the state's, not the database's: SQLite is enough (both run in tests/store)
on_sqlite = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def on_choice_card() -> LearnerState:
    """A guest on the lesson's first "what would you do?" card."""
    state = LearnerState(locale="en")
    state.choose_band("9-12")
    state.open_lesson(LESSON)
    while not state.needs_choice():
        state.next(state.step)
    return state


def read_through(state: LearnerState) -> None:
    """Every card of the open lesson, skipping its choices, to the quiz."""
    while state.screen == "lesson":
        state.skip(state.step)
        if state.screen == "lesson":
            state.next(state.step)


def test_every_word_the_player_uses_exists_in_every_locale():
    for locale in SUPPORTED:
        t = shared.tr(locale)
        missing = [key for key in player_screens.UI_MESSAGES if not t.has(key)]
        assert missing == [], (locale, missing)
        assert player_screens.ui_words(locale)["dir"] == ("rtl" if locale.startswith("ar") else "ltr")


@on_sqlite
def test_a_choice_card_waits_for_a_choice_or_a_visible_skip(store):
    state = on_choice_card()
    card = state.step
    screen = player_screens.screen(state)
    assert screen["needs_choice"] and "feedback" not in screen["card"]
    state.next(card)  # Next without a choice: refused by the state, whatever the browser shows
    assert state.step == card
    state.skip(card)  # a skip moves on, and is not a choice
    assert state.step == card + 1 and state.picked is None
    state.skip(card + 1)  # nothing to skip on a tip card
    assert state.step == card + 1


@on_sqlite
def test_a_pick_shows_feedback_and_the_safest_choice_in_the_learners_own_order(store):
    state = on_choice_card()
    step = state.current_step
    screen = player_screens.screen(state)
    shown = [o["id"] for o in screen["card"]["options"]]
    assert tuple(shown) == choice_order(step, player_screens.choice_seed(state))
    worst = next(o for o in step.options if not o.best)
    state.pick_on(state.step + 1, worst.id)  # made on another card: ignored
    assert state.picked is None
    state.pick_on(state.step, "not-an-option")  # made up by the browser: ignored
    assert state.picked is None
    state.pick_on(state.step, worst.id)
    feedback = player_screens.screen(state)["card"]["feedback"]
    assert feedback["good"] is False and feedback["best"] and feedback["text"]
    # the label and its feedback are apart: no "label.: feedback" run-on punctuation
    assert not feedback["label"].endswith(":") and ".:" not in json.dumps(feedback, ensure_ascii=False)
    reloaded = LearnerState(locale="en", learner_id=state.learner_id, band="9-12")
    reloaded.open_lesson(LESSON)
    assert [o["id"] for o in player_screens.screen(reloaded)["card"]["options"]] == shown


def test_choices_are_shuffled_across_learners():
    step = next(s for s in shared.content().catalogue[LESSON].lesson.steps if s.kind == "choice")
    best = next(o.id for o in step.options if o.best)
    places = {choice_order(step, f"{learner}:{LESSON}").index(best) for learner in range(60)}
    assert places == set(range(len(step.options)))


def walk_to_quiz(state: LearnerState) -> None:
    state.choose_band("9-12")
    state.open_lesson(LESSON)
    read_through(state)


@on_sqlite
def test_a_quiz_screen_holds_no_verdict_until_the_store_gives_one(store):
    state = LearnerState(locale="en")
    walk_to_quiz(state)
    screen = player_screens.screen(state)
    assert screen["screen"] == "quiz" and "feedback" not in screen and screen["tried"] is None
    text = json.dumps(screen)
    assert '"correct"' not in text and '"best"' not in text  # nothing says which option is right
    question = state.run.current.question
    marker = screen["marker"]
    check = state.check_on(marker, sorted(question.correct_ids))
    assert check is not None and check.correct
    assert state.check_on(marker, sorted(question.correct_ids)) is None  # the doubled tap: one try
    assert len(state.run.current.checks) == 1
    after = player_screens.screen(state)
    assert after["feedback"]["good"] is True and after["finished"]


@on_sqlite
def test_a_check_on_an_old_marker_or_with_made_up_options_changes_nothing(store):
    state = LearnerState(locale="en")
    walk_to_quiz(state)
    marker = state.quiz_marker()
    assert state.check_on("another-question:0", ["password"]) is None
    assert state.check_on(marker, ["no-such-option"]) is None
    assert state.check_on(marker, []) is None
    assert state.run.current.checks == []
    state.hint_on("another-question:0")
    assert not state.run.current.hint_used
    state.next_question_on(marker)  # not finished: Next question is not offered yet
    assert state.run.index == 0


@on_sqlite
def test_under_nine_results_count_stars_not_fractions(store):
    state = LearnerState(locale="ar")
    state.choose_band("under-9")
    lesson = state.lessons[0].id
    state.open_lesson(lesson)
    read_through(state)
    while state.screen == "quiz":
        run = state.run
        if not run.current.finished:
            state.check_on(state.quiz_marker(), sorted(run.current.question.correct_ids))
        state.next_question_on(state.quiz_marker())
    screen = player_screens.screen(state)
    assert screen["screen"] == "results"
    assert "score" not in screen and screen["stars"]["got"] == screen["stars"]["total"]


@on_sqlite
def test_a_reload_reopens_the_lesson_on_the_stored_card_and_only_in_the_childs_band(store):
    state = LearnerState(locale="en")
    state.choose_band("9-12")
    state.open_lesson(LESSON)
    state.next(0)
    state.next(1)
    again = LearnerState(locale="en", learner_id=state.learner_id, band="9-12")
    again.reopen(LESSON)
    assert again.screen == "lesson" and again.step == 2
    for asked in ("", "no-such-lesson", "../etc", next(e.id for e in shared.content().catalogue.track("13-18"))):
        other = LearnerState(locale="en", learner_id=state.learner_id, band="9-12")
        other.reopen(asked)
        assert other.screen == "home"


@on_sqlite
def test_the_player_takes_only_small_well_formed_intents(store):
    state = LearnerState(locale="en")
    state.choose_band("9-12")
    state.open_lesson(LESSON)
    view = PlayerView(state=state)
    player: Player = view.__panel__()
    sent = []
    player._send_msg = sent.append  # no browser: keep the acknowledgements
    for junk in (None, "next", ["next"], {"intent": "next"}, {"intent": 3, "marker": "0"},
                 {"intent": "next", "marker": "0" * 500}, {"intent": "check", "marker": "x", "value": ["a"] * 100}):
        player._handle_msg(junk)
    assert state.step == 0 and sent == []
    player._handle_msg({"intent": "next", "marker": "0", "value": None, "seq": 1})
    # the new screen answers the tap: no message of its own
    assert state.step == 1 and player.shown["marker"] == "1" and player.shown["ack"] == 1 and sent == []
    player._handle_msg({"intent": "next", "marker": "0", "value": None, "seq": 2})  # the double tap
    # a copy that changes nothing is still answered, on its own
    assert state.step == 1 and sent == [{"ack": 2}] and player.shown["ack"] == 1


def test_the_module_carries_every_kind_renderer():
    source = module_source()
    assert "/* KIND RENDERERS */" not in source and "kinds.order" in source


@on_sqlite
def test_a_closed_page_lets_go_of_its_screens_at_once(store):
    from course.web.views.shell import LearnerShell

    state = LearnerState(locale="en")
    shell = LearnerShell(state=state)
    walk_to_quiz(state)
    assert state.run is not None and "player" in shell._views
    shell.release()
    assert state.run is None and shell._views == {}
    state.go_home()  # nothing left watching: a late event draws nothing
