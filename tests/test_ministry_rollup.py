"""The ministry view's rollup (course.reports.ministry_rollup), on SQLite and PostgreSQL: it equals
the same counts made in plain Python from the learners' own rows, it is idempotent, two refreshes at
once double nothing, months before the last refresh's previous one are frozen, and the view computes
an empty rollup once, by itself.

The seeded deployment: three schools in two regions, classes of learners of every band (some
without one), each learner's lesson summaries spread over the last five months, some completed in
one month and mastered in a later one, some started and never completed; a guest and a ministry
account that count nowhere."""
from __future__ import annotations

import threading
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, select

from course.reports import ministry_rollup as rollup
from course.reports.ministry import MIN_GROUP, ministry_report
from course.store import accounts, classes, db, schools
from course.store.models import (
    Classroom,
    Educator,
    Learner,
    LessonProgress,
    MinistryCoverage,
    MinistryGroup,
    MinistryLessonMonth,
)
from course.store.progress import create_guest
from tests.reports.conftest import LESSONS
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)

PASSWORD = "correct horse battery"
NOW = datetime(2026, 12, 15, 12, tzinfo=timezone.utc)
BANDS = ("under-9", "9-12", "13-18", None)
IDS = [lesson["id"] for lesson in LESSONS]


def months_ago(n: int, day: int = 10) -> datetime:
    return rollup.month_start(NOW, back=n).replace(day=day, hour=9)


@pytest.fixture
def ministry(store) -> int:
    return accounts.create_ministry_account("ministry", PASSWORD, "Ministry", as_ministry=None)


def summary(learner: int, lesson: str, completed: datetime | None, mastered: datetime | None) -> LessonProgress:
    return LessonProgress(learner_id=learner, lesson_id=lesson, total_steps=4, furthest_step=4, current_step=4,
                          progress=1.0 if completed else 0.5, completed_at=completed, mastered_at=mastered,
                          content_version="v1", best_score=0.9 if mastered else None)


def progress(learner: int, lesson: str, completed: datetime | None, mastered: datetime | None = None) -> None:
    with db.write() as s:
        s.add(summary(learner, lesson, completed, mastered))


@pytest.fixture
def seeded(ministry) -> dict[str, tuple[int, int]]:
    """Each school's id and first class. Learner i of a school: band BANDS[i % 4] (Al-Amal's 22
    make groups of 6, 6, 5 and 5; An-Nour's and Al-Karama's groups are all under MIN_GROUP), a
    summary on lesson j completed (i + j) % 5 months ago, mastered 20 days later (or at once when
    that would be after NOW) for even i, never completed when (i + j) % 7 == 0."""
    made = {}
    for name, region, size in (("Al-Amal", "Amman", 22), ("An-Nour", "Amman", 9), ("Al-Karama", "Irbid", 13)):
        school = schools.create_school(name, country="JO", region=region, as_ministry=None)
        teacher = accounts.create_educator(name.lower(), PASSWORD, name, school_id=school.id)
        two = [classes.create_class(teacher, "5A").id, classes.create_class(teacher, "5B").id]
        learners = [classes.add_learner(two[i % 2], f"{name} child {i}", None, age_band=BANDS[i % 4])
                    for i in range(size)]
        with db.write() as s:
            for i, learner in enumerate(learners):
                for j, lesson in enumerate(IDS):
                    done = None if (i + j) % 7 == 0 else months_ago((i + j) % 5, day=1 + (i * 3 + j) % 14)
                    later = done and done + timedelta(days=20)
                    s.add(summary(learner, lesson, done, (later if later < NOW else done)
                                  if done and later and i % 2 == 0 else None))
                s.get(Learner, learner).last_active_at = NOW - timedelta(days=(i * 11) % 70)
        made[name] = (school.id, two[0])
    guest, _token = create_guest("ar", "9-12", None)
    progress(guest, IDS[0], months_ago(0), months_ago(0))
    return made


