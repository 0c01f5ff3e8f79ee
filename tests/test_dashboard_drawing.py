"""Issue 16, educator item 4: drawing the dashboard never writes, and a class switch runs each report once.

Showing a class's stored "who sees results" setting used to set the radio widget, whose watcher
stored the setting again: one write transaction per class switch, and a version bump that ran
the four reports a second time.
"""
from __future__ import annotations

from collections import Counter

import pytest

from course.store import accounts, assignments, classes, db
from course.web import dashboard_state
from course.web.dashboard_state import DashboardState
from course.web.views.dashboard import DashboardView
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)

REPORTS = ("overview_page", "needs_help", "risk_coverage", "lesson_report")


@pytest.fixture
def counted(store, monkeypatch):  # noqa: F811
    """A dashboard on a teacher's first class; counts write transactions and report runs."""
    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    first = classes.create_class(teacher, "4A")
    second = classes.create_class(teacher, "4B")
    assignments.set_results_visibility(second.id, "educator", as_educator=teacher)
    classes.add_learner(first.id, "Layla", ("camel", "moon", "star"), as_educator=teacher)
    state = DashboardState(educator_id=teacher, class_id=first.id)
    view = DashboardView(state=state, locale="en")
    calls: Counter = Counter()
    real_write = db.write

    def write():
        calls["write"] += 1
        return real_write()

    monkeypatch.setattr(db, "write", write)
    for name in REPORTS:
        real = getattr(dashboard_state, name)
        monkeypatch.setattr(dashboard_state, name,
                            lambda *a, _real=real, _name=name, **k: (calls.update([_name]), _real(*a, **k))[1])
    return state, view, first, second, calls


def test_a_class_switch_writes_nothing_and_runs_each_report_once(counted):
    state, view, first, second, calls = counted
    state.class_id = second.id
    assert calls["write"] == 0
    assert {name: calls[name] for name in REPORTS} == dict.fromkeys(REPORTS, 1)
    assert view._visibility.value == "educator"  # the stored setting is shown
    calls.clear()
    state.class_id = first.id
    assert calls["write"] == 0
    assert view._visibility.value == "learner"


def test_choosing_who_sees_results_still_stores_it(counted):
    state, view, first, _second, calls = counted
    view._visibility.value = "educator"
    assert calls["write"] == 1
    assert classes.class_info(first.id).results_visibility == "educator"
    calls.clear()
    state.set_results_visibility("educator")  # the same again: nothing to store
    assert calls["write"] == 0


def test_building_the_page_runs_the_lesson_and_learner_reports_once(store, monkeypatch):  # noqa: F811
    """Showing the grid picks a lesson and a learner, which draws them; the build must not draw
    them a second time (it did: two more reports per page)."""
    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    klass = classes.create_class(teacher, "4A")
    classes.add_learner(klass.id, "Layla", ("camel", "moon", "star"), as_educator=teacher)
    calls: Counter = Counter()
    for name in ("lesson_report", "learner_detail"):
        real = getattr(dashboard_state, name)
        monkeypatch.setattr(dashboard_state, name,
                            lambda *a, _real=real, _name=name, **k: (calls.update([_name]), _real(*a, **k))[1])
    view = DashboardView(state=DashboardState(educator_id=teacher, class_id=klass.id), locale="en")
    assert view.state.lesson_id and view.state.learner_id
    assert calls == {"lesson_report": 1, "learner_detail": 1}


def test_assigned_lessons_are_check_boxes_per_band_and_saving_stores_the_ticked_ones(counted):
    """Not Bokeh's MultiChoice (Choices.js renders its labels as HTML, and warns in the console)."""
    state, view, first, _second, calls = counted
    boxes = view._assign
    assert set(boxes) == {"under-9", "9-12", "13-18"}
    younger, older = boxes["under-9"], boxes["13-18"]
    picked = [next(iter(younger.options.values())), next(iter(older.options.values()))]
    younger.value, older.value = [picked[0]], [picked[1]]
    assert calls["write"] == 0  # ticking is not saving
    save = next(b for b in view._layout.objects if "dash-assign-save" in getattr(b, "tags", []))
    save.clicks += 1
    assert set(assignments.assigned_lessons(first.id)) == set(picked)
    state.class_id = _second.id
    assert younger.value == [] and older.value == []  # the other class has none
    state.class_id = first.id
    assert younger.value == [picked[0]] and older.value == [picked[1]]
