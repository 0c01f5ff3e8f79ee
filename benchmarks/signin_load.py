"""Children's pages while teachers sign in: 20 wrong educator sign-ins at once (security issue 3).

    .venv/bin/python benchmarks/signin_load.py                  # 20 teachers at once, 3 rounds
    .venv/bin/python benchmarks/signin_load.py --teachers 20 --rounds 3 --learners 4 --quiet 6

A benchmark, not a test: it measures and reports, it asserts nothing. It starts `course serve` on
a free loopback port with a fresh data directory, then measures two things all the time:
- a trivial GET (the sign-in page's stylesheet), one after another, 20 per second;
- learners' actions: --learners guests, each a real client of the Bokeh server protocol (as
  benchmarks/classroom.py drives them, in a process of their own), switching the age band on
  the home page every 0.2 to 0.6 s; the round trip runs from the event sent to the patch that
  shows the band's lessons, the client's own decoding left out.
Meanwhile it alternates quiet windows (--quiet seconds, no sign-in) with storms: --teachers
sign-ins sent at once, each with a wrong password and from its own loopback address (as
teachers behind different networks; one address would hit the per-network limit after 20).
Every username is unknown: since issue 11 an unknown name costs the same argon2 verification
as a known one, so the storm costs the server what 20 real teachers mistyping would.

A sample counts for a storm if it was in flight at any moment of one (from the first sign-in
sent to the last answer), and for the quiet if it was not; the table compares the two and gives
the ratio storm / quiet. Results: a table on stdout and benchmarks/results/signin-load.json.
The run stops itself and its server after --timeout seconds whatever happens.
"""
from __future__ import annotations

import argparse
import http.client
import multiprocessing as mp
import os
import random
import re
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import classroom  # noqa: E402  (the server, the simulated tab and the figures, shared)

ROOT = classroom.ROOT
OUT = classroom.RESULTS / "signin-load.json"
LOGIN = "/educator/login"
GET_EVERY = 0.05  # seconds between two probe GETs
THINK = (0.2, 0.6)  # seconds between a learner's two band switches


# ---- plain HTTP from a chosen loopback address ----------------------------------------------------

def connect(url: str, source: str) -> http.client.HTTPConnection:
    parts = urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=120, source_address=(source, 0))


def sign_in_form(url: str, source: str) -> dict:
    """What a browser holds after opening the sign-in page: its XSRF cookie and token."""
    conn = connect(url, source)
    try:
        conn.request("GET", LOGIN)
        response = conn.getresponse()
        body = response.read().decode("utf-8")
    finally:
        conn.close()
    cookie = next(c.split(";")[0] for c in response.headers.get_all("Set-Cookie") if c.startswith("_xsrf="))
    return {"source": source, "cookie": cookie, "token": re.search(r'name="_xsrf" value="([^"]+)"', body).group(1),
            "stylesheet": re.search(r'href="([^"]*page\.css[^"]*)"', body).group(1)}


def wrong_sign_in(url: str, form: dict, username: str) -> tuple[int, float]:
    """(status, seconds) of one sign-in with a wrong password."""
    body = urlencode({"_xsrf": form["token"], "username": username, "password": "not the password, sorry"})
    conn = connect(url, form["source"])
    started = time.perf_counter()
    try:
        conn.request("POST", LOGIN, body, {"Cookie": form["cookie"], "Content-Type": "application/x-www-form-urlencoded"})
        response = conn.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    finally:
        conn.close()


def storm(url: str, forms: list[dict], round_no: int) -> dict:
    """Every teacher's sign-in sent at the same moment; the window runs to the last answer."""
    results: list[tuple[int, float]] = []
    gate = threading.Barrier(len(forms) + 1)

    def teacher(number: int, form: dict) -> None:
        gate.wait()
        results.append(wrong_sign_in(url, form, f"teacher-{round_no}-{number}"))

    threads = [threading.Thread(target=teacher, args=(n, f)) for n, f in enumerate(forms)]
    for thread in threads:
        thread.start()
    gate.wait()
    began = time.time()
    for thread in threads:
        thread.join()
    return {"start": began, "end": time.time(), "statuses": dict(Counter(s for s, _ in results)),
            "sign_in_s": [seconds for _, seconds in results]}


