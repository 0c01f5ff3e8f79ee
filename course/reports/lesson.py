"""One lesson and its quiz across a class: how many finished and mastered it, scores, time spent,
and its difficult questions.

Six queries whatever the class size: the class, the summary counts, the median time, the quiz
tries, and the two of ``questions.question_stats``.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import case, func, select

from course.reports.questions import QuestionStats, question_stats
from course.reports.status import Rates, completed
from course.store import db
from course.store.access import owned_class
from course.store.models import Learner, LessonProgress, QuizTry


@dataclass(frozen=True)
class LessonReport(Rates):
    class_id: int
    lesson_id: str
    quiz_id: str
    learners: int  # in the class
    started: int
    completed: int  # mastered ones included
    mastered: int
    average_best_score: float | None  # 0..1, over the learners with a finished try
    scored: int  # learners with a finished try
    # Over the learners who completed the lesson: a half-read lesson would pull the time down.
    median_seconds: float | None
    mean_seconds: float | None
    tries_started: int
    tries_finished: int
    average_try_score: float | None  # over every finished try, first ones and retakes alike
    questions: tuple[QuestionStats, ...]  # hardest first


def _float(value) -> float | None:
    # PostgreSQL's avg() gives a Decimal.
    return None if value is None else float(value)


def lesson_report(class_id: int, lesson_id: str, quiz: Mapping, *, as_educator: int | None) -> LessonReport:
    """The report of ``lesson_id`` in the class; ``quiz`` as for ``questions.question_stats``."""
    quiz_id = quiz.get("quiz_id") or quiz["id"]
    done = completed()
    in_class = (Learner.class_id == class_id, LessonProgress.lesson_id == lesson_id)
    with db.read() as s:
        owned_class(s, class_id, as_educator)
        size = select(func.count()).select_from(Learner).where(Learner.class_id == class_id).scalar_subquery()
        learners, started, n_completed, n_mastered, avg_best, scored, mean_seconds = s.execute(
            select(size, func.count(LessonProgress.id), func.count(case((done, 1))),
                   func.count(LessonProgress.mastered_at), func.avg(LessonProgress.best_score),
                   func.count(LessonProgress.best_score),
                   func.avg(case((done, LessonProgress.time_spent_seconds))))
            .select_from(LessonProgress)
            .join(Learner, Learner.id == LessonProgress.learner_id)
            .where(*in_class)
        ).one()
        # A portable median: the middle one or two rows by time (2·rank within n .. n+2).
        ranked = (select(LessonProgress.time_spent_seconds.label("t"),
                         func.row_number().over(order_by=LessonProgress.time_spent_seconds).label("rank"),
                         func.count().over().label("n"))
                  .join(Learner, Learner.id == LessonProgress.learner_id)
                  .where(*in_class, done)
                  .subquery())
        median = s.scalar(select(func.avg(ranked.c.t))
                          .where(2 * ranked.c.rank >= ranked.c.n, 2 * ranked.c.rank <= ranked.c.n + 2))
        tries_started, tries_finished, avg_try = s.execute(
            select(func.count(), func.count(QuizTry.finished_at), func.avg(QuizTry.score))
            .select_from(QuizTry)
            .join(Learner, Learner.id == QuizTry.learner_id)
            .where(Learner.class_id == class_id, QuizTry.lesson_id == lesson_id, QuizTry.quiz_id == quiz_id)
        ).one()
        questions = question_stats(s, class_id, lesson_id, quiz)
    return LessonReport(class_id, lesson_id, quiz_id, learners, started, n_completed, n_mastered,
                        _float(avg_best), scored, _float(median), _float(mean_seconds),
                        tries_started, tries_finished, _float(avg_try), questions)
