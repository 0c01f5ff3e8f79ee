"""What `course serve` tidies by itself, every hour: guests nobody came back to, and ended sessions.

A guest not seen for GUEST_RETENTION is erased with everything they did (README, "Privacy and
safety"); their token already stopped working then (course.store.progress). Sessions that were
revoked or have expired can never be valid again, so their rows go too. The work runs on a
worker thread: a large erase must not stall the children's pages on the event loop.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from tornado.ioloop import IOLoop, PeriodicCallback

from course.store import privacy, sessions
from course.store.progress import GUEST_RETENTION

log = logging.getLogger("course.web")
EVERY = timedelta(hours=1)


def tidy() -> tuple[int, int]:
    """Erase the guests who left and the sessions that ended, now: (guests, sessions)."""
    return privacy.prune_guests(GUEST_RETENTION), sessions.prune()


def _tidy_logged() -> None:
    try:
        guests, ended = tidy()
    except Exception:  # a busy or unreachable database: the next hour tries again
        log.exception("housekeeping failed")
        return
    if guests or ended:
        log.info("housekeeping: erased %d guest(s) away for %d days and %d ended session(s)",
                 guests, GUEST_RETENTION.days, ended)


def start() -> PeriodicCallback:
    """Tidy once the server runs, then every EVERY; on the IOLoop the server is about to start."""
    loop = IOLoop.current()

    def run() -> None:
        loop.run_in_executor(None, _tidy_logged)

    callback = PeriodicCallback(run, EVERY / timedelta(milliseconds=1))
    callback.start()
    loop.add_callback(run)
    return callback
