"""Schools as tenants (issue 19, item 3): an educator of school B sees and changes nothing of school A,
a school admin manages only their own school's educators, a ministry account owns no class, and a
class without a country takes its school's for Get help, never a guessed one."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from course.reports.coverage import risk_coverage
from course.reports.learner import learner_detail
from course.reports.lesson import lesson_report
from course.reports.needs_help import dismiss_flag, needs_help
from course.reports.overview import class_overview, learner_bands, overview_page, started_per_lesson
from course.store import accounts, assignments, classes, privacy, schools
from course.store.access import educator_owns_class, educator_owns_learner
from course.store.errors import NotAllowed, NotFound
from tests.reports.conftest import LESSONS, PRIVATE_EYE, read_cards, take_quiz
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)

PASSWORD = "correct horse battery"


@dataclass(frozen=True)
class TwoSchools:
    school_a: int
    school_b: int
    admin_a: int
    teacher_a: int
    admin_b: int
    teacher_b: int
    class_a: int
    learner_a: int
    request_a: int


@pytest.fixture
def two(store) -> TwoSchools:
    a = schools.create_school("Al-Amal School", country="JO", region="Amman", as_ministry=None)
    b = schools.create_school("An-Nour School", country="JO", region="Irbid", as_ministry=None)
    admin_a = accounts.create_educator("head-a", PASSWORD, "Head A", role="admin", school_id=a.id)
    admin_b = accounts.create_educator("head-b", PASSWORD, "Head B", role="admin", school_id=b.id)
    teacher_a = accounts.add_educator(admin_a, "teacher-a", PASSWORD, "Teacher A")
    teacher_b = accounts.add_educator(admin_b, "teacher-b", PASSWORD, "Teacher B")
    klass = classes.create_class(teacher_a, "5A", allow_self_register=True)
    classes.set_approve_new_names(klass.id, True, as_educator=teacher_a)
    learner = classes.add_learner(klass.id, "Amal", None, as_educator=teacher_a)
    read_cards(learner, PRIVATE_EYE, 3, 30)
    take_quiz(learner, PRIVATE_EYE, [("q1", ["b"]), ("q2", ["t"]), ("q3", ["x", "y"])])
    classes.self_register(klass.join_code, "Badr", None)
    request = classes.join_requests(klass.id, as_educator=teacher_a)[0].id
    return TwoSchools(a.id, b.id, admin_a, teacher_a, admin_b, teacher_b, klass.id, learner, request)


def test_an_admin_adds_educators_to_their_own_school_and_sees_only_them(two):
    assert schools.school_of(two.teacher_a).id == two.school_a
    assert schools.school_of(two.teacher_b).id == two.school_b
    assert [x.username for x in accounts.list_educators(as_educator=two.admin_a)] == ["head-a", "teacher-a"]
    assert [x.username for x in accounts.list_educators(as_educator=two.teacher_b)] == ["head-b", "teacher-b"]
    with pytest.raises(NotAllowed):  # an educator is no admin
        accounts.add_educator(two.teacher_a, "newcomer", PASSWORD, "Newcomer")


def test_an_admin_unlocks_only_their_own_schools_educators(two):
    for _ in range(accounts.MAX_FAILURES):
        accounts.verify_educator_login("teacher-a", "not the password")
    assert accounts.verify_educator_login("teacher-a", PASSWORD).result is accounts.LoginResult.LOCKED
    assert accounts.locked_educators(as_educator=two.admin_a) == {two.teacher_a}
    assert accounts.locked_educators(as_educator=two.admin_b) == set()  # not even the name of the lock
    with pytest.raises(NotAllowed):
        accounts.unlock_educator(two.admin_b, two.teacher_a)
    assert accounts.verify_educator_login("teacher-a", PASSWORD).result is accounts.LoginResult.LOCKED
    accounts.unlock_educator(two.admin_a, two.teacher_a)
    assert accounts.verify_educator_login("teacher-a", PASSWORD).result is accounts.LoginResult.OK


@pytest.mark.parametrize("who", ["teacher_b", "admin_b"])
def test_nothing_of_school_a_is_seen_or_changed_from_school_b(two, who):
    """Classes, learners, reports (and so their CSV exports and printed pages), certificates, a
    child's data export: all refused to school B, its admin included."""
    other = getattr(two, who)
    class_a, learner_a = two.class_a, two.learner_a
    assert not educator_owns_class(other, class_a)
    assert not educator_owns_learner(other, learner_a)  # the printed certificate's check
    refused = [
        lambda: classes.learners_of_class(class_a, as_educator=other),
        lambda: classes.learners_page(class_a, as_educator=other),
        lambda: classes.add_learner(class_a, "Intruder", None, as_educator=other),
        lambda: classes.regenerate_join_code(class_a, as_educator=other),
        lambda: classes.archive_class(class_a, as_educator=other),
        lambda: classes.unlock_class(class_a, as_educator=other),
        lambda: classes.set_approve_new_names(class_a, False, as_educator=other),
        lambda: classes.join_requests(class_a, as_educator=other),
        lambda: classes.approve_join_request(two.request_a, as_educator=other),
        lambda: classes.reject_join_request(two.request_a, as_educator=other),
        lambda: classes.set_picture_password(learner_a, ["cat", "sun", "tree"], as_educator=other),
        lambda: classes.reset_learner_lock(learner_a, as_educator=other),
        lambda: classes.rename_learner(learner_a, "Renamed", as_educator=other),
        lambda: assignments.assign_lessons(class_a, ["private-eye"], as_educator=other),
        lambda: assignments.set_results_visibility(class_a, "educator", as_educator=other),
        lambda: class_overview(class_a, LESSONS, as_educator=other),  # the grid, its CSV and its printout
        lambda: overview_page(class_a, LESSONS, as_educator=other),
        lambda: started_per_lesson(class_a, ["private-eye"], as_educator=other),
        lambda: learner_bands(class_a, as_educator=other),
        lambda: lesson_report(class_a, "private-eye", PRIVATE_EYE, as_educator=other),  # and its CSV
        lambda: risk_coverage(class_a, LESSONS, as_educator=other),
        lambda: needs_help(class_a, LESSONS, as_educator=other),
        lambda: dismiss_flag(learner_a, "failed-quiz-twice", as_educator=other),
        lambda: learner_detail(learner_a, as_educator=other),
        lambda: privacy.export_learner(learner_a, as_educator=other),
        lambda: privacy.delete_learner(learner_a, as_educator=other),
    ]
    for attempt in refused:
        with pytest.raises(NotAllowed):
            attempt()
    # nothing moved: school A still sees its class as it was
    assert [x.display_name for x in classes.learners_of_class(class_a, as_educator=two.teacher_a)] == ["Amal"]
    assert [r.display_name for r in classes.join_requests(class_a, as_educator=two.teacher_a)] == ["Badr"]
    assert class_overview(class_a, LESSONS, as_educator=two.teacher_a).totals_for("private-eye").mastered == 1
    assert classes.classes_of(other) == []


