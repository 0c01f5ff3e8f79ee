"""A page whose websocket reaches a process that does not hold its session reloads itself.

Panel's reconnect (``pn.config.reconnect``) brings a dropped websocket back to its own session,
on the process that built it. When that process is gone (killed, restarted, its host down), the
balancer sends the reconnect to another process (deploy/nginx/amaan.conf), where Bokeh builds a
new session for the unknown id from the websocket's handshake alone. BokehJS then replaces the
page's document with that one, which fits none of the page's places: measured, the card
vanished and the address lost its ``?lesson=`` (a blank, frozen page).

So a session built from a websocket, on any page, is not the page at all: its document is one
hidden model, and the moment the browser says it has the document (``document_ready`` on a first
connection, ``client_reconnected`` after a reconnect) the server flips that model, whose
JavaScript reloads the page. The reload is an ordinary GET, to whichever process the balancer
picks now; that process builds the page from the request and the database, and the learner is
back on the card the store holds (the address keeps ``?lesson=``). Nothing of the page runs for
the websocket's session: no guest is made, nothing is saved.

On one process this also covers a page that comes back after its session expired (180 s), or
whose websocket arrived after the short life of a page that never connected
(course/web/session_cap.py): both get a fresh page instead of a rebuilt one without its request.
"""
from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger("course.web")
RELOAD_JS = "window.location.reload()"


def built_for_websocket() -> bool:
    """Whether the session being built comes from a websocket's handshake, not a page's GET."""
    import panel as pn

    context = pn.state.curdoc.session_context if pn.state.curdoc else None
    request = getattr(context, "request", None)
    path = getattr(request, "path", "") or ""
    return path == "/ws" or path.endswith("/ws")


def reloader() -> None:
    """The document of a session built for a websocket: one hidden model that reloads the page.
    Added as the document's only root, bare: returned to Panel, it would be wrapped in a pane and
    given Panel's Location model, whose sync rewrites the address bar."""
    import panel as pn
    from bokeh.models import CustomJS, Div

    doc = pn.state.curdoc
    marker = Div(text="", visible=False, name="amaan-reload")
    marker.js_on_change("tags", CustomJS(code=RELOAD_JS))

    def reload(event: Any) -> None:  # Bokeh checks the name: func(event)
        if not marker.tags:
            marker.tags = ["reload"]

    doc.on_event("document_ready", reload)
    doc.on_event("client_reconnected", reload)
    doc.add_root(marker)
    log.info("a page reached this process with a session it does not hold: asking it to reload")


def page(build: Callable[[], Any]) -> Callable[[], Any]:
    """``build`` (a page of ``course serve``) for a GET; the reloader for a websocket."""

    @functools.wraps(build)
    def serve_page() -> Any:
        if built_for_websocket():
            reloader()
            return None
        return build()

    return serve_page
