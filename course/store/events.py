"""Shared by every learner event: serialise per learner, and apply each idempotency key once."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from course.store import db
from course.store.errors import NotFound
from course.store.models import AppliedEvent, Learner
from course.store.records import check_key

T = TypeVar("T")


def lock_learner(s: Session, learner_id: int) -> Learner:
    """The learner's row, locked until the unit ends, with last_active_at moved to now.

    The lock (a no-op on SQLite, whose BEGIN IMMEDIATE already serialises writers) makes two events
    of one learner, say from two browser tabs, run one after the other on PostgreSQL, so each sees
    what the other wrote: no lost update on the summary, no double start of a quiz.
    """
    learner = s.get(Learner, learner_id, with_for_update=True)
    if learner is None:
        raise NotFound(f"learner {learner_id}")
    learner.last_active_at = db.utcnow()
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
                if key_seen(s, learner_id, key):
                    return False, None
                s.add(AppliedEvent(learner_id=learner_id, idempotency_key=key, kind=kind))
                s.flush()
                return True, apply(s)
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")
