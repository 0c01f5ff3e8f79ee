"""The mastery rule for quiz tries: a try passes when its score reaches the try's threshold.

Everything that decides mastery asks here: the store when a try is finished, the learner's quiz
run, the results screen and the reports' SQL. The rule itself (``passes``, ``TOLERANCE``) lives in
``course.mastery``, which the content checker uses too; this module adds it as SQL and what
follows from it. Scores are shares of questions (4/5 is 0.8 only give or take rounding), so a
score within ``TOLERANCE`` below the threshold passes.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import QueryableAttribute

from course.mastery import TOLERANCE, passes

__all__ = ["TOLERANCE", "QuizResult", "correct_count", "needed_to_pass", "passes", "passes_sql"]


def passes_sql(score: ColumnElement[Any] | QueryableAttribute[Any],
               threshold: ColumnElement[Any] | QueryableAttribute[Any]) -> ColumnElement[bool]:
    """``passes`` as SQL, for queries over many tries (NULL, not false, for an unscored try)."""
    return score + TOLERANCE >= threshold


def needed_to_pass(questions: int, threshold: float) -> int:
    """The fewest questions right at the first try that pass, out of ``questions`` (at least 1)."""
    if questions < 1:
        raise ValueError("a quiz has at least one question")
    # all of them always pass: a threshold is at most 1
    return next(n for n in range(questions + 1) if passes(n / questions, threshold))


def correct_count(score: float, questions: int) -> int:
    """Questions right at the first try, from a score that is their share of ``questions``."""
    return min(questions, max(0, math.floor(score * questions + 0.5)))


@dataclass(frozen=True)
class QuizResult:
    """A finished try as the results screen shows it: the store's (``TryInfo.result``), or a guest's,
    for whom nothing is stored (``QuizRun.result``), by the same rule."""

    score: float
    mastery_threshold: float
    question_count: int

    @property
    def mastered(self) -> bool:
        return passes(self.score, self.mastery_threshold)

    @property
    def correct_first_try(self) -> int:
        return correct_count(self.score, self.question_count)

    @property
    def needed(self) -> int:
        """How many first-try answers mastery takes, for a learner who has not reached it yet."""
        return needed_to_pass(self.question_count, self.mastery_threshold)
