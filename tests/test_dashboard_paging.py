"""Issue 16, educator item 5 (a class of 2,000): the grid, the needs-help flags, the Classes tab's
learners and the sign-in names are searched, sorted and paged on the server, a page at a time.

Real SQLite (and PostgreSQL with COURSE_TEST_POSTGRES_URL), real repository functions, real lessons
where the dashboard state reads the catalogue.
"""
from __future__ import annotations

import json

import pytest
from bokeh.document import Document

from course.reports.needs_help import needs_help
from course.reports.overview import PAGE_ROWS, class_overview, overview_page, started_per_lesson
from course.store import classes
from course.web.dashboard_state import FLAGS_PER_PAGE, DashboardState, lesson_dicts
from course.web.educator_state import LEARNERS_PER_PAGE, EducatorState
from course.web.signin_state import ROSTER_PAGE, SignInState
from course.web.views.dashboard import DashboardView
from course.web.views.educator_classes import ClassesView
from tests.reports.conftest import (  # noqa: F401  (fixtures, reused)
    BE_KIND,
    LESSONS,
    PRIVATE_EYE,
    counted_statements,
    read_cards,
    take_quiz,
    teachers,
)
from tests.reports.test_query_count import seeded_class
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)


def add(class_id: int, names: list[str]) -> list[int]:
    return [classes.add_learner(class_id, name, None) for name in names]


@pytest.fixture
def big(teachers):  # noqa: F811
    """A class longer than two pages of the grid, with progress in a few rows."""
    teacher = teachers[0]
    klass = classes.create_class(teacher, "Whole school").id
    ids = add(klass, [f"Learner {i:03}" for i in range(2 * PAGE_ROWS + 7)] + ["Élodie", "élise", "Zaid"])
    read_cards(ids[5], PRIVATE_EYE, 3, 10)
    take_quiz(ids[5], PRIVATE_EYE, [("q1", ["b"]), ("q2", ["t"]), ("q3", ["x", "y"])])
    read_cards(ids[70], BE_KIND, 1, 10)
    return teacher, klass, ids


def test_a_page_holds_its_rows_only_and_the_totals_of_the_whole_class(big):
    teacher, klass, ids = big
    first = overview_page(klass, LESSONS, as_educator=teacher)
    assert (first.matched, first.page, first.pages, first.offset) == (len(ids), 1, 3, 0)
    assert len(first.overview.rows) == PAGE_ROWS
    whole = class_overview(klass, LESSONS, as_educator=teacher)
    assert first.overview.totals == whole.totals and first.overview.learners == len(ids)
    paged = [row for offset in range(0, len(ids), PAGE_ROWS)
             for row in overview_page(klass, LESSONS, as_educator=teacher, offset=offset).overview.rows]
    assert paged == list(whole.rows)  # every row once, cells and all, in the same order


def test_an_offset_past_the_end_shows_the_last_page(big):
    teacher, klass, ids = big
    last = overview_page(klass, LESSONS, as_educator=teacher, offset=10_000)
    assert last.offset == 2 * PAGE_ROWS and last.page == last.pages == 3
    assert len(last.overview.rows) == len(ids) - 2 * PAGE_ROWS
    with pytest.raises(ValueError):
        overview_page(klass, LESSONS, as_educator=teacher, limit=0)


def test_search_finds_any_case_and_accents_folded_as_python_folds_them(big):
    teacher, klass, _ids = big
    found = overview_page(klass, LESSONS, as_educator=teacher, search="  éL ")
    assert [r.display_name for r in found.overview.rows] == ["élise", "Élodie"]
    assert found.matched == 2 and found.pages == 1
    nothing = overview_page(klass, LESSONS, as_educator=teacher, search="nobody")
    assert nothing.matched == 0 and nothing.overview.rows == () and nothing.pages == 1


def test_sorting_happens_before_paging(big):
    teacher, klass, ids = big
    by_mastered = overview_page(klass, LESSONS, as_educator=teacher, sort="mastered", descending=True)
    assert by_mastered.overview.rows[0].learner_id == ids[5]
    by_lesson = overview_page(klass, LESSONS, as_educator=teacher, sort="lesson:be-kind", descending=True)
    assert by_lesson.overview.rows[0].learner_id == ids[70]
    assert by_lesson.overview.rows[0].cells[1].status == "in-progress"  # the page's cells are whole
    assert by_lesson.overview.rows[0].cells[0].status == "not-started"
    name_desc = overview_page(klass, LESSONS, as_educator=teacher, sort="name", descending=True)
    whole = class_overview(klass, LESSONS, as_educator=teacher, sort="name", descending=True)
    assert name_desc.overview.rows == whole.rows[:PAGE_ROWS] and whole.rows[-1].display_name == "Learner 000"


