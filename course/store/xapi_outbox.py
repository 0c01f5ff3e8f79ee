"""The xAPI outbox: which stored facts have a statement queued, and which statements an LRS has.

A fact is a row the learner's walk already writes: a lesson's summary (experienced, and completed
once its quiz is finished), a quiz try (attempted; completed and passed or failed once finished)
and an answer. Statements are queued by a scan for facts that have no outbox row yet, an anti-join
on (source, source_id), not by a high-water mark: on PostgreSQL ids and timestamps are handed out
before commit, so a row can become visible after a higher one was scanned, and a mark would step
over it for ever; a completion is an update of an older row, which no "newer than" mark sees. The
anti-join finds every committed fact on the next scan, however late it landed, and the unique
(source, source_id) keeps two scans (``course serve`` and ``course xapi push`` at once) from
queueing one fact twice. Nothing is added to the learner's own transactions either, so the walk
does not slow down or fail because of xAPI, and a database from before xAPI is caught up whole.

The statement is built by course.interop (this layer knows no content) and stored as sent, so a
resend is the same statement under the same id. Deleting a learner (or a class, or an erased
guest) deletes their outbox rows with them, sent or not: nothing of a deleted child leaves later.
"""
from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from course.store import db
from course.store.mastery import passes
from course.store.models import (
    Answer,
    Classroom,
    Learner,
    LessonProgress,
    QuizTry,
    XapiClass,
    XapiLearner,
    XapiOutbox,
)

# The kinds of fact, each with the rows it reads. A finished try gives two statements (completed,
# then passed or failed), a completed lesson summary two (experienced, completed).
SOURCES = ("lesson-experienced", "lesson-completed", "try-attempted", "try-completed", "try-verdict", "answer")
ERROR_MAX = 200


@dataclass(frozen=True)
class Fact:
    """One stored fact to tell an LRS about, with the learner's and class's opaque ids (never a name)."""

    source: str
    source_id: int
    learner_id: int
    account: str  # XapiLearner.account
    group: str | None  # XapiClass.group_uuid; None for a guest
    at: datetime
    lesson_id: str
    quiz_id: str | None = None
    try_id: int | None = None
    question_id: str | None = None
    response: tuple[str, ...] = ()
    score: float | None = None
    success: bool | None = None
    attempt: int | None = None
    question_count: int | None = None


@dataclass(frozen=True)
class Queued:
    id: int
    statement_id: str
    statement: dict[str, Any]
    attempts: int


@dataclass(frozen=True)
class OutboxCounts:
    queued: int
    sent: int
    failing: int  # queued and tried at least once
    last_error: str | None


def _learners(include_guests: bool):
    return Learner.class_id.is_not(None) if not include_guests else true()


def _ensure_ids(include_guests: bool) -> None:
    """A random opaque id for every learner (and class) that has none yet: made once, kept for life.

    Looked for in a read first: the background sender calls this every round, and on SQLite a write
    unit takes the database's write lock even when it writes nothing."""
    learners = (select(Learner.id).outerjoin(XapiLearner, XapiLearner.learner_id == Learner.id)
                .where(XapiLearner.learner_id.is_(None), _learners(include_guests)))
    classes = (select(Classroom.id).outerjoin(XapiClass, XapiClass.class_id == Classroom.id)
               .where(XapiClass.class_id.is_(None)))
    with db.read() as s:
        if s.scalar(learners.limit(1)) is None and s.scalar(classes.limit(1)) is None:
            return
    now = db.utcnow()
    with db.write() as s:
        missing = s.scalars(learners).all()
        if missing:
            _insert_ignoring_twins(s, XapiLearner, [
                {"learner_id": i, "account": str(uuid.uuid4()), "created_at": now} for i in missing])
        new_classes = s.scalars(classes).all()
        if new_classes:
            _insert_ignoring_twins(s, XapiClass, [
                {"class_id": i, "group_uuid": str(uuid.uuid4()), "created_at": now} for i in new_classes])


