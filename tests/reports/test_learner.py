"""One learner in detail: every lesson and every quiz try, answer by answer, with timestamps."""
from __future__ import annotations

import pytest

from course.reports.learner import learner_detail
from course.store.errors import NotAllowed
from course.store.progress import create_guest


def test_every_lesson_and_every_try_answer_by_answer(hand_made):
    """Amal: private-eye completed with a best of 2/3, two tries of 4 and 6 answers, in order."""
    d = learner_detail(hand_made.amal, as_educator=hand_made.teacher)
    assert d.learner.display_name == "Amal"
    assert [(line.lesson_id, line.status, line.summary.best_score) for line in d.lessons] == \
        [("private-eye", "completed", pytest.approx(2 / 3))]
    assert [(t.try_.score, len(t.answers), t.first_attempts_right) for t in d.tries] == \
        [(pytest.approx(2 / 3), 4, 2), (0.0, 6, 0)]
    first, second = d.tries
    assert [(a.question_id, a.attempt, a.chosen, a.correct) for a in second.answers] == [
        ("q1", 1, ("a",), False), ("q1", 2, ("b",), True), ("q2", 1, ("f",), False), ("q2", 2, ("t",), True),
        ("q3", 1, ("x", "z"), False), ("q3", 2, ("x", "y"), True)]
    stamps = [a.answered_at for t in d.tries for a in t.answers]
    assert stamps == sorted(stamps) and all(s.tzinfo is not None for s in stamps)
    assert first.try_.finished_at <= second.try_.started_at
    assert d.tries_of("private-eye") == d.tries and d.tries_of("be-kind") == ()


def test_a_learner_with_nothing_yet_has_an_empty_detail(hand_made):
    d = learner_detail(hand_made.eli, as_educator=hand_made.teacher)
    assert (d.lessons, d.tries) == ((), ())


def test_lessons_come_most_recent_first(hand_made):
    """Badr opened be-kind after private-eye."""
    d = learner_detail(hand_made.badr, as_educator=hand_made.teacher)
    assert [(line.lesson_id, line.status) for line in d.lessons] == [("be-kind", "in-progress"), ("private-eye", "mastered")]


def test_a_learner_of_another_class_or_a_guest_is_refused(hand_made):
    with pytest.raises(NotAllowed):
        learner_detail(hand_made.stranger, as_educator=hand_made.teacher)
    with pytest.raises(NotAllowed):
        learner_detail(hand_made.amal, as_educator=hand_made.other_teacher)
    guest, _ = create_guest()
    with pytest.raises(NotAllowed):
        learner_detail(guest, as_educator=hand_made.teacher)
