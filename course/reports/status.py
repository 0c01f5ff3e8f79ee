"""A learner's status in a lesson, and the rates counted from it: the same in every report and export.

A lesson is completed by finishing its quiz and mastered by passing it, never by reaching its last
card (``course.store.quizzes.finish_quiz_try``). Mastery counts as completion wherever it is counted.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, case, or_

from course.store.models import LessonProgress

NOT_STARTED = "not-started"
IN_PROGRESS = "in-progress"
COMPLETED = "completed"
MASTERED = "mastered"
STATUSES = (NOT_STARTED, IN_PROGRESS, COMPLETED, MASTERED)  # also the order "further along" sorts in


def status_of(started: bool, completed_at: datetime | None, mastered_at: datetime | None) -> str:
    if mastered_at is not None:
        return MASTERED
    if completed_at is not None:
        return COMPLETED
    return IN_PROGRESS if started else NOT_STARTED


def completed() -> ColumnElement[bool]:
    """SQL: the summary row counts as completed (mastered ones included)."""
    return or_(LessonProgress.completed_at.isnot(None), LessonProgress.mastered_at.isnot(None))


def status_index() -> ColumnElement[int]:
    """SQL: a summary row's status as an index into STATUSES, as ``status_of`` decides it.

    Deciding in the database spares converting two timestamps per cell of a school-sized grid.
    """
    return case((LessonProgress.mastered_at.isnot(None), STATUSES.index(MASTERED)),
                (LessonProgress.completed_at.isnot(None), STATUSES.index(COMPLETED)),
                else_=STATUSES.index(IN_PROGRESS))


def rate(part: int, whole: int) -> float:
    """part / whole, 0 for an empty class (a rate is never undefined on screen)."""
    return part / whole if whole else 0.0


class Rates:
    """Started, completed and mastered as shares of the class, for a dataclass with those counts."""

    learners: int
    started: int
    completed: int
    mastered: int

    @property
    def started_rate(self) -> float:
        return rate(self.started, self.learners)

    @property
    def completed_rate(self) -> float:
        return rate(self.completed, self.learners)

    @property
    def mastered_rate(self) -> float:
        return rate(self.mastered, self.learners)
