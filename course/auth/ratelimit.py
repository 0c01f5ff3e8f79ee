"""Sign-in rate limits by client (usually the IP), on top of the per-account lockouts.

Account lockouts stop guessing one account; these stop one client from walking through many
(every child of a class, every join code). Two stores with one interface:
- ``MemoryLimiter`` (here): one process (the default SQLite deployment); forgets on restart.
- ``course.store.signin_limits.DatabaseLimiter``: shared by every worker on one database.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from typing import Protocol

LIMIT = 20  # failures per window: a class of children mistyping shares one school IP
WINDOW_SECONDS = 15 * 60


class Limiter(Protocol):
    def allowed(self, key: str) -> bool: ...
    def failed(self, key: str) -> None: ...

    def succeeded(self, key: str) -> None:
        """Forget the key's failures: only on a decision by someone trusted (a teacher reopening a
        class). Never because a sign-in succeeded: one good sign-in (the guesser's own account, a
        shared one) would buy another LIMIT guesses at everyone else's."""


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
