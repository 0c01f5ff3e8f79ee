"""An educator's actions without a browser: what takes a confirmation is confirmed on the server.

The confirm buttons are only hidden in the page; a page can send a press on one without ever
showing it. Archiving a class and deleting a learner must happen only after the first press
asked for exactly that class or learner.
"""
from __future__ import annotations

import pytest

from course.store import accounts, classes
from course.web.educator_state import EducatorState
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)


@pytest.fixture
def school(store):  # noqa: F811
    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    klass = classes.create_class(teacher, "4A")
    other = classes.create_class(teacher, "4B")
    layla = classes.add_learner(klass.id, "Layla", ("camel", "moon", "star"), as_educator=teacher)
    omar = classes.add_learner(klass.id, "Omar", ("sun", "boat", "apple"), as_educator=teacher)
    state = EducatorState(educator_id=teacher, locale="en")
    state.choose_class(klass.id)
    return state, klass, other, layla, omar


def names(state: EducatorState) -> set[str]:
    return {learner.display_name for learner in state.learners()}


def archived(class_id: int) -> bool:
    return classes.class_info(class_id).archived_at is not None


def test_a_confirm_press_with_nothing_asked_archives_nothing(school):
    state, klass, *_ = school
    state.archive()
    assert not archived(klass.id) and state.class_id == klass.id


def test_archive_then_confirm_archives_the_class(school):
    state, klass, *_ = school
    state.ask_archive()
    assert not archived(klass.id)
    state.archive()
    assert archived(klass.id) and state.pending is None
    assert state.notice[0] == "edu-class-archived"


def test_a_confirmation_is_for_the_class_it_was_asked_on(school):
    """Archive pressed on 4A, then the educator moves to 4B: the confirm press does not archive 4B."""
    state, klass, other, *_ = school
    state.ask_archive()
    state.choose_class(other.id)
    state.archive()
    assert not archived(klass.id) and not archived(other.id)


def test_a_confirmation_is_used_once(school):
    state, klass, other, *_ = school
    state.ask_archive()
    state.archive()
    state.choose_class(other.id)
    state.archive()
    assert archived(klass.id) and not archived(other.id)


def test_a_delete_confirm_with_nothing_asked_deletes_nobody(school):
    state, _klass, _other, layla, _omar = school
    state.delete(layla, "Layla")
    assert names(state) == {"Layla", "Omar"}


def test_delete_then_confirm_deletes_that_learner_only(school):
    state, _klass, _other, layla, omar = school
    state.ask_delete(layla)
    state.delete(omar, "Omar")  # a confirm press for another row: nothing
    assert names(state) == {"Layla", "Omar"}
    state.delete(layla, "Layla")
    assert names(state) == {"Omar"} and state.notice[0] == "edu-learner-deleted"
    state.delete(omar, "Omar")  # the confirmation was used
    assert names(state) == {"Omar"}


def test_asking_to_delete_one_learner_then_another_confirms_only_the_last(school):
    state, _klass, _other, layla, omar = school
    state.ask_delete(layla)
    state.ask_delete(omar)
    state.delete(layla, "Layla")
    assert names(state) == {"Layla", "Omar"}
    state.delete(omar, "Omar")
    assert names(state) == {"Layla"}


def test_the_page_shows_only_the_confirm_button_of_what_is_pending(school):
    import json

    from course.web.views.educator_classes import ClassesView

    state, klass, _other, layla, omar = school
    view = ClassesView(state=state)

    def confirms() -> set[int]:
        return {int(row["key"]) for row in json.loads(view._list.rows)["rows"]
                if any(b["act"] == "delete-confirm" for b in row["buttons"])}

    assert not view._archive_confirm.visible and confirms() == set()
    state.ask_delete(layla)
    assert confirms() == {layla} and not view._archive_confirm.visible
    state.ask_archive()
    assert view._archive_confirm.visible and confirms() == set()
    state.archive()
    assert not view._archive_confirm.visible and archived(klass.id)


def test_a_press_in_the_list_acts_only_on_a_learner_of_the_page_shown(school):
    from course.web.views.educator_classes import ClassesView

    state, klass, other, layla, omar = school
    stranger = classes.add_learner(other.id, "Stranger", None)  # this teacher's, another class
    view = ClassesView(state=state)
    for forged in ({"act": "delete", "key": str(stranger)}, {"act": "delete", "key": layla},
                   {"act": "drop-table", "key": str(layla)}, {"act": "delete", "key": f"{layla} "},
                   ["delete", str(layla)], {"act": "delete", "key": str(layla), "extra": 1},
                   {"act": "delete-confirm", "key": str(layla)}):  # a confirmation nobody asked for
        view._list._handle_msg(forged)
        assert state.pending is None and names(state) == {"Layla", "Omar"}, forged
    view._list._handle_msg({"act": "delete", "key": str(layla)})
    assert state.pending == ("delete", layla)
    view._list._handle_msg({"act": "delete-confirm", "key": str(omar)})  # not the one asked: nothing
    assert names(state) == {"Layla", "Omar"}
    view._list._handle_msg({"act": "delete-confirm", "key": str(layla)})
    assert names(state) == {"Omar"}
