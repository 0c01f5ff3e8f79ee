"""Home: one component draws the whole screen (the hello, who is learning, the form of address,
the age bands and that band's lessons) from course/web/home_screen.py's data.

It was a dozen Panel widgets, and a button per lesson: choosing a band built a dozen Bokeh
models (about 100 ms of the server's time, during which every other child's tap waited), and
every page carried them (benchmarks/classroom.py). The browser now gets the screen as one
string and sends back only what was tapped, which is checked here before the state acts on it.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import panel as pn
import param
from panel.custom import JSComponent

from course.content.model import CHILD_TRACKS
from course.l10n import ftl
from course.web import assets, home_screen
from course.web.learner_state import LearnerState
from course.web.views import esm

HERE = Path(__file__).resolve().parent
MAX_ID = 200


class Home(JSComponent):
    """``screen`` is all it shows; a tap comes back as one small message (``HomeView.tapped``)."""

    screen = param.String(default="{}", doc="the home screen, from home_screen, as JSON (server to browser only)")

    _esm = esm.module(HERE / "home.js")
    _stylesheets = [assets.url("content.css")]

    def __init__(self, on_tap, **params):
        super().__init__(**params)
        self._on_tap = on_tap

    def _handle_msg(self, data: Any) -> None:
        if isinstance(data, dict) and len(data) == 1:
            self._on_tap(*next(iter(data.items())))


class HomeView(pn.viewable.Viewer):
    state = param.ClassSelector(class_=LearnerState)

    def __init__(self, **params):
        super().__init__(**params)
        self._home = Home(self.tapped, sizing_mode="stretch_width", margin=0)
        self.state.param.watch(self._refresh, ["band", "progress_version", "locale", "learner_name", "learner_id",
                                               "farewell", "results_hidden", "form_of_address"])
        self._refresh()

    def shown(self) -> dict:
        """The screen on show, as data."""
        return json.loads(self._home.screen)

    def tapped(self, what: str, value: Any) -> None:
        """What the child tapped. Untrusted: only a band, a form of address or a lesson that this
        screen shows does anything."""
        state = self.state
        if what == "band" and value in CHILD_TRACKS:
            if value != state.band:
                state.choose_band(value)
        elif what == "address" and (value is None or value in ftl.FORMS):
            state.choose_form_of_address(value)
        elif what == "open" and isinstance(value, str) and len(value) <= MAX_ID:
            if value in {card["id"] for card in self.shown()["lessons"]["cards"]}:
                state.open_lesson(value)
        elif what == "leave" and value is True:
            if state.learner_name is not None:
                state.sign_out()
            elif state.learner_id is not None or state.band is not None:
                state.done()
        elif what == "join" and value is True and state.learner_name is None:
            state.open_signin()

    def _refresh(self, *_events) -> None:
        # one string: finishing a quiz, going home or choosing a band is one small patch
        screen = json.dumps(home_screen.home_screen(self.state), ensure_ascii=False, separators=(",", ":"))
        if screen != self._home.screen:
            self._home.screen = screen

    def __panel__(self):
        return self._home
