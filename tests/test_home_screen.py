"""The home screen as data, and what a tap may do: the browser only says what was tapped."""
from __future__ import annotations

from course.content.model import CHILD_TRACKS
from course.web.learner_state import LearnerState
from course.web.views.home import HomeView
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)


def test_the_screen_lists_the_chosen_bands_lessons_with_their_status(store):
    state = LearnerState(locale="en")
    view = HomeView(state=state)
    shown = view.shown()
    assert [value for value, _label in shown["bands"]["options"]] == list(CHILD_TRACKS)
    assert shown["bands"]["value"] is None and shown["lessons"]["cards"] == []
    view.tapped("band", "9-12")
    shown = view.shown()
    cards = {card["id"]: card for card in shown["lessons"]["cards"]}
    assert shown["bands"]["value"] == "9-12" and "private-eye" in cards
    assert cards["private-eye"]["status"] == "not-started" and cards["private-eye"]["go"] == "Start"
    assert shown["lessons"]["heading"].endswith(" lessons")
    view.tapped("open", "private-eye")
    assert state.screen == "lesson" and state.lesson_id == "private-eye"
    state.go_home()
    assert {c["id"]: c for c in view.shown()["lessons"]["cards"]}["private-eye"]["go"] == "Continue"


def test_a_tap_names_only_what_the_screen_offers(store):
    state = LearnerState(locale="en")
    view = HomeView(state=state)
    view.tapped("band", "educators")  # the educators' track is not a child's band
    view.tapped("band", ["9-12"])
    view.tapped("open", "private-eye")  # no band chosen: the lesson is not on show
    assert state.band is None and state.screen == "home"
    view.tapped("band", "under-9")
    view.tapped("open", "private-eye")  # a 9-12 lesson, not in this list
    view.tapped("open", "x" * 10_000)
    view.tapped("join", "yes")
    view.tapped("leave", 1)
    assert state.screen == "home" and state.lesson_id is None and state.band == "under-9"
    view.tapped("join", True)
    assert state.screen == "signin"


def test_leave_signs_a_guest_out_of_the_device(store):
    state = LearnerState(locale="en")
    view = HomeView(state=state)
    assert view.shown()["leave"] is None  # nothing to forget yet
    view.tapped("band", "9-12")
    view.tapped("open", "private-eye")
    state.go_home()
    assert view.shown()["leave"]["name"] == "done"
    view.tapped("leave", True)
    assert state.learner_id is None and state.band is None and view.shown()["lessons"]["cards"] == []
