"""The educator dashboard's page build against class size (issue 5), beside a minimal Panel page.

    .venv/bin/python benchmarks/dashboard_page.py [--runs 5]

benchmarks/dashboard.py times the reports' queries; this times what an educator waits for
when the Progress tab opens: the DashboardView built for a class (all its reports, the grid's
HTML, the Bokeh chart) and rendered to Bokeh models, as a served session does. The floor, in
the same run, is a minimal Panel page (one Markdown pane) rendered the same way.

Data: `course demo` (real lessons, realistic histories) on a fresh SQLite file; its 40
learners are put in one class, then copied into classes of 200 and 2,000 (the whole school in
one grid) with their progress, tries and answers, so every class has the same shape of data.
Results: a table, and benchmarks/results/dashboard_page.json. Exit 1 when a class of 40 takes
a second or more.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("COURSE_SECRET_KEY", "benchmark-only-secret")


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


def render_time(build, runs: int) -> float:
    """Median seconds to build a view and render it to Bokeh models (after one warm-up)."""
    import panel as pn
    from bokeh.document import Document

    times = []
    for i in range(runs + 1):
        start = time.perf_counter()
        pn.panel(build()).get_root(Document())
        if i:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="amaan-dash-"))
    os.environ["COURSE_DATA_DIR"] = str(data)

    import panel as pn
    from sqlalchemy import update

    from course.content.report import load_content
    from course.store import classes, db
    from course.store.demo import lesson_dicts, seed_demo
    from course.store.models import Learner
    from course.web import shared
    from course.web.dashboard_state import DashboardState
    from course.web.views.dashboard import DashboardView

    db.ensure_schema()
    catalogue = load_content(ROOT).catalogue
    seed_demo(None, lesson_dicts([e for e in catalogue.entries if e.track != "educators"]), seed=11)
    with db.write() as s:
        from sqlalchemy import select

        from course.store.models import Classroom

        first, *others = s.scalars(select(Classroom.id).order_by(Classroom.id)).all()
        educator = s.get(Classroom, first).educator_id
        s.execute(update(Learner).where(Learner.class_id.in_(others)).values(class_id=first))
    sizes = {"class of 40": first}
    for size in (200, 2000):
        klass = classes.create_class(educator, f"class of {size}")
        copy_class(first, klass.id, size // 40)
        sizes[f"class of {size:,}"] = klass.id
    shared.database_ready()

    floor = render_time(lambda: pn.pane.Markdown("hello"), args.runs)
    rows = []
    for label, class_id in sizes.items():
        def build(class_id=class_id):
            state = DashboardState(educator_id=educator, class_id=class_id)
            state.track = state.busiest_track()
            return DashboardView(state=state, locale="ar")
        seconds = render_time(build, args.runs)
        rows.append({"class": label, "seconds": round(seconds, 3), "x_floor": round(seconds / floor, 1)})
    result = {"floor_seconds": round(floor, 5), "runs": args.runs, "rows": rows,
              "machine": {"nproc": os.cpu_count(), "python": platform.python_version(),
                          "panel": pn.__version__, "load": os.getloadavg()}}
    print(f"floor (a Markdown pane rendered): {floor * 1000:.1f} ms")
    print(f"{'class':<20} {'page build':>12} {'x floor':>9}")
    for row in rows:
        print(f"{row['class']:<20} {row['seconds'] * 1000:>9.0f} ms {row['x_floor']:>9}")
    out = ROOT / "benchmarks" / "results" / "dashboard_page.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    return 0 if rows[0]["seconds"] < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
