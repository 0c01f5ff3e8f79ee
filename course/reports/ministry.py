"""The ministry view: aggregates over every school, never a child's name or answer.

What it counts: schools, learners and active learners per place (a region, or a school), lessons
completed and mastered per lesson, age band, place and month, and the four Cs each place covered.
The unit is the group: the learners of one age band in one school. A group of fewer than MIN_GROUP
learners counts in no number but the deployment's count of learners (and ``hidden_groups``): every
other number, for a school or a region, is a sum of whole groups of at least MIN_GROUP, so no
difference between two numbers (a region and its schools, a place and its bands, this view and the
other) can single out a child either.

Six statements on PostgreSQL (five on SQLite) whatever the number of schools: the role check, the
transaction's settings, and four GROUP BYs in the database, no loop over schools;
benchmarks/ministry.py measures it on 200 schools of 500 learners. Guests belong to no school and
are not counted. Lessons come in as plain dicts (``catalogue.lesson_dicts``), as in every report.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, String, case, cast, func, literal, or_, select, true, tuple_, union_all
from sqlalchemy.orm import Session

from course.content.model import RISKS  # a constant: no content is loaded
from course.reports.catalogue import lesson_ids as _lesson_ids
from course.reports.export import _csv  # the one CSV writer: BOM, Excel line ends, no formula cells
from course.reports.status import completed, rate
from course.store import db, schools
from course.store.models import Classroom, Educator, Learner, LessonProgress, School

MIN_GROUP = 5  # learners: a smaller group is never shown
ACTIVE_FOR = timedelta(days=30)  # "active": did something in the last 30 days
BY = ("region", "school")
NO_BAND = ""  # learners whose age band is not known


@dataclass(frozen=True)
class Place:
    """A row of the places table: a region (or a school) with at least MIN_GROUP learners."""

    key: str  # the region's name, or the school's id as text
    name: str  # the region's name ("" when unknown), or the school's name
    region: str  # the school's region ("" when unknown); the region itself when by region
    schools: int
    learners: int  # of its shown groups, as every number below
    active_learners: int  # active in the last ACTIVE_FOR
    completed: int  # lesson completions (mastered ones included)
    mastered: int


@dataclass(frozen=True)
class LessonMonth:
    """Lessons completed and mastered in one month by the learners of one band in one place."""

    month: str  # YYYY-MM, UTC
    place: str  # Place.key
    band: str  # an age band, or NO_BAND
    lesson_id: str
    learners: int  # of the band in the place (its shown groups): at least MIN_GROUP
    completed: int  # completed in that month (mastered ones included)
    mastered: int  # mastered in that month


@dataclass(frozen=True)
class PlaceCoverage:
    place: str  # Place.key
    risk: str
    learners_completed: int  # completed at least one lesson on the risk
    learners: int

    @property
    def rate(self) -> float:
        return rate(self.learners_completed, self.learners)


@dataclass(frozen=True)
class MinistryReport:
    by: str  # "region" or "school"
    schools: int  # every school of the deployment
    learners: int  # in every school, hidden groups included (the deployment's count says nothing of a child)
    active_learners: int  # of the shown groups
    places: tuple[Place, ...]
    lessons: tuple[LessonMonth, ...]
    coverage: tuple[PlaceCoverage, ...]
    hidden_places: int  # places left out: none of their groups has MIN_GROUP learners
    hidden_groups: int  # groups (a band in a school) of fewer than MIN_GROUP learners, counted nowhere
    since: str  # first month counted (YYYY-MM)

    def place(self, key: str) -> Place | None:
        return next((p for p in self.places if p.key == key), None)


def _month(dialect: str, column) -> ColumnElement:
    """SQL: a UTC timestamp's month: text YYYY-MM on SQLite (which keeps naive UTC text), the first
    instant of the month on PostgreSQL (date_trunc groups a million rows far faster than to_char)."""
    if dialect == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.date_trunc("month", column)  # in UTC: _build sets the transaction's TimeZone


def _month_text(value) -> str | None:
    return value.strftime("%Y-%m") if isinstance(value, datetime) else value


def _place_columns(by: str) -> tuple:
    if by == "school":
        return cast(School.id, String), School.name, func.coalesce(School.region, "")
    region = func.coalesce(School.region, "")
    return region, region, region


def _first_month(now: datetime, months: int) -> datetime:
    first = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    for _ in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
    return first


def ministry_report(lessons: Sequence[Mapping], *, as_ministry: int, by: str = "region", months: int = 12,
                    now: datetime | None = None) -> MinistryReport:
    """Aggregates for a ministry admin (NotAllowed for anyone else): places ``by`` region or school,
    lessons per month over the last ``months`` months (this one included)."""
    if by not in BY:
        raise ValueError(f"by is one of {BY}")
    if not 1 <= months <= 120:
        raise ValueError("months is 1 to 120")
    ids = _lesson_ids(lessons)
    now = now or db.utcnow()
    since = _first_month(now, months)
    with db.read() as s:
        schools.require_ministry(s, as_ministry, "sees the ministry view")
        return _build(s, lessons, ids, by, now, since)


def _build(s: Session, lessons: Sequence[Mapping], ids: list[str], by: str, now: datetime,
           since: datetime) -> MinistryReport:
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        # For this transaction only (as SET LOCAL: it holds under PgBouncer's transaction pooling):
        # compiling these few large GROUP BYs with JIT costs more than running them (~250 ms each
        # on 200 schools), the default 4 MB of work_mem sends their hash tables to disk, and months
        # are cut in UTC without converting each of a million timestamps.
        s.execute(select(func.set_config("jit", "off", True), func.set_config("work_mem", "64MB", True),
                         func.set_config("TimeZone", "UTC", True)))
    key, name, region = _place_columns(by)
    band = func.coalesce(Learner.age_band, NO_BAND)

    def by_place(query):
        """The query, from a class id column on, joined to the class's school (tiny tables)."""
        return (query.join(Educator, Educator.id == Classroom.educator_id).join(School, School.id == Educator.school_id))

    # 1. the schools of each place, counted whatever their size (a count of schools says nothing of a child)
    school_rows = s.execute(select(key, func.count()).group_by(key)).all()

    # 2. the groups: learners and active learners per school and band (a few hundred rows); the
    # small ones are named in the two statements after this one, so that they count in nothing
    active = func.count(case((Learner.last_active_at >= now - ACTIVE_FOR, Learner.id)))
    groups = s.execute(by_place(select(Educator.school_id, key, name, region, band, func.count(Learner.id), active)
                                .select_from(Learner).join(Classroom, Classroom.id == Learner.class_id))
                       .group_by(Educator.school_id, key, name, region, band)).all()
    small = [(school_id, group_band) for school_id, _k, _n, _r, group_band, learners, _a in groups
             if learners < MIN_GROUP]

    def shown(group_band) -> ColumnElement[bool]:
        return tuple_(Educator.school_id, group_band).not_in(small) if small else true()

    # 3. lessons completed and mastered per place, band, lesson and month: the summaries are grouped
    # by class first (one join, integer keys), then each count goes to its own month (a completion
    # to the month it was completed, a mastery to the month it was mastered) and only those few rows
    # are joined to their school
    done_month, mastered_month = _month(dialect, LessonProgress.completed_at), _month(dialect, LessonProgress.mastered_at)
    per_class = (select(Learner.class_id, band.label("band"), LessonProgress.lesson_id, done_month.label("done"),
                        mastered_month.label("mastered"), func.count().label("n"))
                 .select_from(LessonProgress).join(Learner, Learner.id == LessonProgress.learner_id)
                 .where(LessonProgress.lesson_id.in_(ids), completed(),
                        or_(LessonProgress.completed_at >= since, LessonProgress.mastered_at >= since))
                 .group_by(Learner.class_id, band, LessonProgress.lesson_id, done_month, mastered_month).cte())
    first = _month(dialect, literal(since))
    events = union_all(
        select(per_class.c.class_id, per_class.c.band, per_class.c.lesson_id, per_class.c.done.label("month"),
               per_class.c.n.label("done_n"), literal(0).label("mastered_n")).where(per_class.c.done >= first),
        select(per_class.c.class_id, per_class.c.band, per_class.c.lesson_id, per_class.c.mastered,
               literal(0), per_class.c.n).where(per_class.c.mastered >= first)).subquery()
    rows = s.execute(by_place(select(key, events.c.band, events.c.lesson_id, events.c.month,
                                     func.sum(events.c.done_n), func.sum(events.c.mastered_n))
                              .select_from(events).join(Classroom, Classroom.id == events.c.class_id))
                     .where(shown(events.c.band))
                     .group_by(key, events.c.band, events.c.lesson_id, events.c.month)).all()

    # 4. the four Cs: per learner first, whether they completed a lesson on each risk (one pass, no
    # COUNT DISTINCT), then summed per place
    covering = _covering(lessons)
    per_learner = (select(LessonProgress.learner_id, *(
        func.max(case((LessonProgress.lesson_id.in_(covering[r]), 1), else_=0)).label(r) if covering[r]
        else literal(0).label(r) for r in RISKS))
        .where(LessonProgress.lesson_id.in_(ids), completed()).group_by(LessonProgress.learner_id).subquery())
    coverage_rows = s.execute(by_place(select(key, *(func.sum(per_learner.c[r]) for r in RISKS))
                                       .select_from(per_learner).join(Learner, Learner.id == per_learner.c.learner_id)
                                       .join(Classroom, Classroom.id == Learner.class_id))
                              .where(shown(band)).group_by(key)).all()
    return _assemble(by, dict(school_rows), groups, rows, coverage_rows, since)


