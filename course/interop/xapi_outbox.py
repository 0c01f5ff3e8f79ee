"""Queue statements for the stored facts, and forward the queue to the LRS: at least once, never lost.

A statement leaves the queue only when the LRS has answered for it (200 or 204). A failed send waits
``retry_after`` and is tried again, for ever: a school server offline for a week keeps queueing
locally and catches up once the LRS can be reached (the wait is capped, so within ``BACKOFF_MAX``
of reconnecting, or at once with ``course xapi push``). A statement sent twice (the LRS stored it
but its answer was lost) is harmless: it goes again under the same id with the same content, and
the LRS keeps one.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from course.content.report import load_content
from course.interop.xapi_lrs import Lrs, LrsError
from course.interop.xapi_settings import XapiSettings
from course.interop.xapi_statements import Activities, build, statement_id
from course.store import db
from course.store import xapi_outbox as store

BATCH = 50  # statements per POST: small enough for a slow school uplink, large enough for a week's backlog
BACKOFF_FIRST = timedelta(seconds=30)
BACKOFF_MAX = timedelta(minutes=15)
SCAN = 500  # facts read per kind and round when queueing


def retry_after(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min ... doubling after each failed send, never more than 15 min."""
    return min(BACKOFF_FIRST * 2 ** max(attempts - 1, 0), BACKOFF_MAX)


def activities_for(settings: XapiSettings, root: Path) -> Activities:
    return Activities(settings.public_url, load_content(root).catalogue, root)


def enqueue(settings: XapiSettings, activities: Activities) -> int:
    """Queue a statement for every stored fact that has none yet; returns how many were queued."""
    queued = 0
    while True:
        facts = store.pending_facts(include_guests=settings.include_guests, limit=SCAN)
        if not facts:
            return queued
        added = store.queue([(f, statement_id(f), build(f, activities)) for f in facts])
        queued += added
        if added == 0:  # every fact was queued by someone else or its learner deleted: nothing left to do now
            return queued


@dataclass
class PushReport:
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def push(lrs: Lrs, *, ignore_backoff: bool = False, now: datetime | None = None, batch: int = BATCH,
         after_batch: Callable[[int], None] | None = None) -> PushReport:
    """Send the queued statements that are due (all of them with ``ignore_backoff``), oldest first.

    Stops at the first failure that is about the LRS (unreachable, busy, refused credentials): the
    rest stays queued for the next round. A batch the LRS refuses for its content is sent again one
    statement at a time, so one bad statement cannot hold back the others. ``after_batch`` is called
    with the number sent so far after each stored batch.
    """
    report = PushReport()
    tried: set[int] = set()
    while True:
        rows = [r for r in store.due(now or db.utcnow(), batch + len(tried), ignore_backoff=ignore_backoff)
                if r.id not in tried][:batch]
        if not rows:
            return report
        try:
            lrs.post([r.statement for r in rows])
        except LrsError as exc:
            if exc.transient or len(rows) == 1:
                store.mark_failed([r.id for r in rows], str(exc), retry_after, now)
                report.failed += len(rows)
                report.errors.append(str(exc))
                if exc.transient:
                    return report
                tried.add(rows[0].id)
                continue
            for row in rows:  # isolate the statement the LRS refuses
                try:
                    lrs.post([row.statement])
                except LrsError as one:
                    store.mark_failed([row.id], str(one), retry_after, now)
                    report.failed += 1
                    report.errors.append(str(one))
                    tried.add(row.id)
                    if one.transient:
                        return report
                    continue
                store.mark_sent([row.id])
                report.sent += 1
            continue
        store.mark_sent([r.id for r in rows])
        report.sent += len(rows)
        if after_batch is not None:
            after_batch(report.sent)
