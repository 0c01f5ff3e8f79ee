"""The ministry view: aggregates over every school, never a child's name or answer.

What it counts: schools, learners and active learners per place (a region, or a school), lessons
completed and mastered per lesson, age band, place and month, and the four Cs each place covered.
The unit is the group: the learners of one age band in one school. A group of fewer than MIN_GROUP
learners counts in no number but the deployment's count of learners (and ``hidden_groups``): every
other number, for a school or a region, is a sum of whole groups of at least MIN_GROUP, so no
difference between two numbers (a region and its schools, a place and its bands, this view and the
other) can single out a child either.

It reads the rollup (course.reports.ministry_rollup: a few rows per group, refreshed hourly by the
server and by ``course ministry refresh``), never the learners' own rows, so it says how fresh its
figures are (``figures_at``); an empty rollup is computed once, by the first view. Five statements
on PostgreSQL (six on SQLite) whatever the number of schools: the role check, the rollup's time,
and three SELECTs of the rollup; benchmarks/ministry.py measures it on 200 schools of 500 learners.
Guests belong to no school and are not counted. Lessons come in as plain dicts
(``catalogue.lesson_dicts``), as in every report.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import String, and_, cast, func, select
from sqlalchemy.orm import Session

from course.content.model import RISKS  # a constant: no content is loaded
from course.reports import ministry_rollup as rollup
from course.reports.catalogue import lesson_ids as _lesson_ids
from course.reports.export import _csv  # the one CSV writer: BOM, Excel line ends, no formula cells
from course.reports.ministry_rollup import NO_BAND  # noqa: F401  (the views name groups without a band by it)
from course.reports.status import rate
from course.store import db, schools
from course.store.models import MinistryCoverage, MinistryGroup, MinistryLessonMonth, School

MIN_GROUP = 5  # learners: a smaller group is never shown
BY = ("region", "school")


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


class LessonMonth(NamedTuple):
    """Lessons completed and mastered in one month by the learners of one band in one place. A
    tuple rather than a frozen dataclass: by school there are 100,000 of them, and a tuple is made
    five times faster."""

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
    figures_at: datetime  # the figures count what was stored up to then (the rollup's last refresh)

    def place(self, key: str) -> Place | None:
        return next((p for p in self.places if p.key == key), None)


def _place_columns(by: str) -> tuple:
    if by == "school":
        return (cast(School.id, String).label("place"), School.name.label("name"),
                func.coalesce(School.region, "").label("region"))
    region = func.coalesce(School.region, "")
    return region.label("place"), region.label("name"), region.label("region")


def ministry_report(lessons: Sequence[Mapping], *, as_ministry: int, by: str = "region", months: int = 12,
                    now: datetime | None = None, lesson_rows: bool = True) -> MinistryReport:
    """Aggregates for a ministry admin (NotAllowed for anyone else): places ``by`` region or school,
    lessons per month over the last ``months`` months (this one included). ``lesson_rows=False``
    leaves ``lessons`` empty (the places' totals stay): for a page that does not show that table."""
    if by not in BY:
        raise ValueError(f"by is one of {BY}")
    if not 1 <= months <= 120:
        raise ValueError("months is 1 to 120")
    ids = _lesson_ids(lessons)
    now = now or db.utcnow()
    since = rollup.month_text(rollup.month_start(now, back=months - 1))
    with db.read() as s:
        schools.require_ministry(s, as_ministry, "sees the ministry view")
        fresh = rollup.current(s, lessons)
        if fresh is not None:
            return _build(s, ids, by, since, fresh.at, lesson_rows)
    # A fresh install, or lessons whose risks changed: compute the rollup once (a view that arrives
    # meanwhile waits for this one under the rollup's lock, then finds it done).
    rollup.refresh(lessons, now=now, unless_within=rollup.ANY_AGE)
    with db.read() as s:
        made = rollup.state(s)
        if made is None:  # never: the refresh above committed one
            raise RuntimeError("the ministry rollup was not computed")
        return _build(s, ids, by, since, made.at, lesson_rows)


def _build(s: Session, ids: list[str], by: str, since: str, figures_at: datetime,
           lesson_rows: bool) -> MinistryReport:
    key, name, region = _place_columns(by)
    group, month, cover = MinistryGroup, MinistryLessonMonth, MinistryCoverage

    # 1. every school with its groups (a few hundred rows); schools without learners count as schools
    groups = s.execute(select(School.id, key, name, region, group.band, group.learners, group.active_learners)
                       .select_from(School).outerjoin(group, group.school_id == School.id)).all()

    def of_shown_groups(table, query):
        """The query over a rollup table, joined to its school and kept to groups of MIN_GROUP."""
        return (query.join(School, School.id == table.school_id)
                .join(group, and_(group.school_id == table.school_id, group.band == table.band))
                .where(group.learners >= MIN_GROUP))

    # 2. lessons completed and mastered per place, band, lesson and month, in the window (or, without
    # the lessons table, per place only: a few hundred rows instead of 100,000 by school). By school a
    # rollup row is already one place, band, lesson and month: read in its key's order, nothing to
    # group or sort (100,000 rows). Core, not the ORM: it would wrap each row again.
    in_window = (month.month >= since, month.lesson_id.in_(ids))
    if not lesson_rows:
        query = (select(key, func.sum(month.completed), func.sum(month.mastered)).select_from(month)
                 .where(*in_window).group_by(key))
    elif by == "school":
        query = (select(key, month.band, month.lesson_id, month.month, month.completed, month.mastered)
                 .select_from(month).where(*in_window)
                 .order_by(month.school_id, month.band, month.lesson_id, month.month))
    else:
        per = (key, month.band, month.lesson_id, month.month)
        query = (select(*per, func.sum(month.completed), func.sum(month.mastered)).select_from(month)
                 .where(*in_window).group_by(*per).order_by(*per))
    rows = s.connection().execute(of_shown_groups(month, query)).all()

    # 3. the four Cs per place
    coverage_rows = s.execute(of_shown_groups(cover, select(key, cover.risk, func.sum(cover.learners))
                                              .select_from(cover)).group_by(key, cover.risk)).all()
    return _assemble(by, groups, rows, coverage_rows, since, figures_at, lesson_rows)


def _assemble(by: str, groups, rows, coverage_rows, since: str, figures_at: datetime,
              lesson_rows: bool) -> MinistryReport:
    schools_in: dict[str, set[int]] = defaultdict(set)
    group_size: dict[tuple[str, str], int] = defaultdict(int)  # (place, band): learners of its shown groups
    place_of: dict[str, dict] = {}
    everyone = hidden_groups = 0
    for school_id, key, name, region, band, learners, active in groups:
        schools_in[key].add(school_id)
        if band is None:  # a school without learners
            continue
        everyone += learners
        place = place_of.setdefault(key, {"name": name, "region": region, "learners": 0, "active": 0})
        if learners < MIN_GROUP:
            hidden_groups += 1
            continue
        group_size[(key, band)] += learners
        place["learners"] += learners
        place["active"] += active
    shown = {k for k, p in place_of.items() if p["learners"] >= MIN_GROUP}

    place_done: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    lessons = []
    if not lesson_rows:
        for key, done, mastered in rows:
            place_done[key] = [int(done), int(mastered)]
    for key, band, lesson_id, month, done, mastered in (rows if lesson_rows else ()):  # ordered by the query
        size = group_size.get((key, band), 0)
        if size < MIN_GROUP or key not in shown:  # never: the query left them out
            continue
        done, mastered = int(done), int(mastered)
        lessons.append(LessonMonth(month, key, band, lesson_id, size, done, mastered))
        place_done[key][0] += done
        place_done[key][1] += mastered

    places = tuple(sorted((Place(k, p["name"], p["region"], len(schools_in[k]), p["learners"], p["active"],
                                 *place_done.get(k, (0, 0))) for k, p in place_of.items() if k in shown),
                          key=lambda p: (p.region, p.name, p.key)))
    covered = {(key, risk): int(n) for key, risk, n in coverage_rows}
    # places without any completed lesson on a risk cover it for none: say so rather than leave them out
    coverage = tuple(PlaceCoverage(p.key, risk, covered.get((p.key, risk), 0), p.learners)
                     for p in places for risk in RISKS)
    return MinistryReport(by, sum(len(ids) for ids in schools_in.values()), everyone,
                          sum(p["active"] for p in place_of.values()), places, tuple(lessons), coverage,
                          len(place_of) - len(shown), hidden_groups, since, figures_at)


def ministry_csv(report: MinistryReport, headers: Mapping[str, str]) -> bytes:
    """The lessons table as CSV, one row per place, band, lesson and month, with the place's name and
    region; ``headers`` names each column in the reader's language: month, region, place, band,
    lesson, learners, completed, mastered. Only shown groups are in it, as on the page."""
    columns = ("month", "region", "place", "band", "lesson", "learners", "completed", "mastered")
    places = {p.key: p for p in report.places}
    return _csv([[headers[c] for c in columns],
                 *([row.month, places[row.place].region, places[row.place].name, row.band, row.lesson_id,
                    row.learners, row.completed, row.mastered] for row in report.lessons)])
