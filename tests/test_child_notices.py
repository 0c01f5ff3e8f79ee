"""What a child is told on the home screen and when signing in (issue 15, defects 8 and 11)."""
from __future__ import annotations

import pytest

from course.auth import ratelimit
from course.l10n.bundles import plain
from course.store import accounts, assignments, classes
from course.web import shared, signin_state
from course.web.learner_state import LearnerState
from course.web.signin_state import SignInState
from course.web.views.home import HomeView
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)


def hello(view: HomeView) -> str:
    return plain(" ".join(view.shown()["notes"]))


def said(locale: str, message_id: str) -> str:
    return plain(shared.tr(locale)(message_id))


def class_learner(visibility: str = "learner") -> int:
    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    klass = classes.create_class(teacher, "5B")
    if visibility != "learner":
        assignments.set_results_visibility(klass.id, visibility, as_educator=teacher)
    return classes.add_learner(klass.id, "Layla", None, as_educator=teacher)


@pytest.mark.parametrize("locale", ["ar", "en", "fr"])
def test_a_class_learner_is_told_what_their_teacher_sees(store, locale):
    """ICO Children's Code standard 11: a monitored child is told so, in words they understand."""
    state = LearnerState(locale=locale)
    view = HomeView(state=state)
    assert said(locale, "home-teacher-sees") not in hello(view)  # a guest is not monitored
    state.signed_in(class_learner(), "Layla")
    assert said(locale, "home-teacher-sees") in hello(view)
    state.sign_out()
    assert said(locale, "home-teacher-sees") not in hello(view)


def test_when_the_teacher_shares_results_later_the_child_is_told_that_too(store):
    state = LearnerState(locale="en")
    view = HomeView(state=state)
    state.signed_in(class_learner("educator"), "Layla")
    text = hello(view)
    assert said("en", "home-teacher-sees-later") in text and "results later" in text
    assert said("en", "home-teacher-sees") not in text


def test_the_notice_is_one_short_sentence_in_every_language():
    for locale in ("ar", "en", "fr"):
        for message_id in ("home-teacher-sees", "home-teacher-sees-later"):
            text = said(locale, message_id)
            assert len(text) <= 160 and text.count(".") == 1 and text.endswith("."), (locale, message_id)


@pytest.mark.parametrize("code, typed", [("ABC12", 5), ("abc-12", 5), ("A", 1), ("ABCDEFG", 7), ("", 0)])
def test_a_code_of_the_wrong_length_is_told_it_has_6_characters(store, code, typed):
    """Not "no class with this code": the child missed or added a character."""
    state = SignInState(client="length-test")
    state.enter_code(code)
    message_id, args = state.error
    assert message_id == "signin-code-length" and args == {"length": 6, "typed": typed}
    assert state.step == "code"
    text = plain(shared.tr("en")(message_id, **args))
    assert "6 letters and numbers" in text
    assert (f"you typed {typed}" in text) if typed else text.startswith("Type your class code")


def test_wrong_lengths_do_not_use_up_the_childs_tries(store, monkeypatch):
    monkeypatch.setattr(signin_state, "_limiter", ratelimit.MemoryLimiter())
    state = SignInState(client="length-tries")
    for _ in range(50):
        state.enter_code("ABC12")
    assert state.error[0] == "signin-code-length"
    state.enter_code("NOPE42")  # six characters: looked up, and not found
    assert state.error[0] == "signin-wrong-code"
