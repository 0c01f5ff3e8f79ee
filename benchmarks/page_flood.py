"""A page-load flood: anonymous GETs of `/` in a loop, never opening a websocket (security issue 6).

    .venv/bin/python benchmarks/page_flood.py                      # 4 waves of 150 GETs from one address
    .venv/bin/python benchmarks/page_flood.py --waves 2 --pause 75  # the client again after the short life
    git archive HEAD | tar -x -C /tmp/amaan-before                 # an older commit, for "before"
    .venv/bin/python benchmarks/page_flood.py --root /tmp/amaan-before --out benchmarks/results/page-flood-before.json

A benchmark, not a test: it measures and reports, it asserts nothing. It starts `course serve` of
--root (this checkout by default) on a free loopback port with a fresh data directory, opens the
page once to warm the server (the first page loads every lazy cache), reads the server's RSS,
then sends --waves waves of --gets GETs, one after another as a script would, round robin from
--clients loopback addresses (127.0.0.2, 127.0.0.3 ...), with --pause seconds between waves.
After each wave it reads the RSS and the server's CPU time. A page that never connects used to
be kept for the server's whole unused-session lifetime (180 s); course/web/session_cap.py now
discards it after 60 s and answers 429 past 60 waiting pages per address. Four waves without a
pause (600 GETs within a minute, all inside 180 s) show the growth; a pause of 75 s (the short
life plus a sweep) shows the client served again and the first wave's memory used again. RSS
seldom shrinks once grown (the allocator keeps freed pages), and a wave's garbage waits for the
collector (course serve runs it rarely on purpose), so read the growth over all the waves.

Results: a table on stdout and benchmarks/results/page-flood.json (--out), the machine described.
The run stops itself and its server after --timeout seconds whatever happens.
"""
from __future__ import annotations

import argparse
import http.client
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import classroom  # noqa: E402  (the server's CPU and RSS from /proc, the machine description)

ROOT = classroom.ROOT
OUT = classroom.RESULTS / "page-flood.json"
MB = 2**20


class Server(classroom.Server):
    """classroom.Server, started in the checkout given (an older commit's, for "before")."""

    def __init__(self, root: Path, argv: list[str], env: dict, url: str, log: Path):
        self.name, self.url, self.log = "course serve", url, log
        self._log = open(log, "w")
        self.proc = subprocess.Popen(argv, cwd=root, env=env, stdout=self._log, stderr=subprocess.STDOUT,
                                     preexec_fn=classroom._stop_with_parent)


def get(url: str, source: str) -> int:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120, source_address=(source, 0))
    try:
        conn.request("GET", "/")
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def wave(server: Server, gets: int, clients: list[str]) -> dict:
    cpu, rss, started = server.cpu_seconds(), server.rss_bytes(), time.monotonic()
    statuses = Counter(get(server.url, clients[i % len(clients)]) for i in range(gets))
    return {
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "seconds": round(time.monotonic() - started, 2),
        "server_cpu_ms_per_get": round((server.cpu_seconds() - cpu) * 1000 / gets, 1),
        "rss_mb_after": round(server.rss_bytes() / MB, 1),
        "rss_growth_mb": round((server.rss_bytes() - rss) / MB, 1),
    }


def table(result: dict) -> str:
    lines = [f"page_flood: {result['settings']['gets']} GETs per wave from {result['settings']['clients']} "
             f"address(es), root {result['settings']['root']}",
             f"  RSS after one warm-up page: {result['rss_mb_warm']:.1f} MB",
             "  wave  statuses            seconds  CPU ms/GET  RSS after  growth"]
    for n, w in enumerate(result["waves"], 1):
        statuses = ", ".join(f"{k}x{v}" for k, v in w["statuses"].items())
        lines.append(f"  {n:>4}  {statuses:<18}  {w['seconds']:>7.1f}  {w['server_cpu_ms_per_get']:>10.1f}"
                     f"  {w['rss_mb_after']:>6.1f} MB  {w['rss_growth_mb']:>+6.1f} MB")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gets", type=int, default=150, help="GETs per wave (default 150)")
    parser.add_argument("--waves", type=int, default=4, help="waves of GETs (default 4)")
    parser.add_argument("--pause", type=float, default=0, help="seconds between waves (default 0)")
    parser.add_argument("--clients", type=int, default=1, help="loopback addresses the GETs come from (1-250)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to serve (default this one)")
    parser.add_argument("--timeout", type=float, default=900, help="stop everything after this many seconds")
    parser.add_argument("--out", type=Path, default=OUT, help="JSON path (default benchmarks/results/page-flood.json)")
    parser.add_argument("--no-save", action="store_true", help="print only, write no JSON")
    args = parser.parse_args(argv)
    if not 1 <= args.clients <= 250:
        parser.error("--clients must be between 1 and 250 (one loopback address each)")

    server: Server | None = None
    watchdog = classroom.start_watchdog("page_flood", args.timeout, lambda: server.stop() if server is not None else None)
    started = time.time()
    clients = [f"127.0.0.{n + 2}" for n in range(args.clients)]
    with tempfile.TemporaryDirectory(prefix="amaan-page-flood-") as tmp:
        env = {**os.environ, "COURSE_DATA_DIR": str(Path(tmp) / "data"), "PYTHONUNBUFFERED": "1"}
        for name in ("COURSE_DATABASE_URL", "COURSE_CONTENT_DIR", "COURSE_UNCONNECTED_PAGES_PER_CLIENT",
                     "COURSE_UNCONNECTED_PAGE_SECONDS"):
            env.pop(name, None)
        port = classroom.free_port()
        url = f"http://127.0.0.1:{port}/"
        server = Server(args.root.resolve(), [sys.executable, "-m", "course", "serve", "--port", str(port)],
                        env, url, Path(tmp) / "course-serve.log")
        try:
            server.wait_ready()  # its GET is the warm-up page
            time.sleep(1)
            warm = server.rss_bytes() / MB
            waves = []
            for n in range(args.waves):
                if n:
                    time.sleep(args.pause)
                waves.append(wave(server, args.gets, clients))
                print(f"page_flood: wave {n + 1}: {waves[-1]['statuses']}, RSS {waves[-1]['rss_mb_after']} MB",
                      flush=True)
        finally:
            server.stop()

    result = {
        "benchmark": "page-flood",
        "command": "python benchmarks/page_flood.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "duration_s": round(time.time() - started, 1),
        "machine": classroom.machine(),
        "settings": {"gets": args.gets, "waves": args.waves, "pause_s": args.pause, "clients": args.clients,
                     "root": str(args.root)},
        "rss_mb_warm": round(warm, 1),
        "waves": waves,
    }
    print(table(result))
    if not args.no_save:
        classroom.save("page_flood", result, args.out)
    watchdog.cancel()
    return 0


if __name__ == "__main__":
    sys.exit(main())