def _insert_ignoring_twins(s: Session, model: type, rows: list[dict[str, Any]]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING: a row another process queued first is left as it is."""
    dialect = s.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    s.execute(insert(model).on_conflict_do_nothing(), rows)


def _missing(source: str, model: Any, include_guests: bool, limit: int, *where: Any):
    """Rows of ``model`` with no outbox row for ``source``, with their learner's and class's opaque ids."""
    return (select(model, XapiLearner.account, XapiClass.group_uuid)
            .join(Learner, Learner.id == model.learner_id)
            .join(XapiLearner, XapiLearner.learner_id == model.learner_id)
            .outerjoin(XapiClass, XapiClass.class_id == Learner.class_id)
            .outerjoin(XapiOutbox, and_(XapiOutbox.source == source, XapiOutbox.source_id == model.id))
            .where(XapiOutbox.id.is_(None), _learners(include_guests), *where)
            .order_by(model.id).limit(limit))


def pending_facts(*, include_guests: bool, limit: int = 500) -> list[Fact]:
    """Facts that have no statement queued yet, at most ``limit`` of each kind (call again for more).

    Guests' facts only with ``include_guests`` (the deployment's choice, docs/xapi.md)."""
    _ensure_ids(include_guests)
    facts: list[Fact] = []
    with db.read() as s:
        for p, account, group in s.execute(_missing("lesson-experienced", LessonProgress, include_guests, limit)):
            facts.append(Fact("lesson-experienced", p.id, p.learner_id, account, group, p.updated_at, p.lesson_id))
        for p, account, group in s.execute(_missing("lesson-completed", LessonProgress, include_guests, limit,
                                                    LessonProgress.completed_at.is_not(None))):
            facts.append(Fact("lesson-completed", p.id, p.learner_id, account, group, p.completed_at, p.lesson_id))
        for t, account, group in s.execute(_missing("try-attempted", QuizTry, include_guests, limit)):
            facts.append(Fact("try-attempted", t.id, t.learner_id, account, group, t.started_at, t.lesson_id,
                              t.quiz_id, t.id))
        finished = (QuizTry.finished_at.is_not(None), QuizTry.score.is_not(None))
        for source in ("try-completed", "try-verdict"):
            for t, account, group in s.execute(_missing(source, QuizTry, include_guests, limit, *finished)):
                facts.append(Fact(source, t.id, t.learner_id, account, group, t.finished_at, t.lesson_id,
                                  t.quiz_id, t.id, score=t.score, success=passes(t.score, t.mastery_threshold),
                                  question_count=t.question_count))
        for a, account, group in s.execute(_missing("answer", Answer, include_guests, limit)):
            facts.append(Fact("answer", a.id, a.learner_id, account, group, a.answered_at, a.lesson_id,
                              a.quiz_id, a.try_id, a.question_id, tuple(a.response), a.score, a.correct,
                              a.attempt))
    return facts


def queue(entries: Sequence[tuple[Fact, str, dict[str, Any]]]) -> int:
    """Queue (fact, statement id, statement) entries; returns how many were new.

    A fact queued meanwhile by another process is left as it was queued; a fact whose learner was
    deleted meanwhile is dropped (the learner row is locked against deletion until the commit)."""
    if not entries:
        return 0
    now = db.utcnow()
    with db.write() as s:
        ids = {fact.learner_id for fact, _, _ in entries}
        alive = set(s.scalars(select(Learner.id).where(Learner.id.in_(ids)).with_for_update(key_share=True)))
        rows = [{"learner_id": f.learner_id, "source": f.source, "source_id": f.source_id, "statement_id": sid,
                 "statement": statement, "occurred_at": f.at, "created_at": now, "attempts": 0, "due_at": now}
                for f, sid, statement in entries if f.learner_id in alive]
        if not rows:
            return 0
        before = s.scalar(select(func.count()).select_from(XapiOutbox)) or 0
        _insert_ignoring_twins(s, XapiOutbox, rows)
        return (s.scalar(select(func.count()).select_from(XapiOutbox)) or 0) - before


def due(now: datetime, limit: int, *, ignore_backoff: bool = False) -> list[Queued]:
    """Unsent statements, oldest first; only those whose backoff has run out unless ``ignore_backoff``."""
    query = select(XapiOutbox).where(XapiOutbox.sent_at.is_(None))
    if not ignore_backoff:
        query = query.where(XapiOutbox.due_at <= now)
    with db.read() as s:
        return [Queued(r.id, r.statement_id, r.statement, r.attempts)
                for r in s.scalars(query.order_by(XapiOutbox.id).limit(limit))]


def mark_sent(ids: Sequence[int]) -> None:
    """The LRS has these statements (stored now, or before: it answered for every id)."""
    now = db.utcnow()
    with db.write() as s:
        for row in s.scalars(select(XapiOutbox).where(XapiOutbox.id.in_(ids))):
            row.sent_at = row.sent_at or now
            row.last_error = None


def mark_failed(ids: Sequence[int], error: str, retry_after: Callable[[int], timedelta],
                now: datetime | None = None) -> None:
    """The send failed: each statement's next try waits ``retry_after(attempts so far)``."""
    now = now or db.utcnow()
    with db.write() as s:
        for row in s.scalars(select(XapiOutbox).where(XapiOutbox.id.in_(ids), XapiOutbox.sent_at.is_(None))):
            row.attempts += 1
            row.due_at = now + retry_after(row.attempts)
            row.last_error = error[:ERROR_MAX]


def counts() -> OutboxCounts:
    with db.read() as s:
        queued = s.scalar(select(func.count()).where(XapiOutbox.sent_at.is_(None))) or 0
        sent = s.scalar(select(func.count()).where(XapiOutbox.sent_at.is_not(None))) or 0
        failing = s.scalar(select(func.count()).where(XapiOutbox.sent_at.is_(None), XapiOutbox.attempts > 0)) or 0
        last = s.scalar(select(XapiOutbox.last_error).where(XapiOutbox.last_error.is_not(None))
                        .order_by(XapiOutbox.due_at.desc()).limit(1))
        return OutboxCounts(queued, sent, failing, last)


def statements(class_id: int | None = None, since: datetime | None = None, batch: int = 500) -> Iterator[dict[str, Any]]:
    """Every queued statement (sent or not), by timestamp: of one class, from ``since``, if given."""
    last: tuple[datetime, int] | None = None
    while True:  # keyset pages: no session held open while the caller writes out a large export
        query = select(XapiOutbox.occurred_at, XapiOutbox.id, XapiOutbox.statement)
        if class_id is not None:
            query = query.join(Learner, Learner.id == XapiOutbox.learner_id).where(Learner.class_id == class_id)
        if since is not None:
            query = query.where(XapiOutbox.occurred_at >= since)
        if last is not None:
            query = query.where(or_(XapiOutbox.occurred_at > last[0],
                                    and_(XapiOutbox.occurred_at == last[0], XapiOutbox.id > last[1])))
        with db.read() as s:
            rows = s.execute(query.order_by(XapiOutbox.occurred_at, XapiOutbox.id).limit(batch)).all()
        if not rows:
            return
        for _at, _id, statement in rows:
            yield statement
        last = (rows[-1][0], rows[-1][1])
