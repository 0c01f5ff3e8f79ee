"""Shared by every learner event: serialise per learner, and apply each idempotency key once."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from course.store import db
from course.store.errors import NotFound
from course.store.models import AppliedEvent, Learner
from course.store.records import check_key

T = TypeVar("T")
ACTIVE_EVERY = timedelta(minutes=1)  # how often a learner's last_active_at moves, at most


def lock_learner(s: Session, learner_id: int) -> Learner:
    """The learner's row, locked until the unit ends, with last_active_at moved to now (within a minute).

    The lock (a no-op on SQLite, whose BEGIN IMMEDIATE already serialises writers) makes two events
    of one learner, say from two browser tabs, run one after the other on PostgreSQL, so each sees
    what the other wrote: no lost update on the summary, no double start of a quiz.
    """
    learner = s.get(Learner, learner_id, with_for_update=True)
    if learner is None:
        raise NotFound(f"learner {learner_id}")
    now = db.utcnow()
    # Read in days (a lesson left for days, a guest gone for a month): moved at most once a
    # minute, which spares most taps an UPDATE of the learner row (benchmarks/classroom.py).
    if learner.last_active_at is None or now - learner.last_active_at >= ACTIVE_EVERY:
        learner.last_active_at = now
    return learner


def key_seen(s: Session, learner_id: int, key: str) -> bool:
    found = s.scalar(select(AppliedEvent.id).where(
        AppliedEvent.learner_id == learner_id, AppliedEvent.idempotency_key == key))
    return found is not None


def event_key(kind: str, *about: str | int | None) -> str:
    """The idempotency key of an event named by what it is about, e.g. ("answer", try, question, attempt).

    Two copies of one event, a double tap or the same tap in two tabs, name the same things and so
    get the same key, which ``apply_once`` and the unique constraints apply once. Hashed, so that
    long content ids still fit the key column.
    """
    digest = hashlib.sha256(json.dumps(about).encode()).hexdigest()[:40]
    return check_key(f"{kind}:{digest}")


def apply_once(learner_id: int, key: str, kind: str, apply: Callable[[Session], T]) -> tuple[bool, T | None]:
    """Run ``apply`` in one unit of work unless this learner's ``key`` was applied before.

    Returns (True, result) the first time and (False, None) for a repeat. Should a twin slip past
    the check, the unique (learner_id, idempotency_key) constraint refuses it at flush and the
    retry sees the key.
    """
    check_key(key)
    for attempt in range(3):
        try:
            with db.write() as s:
                lock_learner(s, learner_id)
                # One statement both checks and records the key: a key seen before inserts nothing and
                # returns no id (rowcount did not tell a skipped row on PostgreSQL: tests/store/test_progress.py).
                insert = postgresql.insert if s.get_bind().dialect.name == "postgresql" else sqlite.insert
                added = s.scalar(insert(AppliedEvent).values(learner_id=learner_id, idempotency_key=key, kind=kind)
                                 .on_conflict_do_nothing(index_elements=["learner_id", "idempotency_key"])
                                 .returning(AppliedEvent.id))
                if added is None:
                    return False, None
                return True, apply(s)
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")
