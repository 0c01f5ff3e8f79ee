"""The educator pages against class size (issue 16, item 5): classes of 40, 200 and 2,000.

    .venv/bin/python benchmarks/dashboard_page.py [--runs 5]

benchmarks/dashboard.py times the reports' queries; this times what an educator waits for, in
the server's own process, as a served session does it (the views built and rendered to Bokeh
models in a Document; each change's patch serialised as Bokeh's PATCH-DOC message):

- page build: the Progress tab (DashboardView with its state and the busiest track), the Classes
  tab (ClassesView on the class) and a child's sign-in names (SignInView after the join code);
  Bokeh models in each;
- each search, sort and page change: server time from the change to its patch, and the patch's
  bytes as Bokeh sends them (before the websocket's permessage-deflate; compressed in brackets);
- SQL statements per report, which must not grow with the class.

Floors, measured in the same run and the same way: benchmarks/minimal_app.py (a Markdown pane and
a button) rendered, and one click of its button (the text changes). Times are reported beside
their ratio to these, as this machine's speed drifts.

Data: `course demo` (real lessons, realistic histories) on a fresh SQLite file; its 40 learners
are put in one class, then copied into classes of 200 and 2,000 (the whole school in one grid)
with their progress, tries and answers, so every class has the same shape of data.
Targets (issue 16): page build of the Progress tab for 2,000 at most 0.5 s; each search, sort or
page change at most 100 KB and 150 ms; statements per report the same for every class size.
Results: a table, and benchmarks/results/dashboard-page.json. Exit 1 when a target is missed.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import runpy
import statistics
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

from bokeh.document.events import DocumentPatchedEvent, SessionCallbackAdded

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("COURSE_SECRET_KEY", "benchmark-only-secret")
RESULT = ROOT / "benchmarks" / "results" / "dashboard-page.json"
BUILD_TARGET_S = 0.5  # the Progress tab for a class of 2,000
ACTION_TARGET_KB = 100
ACTION_TARGET_MS = 150


def copy_class(source_class: int, target_class: int, copies: int) -> int:
    """Copy every learner of one class, with all their rows, ``copies`` times into another."""
    from sqlalchemy import select

    from course.store import db
    from course.store.models import Answer, Learner, LessonProgress, QuizTry

    def plain(row, **changes):
        data = {c.key: getattr(row, c.key) for c in row.__mapper__.column_attrs if c.key != "id"}
        return {**data, **changes}

    made = 0
    with db.write() as s:
        learners = s.scalars(select(Learner).where(Learner.class_id == source_class)).all()
        for n in range(copies):
            for learner in learners:
                new = Learner(**plain(learner, class_id=target_class, display_name=f"{learner.display_name} {n}",
                                      guest_token_hash=None))
                s.add(new)
                s.flush()
                for p in s.scalars(select(LessonProgress).where(LessonProgress.learner_id == learner.id)):
                    s.add(LessonProgress(**plain(p, learner_id=new.id)))
                for t in s.scalars(select(QuizTry).where(QuizTry.learner_id == learner.id)):
                    new_try = QuizTry(**plain(t, learner_id=new.id, idempotency_key=f"{t.idempotency_key}-{new.id}"))
                    s.add(new_try)
                    s.flush()
                    for a in s.scalars(select(Answer).where(Answer.try_id == t.id)):
                        s.add(Answer(**plain(a, learner_id=new.id, try_id=new_try.id,
                                             idempotency_key=f"{a.idempotency_key}-{new.id}")))
                made += 1
    return made


class Session:
    """A view rendered into a Bokeh Document, as a served session holds it; records what it sends."""

    def __init__(self, viewable):
        import panel as pn
        from bokeh.document import Document
        from bokeh.protocol import Protocol

        self.doc = Document()
        self.viewable = viewable
        self.doc.add_root(pn.panel(viewable).get_root(self.doc))
        # As a served session once its websocket is open: Panel then holds a change's events and
        # releases them on the next tick (below), as Bokeh's patch; on a document with no
        # connection it would hand layout changes to no one (panel.io.document.hold).
        pn.state._connected[self.doc] = True
        self._events: list = []
        self._protocol = Protocol()
        self.doc.on_change(self._events.append)

    @property
    def models(self) -> int:
        return len(self.doc.models)

    def _next_tick(self) -> None:
        """Run what the change left for the next tick (Panel's release of the held events), as the
        server's IOLoop would right after the change."""
        ran: set[int] = set()
        while waiting := [e for e in self._events if isinstance(e, SessionCallbackAdded) and id(e) not in ran]:
            for event in waiting:
                ran.add(id(event))
                self.doc.remove_next_tick_callback(event.callback)
                event.callback.callback()

    def act(self, action: Callable[[], None]) -> tuple[float, int, int]:
        """(server seconds from the change to its serialised patch, bytes, bytes deflated)."""
        self._events.clear()
        start = time.perf_counter()
        action()
        self._next_tick()
        patched = [e for e in self._events if isinstance(e, DocumentPatchedEvent)]
        if not patched:  # nothing changed on the page: nothing is sent
            return time.perf_counter() - start, 0, 0
        message = self._protocol.create("PATCH-DOC", patched)
        parts = [message.header_json, message.content_json, message.metadata_json]
        sent = "".join(parts).encode() + b"".join(bytes(b.data) for b in message.buffers)
        seconds = time.perf_counter() - start
        return seconds, len(sent), len(zlib.compress(sent, 6))


def median_of(runs: int, once: Callable[[int], tuple]) -> tuple:
    """Median of each figure over ``runs`` calls (after one warm-up), ``once(i)`` returning a tuple."""
    once(-1)
    results = [once(i) for i in range(runs)]
    return tuple(statistics.median(column) for column in zip(*results, strict=True))


def build_time(build: Callable[[], object], runs: int) -> tuple[float, int]:
    """(median seconds to build and render, Bokeh models in the rendered page)."""
    sessions = []

    def once(_i):
        start = time.perf_counter()
        sessions.append(Session(build()))
        return (time.perf_counter() - start,)

    (seconds,) = median_of(runs, once)
    return seconds, sessions[-1].models


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="amaan-dash-"))
    os.environ["COURSE_DATA_DIR"] = str(data)

    import panel as pn
    from sqlalchemy import event, select, update
    from sqlalchemy.engine import Engine

    from course.content.report import load_content
    from course.reports.coverage import risk_coverage
    from course.reports.lesson import lesson_report
    from course.reports.needs_help import needs_help
    from course.reports.overview import overview_page, started_per_lesson
    from course.store import classes, db
    from course.store.demo import lesson_dicts as demo_dicts
    from course.store.demo import seed_demo
    from course.store.models import Classroom, Learner
    from course.web import shared
    from course.web.dashboard_state import DashboardState, lesson_dicts
    from course.web.educator_state import EducatorState
    from course.web.signin_state import SignInState
    from course.web.views.dashboard import DashboardView
    from course.web.views.educator_classes import ClassesView
    from course.web.views.signin import SignInView

    db.ensure_schema()
    catalogue = load_content(ROOT).catalogue
    seed_demo(None, demo_dicts([e for e in catalogue.entries if e.track != "educators"]), seed=11)
    with db.write() as s:
        first, *others = s.scalars(select(Classroom.id).order_by(Classroom.id)).all()
        educator = s.get(Classroom, first).educator_id
        s.execute(update(Learner).where(Learner.class_id.in_(others)).values(class_id=first))
    sizes = {40: first}
    for size in (200, 2000):
        klass = classes.create_class(educator, f"class of {size}")
        copy_class(first, klass.id, size // 40)
        sizes[size] = klass.id
    shared.database_ready()

    # Floors: the minimal Panel app, rendered, and one click of its button.
    def minimal():
        scope = runpy.run_path(str(ROOT / "benchmarks" / "minimal_app.py"))
        return pn.Column(scope["text"], scope["button"])

    floor_build, floor_models = build_time(minimal, args.runs)
    floor_app = Session(minimal())
    button = floor_app.viewable.objects[1]
    floor_click = median_of(args.runs, lambda _i: floor_app.act(lambda: setattr(button, "clicks", button.clicks + 1)))

    statements: list[str] = []
    event.listen(Engine, "before_cursor_execute", lambda *a: statements.append(a[2]))

    def count(report: Callable[[], object]) -> int:
        statements.clear()
        report()
        return len(statements)

    rows = []
    for size, class_id in sizes.items():
        def progress_tab(class_id=class_id):
            state = DashboardState(educator_id=educator, class_id=class_id)
            state.track = state.busiest_track()
            return DashboardView(state=state, locale="ar")

        def classes_tab(class_id=class_id):
            state = EducatorState(educator_id=educator, locale="ar")
            state.choose_class(class_id)
            return ClassesView(state=state)

        code = classes.class_info(class_id).join_code

        def sign_in(code=code):
            state = SignInState(client=f"bench-{time.perf_counter_ns()}")
            state.enter_code(code)
            return SignInView(state=state, locale="ar")

        row: dict = {"learners": size}
        for name, build in (("progress_tab", progress_tab), ("classes_tab", classes_tab), ("sign_in_names", sign_in)):
            seconds, models = build_time(build, args.runs)
            row[name] = {"build_s": round(seconds, 4), "x_floor": round(seconds / floor_build, 1), "models": models}

        dash = Session(progress_tab())
        view: DashboardView = dash.viewable
        searches = ["1", "2", "ة", "a", "3"]
        sorts = ["completed", "last-active", "mastered", "name"]
        pager = view._grid_pages
        tab = Session(classes_tab())
        cview: ClassesView = tab.viewable
        lpager = cview._learner_pages
        # In this order: page changes before searches, which may leave one page. Forth then
        # back, so that every press has a page to go to (a class of 40 has one: its pager is
        # hidden, and a press changes nothing).
        actions = {
            "grid_page": lambda i: dash.act(lambda: setattr(
                b := (pager._next if i % 2 else pager._previous), "clicks", b.clicks + 1)),
            "sort": lambda i: dash.act(lambda: setattr(view._sort, "value", sorts[(i + 1) % len(sorts)])),
            "search": lambda i: dash.act(lambda: setattr(view._search, "value", searches[(i + 1) % len(searches)])),
            "classes_page": lambda i: tab.act(lambda: setattr(
                b := (lpager._next if i % 2 else lpager._previous), "clicks", b.clicks + 1)),
            "classes_search": lambda i: tab.act(lambda: setattr(cview._find, "value",
                                                                searches[(i + 1) % len(searches)])),
        }
        row["actions"] = {}
        for name, once in actions.items():
            seconds, sent, deflated = median_of(args.runs, once)
            row["actions"][name] = {"server_ms": round(seconds * 1000, 1), "x_floor": round(seconds / floor_click[0], 1),
                                    "kb": round(sent / 1000, 1), "kb_deflated": round(deflated / 1000, 1)}

        state = DashboardState(educator_id=educator, class_id=class_id)
        children = [d for d in lesson_dicts() if d["track"] != "educators"]
        track = lesson_dicts(state.busiest_track())
        lesson = track[0]
        row["statements"] = {
            "grid page": count(lambda: overview_page(class_id, track, as_educator=educator, sort="completed")),
            "busiest track": count(lambda: started_per_lesson(class_id, [d["id"] for d in children],
                                                               as_educator=educator)),
            "needs help": count(lambda: needs_help(class_id, lesson_dicts(), as_educator=educator)),
            "coverage": count(lambda: risk_coverage(class_id, children, as_educator=educator)),
            "lesson report": count(lambda: lesson_report(class_id, lesson["id"], lesson, as_educator=educator)),
            "learners page": count(lambda: classes.learners_page(class_id, as_educator=educator, offset=20)),
        }
        rows.append(row)

    missed = []
    big = rows[-1]
    if big["progress_tab"]["build_s"] > BUILD_TARGET_S:
        missed.append(f"Progress tab build for {big['learners']}: {big['progress_tab']['build_s']} s > {BUILD_TARGET_S} s")
    for row in rows:
        for name, figures in row["actions"].items():
            if figures["kb"] > ACTION_TARGET_KB or figures["server_ms"] > ACTION_TARGET_MS:
                missed.append(f"{name} for {row['learners']}: {figures['kb']} KB, {figures['server_ms']} ms")
    if any(row["statements"] != rows[0]["statements"] for row in rows):
        missed.append("statements per report grow with the class")

    result = {
        "floor": {"minimal_app_build_s": round(floor_build, 5), "minimal_app_models": floor_models,
                  "minimal_click_ms": round(floor_click[0] * 1000, 2), "minimal_click_kb": round(floor_click[1] / 1000, 2)},
        "targets": {"progress_tab_build_s_for_2000": BUILD_TARGET_S, "action_kb": ACTION_TARGET_KB,
                    "action_ms": ACTION_TARGET_MS},
        "runs": args.runs, "rows": rows, "missed": missed,
        "machine": {"nproc": os.cpu_count(), "python": platform.python_version(), "panel": pn.__version__,
                    "load": [round(x, 2) for x in os.getloadavg()]},
    }
    print(f"floor: minimal app rendered {floor_build * 1000:.1f} ms ({floor_models} models); "
          f"its click {floor_click[0] * 1000:.2f} ms, {floor_click[1] / 1000:.2f} KB")
    for row in rows:
        print(f"\nclass of {row['learners']:,}")
        for name in ("progress_tab", "classes_tab", "sign_in_names"):
            b = row[name]
            print(f"  build {name:<14} {b['build_s'] * 1000:8.0f} ms  x{b['x_floor']:<7} {b['models']:>5} models")
        for name, a in row["actions"].items():
            print(f"  {name:<20} {a['server_ms']:8.1f} ms  x{a['x_floor']:<7} {a['kb']:>7} KB ({a['kb_deflated']} KB deflated)")
        print("  statements", row["statements"])
    print("\nmissed:" if missed else "\nevery target met", *missed, sep="\n  ")
    RESULT.parent.mkdir(exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
