"""Risk coverage: which of the four Cs the class has covered, and by how many learners."""
from __future__ import annotations

import pytest

from course.reports.coverage import risk_coverage
from course.store.errors import NotAllowed
from tests.reports.conftest import BE_KIND, LESSONS, read_cards, take_quiz


def test_each_risk_lists_its_lessons_and_the_learners_who_completed_one(hand_made):
    """private-eye covers content and contact: Amal and Badr finished its quiz (Dana only read the
    cards); nobody finished the rest."""
    got = [(c.risk, c.lesson_ids, c.learners_completed, c.learners, c.covered)
           for c in risk_coverage(hand_made.class_id, LESSONS, as_educator=hand_made.teacher)]
    assert got == [("content", ("private-eye",), 2, 5, True), ("contact", ("private-eye",), 2, 5, True),
                   ("conduct", ("be-kind",), 0, 5, False), ("contract", ("fair-deal",), 0, 5, False)]


def test_a_learner_who_completed_two_lessons_of_one_risk_counts_once(hand_made):
    """With be-kind also covering contact, Badr completing it does not make him two learners."""
    kind_too = {**BE_KIND, "risks": ["conduct", "contact"]}
    read_cards(hand_made.badr, BE_KIND, 2, 10)
    take_quiz(hand_made.badr, BE_KIND, [("k1", ["no"])])
    coverage = risk_coverage(hand_made.class_id, [LESSONS[0], kind_too, LESSONS[2]], as_educator=hand_made.teacher)
    contact = next(c for c in coverage if c.risk == "contact")
    assert (contact.lesson_ids, contact.learners_completed, contact.rate) == (("private-eye", "be-kind"), 2, 0.4)
    assert next(c for c in coverage if c.risk == "conduct").learners_completed == 1


def test_a_risk_no_lesson_covers_is_shown_uncovered(hand_made):
    coverage = risk_coverage(hand_made.class_id, [BE_KIND], as_educator=hand_made.teacher)
    assert [(c.risk, c.lesson_ids, c.covered) for c in coverage][0] == ("content", (), False)


def test_another_educators_class_is_refused(hand_made):
    with pytest.raises(NotAllowed):
        risk_coverage(hand_made.class_id, LESSONS, as_educator=hand_made.other_teacher)
