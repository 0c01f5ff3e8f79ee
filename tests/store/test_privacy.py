"""Privacy: an educator exports one learner's data as JSON, or erases all of it."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from course.reports.needs_help import RULES, dismiss_flag
from course.store import db, privacy
from course.store.accounts import create_educator
from course.store.classes import add_learner, create_class
from course.store.errors import NotAllowed, NotFound
from course.store.models import Answer, AppliedEvent, Base, Learner, LessonProgress, NeedsHelpDismissal, QuizTry
from course.store.privacy import delete_learner, export_learner, prune_guests
from course.store.progress import create_guest, record_step
from course.store.quizzes import finish_quiz_try, record_answer, start_quiz_try

PER_LEARNER = (LessonProgress, QuizTry, Answer, AppliedEvent, NeedsHelpDismissal)


def busy_learner(class_id, name, key) -> int:
    """A learner with two lessons, a finished try and a try under way."""
    learner = add_learner(class_id, name, ("sun", "boat", "apple"))
    for lesson in ("private-eye", "be-nice"):
        for step in range(3):
            record_step(learner, lesson, step, 3, 10, "v1", key())
    done = start_quiz_try(learner, "private-eye", "private-eye-quiz", 0.8, 2, "v1", key())
    record_answer(done.id, learner, "game-asks", ["ask-adult"], True, False, 1, "v1", key())
    finish_quiz_try(done.id, key())
    going = start_quiz_try(learner, "be-nice", "be-nice-quiz", 0.8, 2, "v1", key())
    record_answer(going.id, learner, "q1", ["a"], False, True, 1, "v1", key())
    record_answer(going.id, learner, "q1", ["b"], True, False, 2, "v1", key())
    return learner


def counts(learner_id) -> dict[str, int]:
    with db.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m).where(m.learner_id == learner_id))
                for m in PER_LEARNER}


@pytest.fixture
def setting(store, key):
    teacher = create_educator("mariam", "correct horse battery", "Ms Mariam")
    klass = create_class(teacher, "Grade 4")
    omar, layla = busy_learner(klass.id, "Omar", key), busy_learner(klass.id, "Layla", key)
    for learner in (omar, layla):
        dismiss_flag(learner, RULES[0], as_educator=teacher)  # the educator hid a needs-help flag
    return teacher, klass, omar, layla


def test_the_export_holds_every_row_about_the_learner(setting):
    """Each table's rows for the learner are all in the export, which is plain JSON."""
    teacher, klass, omar, _ = setting
    data = json.loads(json.dumps(export_learner(omar, as_educator=teacher)))
    assert data["learner"]["display_name"] == "Omar" and data["class"]["name"] == "Grade 4"
    exported = {"lesson_progress": len(data["lesson_progress"]), "quiz_try": len(data["quiz_tries"]),
                "answer": len(data["answers"]), "applied_event": len(data["events"]),
                "needs_help_dismissal": len(data["needs_help_dismissals"])}
    assert exported == counts(omar) == {"lesson_progress": 2, "quiz_try": 2, "answer": 3, "applied_event": 7,
                                        "needs_help_dismissal": 1}
    assert {a["learner_id"] for a in data["answers"]} == {omar}
    assert data["needs_help_dismissals"][0]["rule"] == RULES[0]


def test_every_table_that_names_a_learner_is_in_the_export():
    """A new table with a learner_id must be added to the export (and is erased by the cascade)."""
    naming = {table.name for table in Base.metadata.tables.values()
              for column in table.columns for fk in column.foreign_keys if fk.target_fullname == "learner.id"}
    assert naming == {model.__tablename__ for _key, model, _order in privacy.PER_LEARNER}


def test_the_export_carries_no_secrets(setting):
    _, _, omar, _ = setting
    text = json.dumps(export_learner(omar))
    assert "picture_password_hash" not in text and "hmac-sha256" not in text


def test_deleting_a_learner_leaves_nothing_about_them(setting):
    """After delete_learner no row anywhere names them, and the classmate keeps everything."""
    teacher, _, omar, layla = setting
    before = counts(layla)
    delete_learner(omar, as_educator=teacher)
    assert counts(omar) == {m.__tablename__: 0 for m in PER_LEARNER}
    with db.read() as s:
        assert s.get(Learner, omar) is None
    assert counts(layla) == before
    with pytest.raises(NotFound):
        export_learner(omar)


def test_another_educator_can_neither_export_nor_delete(setting):
    _, _, omar, _ = setting
    stranger = create_educator("omar", "correct horse battery", "Mr Omar")
    with pytest.raises(NotAllowed):
        export_learner(omar, as_educator=stranger)
    with pytest.raises(NotAllowed):
        delete_learner(omar, as_educator=stranger)


def test_idle_guests_are_pruned_with_their_progress(store, key):
    """Guests not seen for the given time go, with every row about them; class learners stay."""
    guest, _ = create_guest()
    record_step(guest, "private-eye", 0, 3, 5, "v1", key())
    assert prune_guests(timedelta(days=1)) == 0
    assert prune_guests(timedelta(0)) == 1
    assert counts(guest)["lesson_progress"] == 0
