"""The class overview: the grid, its totals, sorting and filtering, on a class whose numbers we know."""
from __future__ import annotations

from datetime import timedelta

import pytest

from course.reports.overview import class_overview
from course.store import db
from course.store.errors import NotAllowed
from tests.reports.conftest import LESSONS


def statuses(overview, lesson_id):
    return {r.display_name: overview.cell(r, lesson_id).status for r in overview.rows}


def test_the_grid_shows_each_learners_status_and_best_score(hand_made):
    """Mastered, completed, in progress or not started, with the best score once a quiz is done."""
    o = class_overview(hand_made.class_id, LESSONS, as_educator=hand_made.teacher)
    assert o.lesson_ids == ("private-eye", "be-kind", "fair-deal")
    assert statuses(o, "private-eye") == {"Amal": "completed", "Badr": "mastered", "Carim": "in-progress",
                                          "Dana": "in-progress", "Eli": "not-started"}
    assert statuses(o, "be-kind") == {"Amal": "not-started", "Badr": "in-progress", "Carim": "not-started",
                                      "Dana": "not-started", "Eli": "not-started"}
    best = {r.display_name: o.cell(r, "private-eye").best_score for r in o.rows}
    assert best == {"Amal": pytest.approx(2 / 3), "Badr": 1.0, "Carim": None, "Dana": None, "Eli": None}
    amal = next(r for r in o.rows if r.display_name == "Amal")
    assert o.cell(amal, "private-eye").time_spent_seconds == 90
    assert o.cell(amal, "private-eye").progress == 1.0


def test_totals_per_lesson_count_the_whole_class(hand_made):
    """private-eye: 4 started, 2 completed, 1 mastered out of 5; the stranger in another class is not counted."""
    o = class_overview(hand_made.class_id, LESSONS, as_educator=hand_made.teacher)
    pe = o.totals_for("private-eye")
    assert (pe.learners, pe.started, pe.completed, pe.mastered) == (5, 4, 2, 1)
    assert (pe.started_rate, pe.completed_rate, pe.mastered_rate) == (0.8, 0.4, 0.2)
    assert pe.average_best_score == pytest.approx((2 / 3 + 1) / 2)
    kind, fair = o.totals_for("be-kind"), o.totals_for("fair-deal")
    assert (kind.started, kind.completed, kind.mastered, kind.average_best_score) == (1, 0, 0, None)
    assert (fair.started, fair.completed, fair.mastered, fair.completed_rate) == (0, 0, 0, 0.0)


def test_totals_per_learner_and_last_active_time(hand_made):
    """Lessons started, completed and mastered per learner, and when each was last active."""
    o = class_overview(hand_made.class_id, LESSONS, as_educator=hand_made.teacher)
    per = {r.display_name: (r.lessons_started, r.lessons_completed, r.lessons_mastered) for r in o.rows}
    assert per == {"Amal": (1, 1, 0), "Badr": (2, 1, 1), "Carim": (1, 0, 0), "Dana": (1, 0, 0), "Eli": (0, 0, 0)}
    assert all(db.utcnow() - r.last_active_at < timedelta(minutes=5) for r in o.rows)


def test_the_grid_covers_only_the_lessons_asked_for(hand_made):
    """Columns follow the lessons passed in; progress in other lessons does not count in the totals."""
    o = class_overview(hand_made.class_id, [LESSONS[1]], as_educator=hand_made.teacher)
    assert o.lesson_ids == ("be-kind",)
    assert {r.display_name: r.lessons_started for r in o.rows}["Amal"] == 0


def test_sorting_by_name_progress_or_one_lesson(hand_made):
    """Sort keys are plain arguments; ties fall back to the name."""
    def names(**kw):
        return [r.display_name for r in class_overview(hand_made.class_id, LESSONS, as_educator=hand_made.teacher, **kw).rows]

    assert names() == ["Amal", "Badr", "Carim", "Dana", "Eli"]
    assert names(descending=True) == ["Eli", "Dana", "Carim", "Badr", "Amal"]
    assert names(sort="mastered", descending=True) == ["Badr", "Amal", "Carim", "Dana", "Eli"]
    assert names(sort="completed") == ["Eli", "Carim", "Dana", "Amal", "Badr"]
    assert names(sort="lesson:private-eye", descending=True) == ["Badr", "Amal", "Carim", "Dana", "Eli"]
    with pytest.raises(ValueError):
        names(sort="lesson:not-in-grid")


def test_filtering_by_name_status_or_inactivity(hand_made):
    """Filters narrow the rows; the totals stay those of the whole class."""
    o = class_overview(hand_made.class_id, LESSONS, as_educator=hand_made.teacher,
                       lesson_id="private-eye", statuses=["not-started", "in-progress"])
    assert [r.display_name for r in o.rows] == ["Carim", "Dana", "Eli"]
    assert o.totals_for("private-eye").started == 4 and o.learners == 5
    assert [r.display_name for r in o.filtered(search=" car").rows] == ["Carim"]
    assert o.filtered(inactive_since=db.utcnow() - timedelta(days=1)).rows == ()
    assert [r.display_name for r in o.sorted("name", descending=True).rows] == ["Eli", "Dana", "Carim"]


def test_another_educators_class_is_refused(hand_made):
    with pytest.raises(NotAllowed):
        class_overview(hand_made.class_id, LESSONS, as_educator=hand_made.other_teacher)
