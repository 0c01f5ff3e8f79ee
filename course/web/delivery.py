"""How the app's bytes reach a child's phone: compressed, cached, and only the bundles it uses.

Measured by ``benchmarks/page_weight.py`` (README, "Page weight").

- ``server_settings()``: extra keyword arguments for ``pn.serve``. Bokeh's ``Server`` passes
  the ones it does not know on to ``tornado.web.Application``: ``compress_response`` turns
  on Tornado's gzip for every HTTP response (``panel serve`` sends its JavaScript
  uncompressed), and Bokeh's ``websocket_compression_*`` turn on permessage-deflate for the
  websocket, whose document messages repeat the same stylesheet text for every component.
- Unused bundles: ``templates/page.html`` drops the script tags of BokehJS's WebGL and
  MathJax bundles and of Panel's ES-module shim, which Panel's server page lists whatever
  the page holds. Bokeh chooses bundles per document only for standalone pages (a server
  page can gain models after it loads), so the list there is kept by hand; the browser
  tests walk every screen and fail on the console error a missing model raises.
  bokeh-tables cannot simply go: panel.min.js requires it when it loads, for one class its
  Tabulator model names. No page shows a table, so ``static/tables-standin.js``, a plugin of
  twenty lines that gives that class, takes its place (88 KB less on a first visit).

Tornado gzips each response as it streams (level 6): about 65 ms of one core for the four
bundles of a first visit, nothing on a return visit (the bundles' URLs carry a content hash
and a ten-year max-age, so the browser does not ask again).
"""
from __future__ import annotations

from functools import lru_cache

from course import internals
from course.web import headers

# mem_level 5 instead of zlib's 8 halves the compressor's hash tables (16 KB instead of 128 KB
# with the window below) for slightly larger messages: a class of 30 children holds 30 open.
WEBSOCKET_COMPRESSION_LEVEL = 6
WEBSOCKET_COMPRESSION_MEM_LEVEL = 5


# Window sizes of permessage-deflate (2**bits bytes of history). zlib's default, 15, costs each
# open connection a 128 KB history for what it sends and 32 KB for what it receives, on top of
# the tables above: with 12 and 10 bits the two fall to 16 KB and 1 KB, about 140 KB less per
# open page, while a warm return's wire bytes go from 9.3 to 10.4 KB and a card to card from
# 2.4 to 2.6 KB (benchmarks/page_weight.py; the server's RSS: benchmarks/classroom.py).
SERVER_WINDOW_BITS = 12
CLIENT_WINDOW_BITS = 10


def small_window_offer(header: str) -> str:
    """A browser's Sec-WebSocket-Extensions offer with our window sizes written into it.

    Tornado takes the offer's parameters as agreed and echoes them back, so this is how the
    server chooses. RFC 7692 (7.1.2) lets a server answer with server_max_window_bits the
    offer did not name; client_max_window_bits only when the offer names it.
    """
    offers = []
    for offer in header.split(","):
        name, *pairs = [p.strip() for p in offer.split(";") if p.strip()] or [""]
        if name == "permessage-deflate":
            params = dict((pair.split("=", 1) + [None])[:2] for pair in pairs)
            params = {k.strip(): v.strip() if v else v for k, v in params.items()}
            # Never more than the browser asked for: RFC 7692 allows only the same or smaller.
            params["server_max_window_bits"] = str(min(SERVER_WINDOW_BITS, int(params.get("server_max_window_bits") or 15)))
            if "client_max_window_bits" in params:
                params["client_max_window_bits"] = str(min(CLIENT_WINDOW_BITS, int(params["client_max_window_bits"] or 15)))
            pairs = [k if v is None else f"{k}={v}" for k, v in params.items()]
        offers.append("; ".join([name, *pairs]))
    return ", ".join(offers)


def install_websocket_windows() -> None:
    """Serve /ws with Panel's handler, answering deflate offers with our window sizes."""

    def small_window(ws_handler: type) -> type:
        class SmallWindowWSHandler(ws_handler):  # type: ignore[misc,valid-type]
            async def prepare(self):
                offer = self.request.headers.get("Sec-WebSocket-Extensions")
                if offer:
                    self.request.headers["Sec-WebSocket-Extensions"] = small_window_offer(offer)
                await super().prepare()

        return SmallWindowWSHandler

    internals.replace_websocket_handler(small_window)


def server_settings() -> dict:
    """Keyword arguments for ``pn.serve`` (passed through Bokeh to Tornado)."""
    install_websocket_windows()
    return {
        # an explicit transform list replaces the one compress_response would make: gzip first
        "transforms": headers.transforms(),
        "compress_response": True,
        "websocket_compression_level": WEBSOCKET_COMPRESSION_LEVEL,
        "websocket_compression_mem_level": WEBSOCKET_COMPRESSION_MEM_LEVEL,
    }


# The stylesheets the first screen's components import into their shadow roots: Panel's
# own (listed by what its Column, HTML, Button and Select models load) and ours.
PANEL_CSS = ("css/loading.css", "css/listpanel.css", "bundled/theme/default.css", "bundled/theme/native.css",
             "css/button.css")
OUR_CSS = ("content.css", "widgets.css")


@lru_cache(maxsize=1)
def preload_stylesheets() -> tuple[str, ...]:
    """URLs for ``<link rel="preload">`` in our page.

    The browser would otherwise ask for these only once the JavaScript has run and the
    document has come over the websocket: one more round trip (0.6 s at 300 ms latency)
    before a child can press anything. Preloaded, they arrive with the JavaScript. The URLs
    must be exactly the ones the components use, or they are fetched twice:
    tests/browser/test_reach.py fails on Chromium's "preloaded but not used" warning.
    """
    from panel.io.resources import JS_VERSION, LOCAL_DIST

    from course.web import assets

    return (*(f"{LOCAL_DIST}{name}?v={JS_VERSION}" for name in PANEL_CSS),
            *(assets.url(name) for name in OUR_CSS))


def later_stylesheets() -> tuple[str, ...]:
    """URLs for ``<link rel="prefetch">`` on the learner page: the player's stylesheet, and the
    one of Get help's country choice (a Select).

    The player is drawn only when a lesson opens, and its shadow root asks for player.css
    then: over a slow school Wi-Fi the first card showed, and could be tapped, unstyled until
    that request came back (benchmarks/page_weight.py, "styled at 1 Mbit/s"). Fetched while
    the child reads the lesson list, it is in the cache by then; Get help, built when first
    opened, must not wait either. A prefetch, not a preload, because a child may stay on the
    list: Chromium warns about a preload left unused.
    """
    from panel.io.resources import JS_VERSION, LOCAL_DIST

    from course.web import assets

    return (assets.url("player.css"), f"{LOCAL_DIST}css/select.css?v={JS_VERSION}")
