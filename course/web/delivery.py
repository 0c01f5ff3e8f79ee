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
  tests walk every screen and fail on the console error a missing model raises (that is how
  bokeh-tables was found to stay: panel.min.js requires it when it loads).

Tornado gzips each response as it streams (level 6): about 65 ms of one core for the four
bundles of a first visit, nothing on a return visit (the bundles' URLs carry a content hash
and a ten-year max-age, so the browser does not ask again).
"""
from __future__ import annotations

from functools import lru_cache

# mem_level 5 instead of zlib's 8 keeps each open connection's compressor at about 145 KB
# instead of 260 KB for slightly larger messages: a class of 30 children holds 30 open.
WEBSOCKET_COMPRESSION_LEVEL = 6
WEBSOCKET_COMPRESSION_MEM_LEVEL = 5


def server_settings() -> dict:
    """Keyword arguments for ``pn.serve`` (passed through Bokeh to Tornado)."""
    return {
        "compress_response": True,
        "websocket_compression_level": WEBSOCKET_COMPRESSION_LEVEL,
        "websocket_compression_mem_level": WEBSOCKET_COMPRESSION_MEM_LEVEL,
    }


# The stylesheets the first screen's components import into their shadow roots: Panel's
# own (listed by what its Column, HTML, Button and Select models load) and ours.
PANEL_CSS = ("css/loading.css", "css/listpanel.css", "bundled/theme/default.css", "bundled/theme/native.css",
             "css/button.css", "css/select.css")
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
