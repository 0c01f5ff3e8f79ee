"""The learner page: header (mascot, languages, Get help) and the current screen.

Only the screen on show (and Get help) is kept: within a screen, moving on updates text in
place; moving to another screen builds it afresh and drops the one left.
"""
from __future__ import annotations

import panel as pn
import param

from course import internals
from course.l10n.locales import SUPPORTED
from course.web import assets, shared
from course.web.learner_state import LearnerState
from course.web.signin_state import SignInState
from course.web.views.common import button, e, html
from course.web.views.get_help import HelpView
from course.web.views.home import HomeView
from course.web.views.player import PlayerView
from course.web.views.signin import SignInView

SCREENS = {"home": HomeView, "player": PlayerView, "help": HelpView}
# One player component draws the lesson, the quiz and the results: moving between them patches
# its data instead of building new widgets.
VIEW_OF = {"lesson": "player", "quiz": "player", "results": "player"}


# A globe, the usual sign for "language" whatever the script; drawn here, not an emoji (a cheap
# phone may have no emoji font) nor a file (one request less).
GLOBE_SVG = ('<svg class="globe" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" '
             'fill="none" stroke="currentColor" stroke-width="2"><circle cx="12" cy="12" r="9.5"/>'
             '<path d="M2.5 12h19M12 2.5c2.8 2.9 4 6 4 9.5s-1.2 6.6-4 9.5c-2.8-2.9-4-6-4-9.5s1.2-6.6 4-9.5z"/></svg>')


def header_html(locale: str) -> str:
    """One row on a phone (issue 15: the header takes at most 15% of a 360x640 screen): a small
    mascot, the app's name, the language menu; Get help is the Panel button beside it. A wide
    screen shows the full title and every language as a link."""
    t = shared.tr(locale)
    return (f'<div class="top"><img class="top-mascot" src="{assets.url("mascot.svg")}" alt="" width="40" height="40">'
            f'<span class="top-name"><span class="top-short">{e(t("app-name"))}</span>'
            f'<span class="top-full">{e(t("app-title"))}</span></span>{languages_html(locale)}</div>')


def languages_html(locale: str) -> str:
    """The languages, each a link to the page in it, named in its own script. A phone gets them
    behind a globe (one tap opens the menu), a wide screen as a row of links (content.css)."""
    t = shared.tr(locale)
    links = []
    for lang in SUPPORTED:
        name = shared.tr(lang)("language-name")
        current = ' aria-current="true"' if t.lang == lang else ""
        links.append(f'<a href="?lang={lang}" lang="{lang}" hreflang="{lang}"{current}>{e(name)}</a>')
    label = e(t("language-choose"))
    return (f'<nav class="langs langs-wide" aria-label="{label}">{"".join(links)}</nav>'
            f'<details class="langs-menu"><summary>{GLOBE_SVG}<span class="sr-only">{label}: </span>'
            f'<span class="langs-current">{e(t("language-name"))}</span></summary>'
            f'<nav class="langs-list" aria-label="{label}">{"".join(links)}</nav></details>')


# The header row: the name, language menu and Get help share one line on a phone. With large
# text they no longer fit: the row wraps, Get help moving under the name instead of covering
# it (WCAG 1.4.4, tests/browser/test_reach.py). The HTML pane takes the room Get help leaves.
HEADER_ROW_CSS = (":host { flex-wrap: wrap; align-items: center; position: relative; z-index: 5; }"
                  " .bk-panel-models-markup-HTML { min-width: min-content !important; flex: 1 1 0 !important; }")


