"""`course demo`: a demo school with realistic progress, so a newcomer sees a living dashboard at once.

It goes through the same repository functions as the app (steps, tries, answers are recorded
exactly as children would make them), then spreads the timestamps over the last two weeks.
The lessons come in as plain dicts, so this module does not depend on the content loader:

    {"id": "private-eye", "quiz_id": "private-eye-quiz", "version": "3f2a…", "steps": 6,
     "mastery": 0.8, "tries_per_question": 2, "track": "9-12",            # track optional
     "questions": [{"id": "game-asks", "options": ["answer-all", "ask-adult"], "correct": ["ask-adult"]}]}
"""
from __future__ import annotations

import random
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import Engine, exists, select

from course.store import db, schools
from course.store.accounts import create_educator
from course.store.classes import add_learner, create_class
from course.store.errors import NotFound, StoreError
from course.store.models import Answer, Classroom, Educator, Learner, LessonProgress, QuizTry, School, ServerState
from course.store.progress import record_step
from course.store.quizzes import finish_quiz_try, record_answer, start_quiz_try

MARKER = "demo"
USERNAME = "demo"
PICTURES = ("camel", "moon", "star")  # every demo child's picture password, printed for trying it out
NAMES = (
    "مريم", "ليلى", "سارة", "نور", "فاطمة", "زينب", "هدى", "ريم", "سلمى", "آمنة",
    "جنى", "لين", "رهف", "دانة", "ملك", "يارا", "تالا", "حلا", "شهد", "رزان",
    "عمر", "يوسف", "أحمد", "علي", "خالد", "حسن", "محمد", "إبراهيم", "سليم", "كريم",
    "زياد", "آدم", "طارق", "سامي", "فارس", "ماجد", "رامي", "بلال", "حمزة", "أنس",
)
# The demo's school: a real school row (the tenant its teacher and classes belong to), in Jordan as
# its classes always were; the region is as a ministry would name it.
SCHOOL = ("مدرسة الأمل", "JO", "عمّان")
CLASSES = (("الصف الرابع أ", "9-12", 22), ("الصف الثامن ب", "13-18", 18))


class DemoRefused(StoreError):
    """The database already holds data (real, or an earlier demo)."""


@dataclass(frozen=True)
class DemoSeed:
    username: str
    password: str
    pictures: tuple[str, ...]
    classes: tuple[tuple[str, str], ...]  # (name, join code)
    learners: int

    def describe(self) -> str:
        lines = [f"Demo educator: {self.username} / {self.password}",
                 f"Every demo learner's picture password: {' '.join(self.pictures)}"]
        lines += [f"Class {name}: join code {code}" for name, code in self.classes]
        return "\n".join(lines)


def _claim(s) -> None:
    if s.get(ServerState, MARKER) is not None:
        raise DemoRefused("this database already holds the demo; use a fresh data directory to seed again")
    if s.scalar(select(exists().where(Educator.id.isnot(None)))) or \
            s.scalar(select(exists().where(Learner.id.isnot(None)))):
        raise DemoRefused("this database holds real data; the demo only seeds an empty database")
    s.add(ServerState(name=MARKER, value="1"))


def is_demo() -> bool:
    with db.read() as s:
        return s.get(ServerState, MARKER) is not None


def seed_demo(engine_or_url: Engine | str | None, catalogue_lessons: Iterable[Mapping], *,
              seed: int | None = None) -> DemoSeed:
    """Seed one educator, two classes and 40 learners; DemoRefused on a database with data in it."""
    lessons = list(catalogue_lessons)
    if not lessons:
        raise ValueError("the demo needs at least one lesson")
    db.configure(engine_or_url)
    db.ensure_schema()
    with db.write() as s:  # the marker first, in one unit: two demo runs at once cannot both pass
        _claim(s)
    rng = random.Random(seed)
    password = secrets.token_urlsafe(9)
    name, country, region = SCHOOL
    school = schools.create_school(name, country=country, region=region, as_ministry=None)
    teacher = create_educator(USERNAME, password, "المعلّمة مريم", school_id=school.id)
    made, names = [], iter(NAMES)
    for class_name, band, size in CLASSES:
        klass = create_class(teacher, class_name, country="JO")
        made.append((klass.name, klass.join_code))
        own = [x for x in lessons if x.get("track") in (None, band)] or lessons
        for _ in range(size):
            learner = add_learner(klass.id, next(names), PICTURES, age_band=band)
            _live(rng, learner, own)
            _age(rng, learner)
    with db.write() as s:  # the school predates its children's history
        for row in [s.get(Educator, teacher), s.get(School, school.id), *s.scalars(select(Classroom))]:
            row.created_at -= timedelta(days=16)
    return DemoSeed(USERNAME, password, PICTURES, tuple(made), sum(size for *_, size in CLASSES))


def _key() -> str:
    return secrets.token_hex(16)


