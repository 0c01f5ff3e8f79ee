"""A class learner's whole lesson-plus-quiz walk, driven as the learner page drives it (LearnerState
on the real store and content), and the xAPI settings the tests use."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from course.interop.xapi_settings import XapiSettings
from course.web.learner_state import LearnerState
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)

# Every question kind: multiple and single (choice), true-false, and an order question (sequencing).
LESSON = "be-nice"
HOME = "https://amaan.school.example"
SETTINGS = XapiSettings(public_url=HOME, endpoint=None, username=None, password=None,
                        include_guests=False, push_seconds=0)


@dataclass
class Walk:
    learner_id: int
    class_id: int
    join_code: str
    guest_id: int | None = None


def right(state: LearnerState) -> list[str]:
    q = state.run.current.question
    return list(q.right_order) if q.selection == "order" else sorted(q.correct_ids)


def wrong(state: LearnerState) -> list[str]:
    q = state.run.current.question
    if q.selection == "order":
        return list(reversed(q.right_order))
    return [next(o for o in q.option_ids if o not in q.correct_ids)]


def read_lesson(state: LearnerState) -> None:
    state.choose_band("9-12")
    state.open_lesson(LESSON)
    while state.screen == "lesson":
        if state.needs_choice():
            state.pick_on(state.step, state.current_step.options[0].id)
        state.next(state.step)
    assert state.screen == "quiz"


def take_quiz(state: LearnerState, *, first_right: bool) -> None:
    """Every question answered; wrong first (then right at the retry) unless ``first_right``."""
    while state.screen == "quiz":
        q = state.run.current.question.id
        if first_right:
            state.check(q, right(state))
        else:
            state.check(q, wrong(state))
            state.check(q, right(state))
        state.next_question()
    assert state.screen == "results"


def class_walk() -> Walk:
    """Layla of class 5B reads the lesson, fails the quiz (wrong at each first attempt), then passes it."""
    from course.store import accounts, classes

    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    klass = classes.create_class(teacher, "5B")
    layla = classes.add_learner(klass.id, "Layla", None, as_educator=teacher)
    state = LearnerState(locale="ar")
    state.signed_in(layla, "Layla")
    read_lesson(state)
    take_quiz(state, first_right=False)
    assert state.result is not None and not state.result.mastered
    state.retry_quiz()
    take_quiz(state, first_right=True)
    assert state.result is not None and state.result.mastered
    return Walk(layla, klass.id, klass.join_code)


def guest_walk() -> int:
    state = LearnerState(locale="en")
    read_lesson(state)
    take_quiz(state, first_right=True)
    assert state.learner_id is not None
    return state.learner_id


@pytest.fixture
def walk(store) -> Walk:  # noqa: F811
    done = class_walk()
    done.guest_id = guest_walk()
    return done
