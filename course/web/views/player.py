"""The player: lesson cards, quiz and results drawn by one purpose-built component.

The browser gets the screen as plain data (course/web/player_screens.py) and draws it with
its own small ES module (course/web/player/player.js, plus one renderer per question kind
that has its own, shipped next to the kind's model). It sends back only intents, each naming
the marker of the screen it was made on; LearnerState turns them into store calls. A screen
change is one property patch of one Bokeh model, instead of new widgets.
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import panel as pn
import param
from panel.custom import JSComponent

from course.content import kinds
from course.web import assets, player_screens
from course.web.learner_state import LearnerState
from course.web.views import esm

log = logging.getLogger("course.web")
HERE = Path(__file__).resolve().parent.parent / "player"
MAX_INTENT_ITEMS = 12  # more than any question has options or items: a longer response is not a child's


def kind_renderers() -> str:
    """Each question or step kind that draws itself ships ``<kind>.js`` next to its model."""
    parts = []
    for registry in (kinds.QUESTION_KINDS, kinds.STEP_KINDS):
        for cls in registry.values():
            path = Path(sys.modules[cls.__module__].__file__ or "").with_suffix(".js")
            if path.is_file():
                parts.append(f"// {path.name}\n{path.read_text(encoding='utf-8')}")
    return "\n".join(parts)


def module_source() -> str:
    core = esm.module(HERE / "player.js")
    # The kinds' renderers fill ``kinds`` before the core draws anything.
    return core.replace("/* KIND RENDERERS */", kind_renderers())


class Player(JSComponent):
    """One component for every player screen; ``screen`` is all it shows."""

    # The screen travels as one JSON string: Bokeh would encode a dict as nested
    # {"type": "map", "entries": [...]} records, about twice the bytes, and walk every value to do it.
    screen = param.String(default="{}", doc="the screen to draw, from player_screens, as JSON (server to browser only)")
    words = param.Dict(default={}, doc="the player's UI words in the page's language, sent once")
    keep_place = param.Boolean(default=True, doc="keep ?lesson= in the URL and an unanswered intent in the "
                               "tab's storage, so a rebuilt page comes back to the same place (not in previews)")

    _esm = module_source()
    _stylesheets = [assets.url("content.css"), assets.url("player.css")]

    def __init__(self, on_intent, **params):
        super().__init__(**params)
        self._on_intent = on_intent
        self._answering: int | None = None  # the seq of the intent being handled
        self._answered = False

    def show(self, screen: dict) -> None:
        """Draw ``screen``. While an intent is handled the screen also carries its ``ack``: one
        patch answers the tap, instead of a screen and a message (a smaller, cheaper card to card;
        benchmarks/page_weight.py and classroom.py)."""
        if self._answering is not None:
            screen = {**screen, "ack": self._answering}
            self._answered = True
        self.screen = json.dumps(screen, ensure_ascii=False, separators=(",", ":"))

    @property
    def shown(self) -> dict:
        """The screen on show, as data."""
        return json.loads(self.screen)

    def _handle_msg(self, data: Any) -> None:
        # Everything from the browser is untrusted: only a small, well-formed intent gets through.
        if not isinstance(data, dict):
            return
        intent, marker = data.get("intent"), data.get("marker")
        if not isinstance(intent, str) or not isinstance(marker, str) or len(marker) > 200:
            return
        value = data.get("value")
        if value is not None and not (isinstance(value, str) and len(value) <= 200) and not (
                isinstance(value, list) and len(value) <= MAX_INTENT_ITEMS
                and all(isinstance(v, str) and len(v) <= 200 for v in value)):
            return
        seq = data.get("seq")
        self._answering = seq if isinstance(seq, int) and not isinstance(seq, bool) else None
        self._answered = False
        with pn.io.hold():
            try:
                self._on_intent(intent, marker, value)
            finally:
                # The browser stops showing "not saved yet" only when the server has answered: in
                # the new screen, or on its own when the intent changed nothing (a late copy).
                if self._answering is not None and not self._answered:
                    self._send_msg({"ack": self._answering})
                self._answering = None


class PlayerView(pn.viewable.Viewer):
    """The player for one learner's state: intents in, screens out."""

    state = param.ClassSelector(class_=LearnerState)

    def __init__(self, **params):
        super().__init__(**params)
        words = player_screens.ui_words(self.state.locale, self.state.form_of_address)
        self._player = Player(on_intent=self._intent, words=words,
                              keep_place=not self.state.preview, sizing_mode="stretch_width")
        # a failed save is said once for the whole page, above the screen (LearnerShell)
        self.state.param.watch(self._render, ["screen", "lesson_id", "step", "picked", "quiz_version"])
        self._render()

    def _render(self, *_events) -> None:
        if self.state.screen in ("lesson", "quiz", "results"):
            self._player.show(player_screens.screen(self.state))

    def _intent(self, intent: str, marker: str, value) -> None:
        state = self.state
        if intent == "next":
            state.next(_card(marker))
        elif intent == "back":
            state.back(_card(marker))
        elif intent == "skip":
            state.skip(_card(marker))
        elif intent == "pick" and isinstance(value, str):
            state.pick_on(_card(marker), value)
        elif intent == "check" and isinstance(value, list):
            state.check_on(marker, value)
        elif intent == "hint":
            state.hint_on(marker)
        elif intent == "next-question":
            state.next_question_on(marker)
        elif intent == "retry" and marker == "results":
            state.retry_quiz()
        elif intent == "home":
            state.go_home()
        else:
            log.info("player: ignored intent %r", intent)

    def __panel__(self):
        return self._player


def _card(marker: str) -> int:
    """A lesson marker is the card index; anything else names no card (-1 is never current)."""
    return int(marker) if marker.isdecimal() and len(marker) < 4 else -1

