"""Classes and children's sign-in: join code, name, pictures; lockouts; who owns what."""
from __future__ import annotations

from datetime import timedelta

import pytest

from course.store import classes
from course.store.access import educator_owns_class, educator_owns_learner
from course.store.accounts import create_educator
from course.store.classes import (
    CODE_LENGTH,
    JOIN_ALPHABET,
    SignIn,
    SignInResult,
    add_learner,
    archive_class,
    classes_of,
    create_class,
    learners_in_class,
    learners_of_class,
    regenerate_join_code,
    reset_learner_lock,
    self_register,
    set_picture_password,
    verify_picture_password,
)
from course.store.errors import NotAllowed
from course.store.progress import create_guest, lesson_progress, record_step
from course.store.quizzes import current_try, quiz_state, record_answer, start_quiz_try

PICS = ("camel", "moon", "fish")
WRONG = ("camel", "moon", "cat")


@pytest.fixture
def teacher(store):
    return create_educator("mariam", "correct horse battery", "Ms Mariam")


@pytest.fixture
def klass(teacher):
    return create_class(teacher, "Grade 4 B", country="JO")


def test_join_codes_use_only_unambiguous_characters(teacher):
    """Six characters, none of 0 O 1 I L, and different for each class."""
    codes = {create_class(teacher, f"Class {i}").join_code for i in range(20)}
    assert len(codes) == 20
    for code in codes:
        assert len(code) == CODE_LENGTH and set(code) <= set(JOIN_ALPHABET)
        assert not set(code) & set("0O1IL")


def test_a_regenerated_code_replaces_the_old_one(klass):
    """After regenerating, the old code finds nothing and the new one finds the class."""
    new = regenerate_join_code(klass.id)
    assert new != klass.join_code
    assert learners_in_class(klass.join_code) is None
    assert learners_in_class(new).class_id == klass.id


def test_the_picker_lists_names_only(klass):
    """A good code (typed in any case, with spaces) shows the class's names in order."""
    add_learner(klass.id, "Yousef", PICS)
    add_learner(klass.id, "Layla", None)
    roster = learners_in_class(" " + klass.join_code.lower()[:3] + " " + klass.join_code.lower()[3:])
    assert roster.class_name == "Grade 4 B"
    assert [(e.display_name, e.has_picture_password) for e in roster.learners] == [
        ("Layla", False), ("Yousef", True)]


def test_learners_have_a_display_name_only(klass):
    """Two learners of one class cannot share a name; the class's country is copied."""
    learner = add_learner(klass.id, "Omar", PICS, age_band="9-12")
    with pytest.raises(ValueError):
        add_learner(klass.id, "Omar", PICS)
    info = learners_of_class(klass.id)[0]
    assert (info.id, info.display_name, info.country, info.age_band) == (learner, "Omar", "JO", "9-12")


def test_the_right_pictures_sign_a_child_in(klass):
    learner = add_learner(klass.id, "Omar", PICS)
    assert verify_picture_password(klass.join_code, learner, list(PICS)).result is SignInResult.OK


def test_wrong_code_wrong_pictures_and_locked_are_told_apart(klass):
    """Each failure has its own result, so the child hears the right, kind message."""
    learner = add_learner(klass.id, "Omar", PICS)
    assert verify_picture_password("ZZZZZZ", learner, PICS).result is SignInResult.WRONG_CODE
    wrong = verify_picture_password(klass.join_code, learner, WRONG)
    assert wrong == SignIn(SignInResult.WRONG_PICTURES)  # and nothing about the tries left
    for _ in range(3):
        verify_picture_password(klass.join_code, learner, WRONG)
    assert verify_picture_password(klass.join_code, learner, WRONG).result is SignInResult.LOCKED
    locked = verify_picture_password(klass.join_code, learner, PICS)
    assert locked.result is SignInResult.LOCKED and locked.locked_until is not None


def test_a_learner_of_another_class_is_not_found_by_this_code(teacher, klass):
    other = create_class(teacher, "Grade 5")
    stranger = add_learner(other.id, "Mariam", PICS)
    assert verify_picture_password(klass.join_code, stranger, PICS).result is SignInResult.UNKNOWN_LEARNER


def test_the_educator_unlocks_a_child(klass):
    """After five wrong tries the educator's reset lets the right pictures in at once."""
    learner = add_learner(klass.id, "Omar", PICS)
    for _ in range(5):
        verify_picture_password(klass.join_code, learner, WRONG)
    reset_learner_lock(learner)
    assert verify_picture_password(klass.join_code, learner, PICS).result is SignInResult.OK


