"""Password work off the server's event loop.

argon2 costs about 0.2-0.35 s of CPU and 64 MiB per call, on purpose. Tornado serves every
request and every child's websocket message from one event loop, so a sign-in hashed there froze
every child's page (12 wrong educator sign-ins at once: a 3 ms GET took 4.3 s). Request handlers
and Panel callbacks that hash or verify a password await ``hashing(...)`` instead.

The pool is bounded: a burst of sign-ins waits its turn here instead of taking 64 MiB per
attempt. Its threads also run below the loop's priority: argon2-cffi releases the GIL and
hashes on 4 threads of its own (p=4), so two hashes in a row can keep both cores of a school
server busy, and at equal priority children's clicks then queued behind them (p95 2.6-4.5 times
the quiet figure in benchmarks/signin_load.py, against 1.4-1.8 times with the lower priority;
teachers wait longer for their answer instead, which is the right way round).
"""
from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

HASH_WORKERS = 2  # at most this many argon2 calls at once, 64 MiB each
NICENESS = 10  # CPU weight about a tenth of the event loop's when both want the same core

P = ParamSpec("P")
T = TypeVar("T")


def _below_the_loop() -> None:
    """Each pool thread lowers its own priority; Linux keeps it per thread, and argon2's lane
    threads, which this thread starts, inherit it."""
    with contextlib.suppress(AttributeError, OSError):  # not Linux: the pool runs at normal priority
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICENESS)


_pool = ThreadPoolExecutor(max_workers=HASH_WORKERS, thread_name_prefix="amaan-hashing", initializer=_below_the_loop)


async def hashing(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``fn(*args, **kwargs)`` in the bounded pool, awaited from the event loop."""
    return await asyncio.get_running_loop().run_in_executor(_pool, functools.partial(fn, *args, **kwargs))
