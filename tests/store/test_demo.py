"""`course demo`: a lived-in school on an empty database, and never on top of real data."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from course.store import db
from course.store.accounts import LoginResult, create_educator, verify_educator_login
from course.store.classes import SignInResult, learners_in_class, verify_picture_password
from course.store.demo import DemoRefused, is_demo, lesson_dicts, seed_demo
from course.store.models import Answer, LessonProgress
from course.store.progress import class_progress

LESSONS = [
    {"id": "private-eye", "quiz_id": "private-eye-quiz", "version": "v1", "steps": 6, "mastery": 0.8,
     "tries_per_question": 2, "questions": [
         {"id": "which-private", "options": ["address", "favourite-colour", "password", "school"],
          "correct": ["address", "password", "school"]},
         {"id": "game-asks", "options": ["answer-all", "ask-adult", "fake-address"], "correct": ["ask-adult"]},
         {"id": "only-friends", "options": ["true", "false"], "correct": ["false"]},
         {"id": "tell-adult", "options": ["true", "false"], "correct": ["true"]},
     ]},
    {"id": "be-nice", "quiz_id": "be-nice-quiz", "version": "v2", "steps": 5, "mastery": 0.75,
     "tries_per_question": 2, "questions": [
         {"id": f"q{i}", "options": ["a", "b", "c"], "correct": ["b"]} for i in range(4)]},
]


def test_the_demo_seeds_a_living_school(store):
    """One educator who can sign in, two classes, 40 learners, some mastered, some under way."""
    seed = seed_demo(store, LESSONS, seed=1)
    assert is_demo() and seed.learners == 40 and len(seed.classes) == 2
    assert verify_educator_login(seed.username, seed.password).result is LoginResult.OK
    assert seed.password in seed.describe()
    rosters = [learners_in_class(code) for _, code in seed.classes]
    assert sum(len(r.learners) for r in rosters) == 40
    someone = rosters[0].learners[0].learner_id
    assert verify_picture_password(seed.classes[0][1], someone, seed.pictures).result is SignInResult.OK
    with db.read() as s:
        first_wrong = s.scalar(select(func.count()).where(Answer.attempt == 1, Answer.correct.is_(False)))
        retried = s.scalar(select(func.count()).where(Answer.attempt == 2))
        mastered = s.scalar(select(func.count()).where(LessonProgress.mastered_at.isnot(None)))
        in_progress = s.scalar(select(func.count()).where(LessonProgress.completed_at.is_(None)))
    assert first_wrong > 0 and retried > 0 and mastered > 0 and in_progress > 0
    assert len(class_progress(rosters[0].class_id)) == len(rosters[0].learners)


def test_the_demo_refuses_a_database_with_real_data(store):
    create_educator("mariam", "correct horse battery", "Ms Mariam")
    with pytest.raises(DemoRefused):
        seed_demo(store, LESSONS)
    assert not is_demo()


def test_the_demo_runs_once(store):
    seed_demo(store, LESSONS, seed=2)
    with pytest.raises(DemoRefused):
        seed_demo(store, LESSONS)


def test_lesson_dicts_read_the_real_catalogue():
    """The adapter from catalogue entries gives what seed_demo needs for every real lesson."""
    report = pytest.importorskip("course.content.report")
    root = Path(__file__).resolve().parents[2]
    entries = report.load_content(root).catalogue.entries
    dicts = lesson_dicts(entries)
    assert dicts and {d["id"] for d in dicts} == {e.id for e in entries}
    for d in dicts:
        assert d["steps"] >= 1 and d["questions"]
        assert all(set(q["correct"]) <= set(q["options"]) for q in d["questions"])


def test_demo_children_were_active_in_school_hours(store):
    """Issue 16, item 8: Sunday to Thursday, 08:00 to 14:00 on the server's clock (not 00:23)."""
    from course.store.demo import SCHOOL_DAYS
    from course.store.models import Learner

    seed_demo(store, LESSONS, seed=4)
    with db.read() as s:
        moments = [*s.scalars(select(Learner.last_active_at)), *s.scalars(select(Answer.answered_at)),
                   *s.scalars(select(LessonProgress.updated_at))]
    local = [m.astimezone() for m in moments]
    assert len(local) > 40
    assert all(8 <= m.hour < 14 and m.weekday() in SCHOOL_DAYS for m in local), sorted(
        {(m.strftime("%a %H:%M")) for m in local if not (8 <= m.hour < 14 and m.weekday() in SCHOOL_DAYS)})[:5]


@pytest.mark.parametrize("now", ["2026-12-04 07:00", "2026-12-06 12:00", "2026-12-03 23:59"])
def test_a_school_moment_is_a_school_hour_before_now(now):
    import random
    from datetime import UTC, datetime

    from course.store.demo import SCHOOL_DAYS, school_moment

    at = datetime.fromisoformat(now).replace(tzinfo=UTC)
    for seed in range(200):
        moment = school_moment(random.Random(seed), at)
        assert moment < at and (at - moment).days <= 14
        assert moment.weekday() in SCHOOL_DAYS and 8 <= moment.hour < 14
