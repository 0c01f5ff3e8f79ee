"""Lesson progress: the summary moves forward, counts each event once, and outlives the server."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from course.store import db
from course.store.progress import create_guest, learner_for_guest_token, lesson_progress, record_step

LESSON, VERSION = "private-eye", "v1"


def test_reaching_a_card_records_progress(store, key):
    """Card 2 of 4 means half the lesson, and the time on the previous card is added."""
    learner, _ = create_guest()
    summary = record_step(learner, LESSON, 1, 4, 12.5, VERSION, key())
    assert (summary.furthest_step, summary.progress, summary.time_spent_seconds) == (1, 0.5, 12)
    assert summary.completed_at is None


def test_going_back_keeps_the_furthest_card(store, key):
    """Re-reading an earlier card moves the current card, not the furthest one."""
    learner, _ = create_guest()
    record_step(learner, LESSON, 2, 4, 5, VERSION, key())
    summary = record_step(learner, LESSON, 0, 4, 5, VERSION, key())
    assert (summary.current_step, summary.furthest_step, summary.progress) == (0, 2, 0.75)


def test_the_last_card_completes_nothing(store, key):
    """Tapping through to the last card is all of the cards seen, not the lesson completed: its quiz does that."""
    learner, _ = create_guest()
    for step in range(4):
        last = record_step(learner, LESSON, step, 4, 5, VERSION, key())
    assert (last.progress, last.furthest_step) == (1.0, 3)
    assert last.completed_at is None and last.mastered_at is None


def test_a_resent_step_is_counted_once(store, key):
    """A double click or a resend after reconnecting, with the same key, adds its time once."""
    learner, _ = create_guest()
    k = key()
    record_step(learner, LESSON, 1, 4, 30, VERSION, k)
    resent = record_step(learner, LESSON, 1, 4, 30, VERSION, k)
    assert resent.time_spent_seconds == 30
    assert lesson_progress(learner)[LESSON].time_spent_seconds == 30


def test_an_idle_tab_counts_at_most_ten_minutes(store, key):
    """A card left open for hours adds MAX_STEP_SECONDS, and negative times add nothing."""
    learner, _ = create_guest()
    record_step(learner, LESSON, 0, 4, -3, VERSION, key())
    assert record_step(learner, LESSON, 1, 4, 7200, VERSION, key()).time_spent_seconds == 600


def test_a_step_outside_the_lesson_is_refused(store, key):
    learner, _ = create_guest()
    with pytest.raises(ValueError):
        record_step(learner, LESSON, 4, 4, 1, VERSION, key())


def test_progress_survives_a_server_restart(store, key):
    """After the engine is disposed and made again (a restart), the guest finds their progress."""
    learner, token = create_guest()
    record_step(learner, LESSON, 2, 5, 40, VERSION, key())
    db.dispose()
    db.configure(store)
    again = learner_for_guest_token(token)
    assert again is not None and again.id == learner
    assert lesson_progress(learner)[LESSON].furthest_step == 2


def test_a_guest_token_finds_only_its_guest(store):
    """Tokens are stored hashed; an unknown or empty token finds no one."""
    first, token = create_guest(locale="fr")
    create_guest()
    assert learner_for_guest_token(token).id == first
    assert learner_for_guest_token(token).locale == "fr"
    assert learner_for_guest_token("not-a-token") is None
    assert learner_for_guest_token("") is None


events = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 60), st.integers(0, 3)), min_size=1, max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=events)
def test_any_order_of_steps_and_resends_gives_a_consistent_summary(store, events):
    """Whatever the order and repeats: furthest = max card, time = sum over distinct keys."""
    learner, _ = create_guest()
    for step, seconds, key_no in events:
        record_step(learner, LESSON, step, 6, seconds, VERSION, f"k{key_no}")
    first_per_key = {}
    for step, seconds, key_no in events:
        first_per_key.setdefault(key_no, (step, seconds))
    summary = lesson_progress(learner)[LESSON]
    assert summary.furthest_step == max(s for s, _ in first_per_key.values())
    assert summary.time_spent_seconds == sum(t for _, t in first_per_key.values())
