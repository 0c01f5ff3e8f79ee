"""A learner's session without a browser, on a real database (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from course.learning.quiz import Outcome, Refusal
from course.store import db
from course.store import progress as store_progress
from course.store import quizzes as store_quizzes
from course.store.models import Answer
from course.store.progress import GUEST_RETENTION, lesson_progress
from course.web import cookies
from course.web.learner_state import LearnerState
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)

LESSON = "private-eye"


def answers_in_db() -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Answer))


def walk_to_quiz(state: LearnerState) -> None:
    state.choose_band("9-12")
    state.open_lesson(LESSON)
    while state.screen == "lesson":
        read_card(state)


def read_card(state: LearnerState) -> None:
    """Next on the card shown, after choosing on a "what would you do?" card (Next waits for it)."""
    if state.needs_choice():
        state.pick_on(state.step, state.current_step.options[0].id)
    state.next(state.step)


def right(state: LearnerState) -> frozenset[str]:
    return state.run.current.question.correct_ids


def question(state: LearnerState) -> str:
    return state.run.current.question.id


def check_right(state: LearnerState):
    """Check the right answer to the question on screen."""
    return state.check(question(state), right(state))


def wrong(state: LearnerState) -> frozenset[str]:
    q = state.run.current.question
    return frozenset({next(o for o in q.option_ids if o not in q.correct_ids)})


def test_a_guest_gets_a_learner_on_their_first_lesson_and_resumes_on_the_same_card(store):
    state = LearnerState(locale="en")
    state.choose_band("9-12")
    assert state.learner_id is None  # visiting the home page stores nothing
    state.open_lesson(LESSON)
    assert state.learner_id is not None
    kept = cookies.redeem(state.cookie_ticket).keep  # the browser keeps the guest's token HttpOnly
    assert [(name, life) for name, _token, life in kept] == [("amaan_guest", GUEST_RETENTION)]
    state.next(0)
    state.next(1)
    again = LearnerState(locale="en", learner_id=state.learner_id)  # the page reloads
    again.open_lesson(LESSON)
    assert again.screen == "lesson" and again.step == 2
    assert again.status(LESSON) == "in-progress"


def test_going_back_keeps_the_furthest_card(store):
    state = LearnerState(locale="ar")
    state.open_lesson(LESSON)
    state.next(0)
    state.next(1)
    state.back(2)
    summary = lesson_progress(state.learner_id)[LESSON]
    assert summary.current_step == 1 and summary.furthest_step == 2


def test_the_quiz_resumes_after_a_reload_with_the_same_order_and_answers(store):
    state = LearnerState(locale="en")
    walk_to_quiz(state)
    assert state.screen == "quiz"
    check_right(state)
    state.next_question()
    order = state.run.current.order
    again = LearnerState(locale="en", learner_id=state.learner_id)
    again.open_lesson(LESSON)
    assert again.screen == "quiz" and again.run.index == 1
    assert again.run.current.order == order
    assert again.run.questions[0].first_try_correct


def test_a_resent_answer_is_counted_once(store):
    state = LearnerState(locale="en")
    walk_to_quiz(state)
    check = check_right(state)
    assert answers_in_db() == 1
    # the same event again, as after a reconnect: same key, not counted twice
    again = store_quizzes.record_answer(state.try_id, state.learner_id, check.question_id, check.response,
                                        check.score, False, check.attempt, state.entry.version,
                                        store_quizzes.answer_key(state.try_id, check.question_id, check.attempt))
    assert again.repeat and again.response == check.response and answers_in_db() == 1
    assert check_right(state) is None  # the question is closed: a double click does nothing


def test_a_failed_save_loses_nothing_and_the_answer_can_be_sent_again(store, monkeypatch):
    state = LearnerState(locale="en")
    walk_to_quiz(state)
    real = store_quizzes.record_answer

    def dropped(*args, **kwargs):
        raise ConnectionError("the database went away")

    monkeypatch.setattr(store_quizzes, "record_answer", dropped)
    assert check_right(state) is None
    assert state.saving_failed and answers_in_db() == 0
    assert state.run.current.checks == []  # not taken as an attempt
    monkeypatch.setattr(store_quizzes, "record_answer", real)
    assert check_right(state).correct
    assert not state.saving_failed and answers_in_db() == 1


def test_a_double_tap_on_next_or_back_moves_one_card(store):
    """Both clicks of a double tap name the card they were tapped on: the second, late, is ignored."""
    state = LearnerState(locale="en")
    state.open_lesson(LESSON)
    state.next(0)
    state.next(0)
    assert state.step == 1
    state.next(1)
    state.back(2)
    state.back(2)
    assert state.step == 1
    assert lesson_progress(state.learner_id)[LESSON].current_step == 1


def test_a_double_tap_on_the_last_card_starts_one_quiz(store):
    """The last card's Next starts the quiz; its copy, on a card no longer shown, does nothing more."""
    state = LearnerState(locale="en")
    state.open_lesson(LESSON)
    last = state.total_steps - 1
    for _card in range(last):
        read_card(state)
    state.next(last)
    try_id = state.try_id
    state.next(last)
    assert state.screen == "quiz" and state.try_id == try_id and state.step == last
    assert len(store_quizzes.quiz_tries(state.learner_id)) == 1


