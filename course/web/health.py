"""``/healthz``: whether this process can serve a child, for load balancers and for people.

200 when the database answers and the content is loaded, else 503, with a small JSON body:

    {"status": "ok", "database": "ok", "content": "ok", "lessons": 17,
     "content_version": "3f1c0a9b2d4e", "route": "app1"}

No secrets and nothing about anyone: not the database's address, no error text (a driver's
message may quote the URL), no counts of learners. ``content_version`` is a hash of every content
file this process serves (lessons, quizzes, locales, help): each process logs it at start too, so
two processes serving different content after a half-finished roll-out show it.

The database is asked ``SELECT 1`` in a thread of its own, never on the event loop that serves
the children's pages, and given PROBE_SECONDS: a database that hangs makes the answer 503, not
a hung load balancer probe.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

import tornado.web
from sqlalchemy import text

from course import paths
from course.store import db
from course.web import routing, shared

log = logging.getLogger("course.web")
URL = "/healthz"
PROBE_SECONDS = 3.0
CONTENT_FOLDERS = ("lessons", "quizzes", "locales", "help")
# One thread: probes that hang queue behind each other instead of taking every thread the app has.
_probe = ThreadPoolExecutor(1, thread_name_prefix="healthz")


@lru_cache(maxsize=4)
def content_version(root: Path | None = None) -> str:
    """A short hash of every content file under ``root`` (names and bytes), in a stable order."""
    root = root or paths.content_root()
    digest = hashlib.sha256()
    for folder in CONTENT_FOLDERS:
        for path in sorted(p for p in (root / folder).rglob("*") if p.is_file()):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()[:12]


def _database_answers() -> bool:
    with db.read() as s:
        return s.execute(text("SELECT 1")).scalar() == 1


async def database_ok() -> bool:
    loop = asyncio.get_running_loop()
    try:
        return await asyncio.wait_for(loop.run_in_executor(_probe, _database_answers), PROBE_SECONDS)
    except Exception as exc:  # any failure is "unreachable"; the log keeps its kind, not its text
        log.warning("healthz: the database did not answer (%s)", type(exc).__name__)
        return False


async def report() -> tuple[int, dict]:
    """(HTTP status, body) of a health check."""
    database = await database_ok()
    lessons = len(shared.content().catalogue)
    body = {"status": "ok" if database and lessons else "unavailable",
            "database": "ok" if database else "unreachable",
            "content": "ok" if lessons else "empty", "lessons": lessons,
            "content_version": content_version(), "route": routing.route_name()}
    return (200 if body["status"] == "ok" else 503), body


class HealthHandler(tornado.web.RequestHandler):
    async def get(self) -> None:
        status, body = await report()
        self.set_status(status)
        self.set_header("Cache-Control", "no-store")
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(body))

    head = get


def routes() -> list:
    return [(URL, HealthHandler)]