def _covering(lessons: Sequence[Mapping]) -> dict[str, list[str]]:
    covering: dict[str, list[str]] = {risk: [] for risk in RISKS}
    for lesson in lessons:
        for risk in lesson.get("risks", ()):
            if risk not in covering:
                raise ValueError(f"unknown risk {risk!r}: one of {RISKS}")
            if lesson["id"] not in covering[risk]:
                covering[risk].append(str(lesson["id"]))
    return covering


def _assemble(by: str, schools_in: dict[str, int], groups, rows, coverage_rows, since: datetime) -> MinistryReport:
    group_size: dict[tuple[str, str], int] = defaultdict(int)  # (place, band): learners of its shown groups
    place_of: dict[str, dict] = {}
    everyone = hidden_groups = 0
    for _school, key, name, region, band, learners, active in groups:
        everyone += learners
        place = place_of.setdefault(key, {"name": name, "region": region, "learners": 0, "active": 0})
        if learners < MIN_GROUP:
            hidden_groups += 1
            continue
        group_size[(key, band)] += learners
        place["learners"] += learners
        place["active"] += active
    shown = {k for k, p in place_of.items() if p["learners"] >= MIN_GROUP}

    per_lesson: dict[tuple[str, str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    place_done: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    since_month = since.strftime("%Y-%m")
    months: dict[object, str] = {}  # a dozen distinct months among 100,000 rows: format each once
    for key, band, lesson_id, month, done, mastered in rows:
        if group_size.get((key, band), 0) < MIN_GROUP or key not in shown:  # never: the query left them out
            continue
        done, mastered = int(done), int(mastered)
        if month not in months:
            months[month] = _month_text(month) or ""  # never empty: the query keeps months in the window
        per_lesson[(months[month], key, band, lesson_id)] = [done, mastered]
        place_done[key][0] += done
        place_done[key][1] += mastered
    lessons = tuple(LessonMonth(month, key, band, lesson_id, group_size[(key, band)], done, mastered)
                    for (month, key, band, lesson_id), (done, mastered) in sorted(per_lesson.items()))

    places = tuple(sorted((Place(k, p["name"], p["region"], schools_in.get(k, 0), p["learners"], p["active"],
                                 *place_done.get(k, (0, 0))) for k, p in place_of.items() if k in shown),
                          key=lambda p: (p.region, p.name, p.key)))
    coverage = tuple(PlaceCoverage(key, risk, int(n), place_of[key]["learners"])
                     for key, *counts in sorted(coverage_rows, key=lambda r: str(r[0])) if key in shown
                     for risk, n in zip(RISKS, counts, strict=True))
    # places without any completed lesson still cover nothing: say so rather than leave them out
    covered = {c.place for c in coverage}
    coverage += tuple(PlaceCoverage(p.key, risk, 0, p.learners) for p in places if p.key not in covered for risk in RISKS)
    return MinistryReport(by, sum(schools_in.values()), everyone,
                          sum(p["active"] for p in place_of.values()), places, lessons, coverage,
                          len(place_of) - len(shown), hidden_groups, since_month)


def ministry_csv(report: MinistryReport, headers: Mapping[str, str]) -> bytes:
    """The lessons table as CSV, one row per month, place, band and lesson, with the place's name and
    region; ``headers`` names each column in the reader's language: month, region, place, band,
    lesson, learners, completed, mastered. Only shown groups are in it, as on the page."""
    columns = ("month", "region", "place", "band", "lesson", "learners", "completed", "mastered")
    places = {p.key: p for p in report.places}
    return _csv([[headers[c] for c in columns],
                 *([row.month, places[row.place].region, places[row.place].name, row.band, row.lesson_id,
                    row.learners, row.completed, row.mastered] for row in report.lessons)])
