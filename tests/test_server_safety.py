"""Requests an anonymous visitor can send must never stop or hijack the server.

A real `course serve` on loopback, attacked with plain HTTP (no browser needed).
"""
from __future__ import annotations

import asyncio
import http.client
import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from course.web import assets
from tests.conftest import run_async
from tests.serving import launch

# Each names a module Panel's own /components/ handler would import, running its top-level code:
# certifi's and pytest's command lines (the server exited with status 2), our own `course serve`
# again, and `this`, which prints the Zen of Python into the server's log.
IMPORTING = [
    "/components/certifi.__main__/x/__css__/y",
    "/components/course.__main__/x/__css__/y",
    "/components/pytest.__main__/x/__css__/y",
    "/components/pip.__main__/x/__css__/y",
    "/components/this/x/__css__/y",
    "/components/course.cli/main/__css__/y",
    "/components/nonexistent_module_xyz/x/__css__/y",
]
# Modules that are loaded but ship nothing for our pages: the answer is the same 404.
LOADED_BUT_NOT_OURS = [
    "/components/os/environ/__css__/x",
    "/components/course.web.components/SERVED/__css__/x",
    "/components/panel.io.server/ComponentResourceHandler/__css__/x",
]


def get(base: str, path: str) -> tuple[int, bytes]:
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with launch(tmp_path_factory.mktemp("data")) as url:
        yield url


def test_component_urls_never_import_a_module_and_the_server_keeps_answering(server):
    for path in IMPORTING + LOADED_BUT_NOT_OURS:
        status, _body = get(server, path)
        assert status == 404, (path, status)
        assert get(server, "/")[0] == 200, f"the server stopped answering after {path}"
    time.sleep(0.5)  # anything a module printed has reached the log by now
    log = server.console()
    assert "Beautiful is better than ugly" not in log, "a URL ran `import this` inside the server"
    assert log.count("Amaan is running") == 1, "a URL started `course serve` again inside the server"


def test_our_own_files_are_still_served_and_only_the_listed_ones(server):
    status, body = get(server, assets.url("page.css"))
    assert status == 200 and body
    listed_elsewhere = "/components/course.web.assets/Assets/__css__/../../../../pyproject.toml"
    assert get(server, listed_elsewhere)[0] in (403, 404)
    assert get(server, "/components/course.web.assets/Assets/__css__/static/nope.css")[0] == 403


# ---- websocket origins: tablets on the school network in, other sites out ------------------------

def page_token(base: str, host: str) -> str:
    """The session token the page at `/` embeds, fetched as a tablet that reached us as `host`."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request("GET", "/", headers={"Host": host})
        html = conn.getresponse().read().decode("utf-8")
    finally:
        conn.close()
    found = re.search(r'"token"\s*:\s*"([^"]+)"', html) or re.search(r"token['\"]?\s*[:=]\s*['\"]([\w.\-]+)", html)
    assert found, "no session token in the page"
    return found.group(1)


def open_websocket(base: str, host: str, origin: str, token: str | None = None) -> int | str:
    """Open /ws as a browser at `origin` would (for a new page, or the page of `token`); the first
    server message, or the HTTP refusal code."""
    from tornado.httpclient import HTTPClientError, HTTPRequest
    from tornado.websocket import websocket_connect

    token = token or page_token(base, host)
    port = urlsplit(base).port

    async def attempt():
        request = HTTPRequest(f"ws://127.0.0.1:{port}/ws", headers={"Host": host, "Origin": origin})
        try:
            conn = await websocket_connect(request, subprotocols=["bokeh", token])
        except HTTPClientError as exc:
            return exc.code
        try:
            message = await conn.read_message()
            return message if isinstance(message, str) else repr(message)
        finally:
            conn.close()

    return run_async(asyncio.wait_for(attempt(), 30))


def test_a_tablet_that_reaches_the_server_by_another_address_gets_its_websocket(server):
    """`--address 0.0.0.0` on a school network: tablets use the server's LAN address, which is not
    in the origin list. A same-origin websocket must work whatever address the server is reached
    by (127.0.0.2 stands in for the LAN address; the server itself listens on loopback only)."""
    port = urlsplit(server).port
    first = open_websocket(server, f"127.0.0.2:{port}", f"http://127.0.0.2:{port}")
    assert isinstance(first, str) and '"msgtype": "ACK"' in first, first


def test_a_websocket_from_another_site_is_refused(server):
    """A page on another origin must not drive a child's session (cross-site websocket hijacking)."""
    port = urlsplit(server).port
    assert open_websocket(server, f"127.0.0.1:{port}", "http://evil.example") == 403
    assert open_websocket(server, f"127.0.0.2:{port}", f"http://127.0.0.3:{port}") == 403


# ---- security headers on every response -----------------------------------------------------------

def response_headers(base: str, path: str):
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
        response = conn.getresponse()
        response.read()
        return response.status, response.headers
    finally:
        conn.close()


OWN_SOURCES = ("'self'", "'unsafe-inline'", "'unsafe-eval'", "data:", "blob:")  # nothing names another origin


