"""Push the outbox to Ralph's real LRS: offline for a week, killed mid-push, restarted, acks lost;
afterwards the LRS holds exactly the statements expected, each once."""
from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from course import paths
from course.cli import main
from course.interop import xapi_outbox
from course.interop.xapi_lrs import Lrs
from course.store import db
from course.store import xapi_outbox as store_outbox
from course.store.models import XapiOutbox
from tests.interop.conftest import HOME, SETTINGS, Walk
from tests.interop.ralph_lrs import RalphLrs

LRS_FIELDS = ("authority", "stored", "version")  # what an LRS adds to a statement it stores


@pytest.fixture
def ralph():
    lrs = RalphLrs(Path(tempfile.mkdtemp(prefix="amaan-ralph-")))
    try:
        yield lrs
    finally:
        lrs.close()


def outbox() -> dict[str, dict]:
    with db.read() as s:
        return {r.statement_id: r.statement for r in s.scalars(select(XapiOutbox))}


def test_an_lrs_killed_mid_push_and_a_week_offline_ends_with_every_statement_once(walk: Walk, ralph, monkeypatch):
    settings = replace(SETTINGS, endpoint=ralph.endpoint, username=ralph.username, password=ralph.password)
    queued = xapi_outbox.enqueue(settings, xapi_outbox.activities_for(settings, paths.content_root()))
    expected = outbox()
    assert queued == len(expected) > 20
    lrs = Lrs.from_settings(settings)

    # The school's uplink is down: the send fails, nothing is lost, the batch waits its backoff.
    t0 = db.utcnow()
    report = xapi_outbox.push(lrs, now=t0, batch=10)
    assert (report.sent, report.failed) == (0, 10) and "unreachable" in report.errors[0]
    assert store_outbox.counts().queued == queued and store_outbox.counts().failing == 10
    assert store_outbox.due(t0 + timedelta(seconds=29), 100) and len(store_outbox.due(t0, 100)) == queued - 10

    # A week later the LRS is back; it is killed (SIGKILL, by its process group) after the first batch.
    ralph.start()
    week = t0 + timedelta(days=7)
    report = xapi_outbox.push(lrs, now=week, batch=10, after_batch=lambda sent: ralph.kill())
    assert report.sent == 10 and report.failed == 10 and "unreachable" in report.errors[-1]
    assert store_outbox.counts().queued == queued - 10

    # Restarted, the background sender's next round (after the backoff) sends everything left.
    ralph.start()
    report = xapi_outbox.push(lrs, now=week + timedelta(minutes=1), batch=10)
    assert report.ok and report.sent == queued - 10
    assert store_outbox.counts().queued == 0

    # The LRS stored them all but every answer was lost: `course xapi push` sends them all again.
    with db.write() as s:
        s.execute(update(XapiOutbox).values(sent_at=None))
    monkeypatch.setenv("COURSE_PUBLIC_URL", HOME)
    monkeypatch.setenv("COURSE_XAPI_ENDPOINT", ralph.endpoint)
    monkeypatch.setenv("COURSE_XAPI_USERNAME", ralph.username)
    monkeypatch.setenv("COURSE_XAPI_PASSWORD", ralph.password)
    monkeypatch.delenv("COURSE_XAPI_GUESTS", raising=False)
    assert main(["xapi", "push"]) == 0
    assert store_outbox.counts().queued == 0

    stored = list(lrs.statements(limit="500"))
    assert Counter(s["id"] for s in stored) == Counter({sid: 1 for sid in expected})
    for statement in stored:
        mine = {k: v for k, v in statement.items() if k not in LRS_FIELDS}
        assert mine["actor"] == expected[statement["id"]]["actor"]
        assert mine["verb"] == expected[statement["id"]]["verb"]
        assert mine["object"] == expected[statement["id"]]["object"]
    ralph.kill()


def test_wrong_credentials_keep_every_statement_queued(walk: Walk, ralph):
    ralph.start()
    settings = replace(SETTINGS, endpoint=ralph.endpoint, username=ralph.username, password="not-the-password")
    queued = xapi_outbox.enqueue(settings, xapi_outbox.activities_for(settings, paths.content_root()))
    report = xapi_outbox.push(Lrs.from_settings(settings), ignore_backoff=True)
    assert report.sent == 0 and "401" in report.errors[0]
    assert store_outbox.counts().queued == queued
    ralph.kill()


def test_the_background_sender_of_course_serve_sends_the_queue(walk: Walk, ralph):
    import time

    from course.interop import xapi_sender

    ralph.start()
    settings = replace(SETTINGS, endpoint=ralph.endpoint, username=ralph.username, password=ralph.password,
                       push_seconds=1)
    assert xapi_sender.start(paths.content_root(), replace(settings, push_seconds=0)) is None  # off by default
    sender = xapi_sender.start(paths.content_root(), settings)
    assert sender is not None
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (store_outbox.counts().sent and not store_outbox.counts().queued):
            time.sleep(0.2)
    finally:
        sender.stop()
        sender.join(timeout=30)
    counts = store_outbox.counts()
    assert counts.queued == 0 and counts.sent == len(outbox())
    stored = list(Lrs.from_settings(settings).statements(limit="500"))
    assert sorted(s["id"] for s in stored) == sorted(outbox())
    ralph.kill()


def test_a_statement_the_lrs_refuses_holds_back_no_other(walk: Walk, ralph):
    """A different statement under a known id gets 409 from the LRS: the batch is retried one by one,
    the others are stored, the refused one stays queued with the LRS's answer."""
    ralph.start()
    settings = replace(SETTINGS, endpoint=ralph.endpoint, username=ralph.username, password=ralph.password)
    queued = xapi_outbox.enqueue(settings, xapi_outbox.activities_for(settings, paths.content_root()))
    lrs = Lrs.from_settings(settings)
    with db.read() as s:
        first, second, third = s.scalars(select(XapiOutbox.id).order_by(XapiOutbox.id).limit(3)).all()
    assert xapi_outbox.push(lrs, ignore_backoff=True).sent == queued
    with db.write() as s:
        changed = s.get(XapiOutbox, second)
        changed.statement = {**changed.statement, "timestamp": "2000-01-01T00:00:00.000Z"}
        s.execute(update(XapiOutbox).where(XapiOutbox.id.in_([first, second, third])).values(sent_at=None))
    report = xapi_outbox.push(lrs, ignore_backoff=True)
    assert (report.sent, report.failed) == (2, 1) and "409" in report.errors[0]
    assert [r.id for r in store_outbox.due(db.utcnow(), 10, ignore_backoff=True)] == [second]
    assert len(list(lrs.statements(limit="500"))) == queued
    ralph.kill()