class LearnerShell(pn.viewable.Viewer):
    state = param.ClassSelector(class_=LearnerState)
    client = param.String(default="unknown", doc="the visitor's address, for rate limiting sign-in")
    hidden = param.List(default=[], doc="hidden widgets the page needs, e.g. the cookie bridge")

    def __init__(self, **params):
        super().__init__(**params)
        t = self.state.tr
        self._help = button(t("help-button"), "get-help", "warning", align="center")
        self._help.on_click(lambda _e: self.state.open_help())
        self._status: pn.pane.HTML | None = None  # made by the first failed save
        self._views: dict[str, pn.viewable.Viewer] = {}
        # Get help is built when first opened, then kept over the screen it opens on. (Built inside
        # a callback, its Select once pointed at Panel's CDN: internals.panel_files_from_this_server
        # now keeps every model of the page on this server, tests/browser/test_get_help.py.)
        self._help_view: pn.viewable.Viewable | None = None
        self._top = [pn.Row(html(header_html(self.state.locale), sizing_mode="stretch_width", margin=(0, 2)), self._help,
                            sizing_mode="stretch_width", stylesheets=[HEADER_ROW_CSS], css_classes=["amaan-top"])]
        # The screen on show sits directly in this column (no box of its own), and the status
        # line is made only when a save fails: every component costs ~40 KB per open page.
        self._layout = pn.Column(*self._top, sizing_mode="stretch_width")
        self.state.param.watch(self._show, ["screen"])
        self.state.param.watch(self._show_status, ["saving_failed"])
        self.state.param.watch(self._readdress, ["form_of_address"])
        self._show()

    def view(self, screen: str) -> pn.viewable.Viewer:
        screen = VIEW_OF.get(screen, screen)
        if screen not in self._views:
            if screen == "signin":
                self._views[screen] = self._signin_view()
            else:
                self._views[screen] = SCREENS[screen](state=self.state)
        return self._views[screen]

    def _signin_view(self) -> SignInView:
        signin = SignInState(client=self.client)

        def done(event) -> None:
            if event.new:
                learner_id, name = event.new
                self.state.signed_in(learner_id, name)
                self._views.pop("signin", None)  # a fresh form next time

        signin.param.watch(done, "signed_in")
        return SignInView(state=signin, locale=self.state.locale, form=self.state.form_of_address,
                          on_cancel=self.state.go_home)

    def _show(self, *_events) -> None:
        screen = self.state.screen
        if screen != "help":  # Get help opens over the screen, which is kept as it was
            self._forget_others(screen)
        shown = [self.view(screen)] if screen != "help" else []
        status = [self._status] if self._status is not None else []
        if screen == "help" and self._help_view is None:
            self._help_view = self.view("help").__panel__()
        helping = [self._help_view] if self._help_view is not None else []
        self._layout.objects = [*self._top, *status, *shown, *helping, *self.hidden]
        if self._help_view is not None:
            self._help_view.visible = screen == "help"

    def _show_status(self, event) -> None:
        if self._status is None and event.new:
            t = self.state.tr
            self._status = html(f'<p class="feedback try" role="alert">{e(t("status-saving-failed"))}</p>')
            self._show()
        elif self._status is not None:
            self._status.visible = event.new

    def _readdress(self, *_events) -> None:
        """The child chose how to be spoken to: the words on show follow at once. Home and Get help
        rewrite theirs in place (the choice keeps its focus); another screen is built again."""
        t = self.state.tr
        self._help.label = t("help-button")
        if self._status is not None:
            self._status.object = f'<p class="feedback try" role="alert">{e(t("status-saving-failed"))}</p>'
        screen = VIEW_OF.get(self.state.screen, self.state.screen)
        if screen not in ("home", "help") and screen in self._views:
            self._forget_others("")
            self._show()

    def _forget_others(self, screen: str) -> None:
        """Drop the screens not on show. Leaving a screen removes its Bokeh models anyway, so
        keeping its widgets saves nothing on return, while a kept screen holds ~20 KB per
        widget for every open page and keeps redrawing for state changes nobody sees
        (benchmarks/classroom.py)."""
        keep = (VIEW_OF.get(screen, screen), "help") if screen else ()
        for name in [name for name in self._views if name not in keep]:
            view = self._views.pop(name)
            for watcher in list(internals.watchers_bound_to(self.state, view)):
                self.state.param.unwatch(watcher)

    def release(self) -> None:
        """The page closed (Panel's on_session_destroyed): let go of its screens and quiz now. The
        server collects full garbage rarely on purpose (course/web/server.py), and a closed page's
        views, held by the state's watchers, would otherwise wait for it."""
        self._forget_others("")
        self.state.run = None

    def __panel__(self):
        return self._layout
