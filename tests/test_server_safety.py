"""Requests an anonymous visitor can send must never stop or hijack the server.

A real `course serve` on loopback, attacked with plain HTTP (no browser needed).
"""
from __future__ import annotations

import http.client
import time
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
