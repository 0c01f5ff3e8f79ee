"""Issue 16, educator item 3: which class am I looking at? The Progress tab names the class and
picks it, opens on the class's own lessons, and remembers the choice (checked like any input).

Real SQLite (and PostgreSQL with COURSE_TEST_POSTGRES_URL), real lessons from the catalogue.
"""
from __future__ import annotations

import pytest

from course.store import accounts, assignments, classes
from course.store.progress import record_step
from course.web.dashboard_state import DashboardState, lesson_dicts
from course.web.educator_page import linked_dashboard, remembered_class
from course.web.educator_state import EducatorState
from course.web.views.dashboard import DashboardView
from tests.store.conftest import db_url, new_key, store  # noqa: F401  (fixtures, reused)


@pytest.fixture
def school(store):  # noqa: F811
    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    other = accounts.create_educator("other", "another long password", "Other")
    grade4 = classes.create_class(teacher, "Grade 4").id
    grade8 = classes.create_class(teacher, "Grade 8").id
    theirs = classes.create_class(other, "Not yours").id
    return teacher, grade4, grade8, theirs


def plain(text: str) -> str:
    """Without Fluent's direction isolation marks (U+2068, U+2069)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def first_lesson(track: str) -> dict:
    return lesson_dicts(track)[0]


def test_a_class_opens_on_its_assigned_lessons_then_its_learners_band_then_its_busiest(school):
    teacher, grade4, grade8, _ = school
    state = DashboardState(educator_id=teacher, class_id=grade8, track="13-18")
    assert state.default_track(grade4) == "13-18"  # nothing to go by: the track shown
    for name, band in (("Salma", "under-9"), ("Amna", "under-9"), ("Laila", "9-12")):
        classes.add_learner(grade4, name, None, age_band=band)
    assert state.default_track(grade4) == "under-9"  # most of its learners
    lesson = first_lesson("9-12")
    assignments.assign_lessons(grade4, [lesson["id"]], as_educator=teacher)
    assert state.default_track(grade4) == "9-12"  # what the teacher assigned comes first
    newcomer = classes.add_learner(grade8, "Omar", None)
    young = first_lesson("under-9")
    record_step(newcomer, young["id"], 0, young["steps"], 0, young["version"], new_key())
    assert state.default_track(grade8) == "under-9"  # where they started lessons


def test_picking_a_class_on_the_progress_tab_names_it_and_opens_its_lessons(school):
    teacher, grade4, grade8, theirs = school
    classes.add_learner(grade4, "Salma", None, age_band="under-9")
    state = DashboardState(educator_id=teacher, class_id=grade8, track="13-18")
    view = DashboardView(state=state, locale="en")
    assert "Grade 8 at a glance" in plain(view._class_title.object)
    assert set(view._class_pick.options.values()) == {grade4, grade8}  # never another educator's
    state.turn_page(1)
    view._class_pick.value = grade4
    assert (state.class_id, state.track, state.offset) == (grade4, "under-9", 0)
    assert "Grade 4 at a glance" in plain(view._class_title.object)
    state.choose_class(theirs)  # what a forged value would ask: nothing changes
    assert state.class_id == grade4


def test_both_tabs_show_one_class_whichever_picks_it(school):
    teacher, grade4, grade8, theirs = school
    state = EducatorState(educator_id=teacher, locale="en")
    state.choose_class(grade4)
    dashboard = linked_dashboard(state)
    assert dashboard.class_id == grade4
    state.choose_class(grade8)  # the Classes tab
    assert dashboard.class_id == grade8 and dashboard.offset == 0
    dashboard.choose_class(grade4)  # the Progress tab
    assert state.class_id == grade4
    dashboard.choose_class(theirs)
    assert state.class_id == dashboard.class_id == grade4


def test_the_remembered_class_is_used_only_if_it_is_still_this_educators(school):
    teacher, grade4, grade8, theirs = school
    state = EducatorState(educator_id=teacher, locale="en")
    assert remembered_class(state, str(grade8)) == grade8
    for forged in (str(theirs), "", None, "abc", "-1", "1" * 40, f"{grade4} ", "999999"):
        assert remembered_class(state, forged) is None, forged
    state.choose_class(grade4)
    state.ask_archive()
    state.archive()
    assert remembered_class(state, str(grade4)) is None  # archived since


def test_the_lessons_picker_shows_the_lessons_a_new_class_opens_on(school):
    teacher, grade4, grade8, _ = school
    classes.add_learner(grade4, "Salma", None, age_band="under-9")
    state = DashboardState(educator_id=teacher, class_id=grade8, track="13-18")
    view = DashboardView(state=state, locale="en")
    view._class_pick.value = grade4
    assert view._track.value == state.track == "under-9"


def test_another_class_shows_one_of_its_own_learners_in_the_detail(school):
    teacher, grade4, grade8, _ = school
    salma = classes.add_learner(grade4, "Salma", None)
    omar = classes.add_learner(grade8, "Omar", None)
    state = DashboardState(educator_id=teacher, class_id=grade4)
    view = DashboardView(state=state, locale="en")
    assert state.learner_id == salma and "Salma" in view._learner_html.object
    view._class_pick.value = grade8
    assert state.learner_id == omar and view._learner.value == omar and "Omar" in view._learner_html.object
