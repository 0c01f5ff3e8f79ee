"""The class overview: a grid of learners by lessons, with totals per lesson and per learner.

Four queries whatever the class size: the class (ownership), the learners with their own totals,
the grid's cells, and the totals per lesson. Sorting and filtering are plain arguments applied to
the fetched grid; the totals stay those of the whole class, as the header of a filtered table does.
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
    """The grid for ``lessons`` (catalogue dicts, in the order the columns should take).

    Filters: ``search`` (part of a name, any case), ``statuses`` of ``lesson_id`` (e.g. the
    learners who have not started it), ``inactive_since`` (not active since then). NotAllowed if
    the class is not ``as_educator``'s.
    """
    ids = _lesson_ids(lessons)
    in_grid = LessonProgress.lesson_id.in_(ids)
    done = completed()
    with db.read() as s:
        klass = owned_class(s, class_id, as_educator)
        learners = s.execute(
            select(Learner.id, Learner.display_name, Learner.age_band, Learner.last_active_at,
                   func.count(LessonProgress.id),
                   func.count(case((done, 1))),
                   func.count(LessonProgress.mastered_at))
            .outerjoin(LessonProgress, and_(LessonProgress.learner_id == Learner.id, in_grid))
            .where(Learner.class_id == class_id)
            .group_by(Learner.id, Learner.display_name, Learner.age_band, Learner.last_active_at)
        ).all()
        cells = s.execute(
            select(LessonProgress.learner_id, LessonProgress.lesson_id, status_index(),
                   LessonProgress.best_score, LessonProgress.progress,
                   LessonProgress.time_spent_seconds, LessonProgress.updated_at)
            .join(Learner, Learner.id == LessonProgress.learner_id)
            .where(Learner.class_id == class_id, in_grid)
        ).all()
        per_lesson = s.execute(
            select(LessonProgress.lesson_id, func.count(), func.count(case((done, 1))),
                   func.count(LessonProgress.mastered_at), func.avg(LessonProgress.best_score))
            .join(Learner, Learner.id == LessonProgress.learner_id)
            .where(Learner.class_id == class_id, in_grid)
            .group_by(LessonProgress.lesson_id)
        ).all()
        class_name = klass.name

    column = {lesson: i for i, lesson in enumerate(ids)}
    grid: dict[int, list[Cell]] = {row[0]: [EMPTY] * len(ids) for row in learners}
    for learner_id, lesson, status, best, progress, seconds, updated in cells:
        grid[learner_id][column[lesson]] = Cell(STATUSES[status], best,
                                                progress, seconds, updated)
    rows = [LearnerRow(lid, name, band, active, started, done_, mastered, tuple(grid[lid]))
            for lid, name, band, active, started, done_, mastered in learners]
    size = len(rows)
    found = {lesson: (n, c, m, None if avg is None else float(avg)) for lesson, n, c, m, avg in per_lesson}
    totals = tuple(LessonTotals(lesson, size, *found.get(lesson, (0, 0, 0, None))) for lesson in ids)
    overview = Overview(class_id, class_name, tuple(ids), (), totals, size)
    rows = filter_rows(overview, rows, search=search, lesson_id=lesson_id, statuses=statuses,
                       inactive_since=inactive_since)
    return replace(overview, rows=tuple(sort_rows(overview, rows, sort, descending)))


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
        needle = " ".join(search.split()).casefold()
        rows = [r for r in rows if needle in r.display_name.casefold()]
    if statuses is not None:
        wanted = set(statuses)
        if lesson_id not in overview.lesson_ids or not wanted <= set(STATUSES):
            raise ValueError(f"filtering by status needs a lesson of the grid and statuses among {STATUSES}")
        i = overview.lesson_ids.index(lesson_id)
        rows = [r for r in rows if r.cells[i].status in wanted]
    if inactive_since is not None:
        rows = [r for r in rows if r.last_active_at < inactive_since]
    return rows