def test_a_ministry_account_owns_no_class_and_creates_schools(two):
    ministry = accounts.create_ministry_account("ministry", PASSWORD, "Ministry", as_ministry=None)
    assert schools.ministry_admin(ministry) and not schools.ministry_admin(two.admin_a)
    assert schools.school_of(ministry) is None and accounts.list_educators(as_educator=ministry) == []
    assert not educator_owns_class(ministry, two.class_a) and not educator_owns_learner(ministry, two.learner_a)
    with pytest.raises(NotAllowed):
        class_overview(two.class_a, LESSONS, as_educator=ministry)
    with pytest.raises(NotAllowed):
        classes.create_class(ministry, "A class of the ministry")
    from course.web.educator_state import EducatorState  # the page says why, and nothing breaks
    state = EducatorState(educator_id=ministry, locale="en")
    state.create_class("A class of the ministry", None, False)
    assert state.notice == ("edu-no-school-no-classes", {}, "try") and state.class_id is None
    with pytest.raises(NotAllowed):  # a school admin is no ministry admin
        schools.create_school("Another", as_ministry=two.admin_a)
    with pytest.raises(NotAllowed):
        schools.grant_ministry(two.teacher_a, as_ministry=two.admin_a)
    with pytest.raises(NotAllowed):
        accounts.add_educator(ministry, "newcomer", PASSWORD, "Newcomer")  # not a school admin
    made = schools.create_school("  Third   School ", country="PS", region=" Nablus ", as_ministry=ministry)
    assert (made.name, made.country, made.region) == ("Third School", "PS", "Nablus")
    assert [x.name for x in schools.list_schools(as_ministry=ministry)] == ["Al-Amal School", "An-Nour School",
                                                                           "Third School"]
    with pytest.raises(NotAllowed):
        schools.list_schools(as_ministry=two.admin_a)
    for bad in ({"country": "Jordan"}, {"country": "jo"}, {"region": "x" * 81}):
        with pytest.raises(ValueError):
            schools.create_school("Fourth", as_ministry=ministry, **bad)
    with pytest.raises(NotFound):
        accounts.create_educator("lost", PASSWORD, "Lost", school_id=made.id + 100)