@pytest.mark.parametrize("sort", ["name", "lesson:private-eye"])
def test_a_page_sends_as_many_statements_for_a_big_class_as_for_a_small_one(teachers, sort):  # noqa: F811
    teacher = teachers[0]
    small, _ = seeded_class(teacher, "Small", 4)
    large, _ = seeded_class(teacher, "Large", PAGE_ROWS + 12)
    with counted_statements() as for_small:
        overview_page(small, LESSONS, as_educator=teacher, sort=sort, search="1")
    with counted_statements() as for_large:
        overview_page(large, LESSONS, as_educator=teacher, sort=sort, search="1", offset=PAGE_ROWS)
    assert len(for_small) == len(for_large) <= 8, (for_small, for_large)


def test_the_busiest_track_is_one_grouped_statement_not_the_grid_three_times(big):
    teacher, klass, ids = big
    assert started_per_lesson(klass, ["private-eye", "be-kind", "fair-deal"], as_educator=teacher) == {
        "private-eye": 1, "be-kind": 1}
    small = classes.create_class(teacher, "Small").id
    read_cards(add(small, ["Solo"])[0], PRIVATE_EYE, 1, 10)
    sent = {}
    for class_id in (small, klass):
        with counted_statements() as sent[class_id]:
            DashboardState(educator_id=teacher, class_id=class_id).busiest_track()
    # one grouped count, besides checking whose class it is, whatever the class's size
    assert len(sent[small]) == len(sent[klass]) <= 5, sent
    assert sum("GROUP BY lesson_progress.lesson_id" in statement for statement in sent[klass]) == 1


@pytest.fixture
def dashboard(teachers):  # noqa: F811
    teacher = teachers[0]
    klass = classes.create_class(teacher, "Year 9").id
    ids = add(klass, [f"Pupil {i:03}" for i in range(PAGE_ROWS + 5)])
    state = DashboardState(educator_id=teacher, class_id=klass)
    view = DashboardView(state=state, locale="en")
    return state, view, ids


def shown_names(view: DashboardView) -> list[str]:
    import re
    body = view._grid.object.partition("<tbody>")[2].partition("</tbody>")[0]
    return re.findall(r'<th scope="row">([^<]+)</th>', body)


def test_the_dashboard_draws_one_page_and_turns_it(dashboard):
    state, view, ids = dashboard
    assert len(shown_names(view)) == PAGE_ROWS and shown_names(view)[0] == "Pupil 000"
    assert len(view._learner.options) == PAGE_ROWS  # the learner picker lists the page's learners
    assert view._grid_pages._next.disabled is False and view._grid_pages._previous.disabled is True
    state.turn_page(1)
    assert shown_names(view) == [f"Pupil {i:03}" for i in range(PAGE_ROWS, PAGE_ROWS + 5)]
    assert view._grid_pages._next.disabled is True
    state.turn_page(5)  # past the end: stays on the last page, and Previous goes back one
    assert state.offset == PAGE_ROWS
    state.turn_page(-1)
    assert state.offset == 0 and shown_names(view)[0] == "Pupil 000"


def test_search_runs_on_enter_not_on_every_key_and_starts_on_the_first_page(dashboard, monkeypatch):
    state, view, _ids = dashboard
    from course.web import dashboard_state
    runs = []
    real = dashboard_state.overview_page
    monkeypatch.setattr(dashboard_state, "overview_page", lambda *a, **k: (runs.append(k), real(*a, **k))[1])
    state.turn_page(1)
    runs.clear()
    for typed in ("P", "Pu", "Pupil 05"):
        view._search.value_input = typed  # keys typed: no report yet
    assert runs == []
    view._search.value = "Pupil 05"  # Enter
    assert len(runs) == 1 and runs[0]["offset"] == 0 and runs[0]["search"] == "Pupil 05"
    assert shown_names(view) == [f"Pupil {i:03}" for i in range(50, 55)]
    view._sort.value = "last-active"
    assert len(runs) == 2 and state.offset == 0  # one report for one choice


class HandMadeLessons(DashboardState):
    """The dashboard's state over the hand-made lessons of tests/reports (not the catalogue's)."""

    def flags(self):
        return needs_help(self.class_id, LESSONS, as_educator=self.educator_id)


def test_needs_help_flags_are_paged(teachers):  # noqa: F811
    teacher = teachers[0]
    klass, learners = seeded_class(teacher, "Flagged", 4 * FLAGS_PER_PAGE + 8)
    # learners i % 4 == 2 failed the quiz twice and answered wrong first: two flags each
    state = HandMadeLessons(educator_id=teacher, class_id=klass)
    every = state.flags().flags
    flags, found = state.flags_page()
    assert found == len(every) > 2 * FLAGS_PER_PAGE and flags == every[:FLAGS_PER_PAGE]
    state.turn_flags_page(2)
    assert state.flags_page()[0] == every[2 * FLAGS_PER_PAGE:3 * FLAGS_PER_PAGE]
    state.turn_flags_page(5)  # past the end: the last page, and Previous goes back one from there
    last = (len(every) - 1) // FLAGS_PER_PAGE * FLAGS_PER_PAGE
    assert state.flags_page()[0] == every[last:] and state.flags_offset == last
    state.turn_flags_page(-1)
    assert state.flags_offset == last - FLAGS_PER_PAGE
    view = DashboardView(state=state, locale="en")
    shown = json.loads(view._flags.rows)["rows"]
    assert len(shown) == FLAGS_PER_PAGE and all(row["buttons"][0]["act"] == "dismiss" for row in shown)
    first = every[0]
    view._flags._handle_msg({"act": "dismiss", "key": f"{first.learner_id}-{first.rule}"})  # not on this page
    assert state.flags().flags == every
    state.turn_flags_page(-5)
    view._flags._handle_msg({"act": "dismiss", "key": f"{first.learner_id}-{first.rule}"})
    assert first not in state.flags().flags and len(state.flags().flags) == len(every) - 1