def in_python(now: datetime) -> tuple[dict, dict, dict]:
    """The rollup's three tables computed from the rows themselves, one learner at a time."""
    with db.read() as s:
        school_of = dict(s.execute(select(Classroom.id, Educator.school_id)
                                   .join(Educator, Educator.id == Classroom.educator_id)).all())
        learners = s.execute(select(Learner.id, Learner.class_id, Learner.age_band, Learner.last_active_at)).all()
        summaries = s.execute(select(LessonProgress.learner_id, LessonProgress.lesson_id,
                                     LessonProgress.completed_at, LessonProgress.mastered_at)).all()
    group_of = {}
    groups: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for learner, class_id, band, active_at in learners:
        if school_of.get(class_id) is None:
            continue  # a guest
        group_of[learner] = (school_of[class_id], band or "")
        groups[group_of[learner]][0] += 1
        groups[group_of[learner]][1] += active_at >= now - rollup.ACTIVE_FOR
    months: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    covered: dict[tuple, set[int]] = defaultdict(set)
    risks = rollup.covering(LESSONS)
    for learner, lesson, completed_at, mastered_at in summaries:
        if learner not in group_of or (completed_at is None and mastered_at is None):
            continue
        if completed_at is not None:
            months[(*group_of[learner], lesson, completed_at.strftime("%Y-%m"))][0] += 1
        if mastered_at is not None:
            months[(*group_of[learner], lesson, mastered_at.strftime("%Y-%m"))][1] += 1
        for risk, ids in risks.items():
            if lesson in ids:
                covered[(*group_of[learner], risk)].add(learner)
    return ({k: tuple(v) for k, v in groups.items()}, {k: tuple(v) for k, v in months.items()},
            {k: len(v) for k, v in covered.items()})


def in_rollup() -> tuple[dict, dict, dict]:
    with db.read() as s:
        groups = {(r.school_id, r.band): (r.learners, r.active_learners) for r in s.scalars(select(MinistryGroup))}
        months = {(r.school_id, r.band, r.lesson_id, r.month): (r.completed, r.mastered)
                  for r in s.scalars(select(MinistryLessonMonth))}
        coverage = {(r.school_id, r.band, r.risk): r.learners for r in s.scalars(select(MinistryCoverage))}
    return groups, months, coverage


def test_the_rollup_equals_the_rows_counted_one_by_one(seeded):
    made = rollup.refresh(LESSONS, now=NOW)
    assert made.from_month is None and not made.skipped  # the first refresh counts every month
    expected = in_python(NOW)
    assert in_rollup() == expected
    groups, months, coverage = expected
    assert (made.groups, made.lesson_months, made.coverage) == (len(groups), len(months), len(coverage))
    assert len({month for *_k, month in months}) == 5  # this month and the four before it
    assert any(size < MIN_GROUP for size, _active in groups.values())  # the rule has groups to hide


def test_refreshing_again_changes_nothing(seeded):
    rollup.refresh(LESSONS, now=NOW)
    first = in_rollup()
    again = rollup.refresh(LESSONS, now=NOW + timedelta(hours=1))
    assert again.from_month == "2026-11" and in_rollup() == first
    assert rollup.refresh(LESSONS, now=NOW + timedelta(hours=2), full=True).from_month is None
    assert in_rollup() == first


def test_older_months_are_frozen_and_a_full_refresh_recounts_them(seeded):
    rollup.refresh(LESSONS, now=NOW)
    amal, first_class = seeded["Al-Amal"]
    late = classes.add_learner(first_class, "Late child", None, age_band="9-12")
    progress(late, IDS[0], months_ago(3), None)  # dated three months back: that month is frozen
    progress(late, IDS[1], months_ago(1), months_ago(0))  # last month and this one are recounted
    rollup.refresh(LESSONS, now=NOW + timedelta(hours=1))
    _groups, months, _coverage = in_rollup()
    _g, expected, _c = in_python(NOW + timedelta(hours=1))
    old = months_ago(3).strftime("%Y-%m")
    assert {k: v for k, v in months.items() if k[3] != old} == {k: v for k, v in expected.items() if k[3] != old}
    assert months[(amal, "9-12", IDS[0], old)][0] == expected[(amal, "9-12", IDS[0], old)][0] - 1
    rollup.refresh(LESSONS, now=NOW + timedelta(hours=1), full=True)
    assert in_rollup() == in_python(NOW + timedelta(hours=1))


def test_two_refreshes_at_once_double_nothing(seeded):
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def run() -> None:
        try:
            start.wait()
            rollup.refresh(LESSONS, now=NOW, full=True)
        except BaseException as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and in_rollup() == in_python(NOW)


