"""The lesson and quiz report, and its difficult questions, on a class whose numbers we know."""
from __future__ import annotations

import pytest

from course.reports.lesson import lesson_report
from course.store.errors import NotAllowed
from tests.reports.conftest import BE_KIND, PRIVATE_EYE, take_quiz


def test_completion_mastery_and_average_best_score(hand_made):
    """private-eye: 4 of 5 started, 2 completed (Dana read every card, but took no quiz), 1 mastered;
    best scores 2/3 and 3/3."""
    r = lesson_report(hand_made.class_id, "private-eye", PRIVATE_EYE, as_educator=hand_made.teacher)
    assert (r.learners, r.started, r.completed, r.mastered, r.scored) == (5, 4, 2, 1, 2)
    assert (r.completed_rate, r.mastered_rate) == (0.4, 0.2)
    assert r.average_best_score == pytest.approx(5 / 6)


def test_time_spent_is_over_the_learners_who_completed(hand_made):
    """Amal 90 s and Badr 180 s completed, so the median of that even count is the mean of the two;
    Dana's 300 s of cards without the quiz and Carim's 20 s half-read lesson do not count."""
    r = lesson_report(hand_made.class_id, "private-eye", PRIVATE_EYE, as_educator=hand_made.teacher)
    assert r.median_seconds == 135
    assert r.mean_seconds == pytest.approx(135)


def test_the_median_of_an_odd_count_is_the_middle_one(hand_made):
    """Once Dana finishes the quiz her 300 s count: 90, 180 and 300 have the median 180."""
    take_quiz(hand_made.dana, PRIVATE_EYE, [("q1", ["b"]), ("q2", ["f"]), ("q2", ["t"]), ("q3", ["x"]), ("q3", ["z"])])
    r = lesson_report(hand_made.class_id, "private-eye", PRIVATE_EYE, as_educator=hand_made.teacher)
    assert r.median_seconds == 180
    assert r.mean_seconds == pytest.approx(190)


def test_quiz_tries_and_their_average_score(hand_made):
    """Three finished tries (2/3, 0/3, 3/3); the stranger's try is in another class."""
    r = lesson_report(hand_made.class_id, "private-eye", PRIVATE_EYE, as_educator=hand_made.teacher)
    assert (r.tries_started, r.tries_finished) == (3, 3)
    assert r.average_try_score == pytest.approx(5 / 9)


def test_difficult_questions_come_hardest_first_with_the_most_chosen_wrong_option(hand_made):
    """q1 was right at the first attempt 1 time in 3, and 'a' was the wrong pick both times."""
    r = lesson_report(hand_made.class_id, "private-eye", PRIVATE_EYE, as_educator=hand_made.teacher)
    got = [(q.question_id, q.first_answers, q.first_correct, q.wrong_answers, q.top_wrong_option, q.top_wrong_count)
           for q in r.questions]
    assert got == [("q1", 3, 1, 2, "a", 2), ("q2", 3, 2, 1, "f", 1), ("q3", 3, 2, 1, "z", 1)]
    assert r.questions[0].first_correct_share == pytest.approx(1 / 3)


def test_a_right_option_inside_a_wrong_answer_is_never_the_top_wrong_option(hand_made):
    """Amal's [x, z] on q3 was wrong because of z; x was right and is not blamed."""
    r = lesson_report(hand_made.class_id, "private-eye", PRIVATE_EYE, as_educator=hand_made.teacher)
    q3 = next(q for q in r.questions if q.question_id == "q3")
    assert q3.wrong_options == (("z", 1),)


def test_wrong_options_are_counted_over_every_attempt_and_tie_in_quiz_order(hand_made):
    """Two more wrong picks of 'c' make a tie with 'a': the quiz's own order breaks it."""
    take_quiz(hand_made.dana, PRIVATE_EYE, [("q1", ["c"]), ("q1", ["c"]), ("q2", ["t"]), ("q3", ["x", "y"])])
    r = lesson_report(hand_made.class_id, "private-eye", PRIVATE_EYE, as_educator=hand_made.teacher)
    q1 = next(q for q in r.questions if q.question_id == "q1")
    assert q1.wrong_options == (("a", 2), ("c", 2))
    assert (q1.first_answers, q1.first_correct, q1.wrong_answers) == (4, 1, 4)


def test_a_quiz_nobody_took_has_no_scores_and_its_questions_are_unknown(hand_made):
    r = lesson_report(hand_made.class_id, "be-kind", BE_KIND, as_educator=hand_made.teacher)
    assert (r.started, r.completed, r.average_best_score, r.median_seconds, r.tries_started) == (1, 0, None, None, 0)
    assert [(q.question_id, q.first_correct_share, q.top_wrong_option) for q in r.questions] == [("k1", None, None)]


def test_another_educators_class_is_refused(hand_made):
    with pytest.raises(NotAllowed):
        lesson_report(hand_made.class_id, "private-eye", PRIVATE_EYE, as_educator=hand_made.other_teacher)
