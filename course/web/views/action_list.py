"""A list of rows with buttons, as one component: the Classes tab's learners and the dashboard's
needs-help alerts. The rows are drawn in the browser; a press comes back as one message.

The Classes tab was a Panel Row per learner with five widgets in it (about eight Bokeh models
each): a class of 2,000 built 16,000 models, and a page of 20 still took most of a second of the
server's time to build and 95 KB to send. Each alert was a Row, a pane and a button. Now the
browser gets the page as one string and sends back {act, key}; a press counts only if that
button is on a row the page shows now (``offered``), and the state it reaches passes the educator
to the store, which refuses another educator's learner whatever the page sends.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import param
from panel.custom import JSComponent

from course.web import assets
from course.web.views import esm

HERE = Path(__file__).resolve().parent
MAX_KEY = 80


class ActionList(JSComponent):
    """``rows`` is all it shows; a press comes back as ``on_press(act, key)``.

    A row: {key, text, strong?, status?, lines: [[label, value]], buttons: [{act, label, kind?}]}.
    """

    rows = param.String(default="{}", doc="the rows as JSON (server to browser only)")

    _esm = esm.module(HERE / "action_list.js")
    _stylesheets = [assets.url("content.css"), assets.url("educator.css")]

    def __init__(self, on_press: Callable[[str, str], None], row_class: str, **params):
        super().__init__(**params)
        self._on_press = on_press
        self._row_class = row_class
        self._offered: set[tuple[str, str]] = set()

    def show(self, rows: list[dict]) -> None:
        self._offered = {(b["act"], row["key"]) for row in rows for b in row["buttons"]}
        shown = json.dumps({"row_class": self._row_class, "rows": rows}, ensure_ascii=False, separators=(",", ":"))
        if shown != self.rows:
            self.rows = shown

    def download(self, name: str, text: str, kind: str = "application/json") -> None:
        """Hands the browser a file to save."""
        self._send_msg({"download": {"name": name, "text": text, "type": kind}})

    def _handle_msg(self, data: Any) -> None:
        """Untrusted: only a button the page shows now, on its row, does anything."""
        if not (isinstance(data, dict) and set(data) == {"act", "key"}):
            return
        act, key = data["act"], data["key"]
        if isinstance(act, str) and isinstance(key, str) and len(key) <= MAX_KEY and (act, key) in self._offered:
            self._on_press(act, key)
