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
from course.web.views.quiz import QuizView
from course.web.views.results import ResultsView
from course.web.views.signin import SignInView

SCREENS = {"home": HomeView, "lesson": PlayerView, "quiz": QuizView, "results": ResultsView, "help": HelpView}


def header_html(locale: str) -> str:
    t = shared.tr(locale)
    return (f'<div class="header"><img src="{assets.url("mascot.svg")}" alt="" width="56" height="56">'
            f'<span class="name">{e(t("app-title"))}</span></div>')


def languages_html(locale: str) -> str:
    t = shared.tr(locale)
    links = []
    for lang in SUPPORTED:
        name = shared.tr(lang)("language-name")
        current = ' aria-current="true"' if t.lang == lang else ""
        links.append(f'<a href="?lang={lang}" lang="{lang}" hreflang="{lang}"{current}>{e(name)}</a>')
    return f'<nav class="langs" aria-label="{e(t("language-choose"))}">{"".join(links)}</nav>'



# With large text the title's longest word no longer fits beside Get help: let the button
# move under the title instead of covering it (WCAG 1.4.4, tests/browser/test_reach.py).
HEADER_ROW_CSS = ":host { flex-wrap: wrap; } .bk-panel-models-markup-HTML { min-width: min-content !important; }"


class LearnerShell(pn.viewable.Viewer):
    state = param.ClassSelector(class_=LearnerState)
    client = param.String(default="unknown", doc="the visitor's address, for rate limiting sign-in")
    hidden = param.List(default=[], doc="hidden widgets the page needs, e.g. the cookie bridge")

    def __init__(self, **params):
        super().__init__(**params)
        t = shared.tr(self.state.locale)
        self._help = button(t("help-button"), "get-help", "warning", align="center")
        self._help.on_click(lambda _e: self.state.open_help())
        self._status: pn.pane.HTML | None = None  # made by the first failed save
        self._views: dict[str, pn.viewable.Viewer] = {}
        # Get help is built with the page: a Select first created inside a callback makes
        # Panel 1.9.4 point its theme stylesheets at the CDN (seen in the browser tests).
        self._help_view = self.view("help").__panel__()
        self._help_view.visible = False
        self._top = [pn.Row(html(header_html(self.state.locale)), self._help, sizing_mode="stretch_width",
                            stylesheets=[HEADER_ROW_CSS]),
                     html(languages_html(self.state.locale))]
        # The screen on show sits directly in this column (no box of its own), and the status
        # line is made only when a save fails: every component costs ~40 KB per open page.
        self._layout = pn.Column(*self._top, sizing_mode="stretch_width")
        self.state.param.watch(self._show, ["screen"])
        self.state.param.watch(self._show_status, ["saving_failed"])
        self._show()

    def view(self, screen: str) -> pn.viewable.Viewer:
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
        return SignInView(state=signin, locale=self.state.locale, on_cancel=self.state.go_home)

    def _show(self, *_events) -> None:
        screen = self.state.screen
        if screen != "help":  # Get help opens over the screen, which is kept as it was
            self._forget_others(screen)
        shown = [self.view(screen)] if screen != "help" else []
        status = [self._status] if self._status is not None else []
        self._layout.objects = [*self._top, *status, *shown, self._help_view, *self.hidden]
        self._help_view.visible = screen == "help"

    def _show_status(self, event) -> None:
        if self._status is None and event.new:
            t = shared.tr(self.state.locale)
            self._status = html(f'<p class="feedback try" role="alert">{e(t("status-saving-failed"))}</p>')
            self._show()
        elif self._status is not None:
            self._status.visible = event.new

    def _forget_others(self, screen: str) -> None:
        """Drop the screens not on show. Leaving a screen removes its Bokeh models anyway, so
        keeping its widgets saves nothing on return, while a kept screen holds ~20 KB per
        widget for every open page and keeps redrawing for state changes nobody sees
        (benchmarks/classroom.py)."""
        for name in [name for name in self._views if name not in (screen, "help")]:
            view = self._views.pop(name)
            for watcher in list(internals.watchers_bound_to(self.state, view)):
                self.state.param.unwatch(watcher)

    def __panel__(self):
        return self._layout
