"""Every place Amaan reaches into a library's private parts, and the versions it was written for.

Panel, Bokeh and fluent.runtime offer no public way to do what the functions below do; each
names the private attribute it relies on. ``check_versions()`` runs when the server starts and
in the test suite, so an upgrade of any of the three fails here, in one place, with a message
that says what to re-read, instead of somewhere inside a child's page. After an upgrade, check
each function against the new source, then move the pins in ``pyproject.toml`` and ``PINNED``
together.

Panel and Bokeh are imported inside the functions that use them: ``course.l10n`` takes the
Fluent helpers from here without importing Panel.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from importlib import metadata
from typing import Any

from fluent.runtime import FluentBundle
from fluent.runtime.resolver import CurrentEnvironment, ResolverEnvironment
from fluent.runtime.types import FluentType
from fluent.runtime.utils import native_to_fluent

PINNED = {"panel": "1.9.4", "bokeh": "3.9.2", "fluent.runtime": "0.4.0"}


class VersionMismatch(RuntimeError):
    pass


def check_versions(installed: Callable[[str], str] = metadata.version) -> None:
    """Refuse to start on versions of Panel, Bokeh or fluent.runtime this module was not read against."""
    wrong = []
    for dist, want in PINNED.items():
        try:
            have = installed(dist)
        except metadata.PackageNotFoundError:
            have = "not installed"
        if have != want:
            wrong.append(f"{dist} {have} (written for {want})")
    if wrong:
        raise VersionMismatch(
            "course/internals.py relies on private parts of these libraries and was written for other "
            "versions: " + ", ".join(wrong) + ". Install the versions pinned in pyproject.toml, or re-check "
            "every function in course/internals.py against the new ones and update PINNED.")


# ---- fluent.runtime 0.4.0 ----------------------------------------------------------------------

class TypedFluentBundle(FluentBundle):
    """FluentBundle that keeps numbers already wrapped as Fluent types.

    0.4.0's ``format_pattern`` re-wraps every int argument as a plain FluentInt, dropping our
    local-digit subclass; this copy of it (``ResolverEnvironment``, ``CurrentEnvironment`` and
    ``native_to_fluent`` are internal) wraps only plain Python values.
    """

    def format_pattern(self, pattern, args=None):
        fluent_args = {k: v if isinstance(v, FluentType) else native_to_fluent(v) for k, v in (args or {}).items()}
        errors: list[Exception] = []
        env = ResolverEnvironment(context=self, current=CurrentEnvironment(args=fluent_args), errors=errors)
        try:
            result = pattern(env)
        except ValueError as exc:
            errors.append(exc)
            result = "{???}"
        return result, errors


def init_fluent_number(number: Any, source: Any, options: dict[str, Any]) -> None:
    """Give a FluentNumber subclass the format options of ``source`` merged with ``options``, as
    fluent_number() does (``FluentNumber._init``; it reads ``source.options`` when present)."""
    number._init(source, options)


def number_pattern_with_options(number: Any, pattern: Any) -> Any:
    """A Babel number pattern adjusted to a FluentNumber's options (``FluentNumber._apply_options``)."""
    return number._apply_options(pattern)


def babel_locale(bundle: FluentBundle) -> Any:
    """The Babel locale a bundle formats numbers with (``FluentBundle._babel_locale``)."""
    return bundle._babel_locale


# ---- panel 1.9.4 and bokeh 3.9.2 ----------------------------------------------------------------

@cache
def previewless_template_class() -> type:
    """pn.Template without its notebook preview, which served pages never show.

    Panel 1.9 builds a Str, an HTML pane and a Button per template for that preview and, on
    ``add_panel``, renders the repr of the whole layout into it: 27 ms and ~60 KB per visitor
    (benchmarks/classroom.py). Overrides the private ``_build_layout``.
    """
    from types import SimpleNamespace

    import panel as pn

    class PreviewlessTemplate(pn.Template):
        def _build_layout(self):
            return [SimpleNamespace(object="")]

        def __repr__(self) -> str:
            return type(self).__name__

    return PreviewlessTemplate


@cache
def undelayed_text_input_class() -> type:
    """A hidden TextInput whose value the server handles as soon as it arrives.

    Panel waits ``_debounce`` (50 ms) after a browser-side change before handling it, to batch a
    typist's keystrokes; a tap sent through a hidden input is one change, and the wait added
    ~50 ms to every Next and Check (benchmarks/classroom.py). ``_priority_changes`` skips it.
    """
    import panel as pn

    class UndelayedTextInput(pn.widgets.TextInput):
        _priority_changes = ["value"]

    return UndelayedTextInput


