"""Quiz tries and answers: the two detailed layers under the lesson summary.

A try's score is computed here from the first attempts stored in the database, never taken from
the caller: later attempts are for learning (the child reads the feedback and tries again). Each
answer's own score is its question kind's (``Question.score``), and the first one stored for an
attempt is the verdict every tab is shown.
"""
from __future__ import annotations

import secrets
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from course.store import db
from course.store.errors import NotFound
from course.store.events import event_key, key_seen, lock_learner
from course.store.models import Answer, AppliedEvent, QuizTry
from course.store.progress import summary_row
from course.store.records import AnswerInfo, QuizState, TryInfo, check_key


def start_quiz_try(learner_id: int, lesson_id: str, quiz_id: str, mastery: float, tries_per_question: int,
                   content_version: str, key: str, *, question_count: int | None = None) -> TryInfo:
    """A new try, or the one already under way for this quiz and content version (``resumed``).

    The mastery rule and tries per question are copied in so that editing the quiz file can't
    change a result in flight. Pass ``question_count``: the try then finishes only once that many
    questions are answered; without it, over whatever questions were answered.
    """
    check_key(key)
    if not 0 < mastery <= 1 or tries_per_question < 1:
        raise ValueError("mastery is in (0, 1] and tries_per_question at least 1")
    for _ in range(2):
        try:
            with db.write() as s:
                lock_learner(s, learner_id)
                mine = select(QuizTry).where(QuizTry.learner_id == learner_id)
                same = s.scalar(mine.where(QuizTry.idempotency_key == key))
                if same is not None:
                    return TryInfo.of(same, resumed=True)
                open_try = s.scalar(mine.where(
                    QuizTry.lesson_id == lesson_id, QuizTry.quiz_id == quiz_id,
                    QuizTry.content_version == content_version, QuizTry.finished_at.is_(None),
                ).order_by(QuizTry.id.desc()).limit(1))
                if open_try is not None:
                    return TryInfo.of(open_try, resumed=True)
                row = QuizTry(learner_id=learner_id, lesson_id=lesson_id, quiz_id=quiz_id,
                              mastery_threshold=mastery, tries_per_question=tries_per_question,
                              question_count=question_count, content_version=content_version,
                              shuffle_seed=secrets.randbelow(2**31), idempotency_key=key)
                s.add(row)
                s.flush()
                return TryInfo.of(row)
        except IntegrityError:
            continue  # a twin with the same key committed first: the next pass returns it
    raise RuntimeError("could not start the quiz try")


def _owned_try(s: Session, try_id: int, learner_id: int | None) -> QuizTry:
    row = s.get(QuizTry, try_id)
    if row is None or (learner_id is not None and row.learner_id != learner_id):
        raise NotFound(f"quiz try {try_id}")
    return row


def answer_key(try_id: int, question_id: str, attempt: int) -> str:
    """The key of an answer is the attempt it is: a copy from a double tap or a second tab is one answer."""
    return event_key("answer", try_id, question_id, attempt)


def record_answer(try_id: int, learner_id: int, question_id: str, response: Sequence[str], score: float,
                  hint_used: bool, attempt: int, content_version: str, key: str) -> AnswerInfo | None:
    """Store one attempt and return the answer the store holds for it.

    ``response`` is as ``Question.normalise`` gives it and ``score`` (0..1) as ``Question.score``
    does: 1 is right. The answer returned is the one sent, or, for a repeat (the same key, or the
    same attempt sent from another tab), the one stored first, marked ``repeat``: the caller shows
    that verdict, not its own. None for an attempt the try was finished without (a late resend).
    Repeats are recognised by the unique constraints, so two copies sent at the same moment still
    make one row.
    """
    check_key(key)
    score = float(score)
    if not 0.0 <= score <= 1.0:
        raise ValueError("an answer's score is in 0..1")
    response = list(response)
    try:
        with db.write() as s:
            lock_learner(s, learner_id)
            # No look-up of the key first: the unique constraints decide, even between two
            # copies racing each other, and a repeat is rare enough that its rollback is cheap.
            quiz_try = _owned_try(s, try_id, learner_id)
            if quiz_try.finished_at is not None:
                return _stored_answer(s, learner_id, key, try_id, question_id, attempt)
            if not 1 <= attempt <= quiz_try.tries_per_question:
                raise ValueError(f"attempt {attempt} is outside 1..{quiz_try.tries_per_question}")
            row = Answer(learner_id=learner_id, try_id=try_id, lesson_id=quiz_try.lesson_id,
                         quiz_id=quiz_try.quiz_id, question_id=question_id, response=response,
                         chosen=sorted(set(response)), score=score, correct=score == 1.0,
                         hint_used=bool(hint_used), attempt=attempt, content_version=content_version,
                         idempotency_key=key)
            s.add(row)
            s.flush()
            return AnswerInfo.of(row)
    except IntegrityError:
        # The unique constraints are what make this safe under concurrency; anything else is a bug.
        with db.read() as s:
            stored = _stored_answer(s, learner_id, key, try_id, question_id, attempt)
        if stored is None:
            raise
        return stored


