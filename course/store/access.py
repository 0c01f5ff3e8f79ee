"""Who may touch what: an educator owns their classes and the learners in them, within the school
they work in; guests have no owner. Nothing of one school is seen from another (course.store.schools):
a class's school is its educator's, and an account outside any school (a ministry one) owns nothing.

The ``owned_*`` helpers run inside the caller's unit of work so the check and the change commit
together; the ``educator_owns_*`` ones are for views deciding what to show.
"""
from __future__ import annotations

from sqlalchemy.orm import Session

from course.store import db
from course.store.errors import NotAllowed, NotFound
from course.store.models import Classroom, Educator, Learner


def owned_class(s: Session, class_id: int, as_educator: int | None) -> Classroom:
    row = s.get(Classroom, class_id)
    if row is None:
        raise NotFound(f"class {class_id}")
    if as_educator is not None and not _owns_class(s, as_educator, row):
        raise NotAllowed(f"class {class_id} is not yours")
    return row


def owned_learner(s: Session, learner_id: int, as_educator: int | None) -> Learner:
    row = s.get(Learner, learner_id, with_for_update=True)
    if row is None:
        raise NotFound(f"learner {learner_id}")
    if as_educator is not None and not _owns_learner(s, as_educator, row):
        raise NotAllowed(f"learner {learner_id} is not in your classes")
    return row


def _owns_learner(s: Session, educator_id: int, learner: Learner) -> bool:
    if learner.class_id is None:
        return False  # guests belong to no educator
    classroom = s.get(Classroom, learner.class_id)
    if classroom is None:  # the foreign key cascades a class's deletion to its learners, so only on a broken database
        raise NotFound(f"class {learner.class_id}")
    return _owns_class(s, educator_id, classroom)


def _owns_class(s: Session, educator_id: int, classroom: Classroom) -> bool:
    """The one rule: the class is the educator's own, in the school they work in. A class's school
    is its educator's (schools.school_of_class), so it is in the caller's school exactly when it is
    theirs, and an account outside any school owns none."""
    if classroom.educator_id != educator_id:
        return False
    caller = s.get(Educator, educator_id)
    return caller is not None and caller.school_id is not None


def educator_owns_class(educator_id: int, class_id: int) -> bool:
    with db.read() as s:
        row = s.get(Classroom, class_id)
        return row is not None and _owns_class(s, educator_id, row)


def educator_owns_learner(educator_id: int, learner_id: int) -> bool:
    with db.read() as s:
        row = s.get(Learner, learner_id)
        return row is not None and _owns_learner(s, educator_id, row)
