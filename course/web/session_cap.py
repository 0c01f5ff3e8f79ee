"""Pages whose websocket never opens: a short life, and a cap per client (security issue 6).

A GET of a page builds the visitor's whole session (up to 1.2 MB, ~100 ms of one core) before the
browser has run a line of JavaScript, and the server keeps a session without a websocket for
its unused-session lifetime: 180 s, so that a page on a slow shared Wi-Fi, which can take 30 s
to load its JavaScript, still finds its session (platform-notes.md). 150 GETs in a loop took
the server from 145 to 323 MB. For the sessions a GET built, two rules:

- A session that has not connected within ``lifetime`` seconds (60 by default: twice the
  slowest load measured) is discarded. One that connected once and then dropped keeps the
  full 180 s, so that a tablet whose Wi-Fi blinked reconnects to its own page. A page slower
  than the short life still opens: Bokeh builds it a new session when its websocket arrives,
  but without the request's context (platform-notes.md), hence the margin.
- One client may hold at most ``per_client`` sessions that have not connected yet. Past
  that, a GET gets a small 429 page (course/web/busy.py) that builds no session and loads
  the page again by itself a few seconds later.

The default cap is 60 because a school's NAT puts a whole class behind one address: 40
children opening the page at once on a slow link, and half of them reloading once before
their page has connected, stay below it. 60 waiting sessions are then the most one address can
make the server hold: 600 GETs in a minute from one address grew the server by 37 MB, against
230-275 MB before (benchmarks/page_flood.py). A deployment with more children behind one
address raises it (COURSE_UNCONNECTED_PAGES_PER_CLIENT). A client is its address
as Tornado sees it: behind a reverse proxy that is the proxy's, for every child, unless the
server reads X-Forwarded-For (Tornado's ``xheaders``).

Bokeh records no "has ever connected": ``milliseconds_since_last_unsubscribe`` counts from the
session's creation until a websocket leaves, so a session whose count is shorter than the time
since its GET connected once and dropped.
"""
from __future__ import annotations

import ipaddress
import logging
import os
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from course import internals

log = logging.getLogger("course.web")

PER_CLIENT = 60
LIFETIME_SECONDS = 60.0
# Kept below Bokeh's own lifetime (180 s): at or above it the short life would mean nothing,
# and both cleanups could pick the same session at once.
MAX_LIFETIME_SECONDS = 120.0
REFUSAL_LOG_EVERY = 60.0  # seconds: one line per refused client, not one per refused GET