def probe_gets(url: str, path: str, stop: threading.Event, samples: list) -> None:
    """A trivial GET after another until ``stop``: (sent at, seconds)."""
    while not stop.is_set():
        conn = connect(url, "127.0.0.1")
        sent, started = time.time(), time.perf_counter()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            if response.status == 200:
                samples.append((sent, time.perf_counter() - started))
        finally:
            conn.close()
        stop.wait(GET_EVERY)


# ---- learners, in a process of their own ------------------------------------------------------------

def learner(url: str, no: int, stop, ready, out) -> None:
    """Opens the home page, then switches between the first two age bands until ``stop`` is set."""
    rng = random.Random(no)
    tab = classroom.Tab(url)
    samples, error = [], None
    try:
        tab.open()
        lessons = tab.lessons_shown  # the home list's lesson ids, as the browser got them
        bands = ("under-9", "9-12")
        band = 0
        tab.act("band", lambda: tab.tap_home("band", bands[band]), lambda: bool(lessons()))  # the first shows a list
        ready.release()
        while not stop.wait(rng.uniform(*THINK)):
            tab.drain()
            band, before = 1 - band, lessons()
            sent = time.time()
            seconds = tab.act("band", lambda: tab.tap_home("band", bands[band]),
                              lambda: lessons() != before and bool(lessons()))
            samples.append((sent, seconds))
    except Exception as exc:
        error = repr(exc)
        ready.release()
    finally:
        tab.close()
    out.put({"no": no, "samples": samples, "error": error})


def learners_process(url: str, count: int, stop, ready, out) -> None:
    classroom._client_classes()  # import Panel before the first page
    threads = [threading.Thread(target=learner, args=(url, no, stop, ready, out)) for no in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


# ---- figures ------------------------------------------------------------------------------------------

def split(samples: list[tuple[float, float]], storms: list[dict], start: float) -> tuple[list, list]:
    """(quiet, storm) latencies: a sample in flight at any moment of a storm counts for the storm."""
    quiet, stormy = [], []
    for sent, seconds in samples:
        if sent < start:
            continue
        during = any(sent <= s["end"] and sent + seconds >= s["start"] for s in storms)
        (stormy if during else quiet).append(seconds)
    return quiet, stormy


def compare(samples, storms, start) -> dict:
    quiet, stormy = split(samples, storms, start)
    q, s = classroom.spread(quiet, 1000), classroom.spread(stormy, 1000)
    return {"quiet_ms": q, "storm_ms": s,
            "ratio_median": classroom._ratio(s["median"], q["median"]), "ratio_p95": classroom._ratio(s["p95"], q["p95"])}


def _three(s: dict) -> str:
    return " / ".join("-" if s[k] is None else f"{s[k]:.0f}" for k in ("median", "p95", "max"))


def table(result: dict) -> str:
    rows = []
    for name, key in (("trivial GET (ms)", "get"), ("learner band switch (ms)", "action")):
        c = result[key]
        rows.append((name, _three(c["quiet_ms"]), _three(c["storm_ms"]), f"{c['ratio_median']} / {c['ratio_p95']}",
                     f"{c['quiet_ms']['n']} / {c['storm_ms']['n']}"))
    head = ("", "quiet median/p95/max", "storm median/p95/max", "ratio median/p95", "samples")
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(str(v).rjust(w) if i else str(v).ljust(w) for i, (v, w) in enumerate(zip(r, widths, strict=True)))
             for r in [head, *rows]]
    s = result["sign_ins"]
    lines.append("")
    lines.append(f"{s['teachers']} wrong sign-ins at once, {s['rounds']} rounds: storm lasted "
                 f"{', '.join(f'{d:.2f}' for d in s['storm_s'])} s; one sign-in median {s['sign_in_s']['median']} s, "
                 f"slowest {s['sign_in_s']['max']} s; answers {s['statuses']}")
    if result["errors"]:
        lines += [f"error: {e}" for e in result["errors"][:10]]
    return "\n".join(lines)


def hashing_pool() -> dict | None:
    """The server's password pool, as this tree sets it (None before it had one)."""
    sys.path.insert(0, str(ROOT))  # this tree's code, which the server runs, not the venv's install
    try:
        from course.web import hashing
    except ImportError:
        return None
    return {"workers": hashing.HASH_WORKERS, "niceness": getattr(hashing, "NICENESS", 0)}


