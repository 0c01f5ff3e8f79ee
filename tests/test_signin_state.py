"""A child signing in without a browser: the code, the name, the pictures, and kind refusals."""
from __future__ import annotations

import base64
import re

import pytest

from course.auth.pictures import PICTURES
from course.l10n.bundles import plain
from course.store import accounts, classes, privacy
from course.store.signin_budgets import PICTURES_PER_CLASS
from course.web import cookies, shared
from course.web.learner_state import LearnerState
from course.web.signin_state import LEARNER_COOKIE, SignInState, learner_session, open_learner_session, sign_learner
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)

SECRET = ("camel", "moon", "star")
WRONG = tuple(p for p in PICTURES if p not in SECRET)[:3]


def a_class():
    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    klass = classes.create_class(teacher, "4A")
    layla = classes.add_learner(klass.id, "Layla", SECRET, as_educator=teacher)
    return teacher, klass, layla


def said(state: SignInState, locale: str = "en") -> str:
    message_id, args = state.error
    return plain(shared.tr(locale)(message_id, **args))


def tap_all(state: SignInState, pictures) -> None:
    for picture in pictures:
        state.tap(picture)


def joined(klass, client: str = "test") -> SignInState:
    state = SignInState(client=client)
    state.enter_code(klass.join_code)
    return state


def an_open_class(teacher, approve: bool = False):
    club = classes.create_class(teacher, "Club", allow_self_register=True)
    classes.set_approve_new_names(club.id, approve, as_educator=teacher)
    return club


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


def test_wrong_pictures_never_count_down_then_the_account_rests_until_the_teacher_opens_it(store):
    """The child (or a guesser) is never told how many tries are left, in any language."""
    teacher, klass, layla = a_class()
    state = joined(klass)
    state.choose(layla)
    messages = []
    for _ in range(classes.MAX_PICTURE_FAILURES):
        tap_all(state, WRONG)
        assert state.error[1] == {}
        messages.append([said(state, locale) for locale in ("en", "ar", "fr")])
    assert all(m == messages[0] for m in messages[:-1])
    assert messages[0] == ["Those pictures are not the right ones. Try again.",
                           "هذه ليست الصور الصحيحة. حاول مرة أخرى.", "Ce ne sont pas les bonnes images. Essaie encore."]
    assert not any(re.search(r"\d", text) for text in messages[0])
    assert messages[-1][0] == "Your sign-in is resting for a while. Ask your teacher to open it for you."
    for picture in SECRET:  # even the right pictures wait while the account rests
        state.tap(picture)
    assert state.signed_in is None and said(state, "ar") == "دخولك يرتاح قليلًا. اطلب من معلّمك أن يفتحه لك."
    classes.reset_learner_lock(layla, as_educator=teacher)
    for picture in SECRET:
        state.tap(picture)
    assert state.signed_in == (layla, "Layla")


def test_a_learner_cookie_names_a_session_and_cannot_be_forged(store):
    _, _, layla = a_class()
    session = open_learner_session(layla)
    cookie = sign_learner(session)
    assert learner_session(cookie) == (session, layla)
    parts = cookie.split("|")  # Tornado's signed value: version, key version, time, name, value, MAC
    encoded = parts[4].split(":")[1]
    assert base64.b64decode(encoded).decode() == session  # the session, not the child's id
    other = base64.b64encode(b"x" * len(session)).decode()
    forged = "|".join([*parts[:4], f"{len(other)}:{other}", parts[5]])
    assert learner_session(forged) is None  # the MAC kept, the value changed
    assert learner_session(sign_learner("made-up session")) is None  # signed, but no such session
    assert learner_session(str(layla)) is None


def signed_in_cookie(state: LearnerState) -> str:
    """The learner cookie the browser gets for the state's sign-in: what its ticket sets."""
    (kept,) = cookies.redeem(state.cookie_ticket).keep
    return kept[1]


