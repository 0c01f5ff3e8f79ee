"""Sign-in sessions kept by the server: what an educator's or a child's cookie stands for.

The cookie carries a random token (signed by the web layer); the store keeps only its sha256, so
a copy of the database signs nobody in. A session is valid while its row exists, is not revoked,
has not expired, and its subject is still active: an educator who exists, or a learner who exists
in a class that is not archived.

What ends a session is decided where it happens, so the rule holds whoever calls:
``classes.archive_class`` and ``classes.set_picture_password`` revoke in their own unit of work
(``end_class_sessions``, ``end_learner_sessions``), and deleting a learner or an educator deletes
their rows by cascade. Guests have no session: their cookie is their guest token (``progress``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, or_, select, update
from sqlalchemy.orm import Session

from course.auth.passwords import hash_token, new_token
from course.store import db
from course.store.errors import NotFound
from course.store.models import Classroom, Educator, Learner, WebSession

KINDS = ("educator", "learner")
# last_seen_at is written at most this often: a page load is not worth a write every time.
TOUCH_EVERY = timedelta(minutes=5)


@dataclass(frozen=True)
class SessionInfo:
    id: int
    kind: str
    subject_id: int  # the educator's or the learner's id, as ``kind`` says
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime

    @classmethod
    def of(cls, row: WebSession) -> SessionInfo:
        subject = row.educator_id if row.kind == "educator" else row.learner_id
        assert subject is not None, "the table's check constraint gives every session its subject"
        return cls(row.id, row.kind, subject, row.created_at, row.last_seen_at, row.expires_at)


def open_session(kind: str, subject_id: int, lifetime: timedelta) -> str:
    """A new session for an educator or a learner; its token, for the cookie and nothing else."""
    if kind not in KINDS:
        raise ValueError(f"a session's kind is one of {KINDS}")
    if lifetime <= timedelta(0):
        raise ValueError("a session lasts a while")
    token, now = new_token(), db.utcnow()
    with db.write() as s:
        if s.get(Educator if kind == "educator" else Learner, subject_id) is None:
            raise NotFound(f"{kind} {subject_id}")
        s.add(WebSession(token_hash=hash_token(token), kind=kind, created_at=now, last_seen_at=now,
                         expires_at=now + lifetime, **{f"{kind}_id": subject_id}))
    return token


def lookup(token: str | None) -> SessionInfo | None:
    """The session, if it is valid now; None for an unknown, revoked or expired one, or one whose
    subject is gone or no longer active."""
    if not token:
        return None
    with db.read() as s:
        row = s.scalar(select(WebSession).where(WebSession.token_hash == hash_token(token)))
        return SessionInfo.of(row) if row is not None and _valid(s, row, db.utcnow()) else None


def _valid(s: Session, row: WebSession, now: datetime) -> bool:
    if row.revoked_at is not None or row.expires_at <= now:
        return False
    if row.kind == "educator":
        return s.get(Educator, row.educator_id) is not None
    learner = s.get(Learner, row.learner_id)
    if learner is None or learner.class_id is None:
        return False
    klass = s.get(Classroom, learner.class_id)
    return klass is not None and klass.archived_at is None


def touch(token: str) -> None:
    """Note that the session was used just now (at most once every TOUCH_EVERY)."""
    now = db.utcnow()
    with db.write() as s:
        s.execute(update(WebSession)
                  .where(WebSession.token_hash == hash_token(token), WebSession.last_seen_at < now - TOUCH_EVERY)
                  .values(last_seen_at=now).execution_options(synchronize_session=False))


def revoke(token: str) -> None:
    """End one session (signing out); ending it again changes nothing."""
    with db.write() as s:
        _revoke(s, WebSession.token_hash == hash_token(token))


def revoke_all(kind: str, subject_id: int) -> None:
    """End every session of an educator or a learner, on every device."""
    if kind not in KINDS:
        raise ValueError(f"a session's kind is one of {KINDS}")
    column = WebSession.educator_id if kind == "educator" else WebSession.learner_id
    with db.write() as s:
        _revoke(s, column == subject_id)


def end_learner_sessions(s: Session, learner_id: int) -> None:
    """In the caller's unit of work: the learner is signed out everywhere (e.g. new pictures)."""
    _revoke(s, WebSession.learner_id == learner_id)


def end_class_sessions(s: Session, class_id: int) -> None:
    """In the caller's unit of work: every learner of the class is signed out (e.g. it was archived)."""
    _revoke(s, WebSession.learner_id.in_(select(Learner.id).where(Learner.class_id == class_id)))


def _revoke(s: Session, which: Any) -> None:
    s.execute(update(WebSession).where(which, WebSession.revoked_at.is_(None))
              .values(revoked_at=db.utcnow()).execution_options(synchronize_session=False))


def prune() -> int:
    """Delete sessions that can never be valid again (revoked or expired); how many."""
    with db.write() as s:
        gone = delete(WebSession).where(or_(WebSession.revoked_at.is_not(None), WebSession.expires_at <= db.utcnow()))
        # A DELETE runs through a cursor: Session.execute returns a CursorResult but is typed as Result.
        return cast("CursorResult[Any]", s.execute(gone)).rowcount
