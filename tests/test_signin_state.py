"""A child signing in without a browser: the code, the name, the pictures, and kind refusals."""
from __future__ import annotations

from course.auth.pictures import PICTURES
from course.l10n.bundles import plain
from course.store import accounts, classes
from course.web import shared
from course.web.signin_state import SignInState, learner_from_cookie, sign_learner
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)

SECRET = ("camel", "moon", "star")


def a_class():
    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    klass = classes.create_class(teacher, "4A")
    layla = classes.add_learner(klass.id, "Layla", SECRET, as_educator=teacher)
    return teacher, klass, layla


def said(state: SignInState, locale: str = "en") -> str:
    message_id, args = state.error
    return plain(shared.tr(locale)(message_id, **args))


def test_a_wrong_code_gets_a_kind_message(store):
    state = SignInState(client="test")
    state.enter_code("NOPE42")
    assert state.step == "code"
    assert said(state).startswith("We couldn't find a class with this code.")


def test_the_right_pictures_sign_the_child_in(store):
    _, klass, layla = a_class()
    state = SignInState(client="test")
    state.enter_code(klass.join_code.lower())
    assert state.step == "name" and (layla, "Layla") in state.roster
    state.choose(layla)
    for picture in SECRET:
        state.tap(picture)
    assert state.signed_in == (layla, "Layla")


def test_wrong_pictures_count_down_then_the_account_rests_until_the_teacher_opens_it(store):
    teacher, klass, layla = a_class()
    state = SignInState(client="test")
    state.enter_code(klass.join_code)
    state.choose(layla)
    wrong = [p for p in PICTURES if p not in SECRET][:3]
    messages = []
    for _ in range(5):
        for picture in wrong:
            state.tap(picture)
        messages.append(said(state))
    assert messages[0] == "Those pictures are not the right ones. You can try 4 more times."
    assert messages[-1] == "Your sign-in is resting for a while. Ask your teacher to open it for you."
    for picture in SECRET:  # even the right pictures wait while the account rests
        state.tap(picture)
    assert state.signed_in is None and said(state, "ar") == "دخولك يرتاح قليلًا. اطلب من معلّمك أن يفتحه لك."
    classes.reset_learner_lock(layla, as_educator=teacher)
    for picture in SECRET:
        state.tap(picture)
    assert state.signed_in == (layla, "Layla")


def test_a_signed_learner_cookie_cannot_be_forged():
    token = sign_learner(7)
    assert learner_from_cookie(token) == 7
    forged = token.replace("|4:Nw==|", "|4:OA==|")  # the value 7 -> 8, signature kept
    assert forged != token and learner_from_cookie(forged) is None
    assert learner_from_cookie("8") is None