@pytest.mark.parametrize("end", ["sign-out", "new pictures", "class archived", "learner deleted"])
def test_a_sign_in_cookie_stops_working_when_the_sign_in_ends(store, end):
    """Before, the child's cookie signed them in again after all of these, for 120 days."""
    teacher, klass, layla = a_class()
    signin = joined(klass)
    signin.choose(layla)
    tap_all(signin, SECRET)
    page = LearnerState(locale="en")
    page.signed_in(*signin.signed_in)
    cookie = signed_in_cookie(page)
    assert learner_session(cookie)[1] == layla
    if end == "sign-out":
        page.sign_out()
    elif end == "new pictures":
        classes.set_picture_password(layla, WRONG, as_educator=teacher)
    elif end == "class archived":
        classes.archive_class(klass.id, as_educator=teacher)
    else:
        privacy.delete_learner(layla, as_educator=teacher)
    assert learner_session(cookie) is None
    if end == "sign-out":  # and the browser is told to drop it, HttpOnly as it is
        assert set(cookies.redeem(page.cookie_ticket).drop) == {LEARNER_COOKIE, "amaan_guest"}


def test_a_class_that_spent_its_budget_sends_the_child_to_the_teacher(store):
    """After a run of wrong pictures in the class (from any device), even the right pictures wait,
    and the child hears, kindly, to ask the teacher; the teacher's one button opens the class."""
    teacher, klass, layla = a_class()
    others = [classes.add_learner(klass.id, f"Child {i}", SECRET, as_educator=teacher) for i in range(8)]
    for i in range(PICTURES_PER_CLASS.limit):
        classes.verify_picture_password(klass.join_code, others[i // 4], WRONG, client=f"10.0.0.{i}")
    state = joined(klass)
    state.choose(layla)
    tap_all(state, SECRET)
    assert state.signed_in is None and state.step == "pictures"
    assert said(state) == "Signing in with pictures is resting for a while. Ask your teacher to help you."
    assert said(state, "ar") == "الدخول بالصور يرتاح قليلًا الآن. اطلب من معلّمك أن يساعدك."
    classes.unlock_class(klass.id, as_educator=teacher)
    tap_all(state, SECRET)
    assert state.signed_in == (layla, "Layla")


def test_a_new_name_that_looks_like_a_classmates_is_refused_kindly(store):
    teacher, _, _ = a_class()
    club = an_open_class(teacher)
    classes.self_register(club.join_code, "Layla", SECRET)
    state = joined(club)
    state.new_learner()
    state.choose_name("Lay\u200fla")
    assert (state.step, state.learner_name) == ("new-name", "")
    assert said(state) == ("Someone in the class already has this name, or one that looks just like it. "
                           "Add a letter or use a nickname.")
    state.choose_name("\u202eNour\u202c  Q.")  # the name the class list will show, tidied
    assert (state.step, state.learner_name, state.error) == ("pictures", "Nour Q.", None)


def test_a_new_child_waits_for_the_teachers_approval(store):
    """In a class that approves new names, the child is not signed in and not on the list: they
    are told their teacher will add them; once approved, their name and pictures work."""
    teacher, _, _ = a_class()
    club = an_open_class(teacher, approve=True)
    state = joined(club)
    state.new_learner()
    state.choose_name("Nour")
    tap_all(state, SECRET)
    assert (state.step, state.signed_in, state.error) == ("waiting", None, None)
    t = shared.tr("ar")
    assert plain(t("signin-wait-title", name=state.learner_name)) == "شكرًا يا Nour!"
    assert joined(club).roster == []
    (request,) = classes.join_requests(club.id, as_educator=teacher)
    nour = classes.approve_join_request(request.id, as_educator=teacher)
    again = joined(club)
    assert again.roster == [(nour, "Nour")]
    again.choose(nour)
    tap_all(again, SECRET)
    assert again.signed_in == (nour, "Nour")


def test_too_many_new_names_send_the_child_to_the_teacher(store, monkeypatch):
    teacher, _, _ = a_class()
    club = an_open_class(teacher)
    monkeypatch.setattr(classes.signin_budgets, "left", lambda budget, subject: False)
    state = joined(club)
    state.new_learner()
    state.choose_name("Nour")
    assert state.step == "new-name"
    assert said(state) == "Many new names were added just now. Ask your teacher to add you, or try again later."
