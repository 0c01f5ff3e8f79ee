"""The plain values the repository hands out: frozen dataclasses, never ORM objects.

A view holding one of these cannot lazy-load, write back, or keep a session open by accident.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from course.store import models as m
from course.store.mastery import QuizResult, passes

KEY_MAX = m.KEY


def check_key(key: str) -> str:
    """Idempotency keys come from the client (a UUID is typical); bound them before they reach SQL."""
    if not isinstance(key, str) or not 1 <= len(key) <= KEY_MAX:
        raise ValueError(f"an idempotency key is a string of 1 to {KEY_MAX} characters")
    return key


@dataclass(frozen=True)
class LearnerInfo:
    id: int
    display_name: str
    class_id: int | None
    age_band: str | None
    locale: str
    country: str | None
    has_picture_password: bool
    locked_until: datetime | None
    created_at: datetime
    last_active_at: datetime
    form_of_address: str | None = None  # "f", "m" or None (not chosen)

    @property
    def is_guest(self) -> bool:
        return self.class_id is None

    @classmethod
    def of(cls, row: m.Learner) -> LearnerInfo:
        return cls(row.id, row.display_name, row.class_id, row.age_band, row.locale, row.country,
                   row.picture_password_hash is not None, row.locked_until, row.created_at,
                   row.last_active_at, row.form_of_address)


@dataclass(frozen=True)
class ClassInfo:
    id: int
    educator_id: int
    name: str
    join_code: str
    allow_self_register: bool
    country: str | None
    results_visibility: str
    archived_at: datetime | None
    created_at: datetime
    approve_new_names: bool = False
    pictures_rest_until: datetime | None = None  # picture sign-in rests until then (or the teacher opens it)

    def pictures_resting(self, now: datetime) -> bool:
        return self.pictures_rest_until is not None and self.pictures_rest_until > now

    @classmethod
    def of(cls, row: m.Classroom) -> ClassInfo:
        return cls(row.id, row.educator_id, row.name, row.join_code, row.allow_self_register,
                   row.country, row.results_visibility, row.archived_at, row.created_at,
                   row.approve_new_names, row.pictures_rest_until)


@dataclass(frozen=True)
class JoinRequestInfo:
    """A name a child added to a class, waiting for the educator's approval."""

    id: int
    class_id: int
    display_name: str
    created_at: datetime

    @classmethod
    def of(cls, row: m.JoinRequest) -> JoinRequestInfo:
        return cls(row.id, row.class_id, row.display_name, row.created_at)


@dataclass(frozen=True)
class EducatorInfo:
    id: int
    username: str
    display_name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @classmethod
    def of(cls, row: m.Educator) -> EducatorInfo:
        return cls(row.id, row.username, row.display_name, row.role)


@dataclass(frozen=True)
class ProgressSummary:
    lesson_id: str
    current_step: int
    furthest_step: int
    total_steps: int
    progress: float
    time_spent_seconds: int
    best_score: float | None
    completed_at: datetime | None
    mastered_at: datetime | None
    content_version: str
    updated_at: datetime

    @classmethod
    def of(cls, row: m.LessonProgress) -> ProgressSummary:
        return cls(row.lesson_id, row.current_step, row.furthest_step, row.total_steps, row.progress,
                   row.time_spent_seconds, row.best_score, row.completed_at, row.mastered_at,
                   row.content_version, row.updated_at)


@dataclass(frozen=True)
class TryInfo:
    id: int
    learner_id: int
    lesson_id: str
    quiz_id: str
    started_at: datetime
    finished_at: datetime | None
    score: float | None
    mastery_threshold: float
    tries_per_question: int
    question_count: int | None
    content_version: str
    shuffle_seed: int
    resumed: bool = False  # start_quiz_try handed back a try already under way

    @property
    def mastered(self) -> bool:
        return passes(self.score, self.mastery_threshold)

    @property
    def result(self) -> QuizResult | None:
        """The finished try's verdict for the results screen; None until it is finished."""
        if self.finished_at is None or self.score is None or not self.question_count:
            return None
        return QuizResult(self.score, self.mastery_threshold, self.question_count)

    @classmethod
    def of(cls, row: m.QuizTry, resumed: bool = False) -> TryInfo:
        return cls(row.id, row.learner_id, row.lesson_id, row.quiz_id, row.started_at, row.finished_at,
                   row.score, row.mastery_threshold, row.tries_per_question, row.question_count,
                   row.content_version, row.shuffle_seed, resumed)


@dataclass(frozen=True)
class AnswerInfo:
    question_id: str
    attempt: int
    chosen: tuple[str, ...]  # the response's ids, sorted
    correct: bool
    hint_used: bool
    answered_at: datetime
    response: tuple[str, ...]  # as the question kind gives it (an ordering keeps its order)
    score: float
    repeat: bool = False  # record_answer handed back an answer stored before, not the one sent

    @classmethod
    def of(cls, row: m.Answer, repeat: bool = False) -> AnswerInfo:
        return cls(row.question_id, row.attempt, tuple(row.chosen), row.correct, row.hint_used,
                   row.answered_at, tuple(row.response), row.score, repeat)


@dataclass(frozen=True)
class QuizState:
    """What a quiz screen needs to resume: the try and every answer so far, in order."""

    try_: TryInfo
    answers: tuple[AnswerInfo, ...] = field(default=())

    def attempts(self, question_id: str) -> int:
        return sum(1 for a in self.answers if a.question_id == question_id)

    def settled(self, question_id: str) -> bool:
        """Answered right, or out of tries: the quiz moves on from this question."""
        mine = [a for a in self.answers if a.question_id == question_id]
        return any(a.correct for a in mine) or len(mine) >= self.try_.tries_per_question

    def first_attempts(self) -> dict[str, bool]:
        return {a.question_id: a.correct for a in self.answers if a.attempt == 1}