def test_a_doubled_check_with_the_same_wrong_answer_keeps_the_retry(store):
    """The same answer twice is one attempt: the retry stays, and the answer is not revealed."""
    state = LearnerState(locale="en")
    walk_to_quiz(state)
    shown, miss = question(state), wrong(state)
    assert state.check(shown, miss).outcome is Outcome.WRONG_RETRY
    assert state.check(shown, miss) is None
    assert state.run.refusal(shown, miss) is Refusal.SAME_ANSWER  # the screen asks for another answer
    assert state.run.tries_left() == 1 and not state.run.current.finished
    stored = store_quizzes.quiz_state(state.try_id).answers
    assert [(a.question_id, a.attempt, a.chosen) for a in stored] == [(shown, 1, tuple(sorted(miss)))]
    assert state.check(shown, right(state)).attempt == 2  # the retry, with a different answer


def test_a_check_for_a_question_no_longer_on_screen_is_ignored(store):
    """A Check that arrives after the quiz moved on names the old question: no try is used."""
    state = LearnerState(locale="en")
    walk_to_quiz(state)
    first, answer = question(state), right(state)
    check_right(state)
    state.next_question()
    assert state.check(first, answer) is None
    assert state.check("no-such-question", answer) is None
    assert state.run.index == 1 and state.run.current.checks == [] and answers_in_db() == 1


def test_the_same_tap_in_two_tabs_moves_once_and_the_later_tab_goes_on_saving(store):
    """Two tabs on card 1 both tap Next: the store moves once; the second tab's next move still saves."""
    one = LearnerState(locale="en")
    one.open_lesson(LESSON)
    two = LearnerState(locale="en", learner_id=one.learner_id)
    two.open_lesson(LESSON)
    one.next(0)
    two._step_started -= 30  # the second tab was read for half a minute before its tap
    two.next(0)
    summary = lesson_progress(one.learner_id)[LESSON]
    assert summary.current_step == 1 and summary.time_spent_seconds < 30
    two.next(1)
    assert lesson_progress(one.learner_id)[LESSON].current_step == 2


def test_after_a_failed_save_the_next_card_saves_the_place_again(store, monkeypatch):
    """A card whose save failed leaves the store one card behind; the next tap still saves."""
    state = LearnerState(locale="en")
    state.open_lesson(LESSON)
    real = store_progress.record_step

    def dropped(*args, **kwargs):
        raise ConnectionError("the database went away")

    monkeypatch.setattr(store_progress, "record_step", dropped)
    state.next(0)
    assert state.step == 1 and state.saving_failed
    monkeypatch.setattr(store_progress, "record_step", real)
    state.next(1)
    summary = lesson_progress(state.learner_id)[LESSON]
    assert (summary.current_step, summary.furthest_step) == (2, 2) and not state.saving_failed


def test_an_attempt_taken_first_in_another_tab_is_the_one_that_counts(store):
    """Two tabs on one try send attempt 1: tab B's wrong answer is stored first, so tab A, which
    answered right, is told WRONG, the verdict the database holds, and is not counted as a save failure."""
    tab_a = LearnerState(locale="en")
    walk_to_quiz(tab_a)
    tab_b = LearnerState(locale="en", learner_id=tab_a.learner_id)
    tab_b.open_lesson(LESSON)
    assert tab_b.try_id == tab_a.try_id
    shown, miss = question(tab_b), wrong(tab_b)
    assert tab_b.check(shown, miss).outcome is Outcome.WRONG_RETRY
    shown_to_a = tab_a.check(shown, right(tab_a))
    stored = store_quizzes.quiz_state(tab_a.try_id).answers
    assert [(a.question_id, a.attempt, a.response, a.correct) for a in stored] == [(shown, 1, tuple(sorted(miss)), False)]
    assert (shown_to_a.question_id, shown_to_a.attempt, shown_to_a.chosen) == (shown, 1, miss)
    assert not shown_to_a.correct and shown_to_a.outcome is Outcome.WRONG_RETRY
    assert not tab_a.saving_failed
    # tab A's quiz is rebuilt from the store: the question stays open for its retry
    assert question(tab_a) == shown and [c.chosen for c in tab_a.run.current.checks] == [miss]
    assert tab_a.run.tries_left() == 1 and answers_in_db() == 1


