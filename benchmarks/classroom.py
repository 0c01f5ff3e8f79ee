"""A whole class at once: N learners against one `course serve` on loopback (issue 9).

    .venv/bin/python benchmarks/classroom.py                    # 40 learners arriving within 10 s
    .venv/bin/python benchmarks/classroom.py --learners 300 --arrival 60 --think 4 12

A benchmark, not a test: it measures and reports, it asserts nothing. It seeds a fresh data
directory with `course demo --seed 1`, starts `course serve` on a free loopback port, and
drives N simulated learners as real clients of the Bokeh server protocol (the same messages a
browser sends), spread over worker processes with a thread per learner so that the load
generator is not the bottleneck. Each learner, as a guest: opens the page, chooses the 9-12
band, opens lesson private-eye, moves through its cards picking a choice on each "what would
you do?" card (a pick, then Next), starts the quiz and answers every question (half the learners
get one question wrong first and answer again), and sees the results. Home is one component
(course/web/views/home.py), told which band and lesson were tapped as its script tells it; the
lesson, quiz and results are one player component
(course/web/views/player.py), driven as its script drives it: an intent sent as a DataEvent on its
ReactiveESM model, answered by a patch of its ``screen`` that carries the intent's ack (Tab.intent).
Then the same page-open and click figures are measured for benchmarks/minimal_app.py, the
floor any Panel page costs on this machine.

The run has two phases separated by barriers, so that each figure is measured under a known
load: every learner arrives at a random moment within --arrival seconds and opens the page
(page-ready time, server CPU per page); when all pages are open, every learner starts acting
with the same spread it arrived with, --think seconds between actions (action round-trip
latency, server CPU per action); after the last action, with all N sessions still open, the
server's RSS is read (RSS per session). Every recorded answer is then looked up in the SQLite
database: each exactly once.

What the figures include: page ready is wall time from the HTTP GET to the synchronised
document (with document_ready handled), the client's decoding included. An action's round
trip runs from the event sent to the patch that completes it, without the time this Python
client spends decoding and applying patches (far slower than BokehJS); a player intent is
complete when both its ack and the screen showing its outcome have arrived. Ticking a quiz
answer is the browser's alone (no message), so it is not an action here. The load generator
runs on the same machine as the server, so the machine's busy share is reported too.

Results: a table on stdout and benchmarks/results/classroom-<N>.json with the machine described.
The run stops itself and its servers after --timeout seconds whatever happens.
"""
from __future__ import annotations

import argparse
import asyncio
import ctypes
import functools
import json
import math
import multiprocessing as mp
import os
import platform
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from html import unescape
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
MINIMAL_APP = ROOT / "benchmarks" / "minimal_app.py"
LESSON = "private-eye"
BAND = "9-12"
PAGE_TIMEOUT = 60.0
ACTION_TIMEOUT = 30.0
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# Issue 15's targets: this machine's speed drifts (the minimal app's CPU per action doubled from
# one day to the next), so time is judged by ratios to the minimal Panel app measured in the same
# run; memory, which does not drift, in MB.
TARGETS = [
    # (key in the summary or the ratios, limit, unit, what it is)
    ("rss_mb_per_session", 1.0, "MB", "server RSS per open session"),
    ("server_cpu_per_action", 1.5, "x", "server CPU per action / minimal app's"),
    ("action_p95", 4.0, "x", "action round trip p95 / minimal app's"),
    ("page_ready_median", 1.5, "x", "page ready median / minimal app's"),
]


# ---- servers --------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop_with_parent() -> None:
    # Linux PR_SET_PDEATHSIG: a server outlives no benchmark, even one killed with SIGKILL.
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)


