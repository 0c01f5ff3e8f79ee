"""Aggregation happens in the database: a report sends as many SQL statements for a class of 40
as for a class of 5 (counted with SQLAlchemy's before_cursor_execute event)."""
from __future__ import annotations

import pytest

from course.reports.coverage import risk_coverage
from course.reports.learner import learner_detail
from course.reports.lesson import lesson_report
from course.reports.needs_help import needs_help
from course.reports.overview import class_overview
from course.store.classes import add_learner, create_class
from tests.reports.conftest import BE_KIND, LESSONS, PRIVATE_EYE, counted_statements, read_cards, take_quiz

RIGHT = [("q1", ["b"]), ("q2", ["t"]), ("q3", ["x", "y"])]
WRONG_THEN_RIGHT = [("q1", ["a"]), ("q1", ["b"]), ("q2", ["f"]), ("q2", ["t"]), ("q3", ["z"]), ("q3", ["x", "y"])]


def seeded_class(teacher: int, name: str, size: int) -> tuple[int, list[int]]:
    """A class whose learners cycle through every state: untouched, half-way, failed, mastered."""
    klass = create_class(teacher, name).id
    learners = []
    for i in range(size):
        learner = add_learner(klass, f"{name} {i}", None)
        learners.append(learner)
        if i % 4 == 0:
            continue
        read_cards(learner, PRIVATE_EYE, 1 if i % 4 == 1 else 3, 15)
        if i % 4 == 2:
            take_quiz(learner, PRIVATE_EYE, WRONG_THEN_RIGHT)
            take_quiz(learner, PRIVATE_EYE, WRONG_THEN_RIGHT)
        if i % 4 == 3:
            take_quiz(learner, PRIVATE_EYE, RIGHT)
            read_cards(learner, BE_KIND, 1, 15)
    return klass, learners


REPORTS = {
    "overview": lambda c, t: class_overview(c, LESSONS, as_educator=t, sort="lesson:private-eye"),
    "lesson": lambda c, t: lesson_report(c, "private-eye", PRIVATE_EYE, as_educator=t),
    "needs help": lambda c, t: needs_help(c, LESSONS, as_educator=t),
    "coverage": lambda c, t: risk_coverage(c, LESSONS, as_educator=t),
}


@pytest.fixture
def small_and_large(teachers):
    teacher = teachers[0]
    return teacher, seeded_class(teacher, "Small", 5), seeded_class(teacher, "Large", 40)


@pytest.mark.parametrize("report", list(REPORTS))
def test_a_class_report_sends_as_many_statements_for_40_learners_as_for_5(small_and_large, report):
    teacher, (small, _), (large, _) = small_and_large
    run = REPORTS[report]
    with counted_statements() as for_small:
        run(small, teacher)
    with counted_statements() as for_large:
        run(large, teacher)
    assert len(for_small) == len(for_large) <= 8, (for_small, for_large)


def test_learner_detail_sends_as_many_statements_for_many_tries_as_for_one(small_and_large):
    teacher, _, (_, learners) = small_and_large
    one_try, two_tries = learners[3], learners[2]
    with counted_statements() as few:
        learner_detail(one_try, as_educator=teacher)
    for _ in range(3):
        take_quiz(two_tries, PRIVATE_EYE, WRONG_THEN_RIGHT)
    with counted_statements() as many:
        detail = learner_detail(two_tries, as_educator=teacher)
    assert len(detail.tries) == 5
    assert len(few) == len(many) <= 8