def test_a_child_lock_ends_by_itself(klass, monkeypatch):
    monkeypatch.setattr(classes, "LEARNER_LOCK_FOR", timedelta(0))
    learner = add_learner(klass.id, "Omar", PICS)
    for _ in range(5):
        verify_picture_password(klass.join_code, learner, WRONG)
    assert verify_picture_password(klass.join_code, learner, PICS).result is SignInResult.OK


def test_new_pictures_replace_the_old_ones(klass):
    learner = add_learner(klass.id, "Omar", PICS)
    set_picture_password(learner, WRONG)
    assert verify_picture_password(klass.join_code, learner, PICS).result is SignInResult.WRONG_PICTURES
    assert verify_picture_password(klass.join_code, learner, WRONG).result is SignInResult.OK


def test_without_pictures_tapping_the_name_is_enough(klass):
    """For the youngest, the educator may leave the picture password out."""
    learner = add_learner(klass.id, "Layla", None)
    assert verify_picture_password(klass.join_code, learner, ()).result is SignInResult.OK


def test_children_register_themselves_only_where_allowed(teacher):
    """Open class: OK and then signed in; closed class: CLOSED; a taken name: NAME_TAKEN."""
    open_class = create_class(teacher, "Club", allow_self_register=True)
    closed = create_class(teacher, "Grade 6")
    joined = self_register(open_class.join_code, "Yousef", PICS, age_band="9-12")
    assert joined.result is SignInResult.OK
    assert verify_picture_password(open_class.join_code, joined.learner_id, PICS).result is SignInResult.OK
    assert self_register(open_class.join_code, "Yousef", PICS).result is SignInResult.NAME_TAKEN
    assert self_register(closed.join_code, "Yousef", PICS).result is SignInResult.CLOSED
    assert self_register("ABCDEF", "Yousef", PICS).result is SignInResult.WRONG_CODE


def test_an_archived_class_no_longer_signs_in(teacher, klass):
    """Archiving closes the door but keeps the class in the educator's archive."""
    learner = add_learner(klass.id, "Omar", PICS)
    archive_class(klass.id)
    assert learners_in_class(klass.join_code) is None
    assert verify_picture_password(klass.join_code, learner, PICS).result is SignInResult.WRONG_CODE
    assert classes_of(teacher) == []
    assert [c.id for c in classes_of(teacher, include_archived=True)] == [klass.id]


def test_an_educator_owns_only_their_classes_and_learners(teacher, klass):
    """Ownership checks, and the as_educator guard on changes."""
    other = create_educator("omar", "correct horse battery", "Mr Omar")
    learner = add_learner(klass.id, "Yousef", PICS)
    guest, _ = create_guest()
    assert educator_owns_class(teacher, klass.id) and not educator_owns_class(other, klass.id)
    assert educator_owns_learner(teacher, learner) and not educator_owns_learner(other, learner)
    assert not educator_owns_learner(teacher, guest)
    for change in (lambda: regenerate_join_code(klass.id, as_educator=other),
                   lambda: add_learner(klass.id, "Layla", PICS, as_educator=other),
                   lambda: reset_learner_lock(learner, as_educator=other),
                   lambda: archive_class(klass.id, as_educator=other),
                   lambda: learners_of_class(klass.id, as_educator=other)):
        with pytest.raises(NotAllowed):
            change()
    add_learner(klass.id, "Layla", PICS, as_educator=teacher)


def test_a_learner_on_another_browser_resumes_where_they_were(klass, key):
    """Signing in again elsewhere gives the same learner, their progress and the quiz under way."""
    learner = add_learner(klass.id, "Omar", PICS)
    first = verify_picture_password(klass.join_code, learner, PICS)
    record_step(first.learner_id, "private-eye", 3, 6, 20, "v1", key())
    t = start_quiz_try(first.learner_id, "private-eye", "private-eye-quiz", 0.8, 2, "v1", key())
    record_answer(t.id, first.learner_id, "game-asks", ["ask-adult"], True, False, 1, "v1", key())

    # Another browser: no shared state but the database.
    roster = learners_in_class(klass.join_code)
    me = next(e for e in roster.learners if e.display_name == "Omar")
    second = verify_picture_password(klass.join_code, me.learner_id, PICS)
    assert second.learner_id == first.learner_id
    assert lesson_progress(second.learner_id)["private-eye"].current_step == 3
    resumed = current_try(second.learner_id, "private-eye")
    assert resumed.id == t.id
    state = quiz_state(resumed.id, learner_id=second.learner_id)
    assert [(a.question_id, a.chosen) for a in state.answers] == [("game-asks", ("ask-adult",))]
