"""Quiz tries and answers: the two detailed layers under the lesson summary.

The score is computed here from the first attempts stored in the database, never taken from the
caller: later attempts are for learning (the child reads the feedback and tries again).
"""
from __future__ import annotations

import secrets
from collections.abc import Iterable

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
    change a result in flight. Pass ``question_count`` so that unanswered questions count as
    wrong; without it the score is over the questions answered.
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


def record_answer(try_id: int, learner_id: int, question_id: str, chosen: Iterable[str], correct: bool,
                  hint_used: bool, attempt: int, content_version: str, key: str) -> bool:
    """Store one answer; True if newly recorded, False for a repeat (same key, or same attempt).

    Also False for an answer arriving after the try finished (a late resend). Repeats are
    recognised by the unique constraints, so two copies sent at the same moment still make one row.
    """
    check_key(key)
    chosen_ids = sorted(set(chosen))
    try:
        with db.write() as s:
            lock_learner(s, learner_id)
            # No look-up of the key first: the unique constraints decide, even between two
            # copies racing each other, and a repeat is rare enough that its rollback is cheap.
            quiz_try = _owned_try(s, try_id, learner_id)
            if quiz_try.finished_at is not None:
                return False
            if not 1 <= attempt <= quiz_try.tries_per_question:
                raise ValueError(f"attempt {attempt} is outside 1..{quiz_try.tries_per_question}")
            s.add(Answer(learner_id=learner_id, try_id=try_id, lesson_id=quiz_try.lesson_id,
                            quiz_id=quiz_try.quiz_id, question_id=question_id, chosen=chosen_ids,
                            correct=bool(correct), hint_used=bool(hint_used), attempt=attempt,
                            content_version=content_version, idempotency_key=key))
            s.flush()
            return True
    except IntegrityError:
        # The unique constraints are what make this safe under concurrency; anything else is a bug.
        if _answer_exists(learner_id, key, try_id, question_id, attempt):
            return False
        raise


def _answer_exists(learner_id: int, key: str, try_id: int, question_id: str, attempt: int) -> bool:
    with db.read() as s:
        by_key = (Answer.learner_id == learner_id) & (Answer.idempotency_key == key)
        by_attempt = ((Answer.try_id == try_id) & (Answer.question_id == question_id)
                      & (Answer.attempt == attempt))
        return s.scalar(select(Answer.id).where(by_key | by_attempt).limit(1)) is not None


def finish_quiz_try(try_id: int, key: str, learner_id: int | None = None) -> TryInfo:
    """Close the try and score it; finishing again returns the same result.

    Score = questions right at the first attempt / ``question_count`` (or / questions answered).
    Reaching the threshold copied in at the start sets ``mastered_at`` on the lesson summary.
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
        if not key_seen(s, quiz_try.learner_id, key):
            s.add(AppliedEvent(learner_id=quiz_try.learner_id, idempotency_key=key, kind="finish"))
        firsts = s.scalars(select(Answer.correct).where(
            Answer.try_id == try_id, Answer.attempt == 1)).all()
        questions = quiz_try.question_count or len(firsts) or 1
        now = db.utcnow()
        quiz_try.score = min(sum(firsts) / questions, 1.0)
        quiz_try.finished_at = now
        summary = summary_row(s, quiz_try.learner_id, quiz_try.lesson_id, quiz_try.content_version)
        summary.best_score = max(summary.best_score or 0.0, quiz_try.score)
        summary.updated_at = now
        info = TryInfo.of(quiz_try)
        if info.mastered and summary.mastered_at is None:
            summary.mastered_at = now
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
