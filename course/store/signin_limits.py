"""Sign-in failures counted in the database: the limiter every worker on one PostgreSQL shares.

It survives restarts and keeps only a keyed hash of the client key, so no IP address is written
down. The in-memory limiter and the shared interface are in ``course.auth.ratelimit``.
"""
from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

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


def default_limiter() -> Limiter:
    """Memory for a single SQLite process; the database when several workers share PostgreSQL."""
    return MemoryLimiter() if db.database_url().startswith("sqlite") else DatabaseLimiter()
