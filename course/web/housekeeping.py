"""What `course serve` tidies by itself, every hour: guests nobody came back to, and ended sessions;
and the ministry view's figures, brought up to date (course.reports.ministry_rollup).

A guest not seen for GUEST_RETENTION is erased with everything they did (README, "Privacy and
safety"); their token already stopped working then (course.store.progress). Sessions that were
revoked or have expired can never be valid again, so their rows go too. The work runs on a
worker thread: a large erase must not stall the children's pages on the event loop.

Every process of a deployment runs this: the rollup is refreshed by whichever gets there first,
the others find it done within FRESH_ENOUGH and write nothing.
"""
from __future__ import annotations

import logging
from datetime import timedelta

from tornado.ioloop import IOLoop, PeriodicCallback

from course.reports import ministry_rollup
from course.store import privacy, sessions
from course.store.progress import GUEST_RETENTION

log = logging.getLogger("course.web")
EVERY = timedelta(hours=1)
FRESH_ENOUGH = EVERY / 2  # another process refreshed the ministry's figures this recently: leave them


def tidy() -> tuple[int, int]:
    """Erase the guests who left and the sessions that ended, now: (guests, sessions)."""
    return privacy.prune_guests(GUEST_RETENTION), sessions.prune()


def refresh_ministry() -> ministry_rollup.Refreshed:
    """The ministry view's figures, up to now (unless another process just did it)."""
    from course.web.dashboard_state import lesson_dicts  # the loaded catalogue, as the view reads it

    return ministry_rollup.refresh(lesson_dicts(), unless_within=FRESH_ENOUGH)


def _tidy_logged() -> None:
    try:
        guests, ended = tidy()
    except Exception:  # a busy or unreachable database: the next hour tries again
        log.exception("housekeeping failed")
    else:
        if guests or ended:
            log.info("housekeeping: erased %d guest(s) away for %d days and %d ended session(s)",
                     guests, GUEST_RETENTION.days, ended)
    try:  # on its own: a failed erase must not keep the ministry's figures from being refreshed
        refresh_ministry()
    except Exception:
        log.exception("refreshing the ministry view's figures failed")


def start() -> PeriodicCallback:
    """Tidy once the server runs, then every EVERY; on the IOLoop the server is about to start."""
    loop = IOLoop.current()

    def run() -> None:
        loop.run_in_executor(None, _tidy_logged)

    callback = PeriodicCallback(run, EVERY / timedelta(milliseconds=1))
    callback.start()
    loop.add_callback(run)
    return callback
