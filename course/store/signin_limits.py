"""Sign-in failures counted in the database: the limiter every worker on one PostgreSQL shares.

It survives restarts and keeps only a keyed hash of the client key, so no IP address is written
down. The in-memory limiter and the shared interface are in ``course.auth.ratelimit``.

``SIGN_IN`` is the one limiter of every sign-in path (educators' sign-in and setup link,
children's join codes): one per database, in the store ``default_limiter()`` picks. Every process
on one PostgreSQL counts in the same table, so N processes allow LIMIT guesses, not N * LIMIT.
"""
from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta
from functools import lru_cache

from sqlalchemy import delete, func, select

from course.auth.ratelimit import LIMIT, WINDOW_SECONDS, Limiter, MemoryLimiter
from course.auth.secret import server_secret
from course.store import db
from course.store.models import SignInFailure as F


class DatabaseLimiter:
    """The same window, counted in the ``sign_in_failure`` table of the configured database."""

    def __init__(self, limit: int = LIMIT, window: float = WINDOW_SECONDS):
        self.limit, self.window = limit, timedelta(seconds=window)

    @staticmethod
    def bucket(key: str) -> str:
        return hmac.new(server_secret(), b"rate:" + key.encode(), hashlib.sha256).hexdigest()

    def allowed(self, key: str) -> bool:
        with db.read() as s:
            since = db.utcnow() - self.window
            count = s.scalar(select(func.count()).where(F.bucket == self.bucket(key), F.at > since))
        return (count or 0) < self.limit

    def failed(self, key: str) -> None:
        with db.write() as s:
            now = db.utcnow()
            s.execute(delete(F).where(F.at <= now - self.window))  # the table stays tiny
            s.add(F(bucket=self.bucket(key), at=now))

    def succeeded(self, key: str) -> None:
        with db.write() as s:
            s.execute(delete(F).where(F.bucket == self.bucket(key)))


def limiter_for(database: str, limit: int = LIMIT) -> Limiter:
    """Memory for a single SQLite process; the database when several workers share PostgreSQL."""
    return MemoryLimiter(limit=limit) if database.startswith("sqlite") else DatabaseLimiter(limit=limit)


def default_limiter() -> Limiter:
    return limiter_for(db.database_url())


@lru_cache(maxsize=16)
def _signin_limiter(database: str) -> Limiter:
    # One per database: counts kept in memory must not follow the process to another database
    # (tests, ``course demo``); the database's own table needs no such care but costs nothing.
    return limiter_for(database)


class SignInLimiter:
    """The limiter every sign-in path shares (keys say which path: "join:…", "educator-login:…",
    "setup:…"), kept in the store of the database in force when it is asked."""

    @staticmethod
    def store() -> Limiter:
        return _signin_limiter(db.database_url())

    def allowed(self, key: str) -> bool:
        return self.store().allowed(key)

    def failed(self, key: str) -> None:
        self.store().failed(key)

    def succeeded(self, key: str) -> None:
        self.store().succeeded(key)


SIGN_IN: Limiter = SignInLimiter()