def _setting(name: str, default: float, low: float, high: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        log.warning("%s=%r is not a number: using %s", name, raw, default)
        return default
    return min(max(value, low), high)


def client_key(remote_ip: str | None) -> str:
    """Who a request counts for: its IPv4 address, or the /64 network of an IPv6 one (a single
    device or household gets a whole /64 and may pick any address in it)."""
    if not remote_ip:
        return "unknown"
    try:
        address = ipaddress.ip_address(remote_ip)
    except ValueError:
        return remote_ip
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:  # ::ffff:a.b.c.d, an IPv4 client on a dual-stack socket
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


@dataclass
class _Waiting:
    session: Any  # bokeh.server.session.ServerSession
    context: Any  # its bokeh.server.contexts.ApplicationContext
    born: float  # clock() just after the GET built it


Discard = Callable[[Any, Any, Callable[[Any], bool]], Awaitable[None]]


class UnconnectedPages:
    """The sessions GETs built that have not connected yet, by client. Used on the server's
    event loop only (no lock)."""

    def __init__(self, per_client: int = PER_CLIENT, lifetime: float = LIFETIME_SECONDS,
                 clock: Callable[[], float] = time.monotonic, discard: Discard = internals.discard_session):
        self.per_client, self.lifetime = per_client, lifetime
        self._clock, self._discard = clock, discard
        self._waiting: dict[str, dict[str, _Waiting]] = {}
        self._building: Counter[str] = Counter()  # GETs admitted whose session is being built
        self._refusals_logged: dict[str, float] = {}

    def _never_connected(self, waiting: _Waiting) -> bool:
        session = waiting.session
        age_ms = (self._clock() - waiting.born) * 1000  # first: Bokeh's count is read a moment later
        return (not session.destroyed and session.connection_count == 0
                and session.milliseconds_since_last_unsubscribe >= age_ms)

    def _forget_connected(self, client: str) -> None:
        """Forget the client's sessions that have connected (or are gone): they no longer count."""
        mine = self._waiting.get(client, {})
        for session_id, waiting in list(mine.items()):
            if not self._never_connected(waiting):
                del mine[session_id]
        if not mine:
            self._waiting.pop(client, None)

    def _take_expired(self, client: str) -> list[_Waiting]:
        mine = self._waiting.get(client, {})
        expired = [w for w in mine.values() if self._clock() - w.born > self.lifetime]
        for waiting in expired:
            del mine[waiting.session.id]
        if not mine:
            self._waiting.pop(client, None)
        return expired

    def count(self, client: str) -> int:
        return len(self._waiting.get(client, {})) + self._building[client]

    def admit(self, client: str) -> bool:
        """May this client's GET build a session? If so, ``built`` or ``abandoned`` must follow."""
        if self.count(client) >= self.per_client:
            self._forget_connected(client)  # expired ones still hold memory until the sweep
            if self.count(client) >= self.per_client:
                self._log_refusal(client)
                return False
        self._building[client] += 1
        return True

    def abandoned(self, client: str) -> None:
        self._building[client] -= 1
        if self._building[client] <= 0:
            del self._building[client]

    def built(self, client: str, session: Any, context: Any) -> None:
        self.abandoned(client)
        self._waiting.setdefault(client, {}).setdefault(session.id, _Waiting(session, context, self._clock()))

    async def sweep(self) -> int:
        """Discard the sessions past their short life that never connected; how many."""
        total = 0
        for client in list(self._waiting):
            self._forget_connected(client)
            expired = self._take_expired(client)
            for waiting in expired:
                try:
                    await self._discard(waiting.context, waiting.session, lambda _s, w=waiting: self._never_connected(w))
                except Exception:
                    log.exception("could not discard session %s", waiting.session.id)
            gone = sum(1 for w in expired if w.session.destroyed)  # not one that connected meanwhile
            if gone:
                log.info("discarded %d page(s) of %s: not connected within %g s", gone, client, self.lifetime)
            total += gone
        now = self._clock()
        self._refusals_logged = {c: at for c, at in self._refusals_logged.items() if now - at < REFUSAL_LOG_EVERY}
        return total

    def _log_refusal(self, client: str) -> None:
        now = self._clock()
        if now - self._refusals_logged.get(client, -REFUSAL_LOG_EVERY) >= REFUSAL_LOG_EVERY:
            self._refusals_logged[client] = now
            log.warning("refusing new pages to %s: %d of its pages have not connected yet (limit %d)",
                        client, self.count(client), self.per_client)


PAGES = UnconnectedPages(
    per_client=int(_setting("COURSE_UNCONNECTED_PAGES_PER_CLIENT", PER_CLIENT, 1, 1_000_000)),
    lifetime=_setting("COURSE_UNCONNECTED_PAGE_SECONDS", LIFETIME_SECONDS, 1, MAX_LIFETIME_SECONDS))
_sweeper: Any = None


def _start_sweeper() -> None:
    global _sweeper
    if _sweeper is None:
        from tornado.ioloop import PeriodicCallback

        every = min(10.0, max(0.5, PAGES.lifetime / 4))  # a session lives at most lifetime + every
        _sweeper = PeriodicCallback(PAGES.sweep, every * 1000)
        _sweeper.start()


def _capped(handler: type) -> type:
    """The page handler, building a session only for a client under the cap."""
    import tornado.web

    from course.web import busy

    class Capped(handler):  # type: ignore[misc,valid-type]
        async def get_session(self):
            client = client_key(self.request.remote_ip)
            if not PAGES.admit(client):
                raise tornado.web.HTTPError(429)
            try:
                session = await super().get_session()
            except BaseException:
                PAGES.abandoned(client)
                raise
            PAGES.built(client, session, self.application_context)
            _start_sweeper()
            return session

        def write_error(self, status_code: int, **kwargs: Any) -> None:
            if status_code != 429:
                super().write_error(status_code, **kwargs)
                return
            wait = busy.retry_seconds()
            self.set_header("Retry-After", str(wait))
            self.set_header("Cache-Control", "no-store")
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.finish(busy.page(self.request, wait))

    Capped.__name__ = Capped.__qualname__ = f"Capped{handler.__name__}"
    return Capped


def install() -> None:
    """Before the server is made: every route that builds a session on GET goes through the cap."""
    internals.replace_session_page_handlers(_capped)
    log.info("pages that do not connect within %g s are discarded; at most %d per client",
             PAGES.lifetime, PAGES.per_client)
