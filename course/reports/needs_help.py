"""Needs-help flags: which learners may need the educator, and the rule that says so, as data.

A flag carries its rule id and parameters (say, the lesson and how many tries failed) so that the
dashboard words it in the educator's language. Rules:

- ``failed-quiz-twice``: at least two finished tries of one quiz below its mastery threshold, and
  the lesson not mastered since.
- ``stuck-on-card``: a lesson in progress whose card has not moved for ``stuck_days`` while the
  learner was active since (elsewhere in the app). A learner who simply stayed away is not stuck:
  the overview shows their last active time.
- ``many-wrong-first-tries``: of the learner's last ``recent`` first attempts, at least
  ``wrong_share`` wrong (and at least ``min_answers`` of them).

Dismissing hides a learner's flags of one rule until newer evidence arrives: every flag has an
``evidence_at`` (the last failed try, the card's last move, the last wrong first attempt), and a
flag shows only when that is later than the dismissal. Five queries whatever the class size.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, exists, func, select

from course.reports.catalogue import lesson_ids as _lesson_ids
from course.store import db
from course.store.access import owned_class, owned_learner
from course.store.mastery import passes_sql
from course.store.models import Answer, Learner, LessonProgress, NeedsHelpDismissal, QuizTry

FAILED_TWICE = "failed-quiz-twice"
STUCK = "stuck-on-card"
MANY_WRONG = "many-wrong-first-tries"
RULES = (FAILED_TWICE, STUCK, MANY_WRONG)

STUCK_DAYS = 7
FAILURES = 2
RECENT_FIRST_ATTEMPTS = 10
MIN_FIRST_ATTEMPTS = 6
WRONG_SHARE = 0.5


@dataclass(frozen=True)
class Flag:
    learner_id: int
    display_name: str
    rule: str
    evidence_at: datetime
    # Rule parameters for the message: lesson_id, quiz_id, failed, best_score (failed-quiz-twice);
    # lesson_id, card (from 1), cards, days (stuck-on-card); wrong, answered (many-wrong-first-tries).
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class NeedsHelp:
    class_id: int
    flags: tuple[Flag, ...]  # learner by learner (by name), rules in RULES order
    hidden: int  # flags dismissed and not raised again since

    def by_learner(self) -> dict[int, tuple[Flag, ...]]:
        out: dict[int, list[Flag]] = {}
        for f in self.flags:
            out.setdefault(f.learner_id, []).append(f)
        return {k: tuple(v) for k, v in out.items()}


def needs_help(class_id: int, lessons: Sequence[Mapping], *, as_educator: int | None,
               now: datetime | None = None, stuck_days: int = STUCK_DAYS, failures: int = FAILURES,
               recent: int = RECENT_FIRST_ATTEMPTS, min_answers: int = MIN_FIRST_ATTEMPTS,
               wrong_share: float = WRONG_SHARE) -> NeedsHelp:
    """The class's flags over ``lessons`` (catalogue dicts), those dismissed left out."""
    if not 0 < wrong_share <= 1 or min(failures, min_answers, recent, stuck_days) < 1:
        raise ValueError("wrong_share is in (0, 1]; failures, min_answers, recent and stuck_days at least 1")
    ids = _lesson_ids(lessons)
    now = now or db.utcnow()
    in_class = Learner.class_id == class_id
    with db.read() as s:
        owned_class(s, class_id, as_educator)
        flags = (_failed(s, in_class, ids, failures) + _stuck(s, in_class, ids, now, stuck_days)
                 + _many_wrong(s, in_class, ids, recent, min_answers, wrong_share))
        dismissed = {(lid, rule): at for lid, rule, at in s.execute(
            select(NeedsHelpDismissal.learner_id, NeedsHelpDismissal.rule, NeedsHelpDismissal.dismissed_at)
            .join(Learner, Learner.id == NeedsHelpDismissal.learner_id).where(in_class))}
    shown = [f for f in flags if _raised_since(f, dismissed.get((f.learner_id, f.rule)))]
    shown.sort(key=lambda f: (f.display_name.casefold(), f.learner_id, RULES.index(f.rule),
                              str(f.params.get("lesson_id", ""))))
    return NeedsHelp(class_id, tuple(shown), len(flags) - len(shown))