def test_finishing_the_quiz_scores_it_in_the_database_and_marks_mastery(store):
    state = LearnerState(locale="en")
    walk_to_quiz(state)
    while state.screen == "quiz":
        check_right(state)
        state.next_question()
    assert state.screen == "results" and state.run.mastered
    assert lesson_progress(state.learner_id)[LESSON].mastered_at is not None
    assert state.status(LESSON) == "mastered"


def test_a_retry_starts_a_new_try_with_its_own_shuffle(store):
    state = LearnerState(locale="en")
    walk_to_quiz(state)
    first = state.try_id
    while state.screen == "quiz":
        check_right(state)
        state.next_question()
    state.retry_quiz()
    assert state.screen == "quiz" and state.try_id != first and state.run.index == 0


@pytest.mark.parametrize("band", ["under-9", "9-12", "13-18", "educators"])
def test_every_band_lists_its_lessons_in_order(band):
    state = LearnerState(locale="fr")
    state.choose_band(band)
    orders = [e.lesson.order for e in state.lessons]
    assert orders == sorted(orders) and len(orders) >= 6


def test_a_class_learner_sees_assigned_lessons_first_and_results_as_the_class_allows(store):
    from course.store import accounts, assignments, classes

    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    klass = classes.create_class(teacher, "5B")
    learner = classes.add_learner(klass.id, "Layla", None, as_educator=teacher)
    assignments.assign_lessons(klass.id, ["games-spending", "danger"], as_educator=teacher)
    assignments.set_results_visibility(klass.id, "educator", as_educator=teacher)
    state = LearnerState(locale="en")
    state.signed_in(learner, "Layla")
    state.choose_band("9-12")
    assert [e.id for e in state.lessons][:2] == ["games-spending", "danger"]
    assert state.results_hidden
    state.sign_out()
    assert state.assigned == () and not state.results_hidden


def a_class_learner():
    from course.store import accounts, classes

    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    klass = classes.create_class(teacher, "5B")
    return teacher, klass, classes.add_learner(klass.id, "Layla", None, as_educator=teacher)


def test_an_archived_class_ends_the_sign_in_of_an_open_page_and_nothing_more_is_saved(store):
    """Before, a child whose class was archived went on writing progress from the page left open."""
    from course.store import classes

    teacher, klass, layla = a_class_learner()
    state = LearnerState(locale="en")
    state.signed_in(layla, "Layla")
    state.choose_band("9-12")
    state.open_lesson(LESSON)
    state.next(0)
    classes.archive_class(klass.id, as_educator=teacher)
    state.next(1)
    assert lesson_progress(layla)[LESSON].furthest_step == 1
    assert (state.screen, state.learner_id, state.learner_name, state.farewell) == ("home", None, None, "ended")
    assert not state.saving_failed
    state.open_lesson(LESSON)  # from now on, a guest like any other
    assert state.learner_id != layla and lesson_progress(layla)[LESSON].furthest_step == 1


def test_a_class_learner_signed_out_on_another_device_stops_saving_here(store):
    _teacher, _klass, layla = a_class_learner()
    here, there = LearnerState(locale="en"), LearnerState(locale="en")
    for state in (here, there):
        state.signed_in(layla, "Layla")
    here.open_lesson(LESSON)
    from course.store import sessions

    sessions.revoke_all("learner", layla)
    here.next(0)
    assert here.learner_id is None and lesson_progress(layla)[LESSON].furthest_step == 0


