"""Double taps and two tabs: one tap sent twice is stored once, a step by its card and an answer by its attempt."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from course.store.events import event_key
from course.store.models import KEY
from course.store.progress import create_guest, lesson_progress, record_step, step_key
from course.store.quizzes import answer_key, quiz_state, record_answer, start_quiz_try

LESSON, QUIZ, VERSION = "private-eye", "private-eye-quiz", "v1"


def opened_on_card_one(key):
    """A guest who opened the lesson (an arrival on card 1): the summary their screen holds."""
    learner, _ = create_guest()
    return learner, record_step(learner, LESSON, 0, 4, 0, VERSION, key())


def test_the_same_next_from_two_tabs_moves_once(store, key):
    """Next tapped on card 1 in two tabs: the second copy finds the learner moved on and adds nothing."""
    learner, _ = opened_on_card_one(key)
    first = record_step(learner, LESSON, 1, 4, 30, VERSION, key(), from_step=0)
    copy = record_step(learner, LESSON, 1, 4, 30, VERSION, key(), from_step=0)
    assert copy == first
    summary = lesson_progress(learner)[LESSON]
    assert (summary.current_step, summary.time_spent_seconds) == (1, 30)


def test_a_late_back_from_a_card_already_left_changes_nothing(store, key):
    """Back tapped twice on card 3 moves to card 2 only; the copy, from card 3, is not current."""
    learner, _ = opened_on_card_one(key)
    for card in (1, 2):
        record_step(learner, LESSON, card, 4, 5, VERSION, key(), from_step=card - 1)
    record_step(learner, LESSON, 1, 4, 5, VERSION, key(), from_step=2)
    late = record_step(learner, LESSON, 1, 4, 5, VERSION, key(), from_step=2)
    assert (late.current_step, late.furthest_step, late.time_spent_seconds) == (1, 2, 15)


def test_two_copies_of_a_move_racing_each_other_move_once(store, key):
    """Eight copies of one move at the same moment, each under its own key: one moves the learner."""
    learner, _ = opened_on_card_one(key)
    barrier = threading.Barrier(8)

    def send(_):
        barrier.wait()
        return record_step(learner, LESSON, 1, 4, 10, VERSION, key(), from_step=0)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(send, range(8)))
    assert lesson_progress(learner)[LESSON].time_spent_seconds == 10


def test_an_arrival_is_applied_wherever_the_store_was(store, key):
    """Opening the lesson (no card tapped on) saves the card shown, even if the store held another."""
    learner, _ = opened_on_card_one(key)
    record_step(learner, LESSON, 2, 4, 5, VERSION, key(), from_step=1)  # card 1 is not current: refused
    arrived = record_step(learner, LESSON, 2, 4, 5, VERSION, key())
    assert (arrived.current_step, arrived.time_spent_seconds) == (2, 5)


def test_a_step_key_names_the_move_and_the_place_it_was_made_on(store, key):
    """The same move on the same place is one key, and so one event; back and forward again is another."""
    learner, place = opened_on_card_one(key)
    move = step_key(LESSON, VERSION, 0, 1, place)
    assert move == step_key(LESSON, VERSION, 0, 1, place)
    assert move != step_key(LESSON, VERSION, 1, 2, place)
    moved = record_step(learner, LESSON, 1, 4, 8, VERSION, move, from_step=0)
    assert record_step(learner, LESSON, 1, 4, 8, VERSION, move, from_step=0) == moved  # the same key: once
    back = record_step(learner, LESSON, 0, 4, 8, VERSION, step_key(LESSON, VERSION, 1, 0, moved), from_step=1)
    again = step_key(LESSON, VERSION, 0, 1, back)
    assert again != move
    assert record_step(learner, LESSON, 1, 4, 8, VERSION, again, from_step=0).time_spent_seconds == 24


def test_the_same_attempt_from_two_tabs_is_one_answer(store, key):
    """Both tabs name attempt 1 of the question: one key, one answer, whatever each tab chose; the
    second tab is handed the first one's answer, verdict included."""
    learner, _ = create_guest()
    t = start_quiz_try(learner, LESSON, QUIZ, 0.8, 2, VERSION, key(), question_count=5)
    k = answer_key(t.id, "game-asks", 1)
    assert k == answer_key(t.id, "game-asks", 1) != answer_key(t.id, "game-asks", 2)
    first = record_answer(t.id, learner, "game-asks", ["answer-all"], 0.0, False, 1, VERSION, k)
    assert (first.response, first.correct, first.repeat) == (("answer-all",), False, False)
    second = record_answer(t.id, learner, "game-asks", ["ask-adult"], 1.0, False, 1, VERSION, k)
    assert (second.response, second.score, second.correct, second.repeat) == (("answer-all",), 0.0, False, True)
    assert [(a.attempt, a.chosen) for a in quiz_state(t.id).answers] == [(1, ("answer-all",))]


def test_event_keys_fit_the_column_whatever_the_ids():
    """Content ids may be 48 characters and try ids grow: the key stays within the column."""
    long_id = "q" * 48
    assert len(answer_key(10**12, long_id, 3)) <= KEY
    assert len(event_key("step", long_id, "f" * 64, None, 40, "2026-01-01T00:00:00.000001+00:00")) <= KEY
    assert event_key("answer", 1, "a", 1) != event_key("answer", 1, "a", 2) != event_key("finish", 1, "a", 1)
