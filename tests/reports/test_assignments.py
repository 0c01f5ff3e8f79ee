"""Assigning lessons to a class (listed first for its learners) and choosing when results show."""
from __future__ import annotations

import pytest

from course.store.assignments import (
    assign_lessons,
    assigned_lessons,
    assigned_lessons_for_learner,
    set_results_visibility,
)
from course.store.classes import class_info
from course.store.errors import NotAllowed
from course.store.progress import create_guest


def test_assigned_lessons_keep_the_educators_order(hand_made):
    assign_lessons(hand_made.class_id, ["fair-deal", "private-eye"], as_educator=hand_made.teacher)
    assert assigned_lessons(hand_made.class_id) == ("fair-deal", "private-eye")
    assert assigned_lessons_for_learner(hand_made.amal) == ("fair-deal", "private-eye")
    assert assigned_lessons(hand_made.other_class_id) == ()
    assert assigned_lessons_for_learner(hand_made.stranger) == ()


def test_assigning_again_replaces_the_list(hand_made):
    """Reordering, adding and removing in one go; a repeated id keeps its first place."""
    assign_lessons(hand_made.class_id, ["fair-deal", "private-eye"], as_educator=hand_made.teacher)
    assert assign_lessons(hand_made.class_id, ["private-eye", "be-kind", "private-eye"],
                          as_educator=hand_made.teacher) == ("private-eye", "be-kind")
    assert assigned_lessons(hand_made.class_id) == ("private-eye", "be-kind")
    assign_lessons(hand_made.class_id, [], as_educator=hand_made.teacher)
    assert assigned_lessons(hand_made.class_id) == ()


def test_a_guest_has_no_assigned_lessons(store):
    guest, _ = create_guest()
    assert assigned_lessons_for_learner(guest) == ()


def test_bad_lesson_ids_are_refused(hand_made):
    with pytest.raises(TypeError):
        assign_lessons(hand_made.class_id, "private-eye", as_educator=hand_made.teacher)
    with pytest.raises(ValueError):
        assign_lessons(hand_made.class_id, ["x" * 49], as_educator=hand_made.teacher)


def test_results_visibility_is_learner_or_educator(hand_made):
    assert class_info(hand_made.class_id).results_visibility == "learner"
    set_results_visibility(hand_made.class_id, "educator", as_educator=hand_made.teacher)
    assert class_info(hand_made.class_id).results_visibility == "educator"
    with pytest.raises(ValueError):
        set_results_visibility(hand_made.class_id, "everyone", as_educator=hand_made.teacher)


def test_another_educators_class_cannot_be_changed(hand_made):
    with pytest.raises(NotAllowed):
        assign_lessons(hand_made.class_id, ["private-eye"], as_educator=hand_made.other_teacher)
    with pytest.raises(NotAllowed):
        set_results_visibility(hand_made.class_id, "educator", as_educator=hand_made.other_teacher)
    assert assigned_lessons(hand_made.class_id) == ()
    assert class_info(hand_made.class_id).results_visibility == "learner"