def _live(rng: random.Random, learner: int, lessons: list[Mapping]) -> None:
    """A child's history: some lessons done and mastered, one under way, the rest not started."""
    skill = rng.uniform(0.45, 0.98)
    reached = rng.randint(0, len(lessons))
    for lesson in lessons[:reached]:
        steps = int(lesson["steps"])
        last = steps - 1 if rng.random() < 0.8 else rng.randrange(steps)
        for step in range(last + 1):
            record_step(learner, lesson["id"], step, steps, rng.randint(8, 70), lesson["version"], _key())
        if last == steps - 1 and rng.random() < 0.85:
            _take_quiz(rng, learner, lesson, skill, finish=rng.random() < 0.9)
    if reached < len(lessons) and rng.random() < 0.5:  # half-way through the next lesson
        lesson = lessons[reached]
        steps = int(lesson["steps"])
        for step in range(rng.randrange(max(steps - 1, 1))):
            record_step(learner, lesson["id"], step, steps, rng.randint(8, 70), lesson["version"], _key())


def _take_quiz(rng: random.Random, learner: int, lesson: Mapping, skill: float, finish: bool) -> None:
    questions = lesson["questions"]
    t = start_quiz_try(learner, lesson["id"], lesson["quiz_id"], float(lesson.get("mastery", 0.8)),
                       int(lesson.get("tries_per_question", 2)), lesson["version"], _key(),
                       question_count=len(questions))
    answered = questions if finish else questions[: rng.randrange(len(questions))]
    for q in answered:
        for attempt in range(1, t.tries_per_question + 1):
            right = rng.random() < (skill if attempt == 1 else 0.8)
            chosen = _choice(rng, q, right)
            record_answer(t.id, learner, q["id"], chosen, right, rng.random() < 0.15, attempt,
                          lesson["version"], _key())
            if right:
                break
    if finish:
        finish_quiz_try(t.id, _key(), learner_id=learner)


def _choice(rng: random.Random, question: Mapping, right: bool) -> list[str]:
    correct = list(question["correct"])
    if right:
        return sorted(correct)
    wrong = [o for o in question["options"] if o not in correct]
    if not wrong:  # every option is correct: a wrong answer leaves one out
        return sorted(correct[:-1])
    # One wrong option, with some of the right ones for "select all that apply" questions.
    return sorted(rng.sample(wrong, 1) + rng.sample(correct, rng.randrange(len(correct))))


# When children use the app at school: Sunday to Thursday (the school week in most of the Arab
# region), 08:00 to 14:00 on the school server's clock, which is also the clock the dashboard
# shows times in. Demo children active at 00:23 and 03:36 made the demo look wrong (issue 16).
SCHOOL_DAYS = (6, 0, 1, 2, 3)  # datetime.weekday(): Sunday, Monday ... Thursday
SCHOOL_OPENS, SCHOOL_HOURS = time(8), 6


def school_moment(rng: random.Random, now: datetime) -> datetime:
    """A moment of a school day in the two weeks before ``now`` (aware, in the school's zone), and
    before it: during school hours of a past school day, or of today if school has begun."""
    while True:
        day = now.date() - timedelta(days=rng.randint(0, 14))
        opens = datetime.combine(day, SCHOOL_OPENS, tzinfo=now.tzinfo)
        moment = opens + timedelta(minutes=rng.uniform(5, SCHOOL_HOURS * 60 - 30))
        if day.weekday() in SCHOOL_DAYS and moment < now:
            return moment


def _age(rng: random.Random, learner: int) -> None:
    """Move the learner's history back by up to two weeks, keeping its order, for a lived-in look:
    their last activity lands in school hours (``school_moment``), what came before just before it."""
    now = db.utcnow()
    shift = now - school_moment(rng, now.astimezone())
    with db.write() as s:
        row = s.get(Learner, learner)
        if row is None:  # add_learner made it a moment ago; only a concurrent deletion removes it
            raise NotFound(f"learner {learner}")
        row.created_at -= shift + timedelta(days=1)
        row.last_active_at -= shift
        for a in s.scalars(select(Answer).where(Answer.learner_id == learner)):
            a.answered_at -= shift
        for t in s.scalars(select(QuizTry).where(QuizTry.learner_id == learner)):
            t.started_at -= shift
            t.finished_at = t.finished_at and t.finished_at - shift
        for p in s.scalars(select(LessonProgress).where(LessonProgress.learner_id == learner)):
            p.updated_at -= shift
            p.completed_at = p.completed_at and p.completed_at - shift
            p.mastered_at = p.mastered_at and p.mastered_at - shift


def lesson_dicts(entries: Iterable) -> list[dict]:
    """The dicts seed_demo takes, from catalogue entries (anything with .lesson, .quiz, .version)."""
    return [{
        "id": e.lesson.id, "quiz_id": e.quiz.id, "version": e.version, "track": e.lesson.track,
        "steps": len(e.lesson.steps), "mastery": e.quiz.mastery,
        "tries_per_question": e.quiz.tries_per_question,
        "questions": [{"id": q.id, "options": list(q.option_ids), "correct": sorted(q.correct_ids)}
                      for q in e.quiz.questions],
    } for e in entries]
