"""Revision 0006 judges existing progress by the new rule: a lesson is completed by a finished quiz
try and mastered by a passing one, never by its last card; and answers gain a response and a score."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import MetaData, insert

from course.store import db
from course.store.progress import lesson_progress
from course.store.quizzes import quiz_state
from tests.store.conftest import at_revision

VERSION = "v1"


@pytest.fixture
def at_0005(db_url):
    """A database at revision 0005, before the rule changed; the store is configured on it."""
    with at_revision(db_url, "0005") as url:
        yield url


def _insert(table: str, **values) -> int:
    """A row written as the code of revision 0005 wrote it (the tables as they were then)."""
    meta = MetaData()
    meta.reflect(db.get_engine(), only=[table])
    with db.get_engine().begin() as conn:
        return conn.execute(insert(meta.tables[table]).values(**values)).inserted_primary_key[0]


def _summary(learner: int, lesson: str, completed_at, mastered_at=None) -> None:
    _insert("lesson_progress", learner_id=learner, lesson_id=lesson, current_step=3, furthest_step=3, total_steps=4,
            progress=1.0, time_spent_seconds=60, best_score=None, completed_at=completed_at, mastered_at=mastered_at,
            content_version=VERSION, updated_at=completed_at)


def _try(learner: int, lesson: str, finished_at, score, n: int) -> int:
    started = (finished_at or db.utcnow()) - timedelta(minutes=5)
    return _insert("quiz_try", learner_id=learner, lesson_id=lesson, quiz_id=f"{lesson}-quiz", started_at=started,
                   finished_at=finished_at, score=score, mastery_threshold=0.8, tries_per_question=2,
                   question_count=5, content_version=VERSION, shuffle_seed=1, idempotency_key=f"try-{n}")


def test_summaries_are_judged_again_and_answers_get_a_response_and_a_score(at_0005):
    now = db.utcnow().replace(microsecond=0)
    t0, t1, t2, t3 = (now - timedelta(hours=h) for h in (10, 8, 6, 4))
    learner = _insert("learner", display_name="", locale="ar", failed_logins=0, created_at=t0, last_active_at=now)
    # tapped through every card, never finished the quiz: the old rule called that completed
    _summary(learner, "tapped", completed_at=t0)
    _try(learner, "tapped", None, None, 1)
    # failed once, then passed at exactly the threshold (4/5 against 0.8, give or take rounding)
    _summary(learner, "passed", completed_at=t0, mastered_at=t3)
    failed = _try(learner, "passed", t1, 0.4, 2)
    _try(learner, "passed", t3, 4 / 5, 3)
    # finished, never passed
    _summary(learner, "failed", completed_at=t0)
    _try(learner, "failed", t2, 0.2, 4)
    for attempt, chosen, correct in ((1, ["a", "c"], False), (2, ["b"], True)):
        _insert("answer", learner_id=learner, try_id=failed, lesson_id="passed", quiz_id="passed-quiz",
                question_id="q1", chosen=chosen, correct=correct, hint_used=False, attempt=attempt,
                content_version=VERSION, answered_at=t1, idempotency_key=f"answer-{attempt}")

    db.upgrade()

    summaries = lesson_progress(learner)
    assert (summaries["tapped"].completed_at, summaries["tapped"].mastered_at) == (None, None)
    assert (summaries["passed"].completed_at, summaries["passed"].mastered_at) == (t1, t3)
    assert (summaries["failed"].completed_at, summaries["failed"].mastered_at) == (t2, None)
    assert summaries["tapped"].progress == 1.0  # the cards seen are still seen
    answers = quiz_state(failed).answers
    assert [(a.response, a.score, a.correct) for a in answers] == [(("a", "c"), 0.0, False), (("b",), 1.0, True)]
