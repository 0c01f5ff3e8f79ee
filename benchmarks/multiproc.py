"""One process or two behind nginx, on PostgreSQL through PgBouncer: a class at once (issue 19).

    .venv/bin/python benchmarks/multiproc.py                      # 300 and 600 learners (about 20 min)
    .venv/bin/python benchmarks/multiproc.py --learners-small 30 --learners-big 60 --arrival 10 --think 1 3
    bash .ci/postgres.sh run -- .venv/bin/python benchmarks/multiproc.py   # on that PostgreSQL

A benchmark, not a test: it measures, checks the issue's targets and says which hold (exit 1 when
one is missed). In one run, three deployments, each made afresh by tests/deploy/cluster.py (the
launcher the deployment tests use): Debian's nginx with the shipped locations
(deploy/nginx/amaan-locations.conf) and sticky routing on the app's cookie, PgBouncer in
transaction pooling, `course serve` processes on 127.0.0.1, a new database on one PostgreSQL:

  1. --learners-small learners against ONE process behind nginx;
  2. --learners-small learners against TWO processes behind nginx;
  3. --learners-big learners against TWO processes behind nginx.

The single process is behind nginx too, with the same PgBouncer and pool figures, so the only
difference between 1 and 2 is the second process: going direct would also save nginx's hop
and CPU, and the ratio would no longer measure what a second process buys.

The learners are benchmarks/classroom.py's (imported, not copied): real clients of the Bokeh
protocol, each a guest going through lesson private-eye and its quiz, in two phases (all pages
open, then all act), with the same --arrival and --think; the route cookie nginx's map reads is
sent back on the websocket as a browser does. For each deployment: action round trip p95,
throughput (actions/s while acting), CPU per action (the app processes' CPU time while acting /
actions; nginx's, PgBouncer's and PostgreSQL's are reported beside it), sessions per process
(from the route cookie each page came back with: they must land on every process), whether any
page reached a process that did not hold its session, and every answer stored exactly once
(asked of PostgreSQL directly, not through the app).

Targets (issue 19, ratios within this one run):
  p95(small on 2) <= 0.7 x p95(small on 1);  p95(big on 2) <= p95(small on 1);
  every answer stored exactly once;  sessions on every process of the two-process deployments.

PostgreSQL: COURSE_TEST_POSTGRES_URL when set (.ci/postgres.sh run -- ...), else the benchmark
starts its own throwaway cluster with .ci/postgres.sh start and stops it at the end. Everything
listens on 127.0.0.1 and stops after --timeout seconds whatever happens. Results: a table on
stdout and benchmarks/results/multiproc.json, with the machine and its load described (the load
generator runs on the same 2 cores as nginx, PgBouncer, PostgreSQL and the app processes).
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import classroom  # noqa: E402  (the simulated learners, their phases, figures, watchdog and machine)

from tests.deploy.cluster import Pools, missing_parts, running  # noqa: E402  (the deployment's launcher)

RESULT = ROOT / "benchmarks" / "results" / "multiproc.json"
# The figures deploy/compose.yaml and deploy/pgbouncer/pgbouncer.ini ship (10 + 10 per process,
# 40 server connections); .ci/postgres.sh allows 200.
POOLS = Pools(app_size=10, app_overflow=10, bouncer_pool=40, bouncer_clients=400)
SMALL_RATIO = 0.7  # issue 19: two processes' p95 at most 0.7 x one process's, same class
STRAYED = "a page reached this process with a session it does not hold"  # course/web/failover.py's log line
LIVE: list[running] = []  # the deployment up now, for the watchdog to stop


# ---- CPU of a process and its descendants, from /proc -----------------------------------------

def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds of a process and every descendant, living or ended: utime + stime of each,
    plus cutime + cstime (the children it has reaped). PostgreSQL's backends and nginx's workers
    are children of their master, so a backend that ends between two readings moves its time
    from the living to the reaped, and the difference stays right."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            if fields:
                parents.setdefault(int(fields[1]), []).append(int(entry.name))
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        fields = _stat(current)
        if fields is None:
            continue
        total += sum(int(v) for v in fields[11:15]) / classroom.CLOCK_TICKS
        todo.extend(parents.get(current, ()))
    return total


def run_queue_seconds(pid: int) -> float:
    """Seconds the process's threads have been ready to run but waited for a CPU (the second
    field of /proc/<pid>/task/*/schedstat): on a shared 2-core machine, where an action's time
    goes when it is not spent computing."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[1])
        except (FileNotFoundError, ProcessLookupError, IndexError):
            continue
    return total / 1e9


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS")


class Deployment:
    """What classroom.run_phase reads of "the server": the app processes' CPU and RSS, summed.

    run_phase reads the CPU at the start, when every page is open, and after the last action;
    each reading also notes the CPU of every part (each app process, nginx, PgBouncer,
    PostgreSQL) so that the acting phase can be told apart per part, and how long each app
    process waited for a CPU (``<route> waited``)."""

    def __init__(self, cluster, postmaster: int):
        self.cluster = cluster
        self.parts = {**{route: proc.pid for route, proc in cluster.procs.items()},
                      "nginx": cluster.nginx.pid, "pgbouncer": cluster.pgbouncer.pid, "postgresql": postmaster}
        self.readings: list[dict[str, float]] = []

    def cpu_seconds(self) -> float:
        reading = {part: tree_cpu_seconds(pid) for part, pid in self.parts.items()}
        reading.update({f"{route} waited": run_queue_seconds(proc.pid) for route, proc in self.cluster.procs.items()})
        self.readings.append(reading)
        return sum(reading[route] for route in self.cluster.procs)

    def rss_bytes(self) -> int:
        return sum(rss_bytes(proc.pid) for proc in self.cluster.procs.values())


def postmaster_pid(cluster) -> int:
    """The PostgreSQL server's pid, from the postmaster.pid file in its data directory (the
    server runs on this machine: the benchmark reads its CPU from /proc)."""
    data = cluster.sql("SHOW data_directory")[0][0]
    try:
        return int((Path(data) / "postmaster.pid").read_text().split()[0])
    except OSError as exc:
        raise RuntimeError(f"cannot read PostgreSQL's pid from {data}: its CPU cannot be measured") from exc


# ---- one deployment, one class ---------------------------------------------------------------------

def measure(name: str, routes: tuple[str, ...], learners: int, args, plan: dict, folder: Path) -> dict:
    """A fresh deployment with one process per route, warmed up, then the class; its figures."""
    env = {"COURSE_UNCONNECTED_PAGES_PER_CLIENT": str(max(60, learners))}  # every learner is 127.0.0.1: see classroom.py
    folder.mkdir()
    launcher = running(folder, env=env, routes=routes, pools=POOLS)
    LIVE.append(launcher)
    with launcher as cluster:
        deployment = Deployment(cluster, postmaster_pid(cluster))
        url = cluster.url + "/"
        print(f"multiproc: {name}: nginx {cluster.url}, processes "
              + ", ".join(f"{r} pid {p.pid}" for r, p in cluster.procs.items()), flush=True)
        # First-visit costs (imports, lazy caches, PostgreSQL's first plans) out of the figures: two
        # learners per process, arriving together, which least_conn spreads.
        warm = argparse.Namespace(**{**vars(args), "arrival": 0.0, "think": [0.1, 0.2], "procs": 0})
        warm_phase = classroom.run_phase("course", deployment, url, 2 * len(routes), warm, plan)
        after_id = cluster.sql("SELECT COALESCE(MAX(id), 0) FROM answer")[0][0]
        deployment.readings.clear()
        phase = classroom.run_phase("course", deployment, url, learners, args, plan)
        start, opened, acted = deployment.readings[-3:]
        rows = cluster.sql(classroom.ANSWERS_SQL.replace("?", ":after"), after=after_id)
        duplicates = cluster.sql(classroom.DUPLICATES_SQL.replace("?", ":after"), after=after_id)[0][0]
        answers = classroom.compare_answers([tuple(r) for r in rows], duplicates, phase["records"], phase["act_seconds"])
        strayed = {route: cluster.log(route).count(STRAYED) for route in routes}
        problems = {"nginx": log_lines(folder / "error.log", r"\[(?:error|crit|alert|emerg)\]"),
                    **{route: log_lines(folder / f"{route}.log", r"ERROR|Traceback|Exception") for route in routes}}
        postgresql = cluster.sql("SHOW server_version")[0][0]
    LIVE.remove(launcher)

    summary = classroom.summarise(phase, learners)
    cpu_parts = [part for part in acted if not part.endswith(" waited")]
    act_cpu = {part: round(acted[part] - opened[part], 2) for part in cpu_parts}
    run_cpu = {part: round(acted[part] - start[part], 2) for part in cpu_parts}
    waited = {route: round(acted[f"{route} waited"] - opened[f"{route} waited"], 2) for route in routes}
    actions = summary["actions"]
    sessions = Counter(r["route"] for r in phase["records"] if r["page_ready"] is not None)
    return {
        "name": name,
        "processes": len(routes),
        "learners": learners,
        "action_ms": summary["action_ms"],
        "actions": actions,
        "actions_per_second": summary["actions_per_second"],
        # the app processes' CPU while acting / actions (classroom.summarise, over Deployment)
        "app_cpu_ms_per_action": summary["server_cpu_ms_per_action"],
        # every part of the deployment: the app processes, nginx, PgBouncer and PostgreSQL
        "deployment_cpu_ms_per_action": round(1000 * sum(act_cpu.values()) / max(1, actions), 2),
        "cpu_s_while_acting": act_cpu,
        # each app process's threads' time ready to run but waiting for a CPU, while acting: next
        # to its CPU seconds, how much of an action's time was queueing for the machine's cores
        "app_run_queue_wait_s_while_acting": waited,
        "cpu_s_whole_run": run_cpu,
        "sessions_per_process": {route: sessions.get(route, 0) for route in routes},
        "sessions_without_route": sessions.get(None, 0),
        "pages_that_reached_another_process": strayed,
        "answers": answers,
        "page_ready_s": summary["page_ready_s"],
        "server_cpu_ms_per_page": summary["server_cpu_ms_per_page"],
        "action_ms_by_kind": summary["action_ms_by_kind"],
        "app_rss_mb": summary["server_rss_mb"],
        "phase_seconds": summary["phase_seconds"],
        "machine_cpu_busy": summary["machine_cpu_busy"],
        "load_generator_cpu_s": summary["load_generator_cpu_s"],
        "load_generator_processes": summary["load_generator_processes"],
        # CPU seconds of the machine spent on neither the deployment nor the load generator while
        # this class ran (others sharing the machine): large, and every time here is inflated
        "outside_cpu_s": round(summary["other_processes_cpu_s"] - sum(v for k, v in run_cpu.items() if k not in routes), 1),
        "warm_up_routes": dict(Counter(r["route"] for r in warm_phase["records"])),
        "errors": summary["errors"],
        "error_kinds": dict(Counter(re.sub(r"^learner \d+: ", "", e)[:100] for e in summary["errors"]).most_common(8)),
        # nginx's error log and the app processes' errors, by kind: why learners failed, if they did
        "server_problems": problems,
        "postgresql": postgresql,
    }


def log_lines(path: Path, pattern: str) -> dict[str, int]:
    """The log's lines matching ``pattern``, by kind (numbers, addresses and ids blanked), most
    frequent first."""
    if not path.exists():
        return {}
    kinds: Counter[str] = Counter()
    for line in path.read_text("utf-8", "replace").splitlines():
        if re.search(pattern, line):
            kind = re.sub(r"^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d |\d+", "#", line)
            kinds[re.sub(r"(client|server|request|upstream|host|referrer): [^,]*", r"\1: …", kind)[:160]] += 1
    return dict(kinds.most_common(8))


# ---- targets and the table ----------------------------------------------------------------------

def targets(one: dict, two: dict, big: dict) -> list[dict]:
    """The issue's targets. A p95 compares whole classes only: a run where learners failed has a
    p95 over the few who got through, which says nothing."""
    base = one["action_ms"]["p95"]
    checks = []
    for run, limit, than in ((two, SMALL_RATIO, f"{SMALL_RATIO} x "), (big, 1.0, "")):
        value = classroom._ratio(run["action_ms"]["p95"], base)
        whole = not one["errors"] and not run["errors"]
        checks.append({"target": f"action p95, {run['name']} <= {than}{one['name']}", "value": value, "limit": limit,
                       "holds": whole and value is not None and value <= limit,
                       **({} if whole else {"void": "learners failed in one of the two runs: see every learner finished"})})
    for run in (one, two, big):
        checks.append({"target": f"every learner finished the lesson and quiz, {run['name']}",
                       "value": f"{run['learners'] - len(run['errors'])}/{run['learners']}", "holds": not run["errors"]})
    for run in (one, two, big):
        a = run["answers"]
        checks.append({"target": f"every answer stored exactly once, {run['name']}",
                       "value": f"{a['answers_stored']}/{a['answers_sent']}, {a['duplicates']} duplicates",
                       "holds": a["exactly_once"] and a["answers_sent"] > 0})
    for run in (two, big):
        counts = run["sessions_per_process"]
        checks.append({"target": f"sessions on every process, {run['name']}",
                       "value": counts,
                       "holds": all(counts.values()) and not any(run["pages_that_reached_another_process"].values())})
    return checks


def table(runs: list[dict], checks: list[dict]) -> str:
    rows = [
        ("action round trip median / p95 (ms)", lambda r: f"{r['action_ms']['median']} / {r['action_ms']['p95']}"),
        ("actions (per second)", lambda r: f"{r['actions']} ({r['actions_per_second']}/s)"),
        ("app CPU per action (ms)", lambda r: r["app_cpu_ms_per_action"]),
        ("all parts' CPU per action (ms)", lambda r: r["deployment_cpu_ms_per_action"]),
        ("app CPU s / run-queue wait s, acting", lambda r: " / ".join(
            str(round(sum(v for k, v in d.items() if k.startswith("app")), 1))
            for d in (r["cpu_s_while_acting"], r["app_run_queue_wait_s_while_acting"]))),
        ("CPU s acting: app / nginx / pgb / pg", lambda r: " / ".join(
            [str(round(sum(v for k, v in r["cpu_s_while_acting"].items() if k.startswith("app")), 1))]
            + [str(r["cpu_s_while_acting"][k]) for k in ("nginx", "pgbouncer", "postgresql")])),
        ("sessions per process", lambda r: " ".join(f"{k}:{v}" for k, v in r["sessions_per_process"].items())),
        ("page ready median / p95 (s)", lambda r: f"{r['page_ready_s']['median']} / {r['page_ready_s']['p95']}"),
        ("machine busy: opening / acting", lambda r: f"{r['machine_cpu_busy']['open']:.0%} / {r['machine_cpu_busy']['act']:.0%}"),
        ("load generator CPU s", lambda r: r["load_generator_cpu_s"]),
        ("CPU s of others on the machine", lambda r: r["outside_cpu_s"]),
        ("answers stored / sent, exactly once", lambda r: f"{r['answers']['answers_stored']}/{r['answers']['answers_sent']}"
                                                           f" {r['answers']['exactly_once']}"),
        ("errors", lambda r: len(r["errors"])),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"{'':{width}}" + "".join(f"  {r['name']:>26}" for r in runs)]
    lines += [f"{name:{width}}" + "".join(f"  {str(cell(r)):>26}" for r in runs) for name, cell in rows]
    for run in runs:
        for error, count in run["error_kinds"].items():
            lines.append(f"error ({run['name']}) x{count}: {error}")
        for part, kinds in run["server_problems"].items():
            for kind, count in list(kinds.items())[:3]:
                lines.append(f"{part} log ({run['name']}) x{count}: {kind}")
    lines.append("")
    for check in checks:
        lines.append(f"{'holds ' if check['holds'] else 'FAILS '} {check['target']}: {check['value']}")
    return "\n".join(lines)


# ---- PostgreSQL --------------------------------------------------------------------------------

def own_postgres() -> str:
    """Start a throwaway PostgreSQL with .ci/postgres.sh; returns its directory (for stopping)."""
    out = subprocess.run(["bash", str(ROOT / ".ci" / "postgres.sh"), "start"], cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=300).stdout
    values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    os.environ["COURSE_TEST_POSTGRES_URL"] = values["COURSE_TEST_POSTGRES_URL"]
    return values["COURSE_TEST_POSTGRES_DIR"]


def stop_postgres(folder: str) -> None:
    subprocess.run(["bash", str(ROOT / ".ci" / "postgres.sh"), "stop", folder], cwd=ROOT, timeout=120, check=False)


# ---- the run ---------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--learners-small", type=int, default=300, help="learners on one process and on two (default 300)")
    parser.add_argument("--learners-big", type=int, default=600, help="learners on two processes (default 600)")
    parser.add_argument("--arrival", type=float, default=60.0, help="every learner arrives within this many seconds (60)")
    parser.add_argument("--think", type=float, nargs=2, default=[4.0, 12.0], metavar=("MIN", "MAX"),
                        help="seconds between a learner's actions, drawn uniformly (default 4 12)")
    parser.add_argument("--procs", type=int, default=0, help="load-generator processes (default: N/40, 2 to 8)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=3600, help="stop everything after this many seconds")
    parser.add_argument("--out", type=Path, default=RESULT, help="JSON path (default benchmarks/results/multiproc.json)")
    parser.add_argument("--no-save", action="store_true", help="print only, write no JSON")
    args = parser.parse_args(argv)
    for value, option in ((args.learners_small, "--learners-small"), (args.learners_big, "--learners-big")):
        if not 2 <= value <= 1000:
            parser.error(f"{option} must be between 2 and 1000")
    args.minimal_clicks = 0  # classroom.run_phase's job carries it; only the minimal app's learners use it

    pg_folder: list[str] = []
    if not os.environ.get("COURSE_TEST_POSTGRES_URL"):
        pg_folder.append(own_postgres())
    missing = missing_parts()
    if missing:
        for folder in pg_folder:
            stop_postgres(folder)
        print(f"multiproc: needs {', '.join(missing)}", file=sys.stderr)
        return 2

    def stop_everything() -> None:
        # the watchdog's way out: whatever deployment is up, then our own PostgreSQL
        for launcher in LIVE:
            launcher.__exit__(None, None, None)
        for folder in pg_folder:
            stop_postgres(folder)

    watchdog = classroom.start_watchdog("multiproc", args.timeout, stop_everything)
    started = time.time()
    plan = classroom.lesson_plan()
    small, big = args.learners_small, args.learners_big
    shapes = [(f"{small} on 1 process", ("app1",), small), (f"{small} on 2 processes", ("app1", "app2"), small),
              (f"{big} on 2 processes", ("app1", "app2"), big)]
    runs = []
    try:
        with tempfile.TemporaryDirectory(prefix="amaan-multiproc-") as tmp:
            for number, (name, routes, learners) in enumerate(shapes):
                runs.append(measure(name, routes, learners, args, plan, Path(tmp) / f"run{number}"))
                print(f"multiproc: {name}: action p95 {runs[-1]['action_ms']['p95']} ms", flush=True)
    finally:
        for folder in pg_folder:
            stop_postgres(folder)
    machine = classroom.machine()
    machine["database"] = ("PostgreSQL (throwaway, .ci/postgres.sh, fsync off) through PgBouncer in transaction "
                           "pooling; a fresh database per deployment")
    machine["servers"] = {"nginx": _version(["nginx", "-v"]), "pgbouncer": _version(["pgbouncer", "--version"]),
                          "postgresql": runs[0]["postgresql"]}
    checks = targets(*runs)
    result = {
        "benchmark": "multiproc",
        "command": "python benchmarks/multiproc.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "duration_s": round(time.time() - started, 1),
        "machine": machine,
        "settings": {"learners_small": small, "learners_big": big, "arrival_s": args.arrival, "think_s": args.think,
                     "lesson": classroom.LESSON, "band": classroom.BAND, "seed": args.seed,
                     "single_process": "behind nginx, like the two (same proxy hop, PgBouncer and pools)",
                     "pools": dataclasses.asdict(POOLS)},
        "runs": runs,
        "targets": checks,
    }
    print(table(runs, checks))
    if not args.no_save:
        classroom.save("multiproc", result, args.out)
    watchdog.cancel()
    return 0 if all(check["holds"] for check in checks) else 1


def _version(argv: list[str]) -> str | None:
    """A server's version line (nginx prints it on stderr)."""
    for folder in ("", "/usr/sbin/"):
        try:
            done = subprocess.run([folder + argv[0], *argv[1:]], capture_output=True, text=True, timeout=10)
        except OSError:
            continue
        return (done.stdout + done.stderr).strip().splitlines()[0] if (done.stdout + done.stderr).strip() else None
    return None


if __name__ == "__main__":
    sys.exit(main())
