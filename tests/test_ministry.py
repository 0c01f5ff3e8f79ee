"""The ministry view (issue 19, item 4): aggregates only, no group under 5 learners, statements
constant in the number of schools, for ministry admins alone.

Three schools: Al-Amal (Amman, 6 learners aged 9-12, 4 mastered private-eye, 1 of them last month;
1 completed it without mastering), An-Nour (Amman, 3 under-9 learners, all mastered private-eye)
and Al-Karama (Irbid, 4 learners). A group is a band in a school: An-Nour's and Al-Karama's are too
small, so they count in nothing but the total of learners. By region Amman shows with Al-Amal's
numbers alone and Irbid is hidden; by school only Al-Amal shows."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from course.reports import ministry_rollup as rollup
from course.reports.ministry import MIN_GROUP, ministry_csv, ministry_report
from course.store import accounts, classes, db, schools
from course.store.errors import NotAllowed
from course.store.models import LessonProgress
from tests.reports.conftest import BE_KIND, LESSONS, PRIVATE_EYE, counted_statements, read_cards, take_quiz
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)

PASSWORD = "correct horse battery"
RIGHT = [("q1", ["b"]), ("q2", ["t"]), ("q3", ["x", "y"])]
WRONG = [("q1", ["a"]), ("q1", ["a"]), ("q2", ["f"]), ("q2", ["f"]), ("q3", ["z"]), ("q3", ["z"])]
NOW = datetime(2026, 12, 15, 12, tzinfo=timezone.utc)
HEADERS = {c: c.title() for c in ("month", "region", "place", "band", "lesson", "learners", "completed", "mastered")}


def school(name: str, region: str, band: str, size: int, username: str) -> tuple[int, list[int]]:
    made = schools.create_school(name, country="JO", region=region, as_ministry=None)
    teacher = accounts.create_educator(username, PASSWORD, name, school_id=made.id)
    klass = classes.create_class(teacher, "5A")
    return made.id, [classes.add_learner(klass.id, f"{name} child {i}", None, age_band=band) for i in range(size)]


def finish(learner: int, answers=RIGHT) -> None:
    read_cards(learner, PRIVATE_EYE, 3, 20)
    take_quiz(learner, PRIVATE_EYE, answers)


def at(when: datetime) -> None:
    """Every completion and mastery so far happened at ``when``."""
    with db.write() as s:
        for row in s.scalars(select(LessonProgress).where(LessonProgress.completed_at.isnot(None))):
            row.completed_at = when
            row.mastered_at = when if row.mastered_at is not None else None


@pytest.fixture
def ministry(store) -> int:
    return accounts.create_ministry_account("ministry", PASSWORD, "Ministry", as_ministry=None)


@pytest.fixture
def three(ministry):
    amal, amal_kids = school("Al-Amal", "Amman", "9-12", 6, "amal")
    finish(amal_kids[0])
    at(datetime(2026, 11, 3, tzinfo=timezone.utc))  # last month
    for kid in amal_kids[1:4]:
        finish(kid)
    finish(amal_kids[4], WRONG)
    nour, nour_kids = school("An-Nour", "Amman", "under-9", 3, "nour")
    for kid in nour_kids:
        finish(kid)
    karama, karama_kids = school("Al-Karama", "Irbid", "9-12", 4, "karama")
    for kid in karama_kids:
        finish(kid)
    with db.write() as s:  # this month's work is this month's, whatever day the test runs
        for row in s.scalars(select(LessonProgress).where(LessonProgress.completed_at > datetime(2026, 12, 1,
                                                                                                  tzinfo=timezone.utc))):
            row.completed_at = NOW - timedelta(days=1)
            row.mastered_at = NOW - timedelta(days=1) if row.mastered_at is not None else None
    return amal, nour, karama


def test_only_a_ministry_admin_sees_it(three):
    head = accounts.create_educator("head", PASSWORD, "Head", role="admin", school_id=three[0])
    with pytest.raises(NotAllowed):
        ministry_report(LESSONS, as_ministry=head, now=NOW)


def test_by_region_small_groups_count_in_nothing_and_a_small_region_is_hidden(three, ministry):
    r = ministry_report(LESSONS, as_ministry=ministry, now=NOW)
    assert (r.schools, r.learners, r.active_learners, r.hidden_places, r.hidden_groups) == (3, 13, 6, 1, 2)
    assert [p.key for p in r.places] == ["Amman"]
    amman = r.place("Amman")
    assert (amman.schools, amman.learners, amman.active_learners) == (2, 6, 6)
    # the 3 under-9 children of An-Nour are in no number: not in a row, not in the region's sums, so
    # the region by school (Al-Amal alone) and by region cannot be subtracted to find them
    assert (amman.completed, amman.mastered) == (5, 4)
    rows = {(x.month, x.band, x.lesson_id): (x.learners, x.completed, x.mastered) for x in r.lessons}
    assert rows == {("2026-11", "9-12", "private-eye"): (6, 1, 1), ("2026-12", "9-12", "private-eye"): (6, 4, 3)}
    cover = {c.risk: (c.learners_completed, c.learners) for c in r.coverage if c.place == "Amman"}
    assert cover == {"content": (5, 6), "contact": (5, 6), "conduct": (0, 6), "contract": (0, 6)}
    assert {c.place for c in r.coverage} == {"Amman"}


def test_by_school_only_schools_of_five_learners_show(three, ministry):
    amal, _nour, _karama = three
    r = ministry_report(LESSONS, as_ministry=ministry, by="school", now=NOW)
    assert [(p.key, p.name, p.region, p.learners) for p in r.places] == [(str(amal), "Al-Amal", "Amman", 6)]
    assert r.hidden_places == 2 and all(x.place == str(amal) for x in r.lessons)
    by_region = ministry_report(LESSONS, as_ministry=ministry, now=NOW).place("Amman")
    assert (by_region.completed, by_region.mastered) == (r.places[0].completed, r.places[0].mastered) == (5, 4)
    page = ministry_report(LESSONS, as_ministry=ministry, by="school", now=NOW, lesson_rows=False)
    assert page.lessons == () and (page.places, page.coverage) == (r.places, r.coverage)  # the page by school


def test_the_window_of_months_leaves_older_work_out(three, ministry):
    r = ministry_report(LESSONS, as_ministry=ministry, months=1, now=NOW)
    assert {x.month for x in r.lessons} == {"2026-12"} and r.since == "2026-12"
    assert (r.place("Amman").completed, r.place("Amman").mastered) == (4, 3)
    with pytest.raises(ValueError):
        ministry_report(LESSONS, as_ministry=ministry, by="class", now=NOW)


def test_no_name_or_answer_reaches_the_report_or_its_csv(three, ministry):
    r = ministry_report(LESSONS, as_ministry=ministry, now=NOW)
    data = ministry_csv(r, HEADERS).decode("utf-8-sig")
    assert "child" not in repr(r) and "child" not in data
    assert data.splitlines()[0] == "Month,Region,Place,Band,Lesson,Learners,Completed,Mastered"
    assert data.splitlines()[1:] == ["2026-11,Amman,Amman,9-12,private-eye,6,1,1",
                                     "2026-12,Amman,Amman,9-12,private-eye,6,4,3"]
    assert MIN_GROUP == 5


def test_statements_do_not_grow_with_the_number_of_schools(ministry):
    refreshed = [NOW - timedelta(hours=2)]

    def statements() -> tuple[int, int]:
        refreshed.append(refreshed[-1] + timedelta(hours=1))  # a later refresh, as every hour
        with counted_statements() as refreshing:
            rollup.refresh(LESSONS, now=refreshed[-1])
        with counted_statements() as seen:
            ministry_report(LESSONS, as_ministry=ministry, by="school", now=NOW)
        return len(refreshing), len(seen)

    school("First", "North", "9-12", 5, "first")
    one = statements()
    for i in range(4):
        _id, kids = school(f"School {i}", f"Region {i}", "13-18", 5, f"teacher{i}")
        read_cards(kids[0], BE_KIND, 2, 10)
    assert statements() == one
    assert one[1] <= 6  # the ministry check, the rollup's time and three reads of it (and BEGIN on SQLite)


def test_guests_and_schools_without_learners_count_only_as_schools(ministry):
    from course.store.progress import create_guest

    create_guest("ar", "9-12", None)
    schools.create_school("Empty", region="South", as_ministry=None)
    r = ministry_report(LESSONS, as_ministry=ministry, now=NOW)
    assert (r.schools, r.learners, r.places, r.lessons) == (1, 0, (), ())