# ---- the run --------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--teachers", type=int, default=20, help="sign-ins sent at once (1-250, default 20)")
    parser.add_argument("--rounds", type=int, default=3, help="storms, each after a quiet window (default 3)")
    parser.add_argument("--learners", type=int, default=4, help="learners switching bands all along (default 4)")
    parser.add_argument("--quiet", type=float, default=6.0, help="seconds of each quiet window (default 6)")
    parser.add_argument("--timeout", type=float, default=600, help="stop everything after this many seconds")
    parser.add_argument("--out", type=Path, default=OUT, help="JSON path (default benchmarks/results/signin-load.json)")
    parser.add_argument("--no-save", action="store_true", help="print only, write no JSON")
    args = parser.parse_args(argv)
    if not 1 <= args.teachers <= 250:
        parser.error("--teachers must be between 1 and 250 (one loopback address each)")

    server: classroom.Server | None = None
    watchdog = classroom.start_watchdog("signin_load", args.timeout, lambda: server.stop() if server is not None else None)
    started, load_at_start = time.time(), [round(x, 2) for x in os.getloadavg()]
    with tempfile.TemporaryDirectory(prefix="amaan-signin-load-") as tmp:
        env = {**os.environ, "COURSE_DATA_DIR": str(Path(tmp) / "data"), "PYTHONUNBUFFERED": "1"}
        env.pop("COURSE_DATABASE_URL", None)
        port = classroom.free_port()
        url = f"http://127.0.0.1:{port}/"
        server = classroom.Server("course serve", [sys.executable, "-m", "course", "serve", "--port", str(port)],
                                  env, url, Path(tmp) / "course-serve.log")
        try:
            server.wait_ready()
            print(f"signin_load: course serve pid {server.proc.pid} on {url}", flush=True)
            first = sign_in_form(url, "127.0.0.1")
            wrong_sign_in(url, first, "warm-up")  # the dummy hash is made once per process: not in the figures
            ctx = mp.get_context("spawn")
            ready, out, done = ctx.Semaphore(0), ctx.Queue(), ctx.Event()
            worker = ctx.Process(target=learners_process, args=(url, args.learners, done, ready, out), daemon=True)
            worker.start()
            for _ in range(args.learners):
                ready.acquire(timeout=120)
            stop, gets = threading.Event(), []
            prober = threading.Thread(target=probe_gets, args=(url, first["stylesheet"], stop, gets), daemon=True)
            prober.start()
            measured_from = time.time()
            storms = []
            for round_no in range(args.rounds):
                forms = [sign_in_form(url, f"127.0.{round_no + 1}.{n + 1}") for n in range(args.teachers)]
                time.sleep(args.quiet)
                storms.append(storm(url, forms, round_no))
                print(f"signin_load: storm {round_no + 1} lasted {storms[-1]['end'] - storms[-1]['start']:.2f} s",
                      flush=True)
            time.sleep(args.quiet)
            measured_to = time.time()
            stop.set()
            done.set()
            prober.join(30)
            records = [out.get(timeout=120) for _ in range(args.learners)]
            worker.join(60)
        finally:
            server.stop()

    actions = [(sent, seconds) for r in records for sent, seconds in r["samples"] if sent < measured_to]
    statuses: Counter[int] = Counter()
    for s in storms:
        statuses.update(s["statuses"])
    result = {
        "benchmark": "signin-load",
        "command": "python benchmarks/signin_load.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "duration_s": round(time.time() - started, 1),
        "machine": {**classroom.machine(), "load_average_at_start": load_at_start},
        "settings": {"teachers": args.teachers, "rounds": args.rounds, "learners": args.learners,
                     "quiet_s": args.quiet, "get_every_s": GET_EVERY, "think_s": THINK,
                     "hashing_pool": hashing_pool()},
        "get": compare([g for g in gets if g[0] < measured_to], storms, measured_from),
        "action": compare(actions, storms, measured_from),
        "sign_ins": {"teachers": args.teachers, "rounds": args.rounds,
                     "storm_s": [round(s["end"] - s["start"], 3) for s in storms],
                     "sign_in_s": classroom.spread([x for s in storms for x in s["sign_in_s"]]),
                     "statuses": {str(k): v for k, v in sorted(statuses.items())}},
        "errors": [f"learner {r['no']}: {r['error']}" for r in records if r["error"]],
    }
    print(table(result))
    if not args.no_save:
        classroom.save("signin_load", result, args.out)
    watchdog.cancel()
    return 0


if __name__ == "__main__":
    sys.exit(main())
