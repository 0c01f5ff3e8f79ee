"""The app's cookies: the few a page's scripts may see, and the sign-in cookies only the server sets.

- Preferences (PAGE_COOKIES: language, age band, country, a guest's form of address) are set by static/amaan.js. They are
  the only cookies Bokeh copies into a page's session token (``server_settings``): the token is
  embedded in the page, so any cookie copied there, HttpOnly or not, is readable by its scripts
  (platform-notes.md). The Cookie header itself is kept out of the token for the same reason.
- Sign-in cookies (the educator's in course.web.auth, a class learner's in signin_state, a guest's
  token here) are HttpOnly and SameSite=Lax. Pages read every cookie from the HTTP request that
  built their session (``request_cookies``), never from the token.

A Bokeh session cannot set HTTP cookies, so a learner's page asks the browser to fetch them: the
session issues a one-time ticket (``issue``), the page's script posts it to TICKET_URL, and the
answer sets or clears the cookies the ticket names (``TicketHandler``). A ticket lives in this
process's memory for TICKET_SECONDS and works once; one that sets a class learner's cookie works
only while that learner's session is still valid. Behind a balancer the page's POST reaches the
process that issued the ticket: nginx routes every request of a page on its route cookie
(course/web/routing.py). If that process dies first, the page reloads onto another, whose new
page issues new tickets (course/web/failover.py).
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import timedelta

import tornado.web

from course import internals
from course.auth.passwords import hash_token, new_token
from course.auth.secret import server_secret
from course.store import sessions
from course.store.progress import GUEST_RETENTION
from course.store.sessions import SessionInfo

PAGE_COOKIES = ("amaan_lang", "amaan_band", "amaan_lives_in", "amaan_form_of_address")
GUEST_COOKIE = "amaan_guest"  # the guest token itself: 256 random bits, only its hash is stored
TICKET_URL = "/session/learner"
TICKET_SECONDS = 60
MAX_TICKETS = 10_000  # a bound on memory: far more than a school's pages issue in a minute


def server_settings() -> dict:
    """Keyword arguments for ``pn.serve`` (passed through Bokeh's Server to BokehTornado)."""
    return {"include_cookies": list(PAGE_COOKIES), "exclude_headers": ["Cookie"]}


def request_cookies() -> dict[str, str]:
    """Every cookie the browser sent with the HTTP request that built the current Panel session:
    the page's GET, or the websocket's handshake when Bokeh rebuilt a session it had dropped."""
    import panel as pn  # here only: the ticket handler and the cookie rules do without Panel

    context = pn.state.curdoc.session_context if pn.state.curdoc else None
    request = context.request if context is not None else None
    return internals.http_request_cookies(request) if request is not None else {}


# ---- signed sign-in cookies: a session's token, never a user id -------------------------------

def sign_session(cookie: str, token: str) -> str:
    return tornado.web.create_signed_value(server_secret().hex(), cookie, token).decode()


def signed_session(cookie: str, value: str | bytes | None, kind: str,
                   max_age_days: float) -> tuple[str, SessionInfo] | None:
    """(token, session) for a cookie whose signature and age are good and whose session is valid."""
    if not value:
        return None
    raw = tornado.web.decode_signed_value(server_secret().hex(), cookie, value, max_age_days=max_age_days)
    if raw is None:
        return None
    token = raw.decode("utf-8", "replace")
    found = sessions.lookup(token)
    return (token, found) if found is not None and found.kind == kind else None


# ---- tickets ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Ticket:
    keep: tuple[tuple[str, str, timedelta], ...]  # (cookie, value, lifetime) to set
    drop: tuple[str, ...]  # cookies to clear
    session: str | None  # the learner session the cookies stand for: refused once it has ended
    expires: float  # time.monotonic()


_tickets: dict[str, Ticket] = {}
_lock = threading.Lock()


def issue(keep: dict[str, tuple[str, timedelta]] | None = None, drop: tuple[str, ...] = (),
          session: str | None = None) -> str:
    """A one-time ticket for the browser to set ``keep`` (cookie -> (value, lifetime)) and clear ``drop``."""
    ticket, now = new_token(), time.monotonic()
    entry = Ticket(tuple((name, value, life) for name, (value, life) in (keep or {}).items()), tuple(drop),
                   session, now + TICKET_SECONDS)
    with _lock:
        for key in [key for key, old in _tickets.items() if old.expires <= now]:
            del _tickets[key]
        while len(_tickets) >= MAX_TICKETS:
            del _tickets[next(iter(_tickets))]  # the oldest: dicts keep insertion order
        _tickets[hash_token(ticket)] = entry
    return ticket


def redeem(ticket: str) -> Ticket | None:
    """The ticket's cookies, once: None for an unknown, used or stale ticket, or a session that ended."""
    with _lock:
        entry = _tickets.pop(hash_token(ticket), None) if ticket else None
    if entry is None or entry.expires <= time.monotonic():
        return None
    if entry.session is not None and sessions.lookup(entry.session) is None:
        return None
    return entry


def guest_ticket(token: str) -> str:
    """Keep (or renew) a guest's cookie: it lasts GUEST_RETENTION from their last visit."""
    return issue(keep={GUEST_COOKIE: (token, GUEST_RETENTION)})


class TicketHandler(tornado.web.RequestHandler):
    """POST ticket=…: 204 with the ticket's Set-Cookie headers, or 403."""

    def post(self) -> None:
        self.set_header("Cache-Control", "no-store")
        entry = redeem(self.get_body_argument("ticket", ""))
        if entry is None:
            raise tornado.web.HTTPError(403)
        for name, value, lifetime in entry.keep:
            self.set_cookie(name, value, path="/", expires_days=lifetime / timedelta(days=1),
                            httponly=True, samesite="Lax")
        for name in entry.drop:
            self.clear_cookie(name, path="/", httponly=True, samesite="Lax")
        self.set_status(204)


def routes() -> list:
    return [(TICKET_URL, TicketHandler)]