def _raised_since(flag: Flag, dismissed_at: datetime | None) -> bool:
    return dismissed_at is None or flag.evidence_at > dismissed_at


def _failed(s, in_class, ids: list[str], failures: int) -> list[Flag]:
    mastered_since = exists().where(LessonProgress.learner_id == QuizTry.learner_id,
                                    LessonProgress.lesson_id == QuizTry.lesson_id,
                                    LessonProgress.mastered_at.isnot(None))
    rows = s.execute(
        select(QuizTry.learner_id, Learner.display_name, QuizTry.lesson_id, QuizTry.quiz_id,
               func.count(), func.max(QuizTry.finished_at), func.max(QuizTry.score))
        .join(Learner, Learner.id == QuizTry.learner_id)
        .where(in_class, QuizTry.lesson_id.in_(ids), QuizTry.finished_at.isnot(None),
               ~passes_sql(QuizTry.score, QuizTry.mastery_threshold), ~mastered_since)
        .group_by(QuizTry.learner_id, Learner.display_name, QuizTry.lesson_id, QuizTry.quiz_id)
        .having(func.count() >= failures))
    return [Flag(lid, name, FAILED_TWICE, last, {"lesson_id": lesson, "quiz_id": quiz, "failed": n,
                                                 "best_score": float(best)})
            for lid, name, lesson, quiz, n, last, best in rows]


def _stuck(s, in_class, ids: list[str], now: datetime, stuck_days: int) -> list[Flag]:
    rows = s.execute(
        select(LessonProgress.learner_id, Learner.display_name, LessonProgress.lesson_id,
               LessonProgress.current_step, LessonProgress.total_steps, LessonProgress.updated_at)
        .join(Learner, Learner.id == LessonProgress.learner_id)
        .where(in_class, LessonProgress.lesson_id.in_(ids),
               LessonProgress.completed_at.is_(None), LessonProgress.mastered_at.is_(None),
               LessonProgress.updated_at <= now - timedelta(days=stuck_days),
               Learner.last_active_at > LessonProgress.updated_at))
    return [Flag(lid, name, STUCK, moved, {"lesson_id": lesson, "card": step + 1, "cards": total,
                                           "days": (now - moved).days})
            for lid, name, lesson, step, total, moved in rows]


def _many_wrong(s, in_class, ids: list[str], recent: int, min_answers: int, wrong_share: float) -> list[Flag]:
    latest = (select(Answer.learner_id, Answer.correct, Answer.answered_at,
                     func.row_number().over(partition_by=Answer.learner_id,
                                            order_by=(Answer.answered_at.desc(), Answer.id.desc())).label("nth"))
              .join(Learner, Learner.id == Answer.learner_id)
              .where(in_class, Answer.lesson_id.in_(ids), Answer.attempt == 1)
              .subquery())
    wrong = func.count(case((~latest.c.correct, 1)))
    rows = s.execute(
        select(latest.c.learner_id, Learner.display_name, func.count(), wrong,
               func.max(case((~latest.c.correct, latest.c.answered_at))))
        .join(Learner, Learner.id == latest.c.learner_id)
        .where(latest.c.nth <= recent)
        .group_by(latest.c.learner_id, Learner.display_name)
        .having(and_(func.count() >= min_answers, wrong >= wrong_share * func.count())))
    return [Flag(lid, name, MANY_WRONG, last, {"wrong": n_wrong, "answered": n})
            for lid, name, n, n_wrong, last in rows]


def dismiss_flag(learner_id: int, rule: str, *, as_educator: int | None) -> datetime:
    """Hide the learner's flags of ``rule`` until something new raises one; returns the time."""
    if rule not in RULES:
        raise ValueError(f"rule is one of {RULES}")
    now = db.utcnow()
    with db.write() as s:
        # The learner's row lock orders two educators dismissing at once: no duplicate-key race.
        owned_learner(s, learner_id, as_educator)
        row = s.get(NeedsHelpDismissal, (learner_id, rule))
        if row is None:
            s.add(NeedsHelpDismissal(learner_id=learner_id, rule=rule, dismissed_at=now, dismissed_by=as_educator))
        else:
            row.dismissed_at, row.dismissed_by = now, as_educator
    return now
