"""Difficult questions: for each question of a quiz, how often the class got it right at the first
attempt, and which wrong option it chose most often.

Two queries per quiz, whatever the class size: the attempts counted per question, and the options
inside wrong answers counted per question and option (the JSON ``chosen`` lists are unnested in
SQL: ``json_each`` on SQLite, ``json_array_elements_text`` on PostgreSQL). Python then only picks,
per question, the most chosen option that is not a right one.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import case, func, select, true
from sqlalchemy.orm import Session

from course.store.models import Answer, Learner


@dataclass(frozen=True)
class QuestionStats:
    question_id: str
    position: int  # in the quiz, from 0
    first_answers: int  # attempt 1 of every try, finished or not
    first_correct: int
    wrong_answers: int  # every attempt
    # Wrong options (never a right one) by how many wrong answers chose them, most first; options
    # of the question that nobody chose wrongly are left out.
    wrong_options: tuple[tuple[str, int], ...] = ()

    @property
    def first_correct_share(self) -> float | None:
        """None when nobody answered yet: unknown, not easy and not hard."""
        return self.first_correct / self.first_answers if self.first_answers else None

    @property
    def top_wrong_option(self) -> str | None:
        return self.wrong_options[0][0] if self.wrong_options else None

    @property
    def top_wrong_count(self) -> int:
        return self.wrong_options[0][1] if self.wrong_options else 0


def _unnest(dialect: str, column):
    if dialect == "postgresql":
        return func.json_array_elements_text(column).table_valued("value").alias("opt")
    return func.json_each(column).table_valued("value").alias("opt")


def question_stats(s: Session, class_id: int, lesson_id: str, quiz: Mapping) -> tuple[QuestionStats, ...]:
    """The quiz's questions, hardest first (lowest first-try share; unanswered ones last).

    ``quiz`` is {"id": quiz id, "questions": [{"id", "options", "correct"}, ...]}; a lesson dict
    (with "quiz_id") works too. Answers to questions or options no longer in the quiz (an older
    content version) are left out: they could not be shown by name.
    """
    quiz_id = quiz.get("quiz_id") or quiz["id"]
    questions = list(quiz["questions"])
    ids = [q["id"] for q in questions]
    mine = (Answer.lesson_id == lesson_id, Answer.quiz_id == quiz_id, Learner.class_id == class_id,
            Answer.question_id.in_(ids))
    counts = {qid: (n, right, wrong) for qid, n, right, wrong in s.execute(
        select(Answer.question_id,
               func.count(case((Answer.attempt == 1, 1))),
               func.count(case(((Answer.attempt == 1) & Answer.correct, 1))),
               func.count(case((~Answer.correct, 1))))
        .join(Learner, Learner.id == Answer.learner_id)
        .where(*mine)
        .group_by(Answer.question_id))}
    opt = _unnest(s.get_bind().dialect.name, Answer.chosen)
    chosen: dict[str, dict[str, int]] = {}
    for qid, option, n in s.execute(
            select(Answer.question_id, opt.c.value, func.count())
            .select_from(Answer)
            .join(Learner, Learner.id == Answer.learner_id)
            .join(opt, true())
            .where(*mine, ~Answer.correct)
            .group_by(Answer.question_id, opt.c.value)):
        chosen.setdefault(qid, {})[option] = n

    stats = []
    for position, q in enumerate(questions):
        options = list(q.get("options", ()))
        right = set(q.get("correct", ()))
        picked = chosen.get(q["id"], {})
        wrong = [(o, picked[o]) for o in options if o not in right and picked.get(o)]
        # Most chosen first; equal counts keep the quiz's own option order.
        wrong.sort(key=lambda item: -item[1])
        n, first_right, wrong_answers = counts.get(q["id"], (0, 0, 0))
        stats.append(QuestionStats(q["id"], position, n, first_right, wrong_answers, tuple(wrong)))
    return tuple(sorted(stats, key=_hardest_first))


def _hardest_first(q: QuestionStats) -> tuple:
    share = q.first_correct_share
    return (share is None, share if share is not None else 0.0, q.position)