def test_two_first_views_at_once_compute_the_rollup_once(seeded):
    results: list[rollup.Refreshed] = []
    start = threading.Barrier(2)

    def run() -> None:
        start.wait()
        results.append(rollup.refresh(LESSONS, now=NOW, unless_within=rollup.ANY_AGE))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.skipped for r in results) == [False, True] and in_rollup() == in_python(NOW)


def test_the_view_computes_an_empty_rollup_once_and_says_how_fresh_it_is(seeded, ministry):
    with db.read() as s:
        assert rollup.state(s) is None
    report = ministry_report(LESSONS, as_ministry=ministry, now=NOW)
    assert report.figures_at == NOW and in_rollup() == in_python(NOW)
    later = ministry_report(LESSONS, as_ministry=ministry, now=NOW + timedelta(hours=3))
    assert later.figures_at == NOW  # read, not recomputed: the server's housekeeping refreshes it
    assert later.places == report.places


def test_lessons_whose_risks_changed_are_recounted_by_the_view(seeded, ministry):
    rollup.refresh(LESSONS, now=NOW)
    moved = [{**lesson, "risks": ["contract"]} for lesson in LESSONS]
    report = ministry_report(moved, as_ministry=ministry, now=NOW + timedelta(hours=1))
    assert report.figures_at == NOW + timedelta(hours=1)
    assert {c.risk for c in report.coverage if c.learners_completed} == {"contract"}


def test_a_group_that_falls_under_five_is_hidden_everywhere_after_the_refresh(seeded, ministry):
    rollup.refresh(LESSONS, now=NOW)
    amal, _class = seeded["Al-Amal"]
    before = ministry_report(LESSONS, as_ministry=ministry, by="school", now=NOW)
    shown = Counter(x.band for x in before.lessons if x.place == str(amal))
    assert shown["9-12"] > 0 and before.place(str(amal)).learners == 22
    with db.write() as s:  # two of its six 9-12 learners are deleted: four remain
        ids = s.scalars(select(Learner.id).join(Classroom, Classroom.id == Learner.class_id)
                        .join(Educator, Educator.id == Classroom.educator_id)
                        .where(Educator.school_id == amal, Learner.age_band == "9-12").limit(2)).all()
        s.execute(delete(Learner).where(Learner.id.in_(ids)))
    rollup.refresh(LESSONS, now=NOW + timedelta(hours=1))
    for by, key in (("school", str(amal)), ("region", "Amman")):
        after = ministry_report(LESSONS, as_ministry=ministry, by=by, now=NOW + timedelta(hours=1))
        assert not [x for x in after.lessons if x.place == key and x.band == "9-12"]
        assert all(x.learners >= MIN_GROUP for x in after.lessons)
    school_view = ministry_report(LESSONS, as_ministry=ministry, by="school", now=NOW + timedelta(hours=1))
    assert school_view.place(str(amal)).learners == 16
    assert school_view.hidden_groups == before.hidden_groups + 1


def test_the_server_refreshes_every_hour_and_once_for_all_its_processes(store):
    from course.web import housekeeping

    first = housekeeping.refresh_ministry()
    assert not first.skipped  # an empty rollup: every month
    assert housekeeping.refresh_ministry().skipped  # another process did it less than FRESH_ENOUGH ago
    assert housekeeping.EVERY > housekeeping.FRESH_ENOUGH


def test_the_operator_refreshes_from_the_command_line(seeded, capsys, sample_root, monkeypatch):
    from course.cli import main

    monkeypatch.setenv("COURSE_CONTENT_DIR", str(sample_root))  # one lesson: loads in a blink
    assert main(["ministry", "refresh"]) == 0  # the first: every month
    assert main(["ministry", "refresh"]) == 0  # then last month and this one
    assert main(["ministry", "refresh", "--all"]) == 0
    first, then, everything = capsys.readouterr().out.splitlines()
    assert "every month recounted" in first and "every month recounted" in everything
    assert f"months from {(db.utcnow().replace(day=1) - timedelta(days=1)):%Y-%m} recounted" in then
    assert then.startswith("ministry figures up to ") and " 12 groups," in then
