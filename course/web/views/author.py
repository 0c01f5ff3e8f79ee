"""Author preview: walk any lesson in any locale as a child would, two locales side by side,
with every message the current card needs and where its text comes from in each locale.

Nothing is saved: the learner state runs in preview mode.
"""
from __future__ import annotations

import panel as pn
import param

from course.content.model import LessonEntry
from course.l10n.locales import SUPPORTED
from course.web import shared
from course.web.learner_state import LearnerState
from course.web.views.common import e, html, widget_css
from course.web.views.player import PlayerView


def needs_for_screen(entry: LessonEntry, state: LearnerState):
    """The messages the screen shows right now (card or question)."""
    if state.screen == "lesson" and state.current_step is not None:
        prefix = f"{entry.id}-{state.current_step.id}"
        return [n for n in entry.lesson.messages() if n.id == prefix or n.id.startswith(prefix + "-")]
    if state.screen == "quiz" and state.run is not None:
        prefix = f"{entry.quiz.id}-{state.run.current.question.id}"
        return [n for n in entry.quiz.messages() if n.id == prefix or n.id.startswith(prefix + "-")]
    return []


def sources_html(entry: LessonEntry | None, state: LearnerState) -> str:
    """Each message of the screen in each locale: its own text, a fallback, or missing."""
    if entry is None:
        return ""
    rows = []
    for need in needs_for_screen(entry, state):
        parts = ([None] if need.value else []) + sorted(need.attrs)
        for part in parts:
            label = need.id + (f".{part}" if part else "")
            cells = []
            for loc in SUPPORTED:
                text, folder = shared.tr(loc).lookup(need.id, part)
                if text is None:
                    cells.append(f'<td class="missing">{e(shared.tr(state.locale)("author-missing"))}</td>')
                elif folder != loc:
                    cells.append(f'<td class="fallback">{e(shared.tr(state.locale)("author-fallback", locale=folder))}: '
                                 f'{e(text[:80])}</td>')
                else:
                    cells.append(f'<td lang="{loc}" dir="auto">{e(text[:80])}</td>')
            rows.append(f'<tr><th scope="row" dir="ltr">{e(label)}</th>{"".join(cells)}</tr>')
    head = "".join(f"<th>{loc}</th>" for loc in SUPPORTED)
    return (f'<table class="sources"><thead><tr><th></th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
            if rows else "")


class AuthorView(pn.viewable.Viewer):
    locale = param.String(default="ar")

    def __init__(self, **params):
        super().__init__(**params)
        t = self._t = shared.tr(self.locale)
        report = shared.content()
        lessons = {f"{e.track} · {t(e.id)} ({e.id})": e.id for e in report.catalogue.entries}
        self._lesson = pn.widgets.Select(label=t("author-lesson"), options=lessons, stylesheets=widget_css(),
                                         css_classes=["amaan-author-lesson"])
        self._left_locale = pn.widgets.Select(label=t("author-locale"), options=list(SUPPORTED), value=self.locale,
                                              stylesheets=widget_css(), css_classes=["amaan-author-left"])
        self._right_locale = pn.widgets.Select(label=t("author-compare"), options=["—", *SUPPORTED], value="—",
                                               stylesheets=widget_css(), css_classes=["amaan-author-right"])
        self._problems = html()
        self._sources = html()
        self._panes = pn.Row(sizing_mode="stretch_width")
        for widget in (self._lesson, self._left_locale, self._right_locale):
            widget.param.watch(self._rebuild, "value")
        self._layout = pn.Column(
            html(f'<h1>{e(t("author-title"))}</h1><p>{e(t("author-intro"))}</p>'),
            pn.FlexBox(self._lesson, self._left_locale, self._right_locale),
            self._problems, self._panes, html(f'<h2>{e(t("author-sources"))}</h2>'), self._sources,
            sizing_mode="stretch_width")
        self._seen_report = report
        self._states: list[LearnerState] = []
        self._rebuild()

    def _rebuild(self, *_events) -> None:
        report = shared.content()
        t = self._t
        items = [f"<li dir='ltr'>{e(str(p))}</li>" for p in sorted(report.problems)
                 if self._lesson.value and (p in report.problems_for(self._lesson.value))]
        left_out = report.left_out()
        html_parts = []
        if left_out:
            errors = [p for problems in left_out.values() for p in problems]
            html_parts.append(f'<div class="feedback try" role="status"><strong>{e(t("author-left-out"))}</strong>'
                              f'<ul>{"".join(f"<li dir=ltr>{e(str(p))}</li>" for p in errors)}</ul></div>')
        if items:
            html_parts.append(f'<div class="feedback try"><strong>{e(t("author-problems"))}</strong>'
                              f'<ul>{"".join(items)}</ul></div>')
        self._problems.object = "".join(html_parts)
        lesson_id = self._lesson.value
        if not lesson_id:
            self._panes.objects = []
            return
        locales = [self._left_locale.value] + ([self._right_locale.value] if self._right_locale.value in SUPPORTED else [])
        panes = []
        self._states = []
        for loc in locales:
            state = LearnerState(locale=loc, preview=True)
            state.open_lesson(lesson_id)
            state.param.watch(self._update_sources, ["step", "screen", "quiz_version"])
            self._states.append(state)
            t_loc = shared.tr(loc)
            panes.append(pn.Column(html(f'<h2 lang="{loc}">{e(t_loc("language-name"))}</h2>'),
                                   PlayerView(state=state), styles={"direction": t_loc.dir},
                                   sizing_mode="stretch_width"))
        self._panes.objects = panes
        self._update_sources()

    def _update_sources(self, *_events) -> None:
        state = self._states[0] if self._states else None
        entry = state.entry if state else None
        self._sources.object = sources_html(entry, state) if state else ""

    def reload_if_changed(self) -> None:
        """``course serve --dev``: the content was reloaded from disk; show the new version."""
        report = shared.content()
        if report is not self._seen_report:
            self._seen_report = report
            t = self._t
            self._lesson.options = {f"{x.track} · {t(x.id)} ({x.id})": x.id for x in report.catalogue.entries}
            self._rebuild()

    def __panel__(self):
        return self._layout
