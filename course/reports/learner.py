"""One learner in detail: every lesson they touched and every quiz try, answer by answer.

Five queries whatever the learner did: the learner, their class (ownership), and the three layers
of progress (summaries, tries, answers).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from course.reports.scope import learner_in_scope
from course.reports.status import status_of
from course.store import db
from course.store.models import Answer, LessonProgress, QuizTry
from course.store.records import AnswerInfo, LearnerInfo, ProgressSummary, TryInfo


@dataclass(frozen=True)
class LessonLine:
    summary: ProgressSummary
    status: str

    @property
    def lesson_id(self) -> str:
        return self.summary.lesson_id


@dataclass(frozen=True)
class TryDetail:
    try_: TryInfo
    answers: tuple[AnswerInfo, ...]  # in the order given

    @property
    def first_attempts_right(self) -> int:
        return sum(1 for a in self.answers if a.attempt == 1 and a.correct)


@dataclass(frozen=True)
class LearnerDetail:
    learner: LearnerInfo
    lessons: tuple[LessonLine, ...]  # most recently active first
    tries: tuple[TryDetail, ...]  # oldest first

    def tries_of(self, lesson_id: str) -> tuple[TryDetail, ...]:
        return tuple(t for t in self.tries if t.try_.lesson_id == lesson_id)


def learner_detail(learner_id: int, *, as_educator: int | None) -> LearnerDetail:
    """NotAllowed when the learner is not in one of ``as_educator``'s classes (guests never are)."""
    with db.read() as s:
        learner = LearnerInfo.of(learner_in_scope(s, learner_id, as_educator))
        summaries = s.scalars(select(LessonProgress).where(LessonProgress.learner_id == learner_id)
                              .order_by(LessonProgress.updated_at.desc(), LessonProgress.lesson_id)).all()
        tries = s.scalars(select(QuizTry).where(QuizTry.learner_id == learner_id)
                          .order_by(QuizTry.started_at, QuizTry.id)).all()
        answers: dict[int, list[AnswerInfo]] = {t.id: [] for t in tries}
        for a in s.scalars(select(Answer).where(Answer.learner_id == learner_id)
                           .order_by(Answer.answered_at, Answer.id)):
            answers[a.try_id].append(AnswerInfo.of(a))
        lines = tuple(LessonLine(ProgressSummary.of(p), status_of(True, p.completed_at, p.mastered_at))
                      for p in summaries)
        details = tuple(TryDetail(TryInfo.of(t), tuple(answers[t.id])) for t in tries)
    return LearnerDetail(learner, lines, details)
