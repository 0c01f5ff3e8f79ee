"""Security headers on every HTTP response of ``course serve``.

- Content-Security-Policy: pages may load and connect only to our own server. A child's page
  never talks to a third party (README, "Privacy and safety"), and if a name or lesson text
  ever slipped past escaping, an injected script could neither load code from elsewhere nor
  send anything out. Inline scripts and styles stay allowed: Bokeh embeds each document's
  JSON and start-up code inline and sets styles on its elements. So does eval: Bokeh compiles
  every CustomJS callback (read aloud, the cookie bridge) with ``new Function``, and ES-module
  callbacks with ``eval("import(blob)")``; blocking it breaks those buttons, and what an eval
  could run is still confined to our own origin by the rest of the policy.
- frame-ancestors / X-Frame-Options: no other site may frame our pages to trick a child into
  taps (clickjacking).
- Referrer-Policy: no page address (which may carry a join code) is sent anywhere.
- X-Content-Type-Options: a lesson picture is never sniffed into a script.

Added by a Tornado output transform, so every handler gets them: Bokeh's and Panel's pages
and static files, and our own. Another transform sets the balancer's route cookie on HTML pages
(course/web/routing.py).
"""
from __future__ import annotations

from tornado.web import GZipContentEncoding, OutputTransform

from course.web.routing import RouteCookie

CSP = "; ".join([
    "default-src 'self'",
    # blob: is how Panel loads an ES-module component's code (the player), made on the page itself
    "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",  # CSP Level 3: 'self' covers ws:// and wss:// to the same host
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
])
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "SAMEORIGIN",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


class SecurityHeaders(OutputTransform):
    def transform_first_chunk(self, status_code, headers, chunk, finishing):
        for name, value in HEADERS.items():
            headers.setdefault(name, value)
        return status_code, headers, chunk


def transforms() -> list[type[OutputTransform]]:
    """Tornado's ``transforms`` setting: gzip (which ``compress_response`` would have added on
    its own, but an explicit list replaces that default), then our headers and route cookie."""
    return [GZipContentEncoding, SecurityHeaders, RouteCookie]
