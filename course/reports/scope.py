"""Which learner an educator may report on, checked inside the report's own read unit.

Classes are checked with ``course.store.access.owned_class``.

``as_educator=None`` means no check, as everywhere in the store (the CLI, admin tools); the
dashboard always passes the signed-in educator.
"""
from __future__ import annotations

from sqlalchemy.orm import Session

from course.store.access import owned_class
from course.store.errors import NotAllowed, NotFound
from course.store.models import Learner


def learner_in_scope(s: Session, learner_id: int, as_educator: int | None) -> Learner:
    """The learner, without the row lock ``access.owned_learner`` takes: a report only reads."""
    learner = s.get(Learner, learner_id)
    if learner is None:
        raise NotFound(f"learner {learner_id}")
    if as_educator is not None:
        if learner.class_id is None:  # guests belong to no educator
            raise NotAllowed(f"learner {learner_id} is not in your classes")
        try:
            owned_class(s, learner.class_id, as_educator)
        except NotAllowed:
            raise NotAllowed(f"learner {learner_id} is not in your classes") from None
    return learner