def test_im_done_forgets_the_guest_on_this_device_and_leaves_a_fresh_page(store):
    """A shared tablet: the next child must not find the last one's band, lessons or results."""
    state = LearnerState(locale="ar")
    state.choose_band("9-12")
    state.open_lesson(LESSON)
    state.next(0)
    (_name, token, _life), = cookies.redeem(state.cookie_ticket).keep
    guest = state.learner_id
    state.go_home()
    state.done()
    assert (state.learner_id, state.band, state.screen, state.farewell) == (None, None, "home", "left")
    assert state.status(LESSON) == "not-started"
    assert state.remember["amaan_band"] == ""  # amaan.js forgets an empty preference
    assert set(cookies.redeem(state.cookie_ticket).drop) == {"amaan_guest", "amaan_learner"}
    assert store_progress.learner_for_guest_token(token) is None  # the cookie, if copied, opens nothing
    assert lesson_progress(guest)[LESSON].furthest_step == 1  # kept until the hourly erase


def test_a_returning_guest_is_recognised_and_their_cookie_renewed_once_the_page_runs(store):
    from course.web.learner_page import initial_state

    guest, token = store_progress.create_guest()
    state = initial_state({}, {"amaan_guest": token}, {})
    assert state.learner_id == guest and state.cookie_ticket == ""  # a ticket made now could go stale
    state.renew_cookies()
    kept = cookies.redeem(state.cookie_ticket).keep
    assert kept == ((cookies.GUEST_COOKIE, token, GUEST_RETENTION),)
    store_progress.forget_guest(guest)
    assert initial_state({}, {"amaan_guest": token}, {}).learner_id is None


def right_answer(state: LearnerState) -> tuple[str, ...]:
    """The right response to the question on screen, whatever its kind (an ordering is an order)."""
    q = state.run.current.question
    return tuple(getattr(q, "right_order", None) or sorted(q.correct_ids))


def answer_every_question(state: LearnerState) -> None:
    """Right on every question still open, to the results."""
    for _tap in range(2 * len(state.run.questions)):
        if state.screen != "quiz":
            return
        if not state.run.current.finished:
            state.check(question(state), right_answer(state))
        state.next_question()
    raise AssertionError("the quiz did not end")


def test_the_results_are_the_stores_verdict_not_the_tabs_own(store):
    """Tab B spent the first two questions wrongly; tab A, which never saw that, answers everything
    right: its results say 3 of 5, not mastered, as the store scored the try."""
    tab_a = LearnerState(locale="en")
    walk_to_quiz(tab_a)
    tab_b = LearnerState(locale="en", learner_id=tab_a.learner_id)
    tab_b.open_lesson(LESSON)
    for _question in range(2):
        tab_b.check(question(tab_b), wrong(tab_b))
        tab_b.check(question(tab_b), right_answer(tab_b))  # right at the retry: learning, not score
        tab_b.next_question()
    answer_every_question(tab_a)
    stored = store_quizzes.quiz_tries(tab_a.learner_id, LESSON)[-1]
    assert tab_a.screen == "results" and tab_a.result == stored.result
    assert (tab_a.result.correct_first_try, tab_a.result.question_count, tab_a.result.mastered) == (3, 5, False)
    assert tab_a.status(LESSON) == "completed"


def test_a_preview_with_nothing_stored_is_scored_by_the_same_rule(store):
    """An author's walk stores nothing: the results come from the run, by the store's mastery rule."""
    state = LearnerState(locale="en", preview=True)
    walk_to_quiz(state)
    state.check(question(state), wrong(state))
    answer_every_question(state)
    assert state.learner_id is None and state.screen == "results"
    assert (state.result.correct_first_try, state.result.mastered, state.result.needed) == (4, True, 4)


def test_tapping_through_every_lesson_completes_none_and_earns_no_certificate(store):
    """Every card of every 9-12 lesson, no answers: nothing completed, no certificate; mastering
    every quiz afterwards earns the track's certificate."""
    from course.web.dashboard_state import completed_tracks

    state = LearnerState(locale="en")
    state.choose_band("9-12")
    for entry in state.lessons:
        state.open_lesson(entry.id)
        while state.screen == "lesson":
            read_card(state)
        state.go_home()
    assert all(lesson_progress(state.learner_id)[e.id].progress == 1.0 for e in state.lessons)
    assert {state.status(e.id) for e in state.lessons} == {"in-progress"}
    assert completed_tracks(state.learner_id) == []
    for entry in state.lessons:
        state.open_lesson(entry.id)  # the quiz the last card opened, where it was left
        answer_every_question(state)
        state.go_home()
    assert {state.status(e.id) for e in state.lessons} == {"mastered"}
    assert completed_tracks(state.learner_id) == ["9-12"]
