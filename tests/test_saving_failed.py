"""When the server cannot save, the child is told so kindly, and not to check their connection.

A failed save is always the server's: the child's tap reached it (that is how it knows), so the
connection is fine. With a full disk nothing will save until someone frees space.
"""
from __future__ import annotations

import html

import pytest
from sqlalchemy import func, select

from course.l10n.bundles import plain
from course.store import db
from course.store import quizzes as store_quizzes
from course.store.errors import StorageFull
from course.store.models import Answer
from course.web import shared
from course.web.learner_state import LearnerState
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)

CONNECTION = {"en": "connection", "fr": "connexion", "ar": "الاتصال"}
TEACHER = {"en": "teacher", "fr": "enseignant", "ar": "معلّم"}
SCHOOL_COMPUTER = {"en": "school computer", "fr": "ordinateur de l'école", "ar": "حاسوب المدرسة"}


@pytest.mark.parametrize("locale", sorted(CONNECTION))
def test_the_message_says_the_school_computer_could_not_save_and_to_tell_the_teacher(locale):
    text = plain(shared.tr(locale)("status-saving-failed"))
    assert CONNECTION[locale] not in text
    assert TEACHER[locale] in text and SCHOOL_COMPUTER[locale] in text


def test_an_answer_on_a_full_disk_shows_that_message_and_loses_nothing(store, monkeypatch):  # noqa: F811
    """The store raises StorageFull for a full disk (tests/store/test_storage_full.py)."""
    from course.web.views.shell import LearnerShell

    def disk_full(*_args, **_kwargs):
        raise StorageFull("the database's disk is full")

    state = LearnerState(locale="en")
    shell = LearnerShell(state=state)
    state.choose_band("9-12")
    state.open_lesson("private-eye")
    while state.screen == "lesson":
        state.skip(state.step)  # a choice card waits for a choice or a skip
        state.next(state.step)
    question = state.run.current.question
    monkeypatch.setattr(store_quizzes, "record_answer", disk_full)
    assert state.check(question.id, question.correct_ids) is None
    assert state.saving_failed and state.run.current.question.id == question.id
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Answer)) == 0
    status = plain(html.unescape(shell._status.object))
    assert plain(shared.tr("en")("status-saving-failed")) in status and "connection" not in status