class Server:
    """One server process on loopback; its CPU time and RSS are read from /proc."""

    def __init__(self, name: str, argv: list[str], env: dict, url: str, log: Path):
        self.name, self.url, self.log = name, url, log
        self._log = open(log, "w")
        self.proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT,
                                     preexec_fn=_stop_with_parent)

    def wait_ready(self, seconds: float = 90) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}: {self.log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(self.url, timeout=10) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise TimeoutError(f"{self.name} did not answer at {self.url}")

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime, every thread

    def rss_bytes(self) -> int:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        raise RuntimeError("no VmRSS")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._log.close()


def machine_busy() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine, to tell a saturated load generator apart."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


# ---- one simulated browser tab --------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _client_classes():
    import panel  # noqa: F401  registers Panel's model types before any document is pulled
    from bokeh.client.session import ClientSession
    from bokeh.client.states import CONNECTED_BEFORE_ACK, DISCONNECTED, ErrorReason
    from bokeh.client.websocket import WebSocketClientConnectionWrapper
    from bokeh.protocol.messages.pull_doc_reply import pull_doc_reply
    from bokeh.util.token import get_session_id
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    # The page's document lists the DataModel types it uses (a JSComponent's ``data``, e.g. the
    # player's "Player1") in its ``defs``, which BokehJS reads and Bokeh 3.9's Python client drops
    # ("TODO add support for deserialization of model definitions" in Document.from_json): define
    # them here before the document is read, or a patch holding one fails with "can't resolve type".
    push_to_document = pull_doc_reply.push_to_document

    def push_with_defs(self, doc):
        _define_data_models(self.content.get("doc", {}).get("defs") or ())
        return push_to_document(self, doc)

    pull_doc_reply.push_to_document = push_with_defs

    class PageSession(ClientSession):
        """A session for the page the HTTP GET built, opened over a websocket as a browser opens it."""

        def __init__(self, token: str, websocket_url: str, cookie: str | None = None):
            self._page_token = token
            self._cookie = cookie  # the load balancer's route cookie, if the page set one
            super().__init__(session_id=get_session_id(token), websocket_url=websocket_url)
            self._connection._connect_async = self._connect_like_a_browser

        @property
        def token(self) -> str:
            return self._page_token

        async def _connect_like_a_browser(self) -> None:
            """Bokeh 3.9's ClientConnection._connect_async, plus what Chromium does: it offers
            permessage-deflate (the server then compresses every message, as course serve is
            set up to) and sets TCP_NODELAY (without it each three-frame Bokeh message waits
            ~40 ms for the server's delayed ACK, which no browser does)."""
            conn = self._connection
            try:
                headers = {"Cookie": self._cookie} if self._cookie else None
                socket = await websocket_connect(HTTPRequest(conn._url, headers=headers), subprotocols=["bokeh", self.token],
                                                 max_message_size=conn._max_message_size, compression_options={})
                socket.protocol.set_nodelay(True)
                conn._socket = WebSocketClientConnectionWrapper(socket)
            except Exception as exc:
                await conn._transition_to_disconnected(DISCONNECTED(ErrorReason.NETWORK_ERROR, None, repr(exc)))
                return
            await conn._transition(CONNECTED_BEFORE_ACK())

    return PageSession


_DEFINING = threading.Lock()


def _define_data_models(defs) -> None:
    """A DataModel class for each model definition (Bokeh's ModelDef) this process lacks."""
    import bokeh.core.properties as bp
    from bokeh.core.serialization import Deserializer
    from bokeh.model import DataModel, Model

    with _DEFINING:
        for definition in defs:
            name = definition.get("name") if isinstance(definition, dict) else None
            if definition.get("type") != "model" or not name or name in Model.model_class_reverse_map:
                continue
            if definition.get("extends"):
                raise RuntimeError(f"benchmark out of date: data model {name} extends another")
            props = {}
            for prop in definition.get("properties", ()):
                default = Deserializer().decode(prop["default"]) if "default" in prop else None
                props[prop["name"]] = bp.Any(default=(lambda d=default: json.loads(json.dumps(d)))
                                             if isinstance(default, (dict, list)) else default)
            type(name, (DataModel,), props)


class Tab:
    """GETs the page, opens its websocket session, sends events and reads the server's patches.

    Uses Bokeh 3.9's client internals (_connection, _socket, _receiver, _handle_patch): the
    client's IOLoop only runs while we pump it, and we need a pump with a timeout that reads
    messages one at a time so that an action is timed to the patch that completes it.
    """

    def __init__(self, url: str):
        self.url = url
        self.session = None
        self.lang = None
        self.route = None  # the process that built the page, behind a balancer (course/web/routing.py)
        self.get_seconds = None  # the HTTP GET alone: the server builds the page
        # (name, seconds from the event sent to the patch that completes it, not counting this
        # client's own decoding and applying of patches and checking the page; and wall seconds)
        self.actions: list[tuple[str, float, float]] = []
        self._client_seconds = 0.0
        self._player = None
        self._seq = 0  # the player's intents are numbered, as player.js numbers them
        self._acks: set[int] = set()
        self.model_counts: dict[str, int] = {}  # Bokeh models in the document, by screen

    def count_models(self, screen: str) -> None:
        self.model_counts.setdefault(screen, len(self.doc.models))

    def open(self) -> float:
        PageSession = _client_classes()
        started = time.perf_counter()
        with urllib.request.urlopen(self.url, timeout=PAGE_TIMEOUT) as response:
            body = response.read().decode("utf-8")
            # Behind nginx the page names its process in a cookie; the websocket must carry it
            # back, as a browser does, to reach the process that holds the session.
            for header in response.headers.get_all("Set-Cookie") or []:
                found = re.match(r"amaan_route=([^;]*)", header)
                if found:
                    self.route = found.group(1)
        self.get_seconds = time.perf_counter() - started
        token = re.search(r'"token":\s*"([^"]+)"', body).group(1)
        lang = re.search(r'<html lang="([^"]+)"', body)
        self.lang = lang.group(1) if lang else None
        ws_url = re.sub(r"^http", "ws", self.url.rstrip("/")) + "/ws"
        self.session = PageSession(token, ws_url, f"amaan_route={self.route}" if self.route else None)
        loop = self.session._connection._loop
        watchdog = threading.Timer(PAGE_TIMEOUT, lambda: loop.add_callback(self._give_up))
        watchdog.start()
        try:
            self.session.pull()
            if self.session.document is None or not self.session.connected:
                raise ConnectionError("no document")
            # A browser says document_ready once it has rendered; until then Panel holds back
            # (and drops) patches, assuming the page will be serialised again. The round trip
            # after it returns once the server has handled it (a connection's messages are
            # handled in order).
            from bokeh.events import DocumentReady

            self.doc.callbacks.send_event(DocumentReady())
            self.session.force_roundtrip()
        finally:
            watchdog.cancel()
        return time.perf_counter() - started

    def _give_up(self) -> None:
        conn = self.session._connection
        if conn._socket is not None:
            conn.close("benchmark timeout")
        else:
            conn._loop.stop()

    @property
    def doc(self):
        return self.session.document

    def close(self) -> None:
        if self.session is not None:
            try:
                self.session.close()
                self.session._connection._loop.run_sync(lambda: asyncio.sleep(0.05))
            except Exception:
                pass
            try:
                self.session._connection._loop.close(all_fds=True)
            except Exception:
                pass

    # -- finding models by their stable css classes, never by generated ids

    def models(self):
        return list(self.doc.models)

    def find(self, css: str, visible: bool | None = None):
        for model in self.models():
            if css in (getattr(model, "css_classes", None) or ()):
                if visible is None or getattr(model, "visible", True) == visible:
                    return model
        return None

    def html_texts(self, marker: str) -> tuple:
        """(id, text, visible) of every HTML model whose text holds ``marker``."""
        found = []
        for model in self.models():
            text = getattr(model, "text", None)
            if type(model).__name__ == "HTML" and isinstance(text, str):
                text = unescape(text)
                if marker in text:
                    found.append((model.id, text, model.visible))
        return tuple(sorted(found))

    # -- acting and waiting

    def click(self, model) -> None:
        from bokeh.events import ButtonClick

        self.doc.callbacks.send_event(ButtonClick(model))

    # -- home: one ReactiveESM model (course/web/views/home.py), a tap says what was tapped

    def home(self):
        return next((m for m in self.models() if getattr(m, "class_name", None) == "Home"
                     and getattr(m, "data", None) is not None), None)

    def lessons_shown(self) -> tuple[str, ...]:
        model = self.home()
        screen = json.loads(model.data.screen or "{}") if model is not None else {}
        return tuple(card["id"] for card in screen.get("lessons", {}).get("cards", ()))

    def tap_home(self, what: str, value) -> None:
        """What home.js sends when a band, a lesson or a button is tapped."""
        from panel.models.esm import DataEvent

        model = self.home()
        if model is None:
            raise RuntimeError("benchmark out of date: no Home component on the page (course/web/views/home.py)")
        self.doc.callbacks.send_event(DataEvent(model=model, data={what: value}))

    # -- the player: one ReactiveESM model (course/web/views/player.py), intents in, screen out

    def player(self):
        """The player's Bokeh model: the ReactiveESM whose ``class_name`` is "Player" (its ``data``
        DataModel holds ``screen``), or None while the page shows no player."""
        model = self._player
        if model is not None and self.doc.get_model_by_id(model.id) is model:
            return model
        self._player = next((m for m in self.models() if getattr(m, "class_name", None) == "Player"
                             and getattr(m, "data", None) is not None), None)
        return self._player

    def screen(self) -> dict:
        """The screen the player shows (player_screens.screen), {} without a player."""
        model = self.player()
        return json.loads(model.data.screen or "{}") if model is not None else {}  # sent as JSON

    def intent(self, intent: str, value=None, marker: str | None = None) -> int:
        """What the player's script does on a tap (player.js ``send``): a DataEvent on the player's
        model carrying ``{intent, marker, value, seq}``, the marker being the screen's on show now.
        The server answers with a patch of ``screen`` carrying ``ack: seq``, or with an ESMEvent
        ``{"ack": seq}`` alone when the intent changed nothing (see ``acked``)."""
        from panel.models.esm import DataEvent

        model = self.player()
        if model is None:
            raise RuntimeError(f"{intent}: no player on the page")
        self._seq += 1
        marker = self.screen().get("marker", "") if marker is None else marker
        self.doc.callbacks.send_event(DataEvent(model=model, data={"intent": intent, "marker": marker,
                                                                   "value": value, "seq": self._seq}))
        return self._seq

    def acked(self, seq: int) -> bool:
        return seq in self._acks

    def _note_acks(self, message) -> None:
        """Acks the server sent in this PATCH-DOC: Player._send_msg({"ack": seq}) is an ESMEvent,
        sent as a MessageSent document event (read from the message as it came, before the
        client document applies it: no Python callback can subscribe to a model event there)."""
        for event in message.content.get("events", ()):
            data = event.get("msg_data") if event.get("kind") == "MessageSent" else None
            if isinstance(data, dict) and data.get("name") == "esm_event":
                values = _plain(data.get("values"))
                ack = values.get("data", {}).get("ack") if isinstance(values, dict) else None
                if isinstance(ack, int):
                    self._acks.add(ack)

    def act(self, name: str, send, done, timeout: float = ACTION_TIMEOUT) -> float:
        """Send one event and wait for the server patch that completes it; returns seconds.

        The Python client decodes and applies patches far slower than BokehJS in a browser,
        so the time it spends doing that (and checking the page) is left out of the latency.
        """
        self.drain()
        if done():
            raise RuntimeError(f"benchmark bug: {name} looks done before it was sent")
        self._client_seconds = 0.0
        started = time.perf_counter()
        send()
        if not self.pump(done, started + timeout):
            raise TimeoutError(f"{name}: no answer from the server within {timeout:.0f} s")
        elapsed = time.perf_counter() - started
        latency = max(0.0, elapsed - self._client_seconds)
        self.actions.append((name, latency, elapsed))
        return latency

    def drain(self) -> None:
        """Apply patches that arrived during think time, so the next action starts from now."""
        while self.pump(lambda: False, time.perf_counter() + 0.005, expect_timeout=True):
            pass

    def pump(self, done, until: float, expect_timeout: bool = False) -> bool:
        conn = self.session._connection

        def checked() -> bool:
            began = time.perf_counter()
            result = done()
            self._client_seconds += time.perf_counter() - began
            return result

        async def read() -> bool:
            got = False
            while not checked():
                remaining = until - time.perf_counter()
                if remaining <= 0:
                    return got if expect_timeout else False
                try:
                    fragment = await asyncio.wait_for(conn._socket.read_message(), remaining)
                except TimeoutError:
                    return got if expect_timeout else False
                if fragment is None:
                    raise ConnectionError("the server closed the session")
                began = time.perf_counter()
                message = await conn._receiver.consume(fragment)
                if message is not None and message.msgtype == "PATCH-DOC":
                    self._note_acks(message)
                    self.session._handle_patch(message)
                    ack = self.screen().get("ack")  # most intents are answered in their screen
                    if isinstance(ack, int):
                        self._acks.add(ack)
                    got = True
                self._client_seconds += time.perf_counter() - began
            return True

        return conn._loop.run_sync(read)


def _plain(rep):
    """Bokeh's wire encoding of plain values ({"type": "map", "entries": ...}) back to Python."""
    if isinstance(rep, dict):
        if rep.get("type") == "map":
            return {_plain(k): _plain(v) for k, v in rep.get("entries", ())}
        return {k: _plain(v) for k, v in rep.items()}
    if isinstance(rep, list):
        return [_plain(v) for v in rep]
    return rep


# ---- what a learner does ----------------------------------------------------------------------

def lesson_plan() -> dict:
    """What the simulated learners need to know about the lesson, computed once from the content.

    The player names options by id (the quiz shows them shuffled, the screen says in which
    order), so a learner needs only each question's right ids and one wrong one.
    """
    from course import paths
    from course.content.report import load_content

    entry = load_content(paths.content_root()).catalogue[LESSON]
    questions = []
    for question in entry.quiz.questions:
        wrong = [oid for oid in question.option_ids if oid not in question.correct_ids][:1]
        questions.append({"id": question.id, "correct": sorted(question.correct_ids), "wrong": wrong})
    return {"band": BAND,
            "steps": [bool(getattr(step, "interactive", False)) for step in entry.lesson.steps],
            "questions": questions, "tries": entry.quiz.tries_per_question}


def learner_actions(tab: Tab, plan: dict, rng: random.Random, think, wrong_question: int | None,
                    answers: list) -> None:
    """One learner's whole lesson and quiz; appends the answers graded as (question id, attempt).

    Home is told which band and lesson were tapped; the lesson, quiz and results are the player,
    driven by its intents. Each intent is
    timed to the screen patch that shows its outcome and to the server's ack of it, both.
    """
    def pause():
        time.sleep(rng.uniform(*think))
        tab.drain()  # a browser would have applied whatever arrived while the child was reading

    def intent(name: str, what: str, shows, value=None) -> None:
        sent = {}
        tab.act(name, lambda: sent.setdefault("seq", tab.intent(what, value)),
                lambda: "seq" in sent and tab.acked(sent["seq"]) and shows(tab.screen()))

    questions, steps = plan["questions"], plan["steps"]
    tab.count_models("home")
    pause()
    tab.act("band", lambda: tab.tap_home("band", plan["band"]), lambda: LESSON in tab.lessons_shown())
    pause()
    tab.act("open-lesson", lambda: tab.tap_home("open", LESSON),
            lambda: tab.screen().get("screen") == "lesson" and tab.screen().get("marker") == "0")
    tab.count_models("lesson")
    for index, interactive in enumerate(steps):
        card = str(index)
        if interactive:
            pause()
            options = tab.screen()["card"].get("options") or []
            if not options or not tab.screen().get("needs_choice"):
                raise RuntimeError(f"benchmark out of date: card {index} shows no choice to make")
            option = rng.choice(options)["id"]
            intent("pick", "pick", lambda s, o=option: s.get("marker") == card and s["card"].get("picked") == o
                   and bool(s["card"].get("feedback")), option)
        pause()
        if index == len(steps) - 1:
            intent("start-quiz", "next", lambda s: s.get("screen") == "quiz"
                   and s.get("marker") == f"{questions[0]['id']}:0")
            tab.count_models("quiz")
        else:
            intent("next-card", "next", lambda s, to=str(index + 1): s.get("marker") == to)

    for number, question in enumerate(questions):
        wrong_first = number == wrong_question and question["wrong"] and plan["tries"] > 1
        tries = [question["wrong"], question["correct"]] if wrong_first else [question["correct"]]
        for attempt, chosen in enumerate(tries, start=1):
            pause()
            screen = tab.screen()
            shown = [o["id"] for o in screen["question"].get("options", ())]
            if screen.get("marker") != f"{question['id']}:{attempt - 1}" or not set(chosen) <= set(shown):
                raise RuntimeError(f"benchmark out of date: question {question['id']} try {attempt} shows "
                                   f"{screen.get('marker')!r} with options {shown}")
            response = [oid for oid in shown if oid in chosen]  # ticked in the order shown, as player.js reads them
            intent("check", "check", lambda s, m=f"{question['id']}:{attempt}": s.get("marker") == m
                   and bool(s.get("feedback")), response)
            answers.append((question["id"], attempt))
        pause()
        if number == len(questions) - 1:
            intent("see-results", "next-question", lambda s: s.get("screen") == "results")
            tab.count_models("results")
        else:
            intent("next-question", "next-question",
                   lambda s, m=f"{questions[number + 1]['id']}:0": s.get("marker") == m)


def minimal_actions(tab: Tab, clicks: int, rng: random.Random, think) -> None:
    def text():
        return tab.html_texts("Hello")

    button = tab.find("bench-click")
    tab.count_models("page")
    for _ in range(clicks):
        time.sleep(rng.uniform(*think))
        tab.drain()
        before = text()
        tab.act("click", lambda: tab.click(button), lambda: text() != before)


# ---- worker processes -----------------------------------------------------------------------

def _wait(barrier, seconds: float) -> None:
    try:
        barrier.wait(seconds)
    except threading.BrokenBarrierError:
        pass  # someone gave up: carry on, the missing learner is reported


def _learner(job: dict, no: int, arrive_at: float, offset: float, opened, finished, results) -> None:
    rng = random.Random(job["seed"] * 100_003 + no)
    record = {"no": no, "page_ready": None, "page_get": None, "actions": [], "answers": [], "error": None,
              "models": {}, "route": None}
    tab = Tab(job["url"])
    try:
        time.sleep(max(0.0, arrive_at - time.time()))
        record["page_ready"] = tab.open()
        record["page_get"] = tab.get_seconds
        record["route"] = tab.route  # behind nginx: the process that built the page (benchmarks/multiproc.py)
    except Exception as exc:
        record["error"] = f"open: {exc!r}"
    _wait(opened, job["barrier_seconds"])
    # Learners start acting in the order and at the spread they arrived in, as if each
    # began as soon as their page was ready; all N pages are open meanwhile.
    time.sleep(offset)
    if record["error"] is None:
        try:
            if job["kind"] == "course":
                wrong = no % len(job["plan"]["questions"]) if no % 2 else None
                learner_actions(tab, job["plan"], rng, job["think"], wrong, record["answers"])
            else:
                minimal_actions(tab, job["clicks"], rng, job["think"])
        except Exception as exc:
            record["error"] = f"acting: {exc!r}"
    record["actions"] = tab.actions
    record["models"] = tab.model_counts
    _wait(finished, job["barrier_seconds"])
    tab.close()
    results.put(record)


def _worker(job: dict, learners: list[tuple[int, float, float]], opened, finished, results, usage) -> None:
    _client_classes()  # import Panel before the first arrival, not during it
    before = os.times()  # the load generator's CPU from here: importing Panel is not load
    threads = [threading.Thread(target=_learner, args=(job, no, at, offset, opened, finished, results), daemon=True)
               for no, at, offset in learners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    times = os.times()
    usage.put(times.user + times.system - before.user - before.system)


def run_phase(kind: str, server: Server, url: str, learners: int, args, plan: dict | None) -> dict:
    """N learners against one server: page opens, then actions; server CPU/RSS at each barrier."""
    ctx = mp.get_context("spawn")
    opened, finished = ctx.Barrier(learners + 1), ctx.Barrier(learners + 1)
    results, usage = ctx.Queue(), ctx.Queue()
    procs = args.procs or max(2, min(8, math.ceil(learners / 40)))
    job = {"kind": kind, "url": url, "plan": plan, "think": tuple(args.think), "seed": args.seed,
           "clicks": args.minimal_clicks, "barrier_seconds": args.timeout}
    rng = random.Random(args.seed)
    start = time.time() + 3.0 + 0.5 * procs  # workers import Panel first
    arrivals = sorted(rng.uniform(0, args.arrival) for _ in range(learners))
    shares = [[] for _ in range(procs)]
    for no, offset in enumerate(arrivals):
        shares[no % procs].append((no, start + offset, offset))
    workers = [ctx.Process(target=_worker, args=(job, share, opened, finished, results, usage), daemon=True)
               for share in shares if share]
    for worker in workers:
        worker.start()
    time.sleep(max(0.0, start - time.time() - 0.2))
    cpu0, rss0, busy0 = server.cpu_seconds(), server.rss_bytes(), machine_busy()
    t0 = time.perf_counter()
    _wait(opened, args.timeout)
    cpu1, rss1, busy1 = server.cpu_seconds(), server.rss_bytes(), machine_busy()
    t1 = time.perf_counter()
    _wait(finished, args.timeout)
    cpu2, rss2, busy2 = server.cpu_seconds(), server.rss_bytes(), machine_busy()
    t2 = time.perf_counter()
    records = [results.get(timeout=120) for _ in range(learners)]
    client_cpu = sum(usage.get(timeout=60) for _ in workers)
    for worker in workers:
        worker.join(30)
    records.sort(key=lambda r: r["no"])
    actions = [seconds for r in records for _name, seconds, _wall in r["actions"]]
    return {
        "records": records,
        "open_seconds": t1 - t0, "act_seconds": t2 - t1,
        "server_cpu_open_s": cpu1 - cpu0, "server_cpu_act_s": cpu2 - cpu1,
        "rss_baseline": rss0, "rss_open": rss1, "rss_after": rss2,
        "machine_busy_open": _busy(busy0, busy1), "machine_busy_act": _busy(busy1, busy2),
        "machine_busy_cpu_s": (busy2[0] - busy0[0]) / CLOCK_TICKS,
        "client_cpu_s": client_cpu, "procs": len(workers), "action_count": len(actions),
    }


def _busy(before, after) -> float:
    return (after[0] - before[0]) / max(1, after[1] - before[1])


# ---- figures ----------------------------------------------------------------------------------

def quantile(values: list[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def spread(values: list[float], scale: float = 1.0) -> dict:
    return {"n": len(values), "median": _r(quantile(values, 0.5), scale), "p95": _r(quantile(values, 0.95), scale),
            "max": _r(max(values) if values else None, scale)}


def _r(value, scale):
    return None if value is None else round(value * scale, 4)


def summarise(phase: dict, learners: int) -> dict:
    records = phase["records"]
    ready = [r["page_ready"] for r in records if r["page_ready"] is not None]
    actions = [s for r in records for _n, s, _wall in r["actions"]]
    walls = [wall for r in records for _n, _s, wall in r["actions"]]
    by_kind: dict[str, list[float]] = {}
    for r in records:
        for name, seconds, _wall in r["actions"]:
            by_kind.setdefault(name, []).append(seconds)
    sessions = len(ready)
    return {
        "learners": learners,
        "errors": [f"learner {r['no']}: {r['error']}" for r in records if r["error"]],
        "page_ready_s": spread(ready),
        "page_get_s": spread([r["page_get"] for r in records if r["page_get"] is not None]),
        "action_ms": spread(actions, 1000),
        "action_ms_with_client": spread(walls, 1000),
        "action_ms_by_kind": {k: spread(v, 1000) for k, v in sorted(by_kind.items())},
        "actions": len(actions),
        "actions_per_second": round(len(actions) / phase["act_seconds"], 2) if phase["act_seconds"] else None,
        "server_cpu_ms_per_page": round(1000 * phase["server_cpu_open_s"] / max(1, sessions), 2),
        "server_cpu_ms_per_action": round(1000 * phase["server_cpu_act_s"] / max(1, len(actions)), 2),
        "server_rss_mb": {"baseline": round(phase["rss_baseline"] / 2**20, 1),
                          "all_open": round(phase["rss_open"] / 2**20, 1),
                          "after_actions": round(phase["rss_after"] / 2**20, 1)},
        "rss_mb_per_session": round((max(phase["rss_open"], phase["rss_after"]) - phase["rss_baseline"])
                                    / max(1, sessions) / 2**20, 3),
        "phase_seconds": {"open": round(phase["open_seconds"], 2), "act": round(phase["act_seconds"], 2)},
        "machine_cpu_busy": {"open": round(phase["machine_busy_open"], 3), "act": round(phase["machine_busy_act"], 3)},
        "load_generator_cpu_s": round(phase["client_cpu_s"], 2),
        # CPU seconds the machine spent on anything but this server and the load generator while
        # the phase ran (other users of a shared machine): large, and every time here is inflated
        "other_processes_cpu_s": round(phase["machine_busy_cpu_s"] - phase["server_cpu_open_s"]
                                       - phase["server_cpu_act_s"] - phase["client_cpu_s"], 1),
        "load_generator_processes": phase["procs"],
        # len(doc.models) of a page, as its client holds it, on each screen (median over learners)
        "bokeh_models_per_page": {screen: int(quantile([r["models"][screen] for r in records
                                                        if screen in r.get("models", {})], 0.5))
                                  for screen in sorted({k for r in records for k in r.get("models", {})})},
    }


# The answers a run stored (``?`` is the last answer id before it), asked the same way of SQLite
# here and of PostgreSQL by benchmarks/multiproc.py.
ANSWERS_SQL = "SELECT try_id, question_id, attempt FROM answer WHERE id > ?"
DUPLICATES_SQL = ("SELECT COUNT(*) FROM (SELECT 1 FROM answer WHERE id > ? GROUP BY try_id, question_id, attempt "
                  "HAVING COUNT(*) > 1) AS twice")


def check_answers(db_path: Path, after_id: int, records: list[dict], act_seconds: float) -> dict:
    """Every answer a learner saw graded is in the answer table exactly once."""
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        rows = db.execute(ANSWERS_SQL, (after_id,)).fetchall()
        duplicates = db.execute(DUPLICATES_SQL, (after_id,)).fetchone()[0]
    return compare_answers([tuple(row) for row in rows], duplicates, records, act_seconds)


def compare_answers(rows: list[tuple], duplicates: int, records: list[dict], act_seconds: float) -> dict:
    """The answers the learners saw graded against the (try, question, attempt) rows stored."""
    expected = Counter(tuple(a) for r in records for a in r["answers"])
    tries = len({try_id for try_id, _question, _attempt in rows})
    stored = Counter((question, attempt) for _try, question, attempt in rows)
    sent = sum(expected.values())
    return {
        "answers_sent": sent, "answers_stored": len(rows), "duplicates": duplicates, "quiz_tries": tries,
        "learners_who_answered": sum(1 for r in records if r["answers"]),
        "exactly_once": stored == expected and duplicates == 0,
        "answers_per_second": round(len(rows) / act_seconds, 2) if act_seconds else None,
    }


def last_answer_id(db_path: Path) -> int:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        return db.execute("SELECT COALESCE(MAX(id), 0) FROM answer").fetchone()[0]


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
               if line.startswith("MemTotal:"))
    versions = {}
    for package in ("panel", "bokeh", "param", "tornado", "SQLAlchemy", "fluent.runtime"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, timeout=10).stdout.strip() or None
    except OSError:
        commit = None
    return {"nproc": len(os.sched_getaffinity(0)), "cpu_model": cpu, "memory_gb": round(mem / 2**20, 1),
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
            "kernel": platform.release(), "python": platform.python_version(), "versions": versions,
            "database": "SQLite (file in a temporary data directory)", "commit": commit}


def targets(summary: dict, ratios: dict, answers: dict) -> list[dict]:
    checks = []
    for key, limit, unit, what in TARGETS:
        value = summary.get(key) if unit == "MB" else ratios.get(key)
        checks.append({"target": f"{key} <= {limit:g} {unit}", "applies_to": what, "value": value,
                       "holds": value is not None and value <= limit})
    checks.append({"target": "every answer stored exactly once", "applies_to": "answers table, after the run",
                   "value": f"{answers['answers_stored']}/{answers['answers_sent']}",
                   "holds": answers["exactly_once"] and answers["answers_sent"] > 0})
    return checks


def table(result: dict) -> str:
    app, floor = result["app"], result["minimal_app"]
    rows = [
        ("page ready median / p95 / max (s)", _triple(app["page_ready_s"]), _triple(floor["page_ready_s"])),
        ("action round trip median / p95 (ms)", _pair(app["action_ms"]), _pair(floor["action_ms"])),
        ("server CPU per page open (ms)", app["server_cpu_ms_per_page"], floor["server_cpu_ms_per_page"]),
        ("server CPU per action (ms)", app["server_cpu_ms_per_action"], floor["server_cpu_ms_per_action"]),
        ("server RSS per open session (MB)", app["rss_mb_per_session"], floor["rss_mb_per_session"]),
        ("Bokeh models per page, by screen", " ".join(f"{k} {v}" for k, v in app["bokeh_models_per_page"].items()),
         " ".join(f"{k} {v}" for k, v in floor["bokeh_models_per_page"].items())),
        ("actions (per second)", f"{app['actions']} ({app['actions_per_second']}/s)",
         f"{floor['actions']} ({floor['actions_per_second']}/s)"),
        ("CPU s of other processes meanwhile", app["other_processes_cpu_s"], floor["other_processes_cpu_s"]),
        ("machine CPU busy: opening / acting", f"{app['machine_cpu_busy']['open']:.0%} / {app['machine_cpu_busy']['act']:.0%}",
         f"{floor['machine_cpu_busy']['open']:.0%} / {floor['machine_cpu_busy']['act']:.0%}"),
        ("errors", len(app["errors"]), len(floor["errors"])),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"{'':{width}}  {'Amaan':>24}  {'minimal Panel app':>24}"]
    lines += [f"{name:{width}}  {str(a):>24}  {str(b):>24}" for name, a, b in rows]
    answers = result["answers"]
    lines.append("")
    lines.append(f"answers: {answers['answers_stored']} stored of {answers['answers_sent']} sent, "
                 f"{answers['duplicates']} duplicates, exactly once: {answers['exactly_once']}, "
                 f"{answers['answers_per_second']} answers/s")
    ratios = result["ratios"]
    lines.append(f"ratios to the minimal app: page ready median {ratios['page_ready_median']}x, "
                 f"p95 {ratios['page_ready_p95']}x; action median {ratios['action_median']}x, "
                 f"p95 {ratios['action_p95']}x; server CPU per action {ratios['server_cpu_per_action']}x")
    for error in (app["errors"] + floor["errors"])[:10]:
        lines.append(f"error: {error}")
    lines.append("")
    for check in result["targets"]:
        lines.append(f"{'holds ' if check['holds'] else 'FAILS '} {check['target']:<36} value {check['value']}"
                     f"  ({check['applies_to']})")
    return "\n".join(lines)


def _triple(s):
    return f"{s['median']} / {s['p95']} / {s['max']}"


def _pair(s):
    return f"{s['median']} / {s['p95']}"


def _ratio(a, b):
    return round(a / b, 2) if a is not None and b else None


# ---- the run ----------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--learners", type=int, default=40, help="simulated learners (1-500, default 40)")
    parser.add_argument("--arrival", type=float, default=10.0, help="every learner arrives within this many seconds")
    parser.add_argument("--think", type=float, nargs=2, default=[0.5, 2.0], metavar=("MIN", "MAX"),
                        help="seconds between a learner's actions, drawn uniformly (default 0.5 2)")
    parser.add_argument("--procs", type=int, default=0, help="load-generator processes (default: N/40, 2 to 8)")
    parser.add_argument("--minimal-clicks", type=int, default=10, help="clicks per visitor of the minimal app")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=1200, help="stop everything after this many seconds")
    parser.add_argument("--out", type=Path, default=None, help="JSON path (default benchmarks/results/classroom-<N>.json)")
    parser.add_argument("--no-save", action="store_true", help="print only, write no JSON")
    args = parser.parse_args(argv)
    if not 1 <= args.learners <= 500:
        parser.error("--learners must be between 1 and 500")

    servers: list[Server] = []

    def stop_everything() -> None:
        for server in servers:
            server.stop()

    watchdog = start_watchdog("classroom", args.timeout, stop_everything)
    started = time.time()
    plan = lesson_plan()
    with tempfile.TemporaryDirectory(prefix="amaan-classroom-") as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        # Every simulated learner comes from 127.0.0.1, like a class behind a school's NAT: the cap
        # on one address's not-yet-connected pages (course/web/session_cap.py, 60) is raised to
        # the class size, as such a deployment would, or a busy server answers 429 past 60.
        env = {**os.environ, "COURSE_DATA_DIR": str(data), "PYTHONUNBUFFERED": "1",
               "COURSE_UNCONNECTED_PAGES_PER_CLIENT": str(max(60, args.learners))}
        env.pop("COURSE_DATABASE_URL", None)
        subprocess.run([sys.executable, "-m", "course", "demo", "--seed", "1"], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL, timeout=300)
        try:
            port = free_port()
            # --address explicitly: a COURSE_ADDRESS in the environment must not open it to the network
            app = Server("course serve", [sys.executable, "-m", "course", "serve", "--port", str(port),
                                          "--address", "127.0.0.1"],
                         env, f"http://127.0.0.1:{port}/", Path(tmp) / "course-serve.log")
            servers.append(app)
            app.wait_ready()
            print(f"classroom: course serve pid {app.proc.pid} on {app.url}; {args.learners} learners", flush=True)
            warm = argparse.Namespace(**{**vars(args), "arrival": 0.0, "think": [0.1, 0.2]})
            run_phase("course", app, app.url, 1, warm, plan)  # first-visit costs (imports, lazy caches) out of the figures
            after_id = last_answer_id(data / "amaan.sqlite3")
            app_phase = run_phase("course", app, app.url, args.learners, args, plan)
            answers = check_answers(data / "amaan.sqlite3", after_id, app_phase["records"], app_phase["act_seconds"])
            app.stop()

            port = free_port()
            floor_url = f"http://127.0.0.1:{port}/{MINIMAL_APP.stem}"
            floor = Server("minimal app", [sys.executable, "-m", "panel", "serve", str(MINIMAL_APP), "--port", str(port),
                                           "--address", "127.0.0.1", "--allow-websocket-origin", f"127.0.0.1:{port}",
                                           "--unused-session-lifetime", "180000"],
                           env, floor_url, Path(tmp) / "minimal-serve.log")
            servers.append(floor)
            floor.wait_ready()
            print(f"classroom: minimal app pid {floor.proc.pid} on {floor_url}", flush=True)
            run_phase("minimal", floor, floor_url, 1, warm, None)
            floor_phase = run_phase("minimal", floor, floor_url, args.learners, args, None)
            floor.stop()
        finally:
            stop_everything()

    app_summary = summarise(app_phase, args.learners)
    floor_summary = summarise(floor_phase, args.learners)
    result = {
        "benchmark": "classroom",
        "command": "python benchmarks/classroom.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "duration_s": round(time.time() - started, 1),
        "machine": machine(),
        "settings": {"learners": args.learners, "arrival_s": args.arrival, "think_s": args.think,
                     "lesson": LESSON, "band": BAND, "minimal_clicks": args.minimal_clicks, "seed": args.seed},
        "app": app_summary,
        "minimal_app": floor_summary,
        "answers": answers,
        "ratios": {
            "page_ready_median": _ratio(app_summary["page_ready_s"]["median"], floor_summary["page_ready_s"]["median"]),
            "page_ready_p95": _ratio(app_summary["page_ready_s"]["p95"], floor_summary["page_ready_s"]["p95"]),
            "action_median": _ratio(app_summary["action_ms"]["median"], floor_summary["action_ms"]["median"]),
            "action_p95": _ratio(app_summary["action_ms"]["p95"], floor_summary["action_ms"]["p95"]),
            "server_cpu_per_action": _ratio(app_summary["server_cpu_ms_per_action"],
                                            floor_summary["server_cpu_ms_per_action"]),
        },
    }
    result["targets"] = targets(app_summary, result["ratios"], answers)
    print(table(result))
    if not args.no_save:
        save("classroom", result, args.out or RESULTS / f"classroom-{args.learners}.json")
    watchdog.cancel()
    return 0


def start_watchdog(name: str, seconds: float, stop) -> threading.Timer:
    """Stop everything (``stop()``, then exit 2) if the run outlives ``--timeout``: a benchmark's
    servers must never be left running (shared by the benchmarks that import this module)."""
    def overtime() -> None:
        print(f"{name}: stopped after --timeout {seconds:.0f} s", file=sys.stderr, flush=True)
        stop()
        os._exit(2)

    watchdog = threading.Timer(seconds, overtime)
    watchdog.daemon = True
    watchdog.start()
    return watchdog


def save(name: str, result: dict, out: Path) -> None:
    """Write a benchmark's JSON result (shared by the benchmarks that import this module)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"{name}: wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")


if __name__ == "__main__":
    sys.exit(main())
