"""A learner's session without a browser, on a real database (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from course.store import db
from course.store import quizzes as store_quizzes
from course.store.models import Answer
from course.store.progress import lesson_progress
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
        state.go(+1)


def right(state: LearnerState) -> frozenset[str]:
    return state.run.current.question.correct_ids


def test_a_guest_gets_a_learner_on_their_first_lesson_and_resumes_on_the_same_card(store):
    state = LearnerState(locale="en")
    state.choose_band("9-12")
    assert state.learner_id is None  # visiting the home page stores nothing
    state.open_lesson(LESSON)
    assert state.learner_id is not None and "amaan_guest" in state.remember
    state.go(+1)
    state.go(+1)
    again = LearnerState(locale="en", learner_id=state.learner_id)  # the page reloads
    again.open_lesson(LESSON)
    assert again.screen == "lesson" and again.step == 2
    assert again.status(LESSON) == "in-progress"


def test_going_back_keeps_the_furthest_card(store):
    state = LearnerState(locale="ar")
    state.open_lesson(LESSON)
    state.go(+1)
    state.go(+1)
    state.go(-1)
    summary = lesson_progress(state.learner_id)[LESSON]
    assert summary.current_step == 1 and summary.furthest_step == 2


def test_the_quiz_resumes_after_a_reload_with_the_same_order_and_answers(store):
    state = LearnerState(locale="en")
    walk_to_quiz(state)
    assert state.screen == "quiz"
    state.check(right(state))
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
    check = state.check(right(state))
    assert answers_in_db() == 1
    # the same event again, as after a reconnect: same key, not counted twice
    again = store_quizzes.record_answer(state.try_id, state.learner_id, check.question_id, sorted(check.chosen),
                                        True, False, check.attempt, state.entry.version,
                                        f"answer:{state.try_id}:{check.question_id}:{check.attempt}")
    assert again is False and answers_in_db() == 1
    assert state.check(right(state)) is None  # the question is closed: a double click does nothing


def test_a_failed_save_loses_nothing_and_the_answer_can_be_sent_again(store, monkeypatch):
    state = LearnerState(locale="en")
    walk_to_quiz(state)
    real = store_quizzes.record_answer

    def dropped(*args, **kwargs):
        raise ConnectionError("the database went away")

    monkeypatch.setattr(store_quizzes, "record_answer", dropped)
    assert state.check(right(state)) is None
    assert state.saving_failed and answers_in_db() == 0
    assert state.run.current.checks == []  # not taken as an attempt
    monkeypatch.setattr(store_quizzes, "record_answer", real)
    assert state.check(right(state)).correct
    assert not state.saving_failed and answers_in_db() == 1


def test_finishing_the_quiz_scores_it_in_the_database_and_marks_mastery(store):
    state = LearnerState(locale="en")
    walk_to_quiz(state)
    while state.screen == "quiz":
        state.check(right(state))
        state.next_question()
    assert state.screen == "results" and state.run.mastered
    assert lesson_progress(state.learner_id)[LESSON].mastered_at is not None
    assert state.status(LESSON) == "mastered"


def test_a_retry_starts_a_new_try_with_its_own_shuffle(store):
    state = LearnerState(locale="en")
    walk_to_quiz(state)
    first = state.try_id
    while state.screen == "quiz":
        state.check(right(state))
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
    state.signed_in(learner, "Layla", "token")
    state.choose_band("9-12")
    assert [e.id for e in state.lessons][:2] == ["games-spending", "danger"]
    assert state.results_hidden
    state.sign_out()
    assert state.assigned == () and not state.results_hidden
