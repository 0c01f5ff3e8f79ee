"""What an educator sets for a class: the lessons assigned to it, and when learners see their results.

Lessons are content (files), so an assignment names a lesson by id; a lesson id that later leaves
the catalogue is simply skipped by whoever lists the lessons.
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from course.store import db
from course.store.access import owned_class
from course.store.classes import VISIBILITIES
from course.store.models import ID as LESSON_ID_MAX
from course.store.models import ClassAssignment, Learner


def _lesson_ids(lesson_ids: Sequence[str]) -> list[str]:
    if isinstance(lesson_ids, str):
        raise TypeError("lesson_ids is a sequence of lesson ids, not one string")
    ids = list(dict.fromkeys(lesson_ids))  # the first place of a repeated id wins
    for lesson_id in ids:
        if not isinstance(lesson_id, str) or not 1 <= len(lesson_id) <= LESSON_ID_MAX:
            raise ValueError(f"a lesson id is a string of 1 to {LESSON_ID_MAX} characters")
    return ids


def assign_lessons(class_id: int, lesson_ids: Sequence[str], *, as_educator: int | None) -> tuple[str, ...]:
    """Make ``lesson_ids``, in this order, the class's assigned lessons (an empty list clears them).

    The whole list is replaced in one unit of work, so the learner app never sees half an edit.
    Lessons kept from the previous list keep their ``assigned_at``.
    """
    ids = _lesson_ids(lesson_ids)
    with db.write() as s:
        owned_class(s, class_id, as_educator)
        old = {a.lesson_id: a for a in s.scalars(select(ClassAssignment).where(ClassAssignment.class_id == class_id))}
        for lesson_id, row in old.items():
            if lesson_id not in ids:
                s.delete(row)
        for position, lesson_id in enumerate(ids):
            kept = old.get(lesson_id)
            if kept is None:
                s.add(ClassAssignment(class_id=class_id, lesson_id=lesson_id, position=position))
            else:
                kept.position = position
    return tuple(ids)


def assigned_lessons(class_id: int) -> tuple[str, ...]:
    """The class's assigned lesson ids in the educator's order (for the learner app: these first)."""
    with db.read() as s:
        return tuple(s.scalars(select(ClassAssignment.lesson_id).where(ClassAssignment.class_id == class_id)
                               .order_by(ClassAssignment.position)))


def assigned_lessons_for_learner(learner_id: int) -> tuple[str, ...]:
    """The lessons assigned to the learner's class; none for a guest."""
    with db.read() as s:
        query = (select(ClassAssignment.lesson_id)
                 .join(Learner, Learner.class_id == ClassAssignment.class_id)
                 .where(Learner.id == learner_id).order_by(ClassAssignment.position))
        return tuple(s.scalars(query))


def set_results_visibility(class_id: int, value: str, *, as_educator: int | None) -> None:
    """'learner': learners see their own quiz results; 'educator': only the educator does."""
    if value not in VISIBILITIES:
        raise ValueError(f"results visibility is one of {VISIBILITIES}")
    with db.write() as s:
        owned_class(s, class_id, as_educator).results_visibility = value