def test_only_the_schools_admin_or_the_ministry_sets_its_country_and_region(two):
    ministry = accounts.create_ministry_account("ministry", PASSWORD, "Ministry", as_ministry=None)
    for stranger in (two.teacher_a, two.admin_b):
        with pytest.raises(NotAllowed):
            schools.set_school_place(two.school_a, country="PS", region="Gaza", as_educator=stranger)
    assert schools.set_school_place(two.school_a, country="EG", region="Cairo", as_educator=two.admin_a).country == "EG"
    assert schools.set_school_place(two.school_a, country=None, region="", as_educator=ministry).region is None
    assert schools.school_info(two.school_a).country is None


def test_a_class_without_a_country_takes_its_schools_for_get_help(two):
    """The class's own country wins; without one the school's; without either none at all."""
    own = classes.create_class(two.teacher_a, "5B", country="PS")
    plain = classes.create_class(two.teacher_a, "5C")
    assert plain.country is None  # the class's own setting is not rewritten
    assert classes.class_info(own.id).country == "PS"
    assert classes.class_info(plain.id).country == "JO"  # school A is in Jordan
    assert classes.class_info(two.class_a).country == "JO"
    layla = classes.add_learner(plain.id, "Layla", None, as_educator=two.teacher_a)
    assert classes.learners_of_class(plain.id, as_educator=two.teacher_a)[0].country == "JO"

    schools.set_school_place(two.school_a, country=None, region=None, as_educator=two.admin_a)
    assert classes.class_info(plain.id).country is None  # never guessed
    assert classes.class_info(own.id).country == "PS"
    assert layla  # her row keeps the country she was created with, as a class's country always did


def test_get_help_shows_the_schools_helpline_to_a_learner_of_a_class_without_a_country(two):
    from course.web.learner_page import initial_state

    klass = classes.create_class(two.teacher_b, "6A")
    learner = classes.add_learner(klass.id, "Layla", None, as_educator=two.teacher_b)
    state = initial_state({}, {}, {"Accept-Language": "ar"})
    state.signed_in(learner, "Layla")
    assert state.country == "JO"
    schools.set_school_place(two.school_b, country=None, region=None, as_educator=two.admin_b)
    again = initial_state({}, {}, {"Accept-Language": "ar"})
    again.signed_in(learner, "Layla")
    assert again.country is None


def test_the_first_admin_of_a_fresh_database_makes_the_default_school(store):
    token = accounts.first_run_setup_token()
    admin = accounts.create_first_admin(token, "head", PASSWORD, "Head")
    school = schools.school_of(admin)
    assert (school.name, school.country, school.region) == (schools.DEFAULT_NAME, None, None)
    assert accounts.educator_info(admin).is_admin
    colleague = accounts.add_educator(admin, "teacher", PASSWORD, "Teacher")
    plain = accounts.create_educator("other", PASSWORD, "Other")  # no school named: the default one
    assert schools.school_of(colleague).id == schools.school_of(plain).id == school.id


def test_the_team_tab_shows_only_the_admins_school_and_saves_its_country(two):
    from course.web.educator_state import EducatorState
    from course.web.views.educator_team import TeamView

    view = TeamView(state=EducatorState(educator_id=two.admin_b, locale="en"))
    listed = " ".join(str(pane.object) for row in view._list for pane in row if hasattr(pane, "object"))
    assert "teacher-b" in listed and "head-b" in listed and "teacher-a" not in listed and "head-a" not in listed
    plain = classes.create_class(two.teacher_b, "6A")
    assert view._country.value == "JO" and view._region.value == "Irbid"
    view._country.value, view._region.value = "PS", "  Nablus "
    view._save_school(None)
    assert "good" in view._notice.object and classes.class_info(plain.id).country == "PS"
    assert (schools.school_info(two.school_b).region, schools.school_info(two.school_a).country) == ("Nablus", "JO")

    forged = TeamView(state=EducatorState(educator_id=two.teacher_b, locale="en"))  # the tab is shown to admins only
    forged._country.value = "EG"
    forged._save_school(None)
    assert "try" in forged._notice.object and schools.school_info(two.school_b).country == "PS"
