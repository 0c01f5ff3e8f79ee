"""The class overview: a grid of learners by lessons, with totals per lesson and per learner.

Four queries whatever the class size: the class (ownership), the learners with their own totals,
the grid's cells, and the totals per lesson. Sorting and filtering are plain arguments applied to
the fetched grid; the totals stay those of the whole class, as the header of a filtered table does.
``overview_page`` is what the dashboard draws: the same, with the cells of one page only.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import and_, case, func, select

from course.reports.catalogue import lesson_ids as _lesson_ids
from course.reports.status import NOT_STARTED, STATUSES, Rates, completed, status_index
from course.store import db
from course.store.access import owned_class
from course.store.classes import name_matches
from course.store.models import Learner, LessonProgress

# Sort keys: these, or "lesson:<lesson id>" (by status, then best score, in that lesson).
SORTS = ("name", "last-active", "completed", "mastered")


@dataclass(frozen=True)
class Cell:
    """One learner in one lesson."""

    status: str
    best_score: float | None = None  # 0..1, once a quiz try is finished
    progress: float = 0.0  # share of the cards seen
    time_spent_seconds: int = 0
    updated_at: datetime | None = None


EMPTY = Cell(NOT_STARTED)


@dataclass(frozen=True)
class LearnerRow:
    learner_id: int
    display_name: str
    age_band: str | None
    last_active_at: datetime
    lessons_started: int  # of the lessons in the grid
    lessons_completed: int  # mastered ones included
    lessons_mastered: int
    cells: tuple[Cell, ...]  # one per lesson of the grid, in its order


@dataclass(frozen=True)
class LessonTotals(Rates):
    lesson_id: str
    learners: int  # in the class
    started: int
    completed: int  # mastered ones included
    mastered: int
    average_best_score: float | None  # over the learners with a finished quiz try


@dataclass(frozen=True)
class Overview:
    class_id: int
    class_name: str
    lesson_ids: tuple[str, ...]
    rows: tuple[LearnerRow, ...]  # sorted and filtered as asked
    totals: tuple[LessonTotals, ...]  # per lesson, in grid order, over the whole class
    learners: int  # in the class, before any filter

    def cell(self, row: LearnerRow, lesson_id: str) -> Cell:
        return row.cells[self.lesson_ids.index(lesson_id)]

    def totals_for(self, lesson_id: str) -> LessonTotals:
        return self.totals[self.lesson_ids.index(lesson_id)]

    def sorted(self, key: str = "name", descending: bool = False) -> Overview:
        return replace(self, rows=tuple(sort_rows(self, self.rows, key, descending)))

    def filtered(self, *, search: str | None = None, lesson_id: str | None = None,
                 statuses: Iterable[str] | None = None, inactive_since: datetime | None = None) -> Overview:
        return replace(self, rows=tuple(filter_rows(self, self.rows, search=search, lesson_id=lesson_id,
                                                    statuses=statuses, inactive_since=inactive_since)))


def class_overview(class_id: int, lessons: Sequence[Mapping], *, as_educator: int | None,
                   sort: str = "name", descending: bool = False, search: str | None = None,
                   lesson_id: str | None = None, statuses: Iterable[str] | None = None,
                   inactive_since: datetime | None = None) -> Overview:
    """The grid for ``lessons`` (catalogue dicts, in the order the columns should take), every learner.

    Filters: ``search`` (part of a name, any case), ``statuses`` of ``lesson_id`` (e.g. the
    learners who have not started it), ``inactive_since`` (not active since then). NotAllowed if
    the class is not ``as_educator``'s. The screen shows a page of it (``overview_page``); the CSV
    export and the printed report take it whole.
    """
    ids = _lesson_ids(lessons)
    with db.read() as s:
        class_name = owned_class(s, class_id, as_educator).name
        learners = _learner_totals(s, class_id, ids)
        grid = _cells(s, ids, Learner.class_id == class_id, {row[0] for row in learners})
        totals = _lesson_totals(s, class_id, ids, len(learners))
    rows = [LearnerRow(lid, name, band, active, started, done_, mastered, tuple(grid[lid]))
            for lid, name, band, active, started, done_, mastered in learners]
    overview = Overview(class_id, class_name, tuple(ids), (), totals, len(rows))
    rows = filter_rows(overview, rows, search=search, lesson_id=lesson_id, statuses=statuses,
                       inactive_since=inactive_since)
    return replace(overview, rows=tuple(sort_rows(overview, rows, sort, descending)))


@dataclass(frozen=True)
class OverviewPage:
    """One page of the grid as the dashboard shows it; ``overview.rows`` holds this page's rows only,
    its totals and ``learners`` are the whole class's."""

    overview: Overview
    matched: int  # learners the search kept, on every page
    offset: int  # of the page's first row among them
    limit: int  # rows per page

    @property
    def page(self) -> int:
        """This page's number, from 1."""
        return self.offset // self.limit + 1

    @property
    def pages(self) -> int:
        """How many pages the search kept (at least 1: an empty result is one empty page)."""
        return max(1, -(-self.matched // self.limit))


PAGE_ROWS = 50  # a screenful a teacher reads; a class of 2,000 is 40 pages, not 2.7 MB of HTML


def overview_page(class_id: int, lessons: Sequence[Mapping], *, as_educator: int | None,
                  sort: str = "name", descending: bool = False, search: str | None = None,
                  offset: int = 0, limit: int = PAGE_ROWS) -> OverviewPage:
    """The grid's rows ``offset`` to ``offset + limit`` of the learners ``search`` keeps, sorted.

    The learners' own totals are read for the whole class (one grouped statement: a few bytes a
    learner) so that searching and sorting follow exactly the rules of ``class_overview``
    (``casefold``, ties by name, the same on SQLite and PostgreSQL); the cells, a row of the grid
    each, only for the page. An offset past the end shows the last page. Statements: five, or six
    when sorting by a lesson; as many for 2,000 learners as for 5.
    """
    if limit < 1 or offset < 0:
        raise ValueError("limit is at least 1 and offset at least 0")
    ids = _lesson_ids(lessons)
    sort_lesson = sort[len("lesson:"):] if sort.startswith("lesson:") else None
    with db.read() as s:
        class_name = owned_class(s, class_id, as_educator).name
        learners = _learner_totals(s, class_id, ids)
        everyone = {row[0] for row in learners}
        column = (_cells(s, [sort_lesson], Learner.class_id == class_id, everyone)
                  if sort_lesson in ids else {})
        overview = Overview(class_id, class_name, tuple(ids), (), (), len(learners))
        empty = (EMPTY,) * len(ids)
        at = ids.index(sort_lesson) if sort_lesson in ids else -1
        rows = [LearnerRow(lid, name, band, active, started, done_, mastered,
                           empty if at < 0 else empty[:at] + (column[lid][0],) + empty[at + 1:])
                for lid, name, band, active, started, done_, mastered in learners]
        rows = sort_rows(overview, filter_rows(overview, rows, search=search), sort, descending)
        matched = len(rows)
        offset = min(offset, max(0, (matched - 1) // limit * limit))
        shown = rows[offset:offset + limit]
        grid = _cells(s, ids, LessonProgress.learner_id.in_([r.learner_id for r in shown]),
                      {r.learner_id for r in shown}) if shown else {}
        totals = _lesson_totals(s, class_id, ids, len(learners))
    shown = [replace(r, cells=tuple(grid[r.learner_id])) for r in shown]
    return OverviewPage(replace(overview, rows=tuple(shown), totals=totals), matched, offset, limit)


def started_per_lesson(class_id: int, lesson_ids: Sequence[str], *, as_educator: int | None) -> dict[str, int]:
    """How many of the class's learners started each of ``lesson_ids`` (absent: none), in one
    grouped statement: the dashboard opens on the track the class is busiest in without running
    the whole grid once per track."""
    with db.read() as s:
        owned_class(s, class_id, as_educator)
        return dict(s.execute(
            select(LessonProgress.lesson_id, func.count())
            .join(Learner, Learner.id == LessonProgress.learner_id)
            .where(Learner.class_id == class_id, LessonProgress.lesson_id.in_(list(lesson_ids)))
            .group_by(LessonProgress.lesson_id)).all())


def learner_bands(class_id: int, *, as_educator: int | None) -> dict[str, int]:
    """How many of the class's learners chose each age band (those who chose none left out)."""
    with db.read() as s:
        owned_class(s, class_id, as_educator)
        rows = s.execute(
            select(Learner.age_band, func.count()).where(Learner.class_id == class_id, Learner.age_band.isnot(None))
            .group_by(Learner.age_band)).all()
        return {band: n for band, n in rows if band is not None}


def _learner_totals(s, class_id: int, ids: list[str]) -> list:
    """(id, name, age band, last active, started, completed, mastered) of every learner of the class."""
    done = completed()
    in_grid = LessonProgress.lesson_id.in_(ids)
    return list(s.execute(
        select(Learner.id, Learner.display_name, Learner.age_band, Learner.last_active_at,
               func.count(LessonProgress.id),
               func.count(case((done, 1))),
               func.count(LessonProgress.mastered_at))
        .outerjoin(LessonProgress, and_(LessonProgress.learner_id == Learner.id, in_grid))
        .where(Learner.class_id == class_id)
        .group_by(Learner.id, Learner.display_name, Learner.age_band, Learner.last_active_at)
    ).all())


def _cells(s, ids: list[str], which, learner_ids: set[int]) -> dict[int, list[Cell]]:
    """The cells of ``ids`` for the learners ``which`` selects, EMPTY where nothing is stored."""
    grid: dict[int, list[Cell]] = {lid: [EMPTY] * len(ids) for lid in learner_ids}
    column = {lesson: i for i, lesson in enumerate(ids)}
    found = s.execute(
        select(LessonProgress.learner_id, LessonProgress.lesson_id, status_index(),
               LessonProgress.best_score, LessonProgress.progress,
               LessonProgress.time_spent_seconds, LessonProgress.updated_at)
        .join(Learner, Learner.id == LessonProgress.learner_id)
        .where(which, LessonProgress.lesson_id.in_(ids)))
    for learner_id, lesson, status, best, progress, seconds, updated in found:
        if learner_id in grid:
            grid[learner_id][column[lesson]] = Cell(STATUSES[status], best, progress, seconds, updated)
    return grid


def _lesson_totals(s, class_id: int, ids: list[str], size: int) -> tuple[LessonTotals, ...]:
    """Per lesson, over the whole class, in grid order."""
    done = completed()
    per_lesson = s.execute(
        select(LessonProgress.lesson_id, func.count(), func.count(case((done, 1))),
               func.count(LessonProgress.mastered_at), func.avg(LessonProgress.best_score))
        .join(Learner, Learner.id == LessonProgress.learner_id)
        .where(Learner.class_id == class_id, LessonProgress.lesson_id.in_(ids))
        .group_by(LessonProgress.lesson_id)
    ).all()
    found = {lesson: (n, c, m, None if avg is None else float(avg)) for lesson, n, c, m, avg in per_lesson}
    return tuple(LessonTotals(lesson, size, *found.get(lesson, (0, 0, 0, None))) for lesson in ids)


def _name_key(row: LearnerRow) -> tuple:
    return (row.display_name.casefold(), row.learner_id)


def sort_rows(overview: Overview, rows: Iterable[LearnerRow], key: str, descending: bool = False) -> list[LearnerRow]:
    """Rows by ``key`` (see SORTS, or "lesson:<id>"); ties always by name, ascending."""
    by_name = sorted(rows, key=_name_key)
    if key == "name":
        return by_name[::-1] if descending else by_name
    if key == "last-active":
        value = lambda r: r.last_active_at  # noqa: E731
    elif key == "completed":
        value = lambda r: (r.lessons_completed, r.lessons_mastered, r.lessons_started)  # noqa: E731
    elif key == "mastered":
        value = lambda r: (r.lessons_mastered, r.lessons_completed, r.lessons_started)  # noqa: E731
    elif key.startswith("lesson:") and key[len("lesson:"):] in overview.lesson_ids:
        i = overview.lesson_ids.index(key[len("lesson:"):])
        value = lambda r: (STATUSES.index(r.cells[i].status), r.cells[i].best_score or 0.0)  # noqa: E731
    else:
        raise ValueError(f"sort by one of {SORTS} or 'lesson:<lesson id>', not {key!r}")
    # sorted() is stable: equal values keep the name order.
    return sorted(by_name, key=value, reverse=descending)


def filter_rows(overview: Overview, rows: Iterable[LearnerRow], *, search: str | None = None,
                lesson_id: str | None = None, statuses: Iterable[str] | None = None,
                inactive_since: datetime | None = None) -> list[LearnerRow]:
    rows = list(rows)
    if search:
        rows = [r for r in rows if name_matches(search, r.display_name)]
    if statuses is not None:
        wanted = set(statuses)
        if lesson_id not in overview.lesson_ids or not wanted <= set(STATUSES):
            raise ValueError(f"filtering by status needs a lesson of the grid and statuses among {STATUSES}")
        i = overview.lesson_ids.index(lesson_id)
        rows = [r for r in rows if r.cells[i].status in wanted]
    if inactive_since is not None:
        rows = [r for r in rows if r.last_active_at < inactive_since]
    return rows