def panel_files_from_this_server(doc: Any) -> None:
    """Keep every Panel stylesheet of ``doc`` on this server, never on Panel's CDN.

    Panel shares one ``ImportedStyleSheet`` per URL among a session's models (its per-document
    cache, ``state._stylesheets``) and rewrites its URL against the document of the model being
    updated (``patch_stylesheet(sheet, doc._template_variables['dist_url'])`` in
    ``Syncable._get_properties``). A model that is not in a document has no dist_url, so Panel
    uses its CDN: an HTML pane on an inactive ``Tabs(dynamic=True)`` tab whose ``object``
    changes (the dashboard redrawn on a class switch made in the Classes tab) rewrote the shared
    ``css/loading.css`` sheet to Panel's CDN address and the browser, which shows that
    sheet in the other tab, fetched it. Before the page is rendered there is no dist_url either
    (Panel sets it in ``server_html_page_for_session``, after the models are built).

    ``patch_stylesheet`` rewrites only URLs that start with the CDN or with the relative
    ``static/extensions/panel/``; one that starts with ``/static/extensions/panel/`` it leaves as
    it is. Setting that absolute form before any model is built gives every shared sheet a URL
    Panel never rewrites again. (Panel sets this same value itself once the websocket connects,
    ``Location._sync_pathname``; Amaan serves its pages at the root, with no ``--prefix``.)
    """
    from panel.io.resources import LOCAL_DIST

    if doc is not None:
        doc._template_variables["dist_url"] = "/" + LOCAL_DIST


def set_render_variables(template: Any, **values: Any) -> None:
    """Jinja variables for a pn.Template's page (the private ``_render_variables``)."""
    template._render_variables.update(values)


def replace_websocket_handler(make_subclass: Callable[[type], type]) -> None:
    """Serve ``/ws`` with a subclass of Panel's handler.

    Panel swaps Bokeh's handler for its own the same way (panel/io/server.py), in Bokeh's
    module-level route list ``bokeh.server.urls.per_app_patterns``.
    """
    from bokeh.server.urls import per_app_patterns
    from panel.io.server import WSHandler

    handler = make_subclass(WSHandler)
    per_app_patterns[:] = [(route[0], handler, *route[2:]) if route[1] is WSHandler else route
                           for route in per_app_patterns]


def replace_session_page_handlers(make_subclass: Callable[[type], type]) -> None:
    """Serve the two routes that build a session on a plain GET (each app's page and its
    ``/autoload.js``) with subclasses of Panel's handlers (``panel.io.server.DocHandler`` and
    ``AutoloadJsHandler``), in Bokeh's module-level route list ``per_app_patterns``, as
    ``replace_websocket_handler`` does for ``/ws``. Must run before the server is made."""
    from bokeh.server.urls import per_app_patterns
    from panel.io.server import AutoloadJsHandler, DocHandler

    originals = (DocHandler, AutoloadJsHandler)
    per_app_patterns[:] = [(route[0], make_subclass(route[1]), *route[2:]) if route[1] in originals else route
                           for route in per_app_patterns]


async def discard_session(application_context: Any, session: Any, still_discardable: Callable[[Any], bool]) -> None:
    """Discard one session now, the way Bokeh's own cleanup does it: under the document lock,
    asking ``still_discardable`` again there, then running the session-destroyed hooks (Panel's
    cleanup). Bokeh's cleanup offers only one age for every session; this is its private
    ``ApplicationContext._discard_session``, which refuses a session with an open connection."""
    if session.destroyed or session.connection_count > 0 or session.expiration_blocked:
        return
    await application_context._discard_session(session, still_discardable)


def component_resource_handler() -> tuple[type, str]:
    """Panel's handler for files listed on a component class, and the path it is served under
    (``panel.io.server.ComponentResourceHandler``, ``panel.io.resources.COMPONENT_PATH``)."""
    from panel.io.resources import COMPONENT_PATH
    from panel.io.server import ComponentResourceHandler

    return ComponentResourceHandler, COMPONENT_PATH


def watchers_bound_to(parameterized: Any, owner: object) -> Iterator[Any]:
    """The watchers on ``parameterized`` whose callbacks are methods of ``owner``.

    ``param.watchers`` (a dict by parameter, then by kind) is param's own bookkeeping; param has
    no public query for "who watches me".
    """
    found = {id(w): w for by_kind in parameterized.param.watchers.values() for ws in by_kind.values()
             for w in ws if getattr(w.fn, "__self__", None) is owner}
    return iter(found.values())


def http_request_cookies(request: Any) -> dict[str, str]:
    """Every cookie of the HTTP request that built a Bokeh session.

    ``session_context.request`` is Bokeh's ``_RequestProxy`` (bokeh/server/contexts.py), whose
    ``cookies`` are only those copied into the session token, which the page's scripts can read
    (so the sign-in cookies are left out of it: course.web.cookies). The Tornado request it wraps,
    the page's GET or the websocket's handshake, is its private ``_request``.
    """
    real = getattr(request, "_request", request)
    return {name: morsel.value for name, morsel in real.cookies.items()}
