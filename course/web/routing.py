"""Which process a browser belongs to, for a load balancer's sticky routing.

A Bokeh session lives in the process that built it, so every request of a page, its websocket
included, must reach that process. ``ip_hash`` would send a whole school behind one NAT address
to one process, so the balancer routes on a cookie instead (deploy/nginx/amaan.conf): each
process is started with its own ``COURSE_ROUTE`` name (``app1``, ``app2``…) and sets
``amaan_route=<that name>`` on every page it sends. The cookie names a process and nothing else:
no child, no session, nothing a script needs (HttpOnly).

A process without ``COURSE_ROUTE`` (one school server, no balancer) sets no cookie.
"""
from __future__ import annotations

import os
import re

from tornado.web import OutputTransform

ROUTE_ENV = "COURSE_ROUTE"
ROUTE_COOKIE = "amaan_route"
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,32}$")  # a token nginx's map can match, never a header trick


class RouteError(ValueError):
    pass


def route_name() -> str | None:
    """This process's name for the balancer, or None; a name that is not a short token is refused
    (it ends up in a Set-Cookie header and in nginx's map)."""
    raw = os.environ.get(ROUTE_ENV, "").strip()
    if not raw:
        return None
    if not _NAME.match(raw):
        raise RouteError(f"{ROUTE_ENV}={raw!r}: use 1-32 letters, digits, '-' or '_' (e.g. app1)")
    return raw


def _cookie_value(request) -> str | None:
    morsel = request.cookies.get(ROUTE_COOKIE) if request is not None else None
    return morsel.value if morsel is not None else None


class RouteCookie(OutputTransform):
    """Sets the route cookie on the HTML pages of a process that has a route name, unless the
    browser already sent this very value. Only on HTML: a static file's response stays free of
    Set-Cookie, so that a cache in front (nginx's proxy_cache) may keep it for everyone."""

    def __init__(self, request) -> None:
        super().__init__(request)
        self._page_request = request

    def transform_first_chunk(self, status_code, headers, chunk, finishing):
        name = route_name()
        if (name and status_code < 400 and headers.get("Content-Type", "").startswith("text/html")
                and _cookie_value(self._page_request) != name):
            secure = "; Secure" if getattr(self._page_request, "protocol", "http") == "https" else ""
            headers.add("Set-Cookie", f"{ROUTE_COOKIE}={name}; Path=/; HttpOnly; SameSite=Lax{secure}")
        return status_code, headers, chunk
