"""The band's lessons on the home screen: one component, whatever the number of lessons.

Each lesson was a Panel button of its own: choosing a band built a dozen Bokeh models (about
100 ms of the server's time, during which every other child's tap waited: the slowest 5% of
taps in a class of 40; benchmarks/classroom.py). Here the cards are one string of data and the
browser draws them (lesson_list.js). It sends back only which lesson was tapped, and only a
lesson on show is opened.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import param
from panel.custom import JSComponent

from course.web import assets

HERE = Path(__file__).resolve().parent


class LessonList(JSComponent):
    """``lessons`` is JSON: [{"id", "html"}], the card's inside built and escaped by the server."""

    lessons = param.String(default="[]", doc="the cards, as JSON (server to browser only)")
    heading = param.String(default="", doc="the list's heading, e.g. '9 lessons'")

    _esm = (HERE / "lesson_list.js").read_text(encoding="utf-8")
    _stylesheets = [assets.url("content.css")]

    def __init__(self, on_open: Callable[[str], Any], **params):
        super().__init__(**params)
        self._on_open = on_open
        self._shown: tuple[str, ...] = ()

    def show(self, heading: str, cards: list[tuple[str, str]]) -> None:
        """Draw ``cards``, (lesson id, the card's inner HTML, already escaped), under ``heading``."""
        self._shown = tuple(lesson_id for lesson_id, _ in cards)
        lessons = json.dumps([{"id": lesson_id, "html": inner} for lesson_id, inner in cards],
                             ensure_ascii=False, separators=(",", ":"))
        if (heading, lessons) != (self.heading, self.lessons):
            self.param.update(heading=heading, lessons=lessons)

    def _handle_msg(self, data: Any) -> None:
        # untrusted: only the id of a lesson this list shows opens anything
        lesson_id = data.get("open") if isinstance(data, dict) else None
        if isinstance(lesson_id, str) and lesson_id in self._shown:
            self._on_open(lesson_id)
