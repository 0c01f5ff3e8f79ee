"""Sign-in rate limits by client (usually the IP), on top of the per-account lockouts.

Account lockouts stop guessing one account; these stop one client from walking through many
(every child of a class, every join code). Two stores with one interface:
- ``MemoryLimiter``: one process (the default SQLite deployment); forgets on restart.
- ``DatabaseLimiter``: shared by every worker on one database, survives restarts; keeps only a
  keyed hash of the client key, so no IP address is written down.
"""
from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections import OrderedDict, deque
from datetime import timedelta
from typing import Protocol

from sqlalchemy import delete, func, select

from course.auth.secret import server_secret
from course.store import db
from course.store.models import SignInFailure as F

LIMIT = 20  # failures per window: a class of children mistyping shares one school IP
WINDOW_SECONDS = 15 * 60


class Limiter(Protocol):
    def allowed(self, key: str) -> bool: ...
    def failed(self, key: str) -> None: ...
    def succeeded(self, key: str) -> None: ...


class MemoryLimiter:
    """Sliding window of failure times per key, in this process's memory."""

    MAX_KEYS = 10_000  # bounded: a flood of forged keys must not grow memory without end

    def __init__(self, limit: int = LIMIT, window: float = WINDOW_SECONDS, clock=time.monotonic):
        self.limit, self.window, self.clock = limit, window, clock
        self._fails: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, key: str) -> deque[float]:
        times = self._fails.get(key, deque())
        cutoff = self.clock() - self.window
        while times and times[0] <= cutoff:
            times.popleft()
        return times

    def allowed(self, key: str) -> bool:
        with self._lock:
            return len(self._recent(key)) < self.limit

    def failed(self, key: str) -> None:
        with self._lock:
            times = self._recent(key)
            times.append(self.clock())
            self._fails[key] = times
            self._fails.move_to_end(key)
            while len(self._fails) > self.MAX_KEYS:
                self._fails.popitem(last=False)

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._fails.pop(key, None)


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
        return count < self.limit

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
