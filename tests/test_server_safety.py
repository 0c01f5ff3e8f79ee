"""Requests an anonymous visitor can send must never stop or hijack the server.

A real `course serve` on loopback, attacked with plain HTTP (no browser needed).
"""
from __future__ import annotations

import asyncio
import http.client
import re
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest

from course.web import assets
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


def open_websocket(base: str, host: str, origin: str) -> int | str:
    """Open /ws as a browser at `origin` would; the first server message, or the HTTP refusal code."""
    from tornado.httpclient import HTTPClientError, HTTPRequest
    from tornado.websocket import websocket_connect

    token = page_token(base, host)
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

    # Its own thread and event loop: the browser tests' Playwright leaves a loop in this thread.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, asyncio.wait_for(attempt(), 30)).result()


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