@pytest.mark.parametrize("path", ["/", "/educator/login", "/nonexistent", "ASSET"])
def test_every_response_forbids_third_party_origins_framing_and_referrers(server, path):
    status, headers = response_headers(server, assets.url("page.css") if path == "ASSET" else path)
    assert status in (200, 404), status
    csp = {d.split()[0]: d.split()[1:] for d in headers["Content-Security-Policy"].split("; ")}
    for directive in ("default-src", "script-src", "style-src", "img-src", "font-src", "connect-src"):
        sources = csp[directive]
        assert "'self'" in sources and all(s in OWN_SOURCES for s in sources), csp
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'self'"]
    assert headers["X-Frame-Options"] == "SAMEORIGIN"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_responses_are_still_gzipped(server):
    _status, headers = response_headers(server, assets.url("page.css"))
    assert headers["Content-Encoding"] == "gzip"


# ---- page-load flood: pages whose websocket never opens (security issue 6) -------------------------

CAP = 5  # pages per client that have not connected yet
SHORT_LIFE = 10  # seconds a page that never connects is kept
CAPPED_ENV = {"COURSE_UNCONNECTED_PAGES_PER_CLIENT": str(CAP), "COURSE_UNCONNECTED_PAGE_SECONDS": str(SHORT_LIFE)}
TOKEN = re.compile(r'"token"\s*:\s*"([^"]+)"')


@pytest.fixture(scope="module")
def capped_server(tmp_path_factory):
    with launch(tmp_path_factory.mktemp("capped"), env=CAPPED_ENV) as url:
        yield url


def get_from(base: str, source: str, path: str = "/", headers: dict | None = None):
    """A GET sent from the loopback address `source`: each address is another client."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30, source_address=(source, 0))
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.headers, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def open_page(base: str, source: str) -> str:
    """A page as a browser gets it: 200, with the token its websocket will open its session by."""
    status, _headers, body = get_from(base, source)
    assert status == 200, status
    found = TOKEN.search(body)
    assert found, "no session token in the page"
    return found.group(1)


def connect_page(base: str, token: str) -> None:
    """What the page's JavaScript does once loaded: open the websocket of its session (then leave)."""
    port = urlsplit(base).port
    first = open_websocket(base, f"127.0.0.1:{port}", f"http://127.0.0.1:{port}", token=token)
    assert isinstance(first, str) and '"msgtype": "ACK"' in first, first


def rss_mb(pid: int) -> float:
    status = (Path("/proc") / str(pid) / "status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def discarded_pages(server, client: str) -> int:
    """How many of `client`'s pages the server says it discarded for never connecting."""
    return sum(int(n) for n in re.findall(rf"discarded (\d+) page\(s\) of {re.escape(client)}:", server.console()))


def wait_until(predicate, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, what
        time.sleep(0.5)


def test_past_the_cap_a_client_gets_a_small_page_that_builds_no_session(capped_server):
    """A script that GETs the page in a loop: after CAP pages that never connect, each answer is
    a 429 page in the visitor's language that reloads itself, and the server's memory stays put
    (each page session would cost ~1.2 MB). Another address, a class's neighbour, still gets in."""
    client = "127.0.0.2"
    for _ in range(CAP):
        open_page(capped_server, client)
    before = rss_mb(capped_server.pid)
    refused = [get_from(capped_server, client, headers={"Accept-Language": "fr"}) for _ in range(30)]
    grown = rss_mb(capped_server.pid) - before
    assert {status for status, _h, _b in refused} == {429}
    _status, headers, body = refused[0]
    assert int(headers["Retry-After"]) > 0 and headers["Cache-Control"] == "no-store"
    assert '<html lang="fr"' in body and 'http-equiv="refresh"' in body and "Un instant" in body
    assert not TOKEN.search(body) and "bokeh" not in body.lower(), "the refusal carries a session"
    assert grown < 12, f"the server grew {grown:.1f} MB for 30 refused pages: it built their sessions"
    assert "refusing new pages to 127.0.0.2" in capped_server.console()
    connect_page(capped_server, open_page(capped_server, "127.0.0.3"))


def test_pages_that_connect_make_room_so_a_class_keeps_loading(capped_server):
    """Children whose pages load and connect never meet the cap, however many they are."""
    client = "127.0.0.4"
    tokens = [open_page(capped_server, client) for _ in range(CAP)]
    assert get_from(capped_server, client)[0] == 429
    for token in tokens:
        connect_page(capped_server, token)
    for _ in range(CAP):
        connect_page(capped_server, open_page(capped_server, client))


def test_a_page_that_never_connects_is_discarded_after_its_short_life_one_that_dropped_is_kept(capped_server):
    """The short life is for pages nobody opened; a page that connected once and lost its Wi-Fi
    keeps the server's full 180 s and reconnects to its own session."""
    client = "127.0.0.5"
    dropped = open_page(capped_server, client)
    connect_page(capped_server, dropped)  # connects, then leaves
    for _ in range(CAP):
        open_page(capped_server, client)
    assert get_from(capped_server, client)[0] == 429
    wait_until(lambda: discarded_pages(capped_server, client) >= CAP, SHORT_LIFE * 4,
               "pages that never connected were not discarded")
    assert get_from(capped_server, client)[0] == 200  # the client has room again
    time.sleep(SHORT_LIFE / 2)  # another sweep or more: the dropped page is still not discarded
    assert discarded_pages(capped_server, client) == CAP
    connect_page(capped_server, dropped)
