"""The educator dashboard's reports against class size, on SQLite and on PostgreSQL (issue 5).

    .venv/bin/python benchmarks/dashboard.py                  # SQLite, and PostgreSQL via .ci/postgres.sh
    .venv/bin/python benchmarks/dashboard.py --backends sqlite --runs 5
    COURSE_TEST_POSTGRES_URL=postgresql+psycopg://... .venv/bin/python benchmarks/dashboard.py

Each database gets one synthetic school with 30 lessons (5 questions each): a school of 2,000
learners in 50 classes of 40, plus classes of 5, 10, 20, 80, 200 and one class of 2,000 (a whole
school in one grid), about 4,300 learners and 700,000 rows. The histories are random but
seeded (some lessons mastered after one to three quiz tries, some completed, one under way; first
attempts right with the learner's own skill), and written straight into the tables in bulk: the
repository functions would take hours for this much, and the reports only read.

Every report of course/reports runs --runs times per class (median reported, after one warm-up
run), with the SQL statements it sent. The floor, measured in the same run on the same database,
is one read unit sending SELECT 1 (BEGIN, the query, COMMIT): the least any report can cost; the
ratio is report / floor. The target: the whole dashboard's data for a class of 40 (overview,
lesson report, needs help, coverage, one learner's detail) in under 250 ms on each database, a
quarter of the "well under a second" the page has (the Panel page build comes on top).

Results: a table on stdout, benchmarks/results/dashboard.json and dashboard.md. Exit 1 when a
target is missed. PostgreSQL: COURSE_TEST_POSTGRES_URL if set (a fresh schema, dropped after),
else a throwaway cluster from .ci/postgres.sh (fsync off: it only changes writes, not reads).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("COURSE_SECRET_KEY", "benchmark-only-secret")

from sqlalchemy import create_engine, event, func, insert, make_url, select, text  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from course.reports.coverage import risk_coverage  # noqa: E402
from course.reports.export import overview_csv  # noqa: E402
from course.reports.learner import learner_detail  # noqa: E402
from course.reports.lesson import lesson_report  # noqa: E402
from course.reports.needs_help import needs_help  # noqa: E402
from course.reports.overview import class_overview  # noqa: E402
from course.store import db  # noqa: E402
from course.store.models import Answer, Classroom, Educator, Learner, LessonProgress, QuizTry  # noqa: E402

LESSON_COUNT = 30
QUESTIONS = 5
STEPS = 8
SCHOOL_CLASSES, SCHOOL_CLASS_SIZE = 50, 40
SWEEP = (5, 10, 20, 80, 200, 2000)
TARGET_MS = 250.0
RISKS = ("content", "contact", "conduct", "contract")
CHUNK = 5000
NOW = datetime.now(UTC)


# ---- the synthetic school ---------------------------------------------------------------------

def lessons() -> list[dict]:
    out = []
    for n in range(1, LESSON_COUNT + 1):
        out.append({
            "id": f"lesson-{n:02d}", "quiz_id": f"lesson-{n:02d}-quiz", "version": "v1", "steps": STEPS,
            "mastery": 0.8, "tries_per_question": 2, "risks": [RISKS[n % 4], RISKS[(n * 7) % 4]],
            "questions": [{"id": f"q{i}", "options": ["a", "b", "c"], "correct": ["b"]} for i in range(QUESTIONS)],
        })
    return out


class Seeder:
    """Rows built in memory with explicit ids, inserted in chunks."""

    def __init__(self, rng: random.Random, catalogue: list[dict]):
        self.rng, self.catalogue = rng, catalogue
        self.rows: dict[type, list[dict]] = {Learner: [], LessonProgress: [], QuizTry: [], Answer: []}
        self.next_id = {Learner: 1, LessonProgress: 1, QuizTry: 1, Answer: 1}

    def _id(self, model) -> int:
        value = self.next_id[model]
        self.next_id[model] += 1
        return value

    def learner(self, class_id: int, name: str) -> int:
        rng = self.rng
        learner_id = self._id(Learner)
        start = NOW - timedelta(days=rng.uniform(20, 40))
        clock = [start]

        def later(seconds: float) -> datetime:
            clock[0] += timedelta(seconds=seconds)
            return clock[0]

        skill = rng.uniform(0.4, 0.98)
        reached = rng.randint(0, LESSON_COUNT)
        keys = iter(range(10**9))
        for index, lesson in enumerate(self.catalogue[:reached + 1]):
            under_way = index == reached
            if under_way and rng.random() < 0.5:
                break
            done = not under_way and rng.random() < 0.9
            step = STEPS - 1 if done else rng.randrange(STEPS - 1)
            spent = sum(rng.randint(8, 70) for _ in range(step))
            later(spent + rng.uniform(600, 40000))  # 30 lessons stay within two weeks
            # completed means the quiz was finished (issue 15), never just the last card reached
            best, mastered_at, completed_at = None, None, None
            if done:
                for _ in range(rng.randint(1, 3)):
                    score, finished = self._quiz(learner_id, lesson, skill, later, keys)
                    completed_at = completed_at or finished
                    best = max(best or 0.0, score)
                    if score >= 0.8:
                        mastered_at = finished
                        break
            self.rows[LessonProgress].append({
                "id": self._id(LessonProgress), "learner_id": learner_id, "lesson_id": lesson["id"],
                "current_step": step, "furthest_step": step, "total_steps": STEPS, "progress": (step + 1) / STEPS,
                "time_spent_seconds": spent, "best_score": best, "completed_at": completed_at,
                "mastered_at": mastered_at, "content_version": "v1", "updated_at": clock[0]})
        self.rows[Learner].append({
            "id": learner_id, "class_id": class_id, "display_name": name, "locale": "ar", "failed_logins": 0,
            "created_at": start, "last_active_at": min(later(rng.uniform(0, 3600)), NOW)})
        return learner_id

    def _quiz(self, learner_id, lesson, skill, later, keys) -> tuple[float, datetime]:
        rng = self.rng
        try_id = self._id(QuizTry)
        started = later(30)
        right_first = 0
        for q in lesson["questions"]:
            for attempt in (1, 2):
                right = rng.random() < (skill if attempt == 1 else 0.8)
                right_first += right and attempt == 1
                self.rows[Answer].append({
                    "id": self._id(Answer), "learner_id": learner_id, "try_id": try_id, "lesson_id": lesson["id"],
                    "quiz_id": lesson["quiz_id"], "question_id": q["id"],
                    "chosen": (chosen := ["b"] if right else [rng.choice(["a", "c"])]), "response": chosen,
                    "correct": right, "score": 1.0 if right else 0.0, "hint_used": False,
                    "attempt": attempt, "content_version": "v1", "answered_at": later(rng.uniform(5, 40)),
                    "idempotency_key": f"a{next(keys)}"})
                if right:
                    break
        score = right_first / QUESTIONS
        finished = later(5)
        self.rows[QuizTry].append({
            "id": try_id, "learner_id": learner_id, "lesson_id": lesson["id"], "quiz_id": lesson["quiz_id"],
            "started_at": started, "finished_at": finished, "score": score, "mastery_threshold": 0.8,
            "tries_per_question": 2, "question_count": QUESTIONS, "content_version": "v1", "shuffle_seed": 1,
            "idempotency_key": f"t{next(keys)}"})
        return score, finished

    def flush(self) -> dict[str, int]:
        counts = {}
        with db.write() as s:
            for model in (Learner, LessonProgress, QuizTry, Answer):
                rows = self.rows[model]
                for i in range(0, len(rows), CHUNK):
                    s.execute(insert(model), rows[i:i + CHUNK])
                counts[model.__tablename__] = len(rows)
                rows.clear()
        return counts


def seed_school(school_classes: int, sweep: tuple[int, ...], seed: int = 1
                ) -> tuple[int, dict[str, tuple[int, int]], dict[str, int]]:
    """The educator, the classes to time by label -> (class id, size), and the rows written."""
    rng = random.Random(seed)
    written: dict[str, int] = {}

    def learner(class_id: int, name: str) -> None:
        seeder.learner(class_id, name)
        if len(seeder.rows[Answer]) >= 50_000:  # bounded memory; a learner's rows go in together
            for table_name, n in seeder.flush().items():
                written[table_name] = written.get(table_name, 0) + n

    seeder = Seeder(rng, lessons())
    classes: dict[str, tuple[int, int]] = {}
    with db.write() as s:
        teacher = Educator(username="bench", display_name="Bench", password_hash="-", role="educator",
                           created_at=NOW, failed_logins=0)
        s.add(teacher)
        s.flush()
        teacher_id = teacher.id

    def new_class(label: str) -> int:
        with db.write() as s:
            row = Classroom(educator_id=teacher_id, name=label[:80], join_code=uuid.uuid4().hex[:8].upper(),
                            allow_self_register=False, results_visibility="learner", created_at=NOW)
            s.add(row)
            s.flush()
            return row.id

    for c in range(school_classes):
        class_id = new_class(f"school class {c + 1}")
        for n in range(SCHOOL_CLASS_SIZE):
            learner(class_id, f"learner {n}")
        if c == 0:
            classes[f"class of {SCHOOL_CLASS_SIZE} in a school of {school_classes * SCHOOL_CLASS_SIZE:,}"] = \
                (class_id, SCHOOL_CLASS_SIZE)
    for size in sweep:
        label = f"class of {size:,}" + (" (a whole school in one grid)" if size >= 1000 else "")
        class_id = new_class(label)
        for n in range(size):
            learner(class_id, f"learner {n}")
        classes[label] = (class_id, size)
    for table_name, n in seeder.flush().items():
        written[table_name] = written.get(table_name, 0) + n
    if db.get_engine().dialect.name == "postgresql":
        with db.write() as s:  # explicit ids leave the sequences behind
            for table in ("learner", "lesson_progress", "quiz_try", "answer"):
                s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"))
            s.execute(text("ANALYZE"))
    else:
        with db.write() as s:
            s.execute(text("ANALYZE"))
    return teacher_id, classes, written


# ---- timing -----------------------------------------------------------------------------------

def timed(run: Callable[[], object], runs: int) -> tuple[float, int]:
    """Median milliseconds over ``runs`` (after one warm-up), and the statements one run sends."""
    run()
    seen: list[str] = []

    def count(*_args) -> None:
        seen.append("")

    engine = db.get_engine()
    event.listen(engine, "before_cursor_execute", count)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), len(seen)


def floor_query() -> None:
    with db.read() as s:
        s.execute(text("SELECT 1")).scalar()


def busiest_learner(class_id: int) -> int:
    with db.read() as s:
        return s.scalar(select(QuizTry.learner_id).join(Learner, Learner.id == QuizTry.learner_id)
                        .where(Learner.class_id == class_id).group_by(QuizTry.learner_id)
                        .order_by(func.count().desc(), QuizTry.learner_id).limit(1))


def bench_backend(name: str, url: str, runs: int, quick: bool) -> dict:
    db.configure(url)
    db.ensure_schema()
    started = time.perf_counter()
    teacher, classes, counts = seed_school(*((3, (5, 80)) if quick else (SCHOOL_CLASSES, SWEEP)))
    seed_seconds = time.perf_counter() - started
    catalogue = lessons()
    middle = catalogue[LESSON_COUNT // 2]
    results, floors = [], []
    for label, (class_id, size) in classes.items():
        learner = busiest_learner(class_id)
        # Measured again next to each class's reports: the machine's load drifts during a run.
        floor_ms, _ = timed(floor_query, max(runs, 20))
        floors.append(floor_ms)
        reports = {
            "overview": lambda: class_overview(class_id, catalogue, as_educator=teacher, sort="completed"),
            "overview + CSV": lambda: overview_csv(class_overview(class_id, catalogue, as_educator=teacher), {}, {}),
            "lesson report": lambda: lesson_report(class_id, middle["id"], middle, as_educator=teacher),
            "needs help": lambda: needs_help(class_id, catalogue, as_educator=teacher),
            "risk coverage": lambda: risk_coverage(class_id, catalogue, as_educator=teacher),
            "learner detail": lambda: learner_detail(learner, as_educator=teacher),
        }
        for report, run in reports.items():
            median_ms, statements = timed(run, runs)
            results.append({"class": label, "learners": size, "report": report, "median_ms": round(median_ms, 2),
                            "floor_ms": round(floor_ms, 3), "ratio_to_floor": round(median_ms / floor_ms, 1),
                            "statements": statements})
        print(f"  {name}: {label} done", file=sys.stderr)
    db.dispose()
    db.configure(None)
    return {"seed_seconds": round(seed_seconds, 1), "rows": counts,
            "floor_ms": round(statistics.median(floors), 3), "results": results}


def dashboard_of_40(backend: dict) -> float:
    """The data of one dashboard visit for a class of 40: every report once (CSV aside)."""
    return sum(r["median_ms"] for r in backend["results"]
               if r["class"].startswith(f"class of {SCHOOL_CLASS_SIZE} ") and r["report"] != "overview + CSV")


# ---- databases ----------------------------------------------------------------------------------

def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'bench.sqlite3'}"


class Postgres:
    """A fresh schema on COURSE_TEST_POSTGRES_URL, or a throwaway cluster from .ci/postgres.sh."""

    def __enter__(self) -> str:
        self.cluster = None
        server = os.environ.get("COURSE_TEST_POSTGRES_URL")
        if not server:
            out = subprocess.run(["bash", str(ROOT / ".ci" / "postgres.sh"), "start"], check=True,
                                 capture_output=True, text=True).stdout
            found = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
            server, self.cluster = found["COURSE_TEST_POSTGRES_URL"], found["COURSE_TEST_POSTGRES_DIR"]
        self.server = server
        self.schema = f"bench_{uuid.uuid4().hex[:12]}"
        self.admin = create_engine(server, poolclass=NullPool)
        with self.admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{self.schema}"'))
        url = make_url(server).update_query_dict({"options": f"-csearch_path={self.schema}"})
        return url.render_as_string(hide_password=False)

    def __exit__(self, *_exc) -> None:
        db.dispose()
        with self.admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{self.schema}" CASCADE'))
        self.admin.dispose()
        if self.cluster:
            subprocess.run(["bash", str(ROOT / ".ci" / "postgres.sh"), "stop", self.cluster], check=False)

    def version(self) -> str:
        with self.admin.connect() as conn:
            return conn.execute(text("SHOW server_version")).scalar()


# ---- report ------------------------------------------------------------------------------------

def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    versions = {}
    for package in ("SQLAlchemy", "psycopg"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = None
    import sqlite3
    return {"cpu": cpu, "cpus": os.cpu_count(), "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "versions": versions, "commit": commit}


def table(summary: dict) -> str:
    lines = []
    for name, backend in summary["backends"].items():
        rows = backend["rows"]
        lines += [f"### {name}: floor (BEGIN; SELECT 1; COMMIT) {backend['floor_ms']:.2f} ms (median over the "
                  f"classes; each ratio uses its own class's); seeded "
                  f"{sum(rows.values()):,} rows in {backend['seed_seconds']} s "
                  f"({', '.join(f'{k} {v:,}' for k, v in rows.items())})", "",
                  "| class | learners | report | median ms | x floor | statements |",
                  "|---|---:|---|---:|---:|---:|"]
        for r in backend["results"]:
            lines.append(f"| {r['class']} | {r['learners']:,} | {r['report']} | {r['median_ms']:.1f} | "
                         f"{r['ratio_to_floor']:.0f} | {r['statements']} |")
        lines.append("")
    lines.append(f"Load average (1 min) before and after: {summary['load_before']} / {summary['load_after']} "
                 f"on {summary['machine']['cpus']} CPUs (other work on the machine shows up as noise).")
    for t in summary["targets"]:
        lines.append(f"- {t['what']} on {t['backend']}: {t['value_ms']:.1f} ms (target < {t['limit_ms']:.0f} ms): "
                     f"{'met' if t['met'] else 'MISSED'}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"], choices=["sqlite", "postgresql"])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per report (median reported)")
    parser.add_argument("--no-save", action="store_true", help="print only; leave benchmarks/results alone")
    parser.add_argument("--quick", action="store_true", help="a school of 3 classes and classes of 5 and 80 "
                        "(a smoke run; implies --no-save)")
    args = parser.parse_args()

    summary: dict = {"machine": machine(), "runs": args.runs, "lessons": LESSON_COUNT, "backends": {}, "targets": [],
                     "load_before": round(os.getloadavg()[0], 2)}
    for name in args.backends:
        print(f"{name}: seeding and timing…", file=sys.stderr)
        if name == "sqlite":
            with tempfile.TemporaryDirectory() as folder:
                summary["backends"][name] = bench_backend(name, sqlite_url(Path(folder)), args.runs, args.quick)
        else:
            postgres = Postgres()
            with postgres as url:
                summary["machine"]["postgresql"] = postgres.version()
                summary["backends"][name] = bench_backend(name, url, args.runs, args.quick)
        value = dashboard_of_40(summary["backends"][name])
        summary["targets"].append({"what": f"every report of a class of {SCHOOL_CLASS_SIZE}", "backend": name,
                                   "value_ms": round(value, 1), "limit_ms": TARGET_MS, "met": value < TARGET_MS})
    summary["load_after"] = round(os.getloadavg()[0], 2)
    text_table = table(summary)
    print(text_table)
    if not (args.no_save or args.quick):
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "dashboard.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", "utf-8")
        (RESULTS / "dashboard.md").write_text(
            "# Educator dashboard reports against class size\n\n"
            "Made by `.venv/bin/python benchmarks/dashboard.py` (see its docstring).\n\n" + text_table, "utf-8")
    return 0 if all(t["met"] for t in summary["targets"]) else 1


if __name__ == "__main__":
    sys.exit(main())
