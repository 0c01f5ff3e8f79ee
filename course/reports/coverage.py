"""Risk coverage: for each of the four Cs, the lessons that cover it and how many learners of the
class completed at least one of them. Three queries whatever the class size.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import case, func, literal, select

from course.content.model import RISKS  # a constant: no content is loaded
from course.reports.catalogue import lesson_ids as _lesson_ids
from course.reports.status import completed, rate
from course.store import db
from course.store.access import owned_class
from course.store.models import Learner, LessonProgress


@dataclass(frozen=True)
class RiskCoverage:
    risk: str
    lesson_ids: tuple[str, ...]  # the given lessons that cover it, in their order
    learners_completed: int  # completed at least one of them
    learners: int  # in the class

    @property
    def rate(self) -> float:
        return rate(self.learners_completed, self.learners)

    @property
    def covered(self) -> bool:
        """Someone in the class completed a lesson on it."""
        return self.learners_completed > 0


def risk_coverage(class_id: int, lessons: Sequence[Mapping], *, as_educator: int | None) -> tuple[RiskCoverage, ...]:
    """One entry per risk, in RISKS order; ``lessons`` are catalogue dicts with their ``risks``."""
    ids = _lesson_ids(lessons)
    covering: dict[str, list[str]] = {risk: [] for risk in RISKS}
    for lesson in lessons:
        for risk in lesson.get("risks", ()):
            if risk not in covering:
                raise ValueError(f"unknown risk {risk!r}: one of {RISKS}")
            if lesson["id"] not in covering[risk]:
                covering[risk].append(lesson["id"])

    def learners_who_completed(lesson_set: list[str]):
        if not lesson_set:
            return literal(0)
        return func.count(func.distinct(case((LessonProgress.lesson_id.in_(lesson_set), LessonProgress.learner_id))))

    with db.read() as s:
        owned_class(s, class_id, as_educator)
        size = s.execute(select(func.count()).select_from(Learner).where(Learner.class_id == class_id)).scalar_one()
        counts = s.execute(
            select(*(learners_who_completed(covering[r]) for r in RISKS))
            .select_from(LessonProgress)
            .join(Learner, Learner.id == LessonProgress.learner_id)
            .where(Learner.class_id == class_id, LessonProgress.lesson_id.in_(ids), completed())
        ).one()
    return tuple(RiskCoverage(r, tuple(covering[r]), int(n), size) for r, n in zip(RISKS, counts, strict=True))