def listed(view: ClassesView) -> list[str]:
    return [row["text"] for row in json.loads(view._list.rows)["rows"]]


def test_the_classes_tab_lists_a_page_of_learners(teachers):  # noqa: F811
    teacher = teachers[0]
    klass = classes.create_class(teacher, "Big class").id
    add(klass, [f"Child {i:02}" for i in range(LEARNERS_PER_PAGE * 2 + 3)] + ["Ève"])
    state = EducatorState(educator_id=teacher, locale="en")
    state.choose_class(klass)
    view = ClassesView(state=state)
    view.__panel__().get_root(Document())
    assert len(listed(view)) == LEARNERS_PER_PAGE
    state.turn_learners_page(2)
    page = state.learners_page()
    assert [x.display_name for x in page.learners] == ["Child 40", "Child 41", "Child 42", "Ève"]
    assert listed(view) == ["Child 40", "Child 41", "Child 42", "Ève"]
    view._find.value = "ève"
    assert [x.display_name for x in state.learners_page().learners] == ["Ève"] and state.learner_offset == 0
    other = classes.create_class(teacher, "Other").id
    state.choose_class(other)  # a new class: no search, first page
    assert state.learner_search == "" and view._find.value == ""


def test_learners_page_sends_as_many_statements_for_30_as_for_2_and_checks_the_owner(teachers):  # noqa: F811
    teacher, stranger = teachers
    klass = classes.create_class(teacher, "Mine").id
    add(klass, [f"N{i}" for i in range(30)])
    few = classes.create_class(teacher, "Few").id
    add(few, ["A", "B"])
    with counted_statements() as for_few:
        classes.learners_page(few, as_educator=teacher, offset=20, limit=20)
    with counted_statements() as sent:
        page = classes.learners_page(klass, as_educator=teacher, offset=20, limit=20)
    assert page.matched == 30 and len(page.learners) == 10 and page.offset == 20
    assert len(sent) == len(for_few) <= 6, sent
    from course.store.errors import NotAllowed
    with pytest.raises(NotAllowed):
        classes.learners_page(klass, as_educator=stranger)


def test_the_sign_in_names_come_a_page_at_a_time(teachers):  # noqa: F811
    teacher = teachers[0]
    klass = classes.create_class(teacher, "Parents evening")
    add(klass.id, [f"Kid {i:03}" for i in range(ROSTER_PAGE + 2)])
    state = SignInState(client="test")
    state.enter_code(klass.join_code)
    names, found, offset = state.roster_page()
    assert found == ROSTER_PAGE + 2 and len(names) == ROSTER_PAGE and offset == 0
    state.turn_roster_page(1)
    assert [n for _id, n in state.roster_page()[0]] == [f"Kid {ROSTER_PAGE:03}", f"Kid {ROSTER_PAGE + 1:03}"]
    state.turn_roster_page(1)  # no page after the last
    assert state.roster_offset == ROSTER_PAGE
    state.find_name("kid 00")
    assert [n for _id, n in state.roster_page()[0]] == [f"Kid {i:03}" for i in range(10)]


def test_the_state_reads_real_lessons_for_the_track(dashboard):
    state, _view, _ids = dashboard
    page = state.overview()
    assert list(page.overview.lesson_ids) == [d["id"] for d in lesson_dicts(state.track)]


def models_in(viewable) -> int:
    doc = Document()
    doc.add_root(viewable.__panel__().get_root(doc))
    return len(doc.models)


def test_the_classes_tab_and_the_dashboard_build_as_many_models_for_45_learners_as_for_3(teachers):  # noqa: F811
    teacher = teachers[0]
    small = classes.create_class(teacher, "Small").id
    big = classes.create_class(teacher, "Big").id
    add(small, ["A", "B", "C"])
    add(big, [f"Learner {i}" for i in range(45)])
    counts = {}
    for klass in (small, big):
        state = EducatorState(educator_id=teacher, locale="ar")
        state.choose_class(klass)
        counts[klass] = (models_in(ClassesView(state=state)),
                         models_in(DashboardView(state=DashboardState(educator_id=teacher, class_id=klass), locale="ar")))
    assert counts[small] == counts[big], counts
