"""A small hand-made class whose every report number is known, made through the repository
functions exactly as children's clicks make it, on SQLite and on PostgreSQL.

The class (lessons below; mastery 0.8, so only 3 of 3 right masters the quiz). A lesson is completed
by finishing its quiz, mastered by passing it:
- Amal read private-eye (30 s a card) and failed its quiz twice, 2/3 then 0/3: completed.
- Badr read private-eye (60 s a card) and passed its quiz (3/3): mastered; he is on card 2 of be-kind.
- Carim stopped at card 2 of private-eye ten days ago, and has been active since.
- Dana read every card of private-eye (100 s a card) and never took the quiz: still in progress.
- Eli has done nothing.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import event, select

from course.store import db
from course.store.accounts import create_educator
from course.store.classes import add_learner, create_class
from course.store.models import Learner, LessonProgress
from course.store.progress import record_step
from course.store.quizzes import finish_quiz_try, record_answer, start_quiz_try
from course.store.records import TryInfo
from tests.store.conftest import db_url, key, new_key, store  # noqa: F401  (fixtures, reused)

VERSION = "v1"
PRIVATE_EYE = {
    "id": "private-eye", "quiz_id": "private-eye-quiz", "version": VERSION, "steps": 4, "mastery": 0.8,
    "tries_per_question": 2, "risks": ["content", "contact"], "questions": [
        {"id": "q1", "options": ["a", "b", "c"], "correct": ["b"]},
        {"id": "q2", "options": ["t", "f"], "correct": ["t"]},
        {"id": "q3", "options": ["x", "y", "z"], "correct": ["x", "y"]},
    ]}
BE_KIND = {
    "id": "be-kind", "quiz_id": "be-kind-quiz", "version": VERSION, "steps": 3, "mastery": 0.5,
    "tries_per_question": 2, "risks": ["conduct"], "questions": [
        {"id": "k1", "options": ["yes", "no"], "correct": ["no"]}]}
FAIR_DEAL = {
    "id": "fair-deal", "quiz_id": "fair-deal-quiz", "version": VERSION, "steps": 3, "mastery": 0.8,
    "tries_per_question": 2, "risks": ["contract"], "questions": [
        {"id": "f1", "options": ["free", "paid"], "correct": ["paid"]}]}
LESSONS = [PRIVATE_EYE, BE_KIND, FAIR_DEAL]


def read_cards(learner: int, lesson: dict, last: int, seconds_per_card: int) -> None:
    """The learner goes from the first card to card ``last`` (0-based), spending the time on each."""
    for step in range(last + 1):
        record_step(learner, lesson["id"], step, lesson["steps"], seconds_per_card if step else 0,
                    lesson["version"], new_key())


def take_quiz(learner: int, lesson: dict, answers: list[tuple[str, list[str]]], finish: bool = True) -> TryInfo:
    """One try, answers in order as (question id, chosen options); a repeated question is attempt 2."""
    questions = {q["id"]: q for q in lesson["questions"]}
    t = start_quiz_try(learner, lesson["id"], lesson["quiz_id"], lesson["mastery"], lesson["tries_per_question"],
                       lesson["version"], new_key(), question_count=len(questions))
    attempts: dict[str, int] = {}
    for qid, chosen in answers:
        attempts[qid] = attempts.get(qid, 0) + 1
        right = sorted(chosen) == sorted(questions[qid]["correct"])
        record_answer(t.id, learner, qid, chosen, right, False, attempts[qid], lesson["version"], new_key())
    return finish_quiz_try(t.id, new_key(), learner_id=learner) if finish else t


def backdate_lesson(learner: int, lesson_id: str, by: timedelta) -> None:
    """Move the learner's summary of the lesson into the past, as if the card had not moved since."""
    with db.write() as s:
        row = s.scalar(select(LessonProgress).where(LessonProgress.learner_id == learner,
                                                    LessonProgress.lesson_id == lesson_id))
        row.updated_at -= by


def backdate_activity(learner: int, by: timedelta) -> None:
    """The learner was last active ``by`` ago (nothing since)."""
    with db.write() as s:
        s.get(Learner, learner).last_active_at -= by


def touch(learner: int) -> None:
    """The learner is active now (signed in, opened something)."""
    with db.write() as s:
        s.get(Learner, learner).last_active_at = db.utcnow()


@dataclass(frozen=True)
class HandMade:
    teacher: int
    other_teacher: int
    class_id: int
    other_class_id: int
    amal: int
    badr: int
    carim: int
    dana: int
    eli: int
    stranger: int  # in the other teacher's class


@pytest.fixture
def teachers(store):
    return create_educator("mariam", "correct horse battery", "Ms Mariam"), \
        create_educator("huda", "another horse battery", "Ms Huda")


@pytest.fixture
def hand_made(teachers) -> HandMade:
    teacher, other = teachers
    klass = create_class(teacher, "Year 5").id
    other_class = create_class(other, "Year 6").id
    amal, badr, carim, dana, eli = (add_learner(klass, n, None) for n in ("Amal", "Badr", "Carim", "Dana", "Eli"))
    stranger = add_learner(other_class, "Stranger", None)

    read_cards(amal, PRIVATE_EYE, 3, 30)
    take_quiz(amal, PRIVATE_EYE, [("q1", ["a"]), ("q1", ["b"]), ("q2", ["t"]), ("q3", ["x", "y"])])
    take_quiz(amal, PRIVATE_EYE, [("q1", ["a"]), ("q1", ["b"]), ("q2", ["f"]), ("q2", ["t"]),
                                  ("q3", ["x", "z"]), ("q3", ["x", "y"])])
    read_cards(badr, PRIVATE_EYE, 3, 60)
    take_quiz(badr, PRIVATE_EYE, [("q1", ["b"]), ("q2", ["t"]), ("q3", ["x", "y"])])
    read_cards(badr, BE_KIND, 1, 40)
    read_cards(carim, PRIVATE_EYE, 1, 20)
    backdate_lesson(carim, "private-eye", timedelta(days=10))
    touch(carim)
    read_cards(dana, PRIVATE_EYE, 3, 100)
    # The stranger's work must never leak into the class's numbers.
    read_cards(stranger, PRIVATE_EYE, 3, 5)
    take_quiz(stranger, PRIVATE_EYE, [("q1", ["c"]), ("q1", ["c"]), ("q2", ["f"]), ("q2", ["f"]),
                                      ("q3", ["z"]), ("q3", ["z"])])
    return HandMade(teacher, other, klass, other_class, amal, badr, carim, dana, eli, stranger)


@contextmanager
def counted_statements() -> Iterator[list[str]]:
    """Every SQL statement the configured engine sends while the block runs."""
    seen: list[str] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    engine = db.get_engine()
    event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)