def _stored_answer(s: Session, learner_id: int, key: str, try_id: int, question_id: str,
                   attempt: int) -> AnswerInfo | None:
    """The answer already stored for this attempt, as a repeat; ValueError if ``key`` names another."""
    row = s.scalar(select(Answer).where(Answer.try_id == try_id, Answer.question_id == question_id,
                                        Answer.attempt == attempt))
    if row is not None:
        return AnswerInfo.of(row, repeat=True)
    if s.scalar(select(Answer.id).where(Answer.learner_id == learner_id, Answer.idempotency_key == key)):
        raise ValueError(f"key {key!r} was already used for another answer")
    return None


def finish_quiz_try(try_id: int, key: str, learner_id: int | None = None) -> TryInfo:
    """Close the try and score it; finishing again returns the same result.

    Only a try whose every question has an answer can finish (ValueError otherwise): that is what
    completing the lesson means. Score = questions right at the first attempt / questions (the
    ``question_count`` copied in at the start, else the questions answered). Finishing sets the
    lesson summary's ``completed_at``, and ``mastered_at`` when the score passes the threshold
    copied in at the start (``course.store.mastery``); reaching the last card sets neither.
    """
    check_key(key)
    with db.write() as s:
        quiz_try = _owned_try(s, try_id, learner_id)
        # Learner first, like every other event: one lock order means no deadlock with, say,
        # delete_learner. The try is read again under that lock to see a finish that just landed.
        lock_learner(s, quiz_try.learner_id)
        s.refresh(quiz_try)
        if quiz_try.finished_at is not None:
            return TryInfo.of(quiz_try)
        firsts = s.scalars(select(Answer.correct).where(Answer.try_id == try_id, Answer.attempt == 1)).all()
        questions = quiz_try.question_count or len(firsts)
        if not firsts or len(firsts) < questions:
            raise ValueError(f"quiz try {try_id} has {questions - len(firsts)} unanswered questions")
        if not key_seen(s, quiz_try.learner_id, key):
            s.add(AppliedEvent(learner_id=quiz_try.learner_id, idempotency_key=key, kind="finish"))
        now = db.utcnow()
        quiz_try.question_count = questions
        quiz_try.score = min(sum(firsts) / questions, 1.0)
        quiz_try.finished_at = now
        info = TryInfo.of(quiz_try)
        summary = summary_row(s, quiz_try.learner_id, quiz_try.lesson_id, quiz_try.content_version)
        summary.best_score = max(summary.best_score or 0.0, quiz_try.score)
        summary.updated_at = now
        summary.completed_at = summary.completed_at or now
        if info.mastered:
            summary.mastered_at = summary.mastered_at or now
        return info


def quiz_state(try_id: int, learner_id: int | None = None) -> QuizState:
    """The try and its answers so far, for resuming on any browser. NotFound if not the learner's."""
    with db.read() as s:
        quiz_try = _owned_try(s, try_id, learner_id)
        answers = s.scalars(select(Answer).where(Answer.try_id == try_id)
                            .order_by(Answer.answered_at, Answer.id))
        return QuizState(TryInfo.of(quiz_try), tuple(AnswerInfo.of(a) for a in answers))


def current_try(learner_id: int, lesson_id: str) -> TryInfo | None:
    """The latest unfinished try of the lesson's quiz, if any: where a returning learner resumes."""
    with db.read() as s:
        row = s.scalar(select(QuizTry).where(
            QuizTry.learner_id == learner_id, QuizTry.lesson_id == lesson_id,
            QuizTry.finished_at.is_(None)).order_by(QuizTry.id.desc()).limit(1))
        return TryInfo.of(row) if row else None


def quiz_tries(learner_id: int, lesson_id: str | None = None) -> list[TryInfo]:
    """Every try of the learner (of one lesson if given), oldest first."""
    with db.read() as s:
        query = select(QuizTry).where(QuizTry.learner_id == learner_id)
        if lesson_id is not None:
            query = query.where(QuizTry.lesson_id == lesson_id)
        return [TryInfo.of(r) for r in s.scalars(query.order_by(QuizTry.id))]
