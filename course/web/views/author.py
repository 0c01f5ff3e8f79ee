"""Author preview: walk any lesson in any locale as a child would, two locales side by side,
with every message the current card needs and where its text comes from in each locale.

Nothing is saved: the learner state runs in preview mode. The panes move together: one
PreviewPosition holds the place in the lesson and every pane draws from it (author_position.py).
"""
from __future__ import annotations

import panel as pn
import param

from course.content.model import LessonEntry
from course.l10n.locales import SUPPORTED
from course.web import assets, shared
from course.web.learner_state import LearnerState
from course.web.views.author_position import PreviewPosition
from course.web.views.author_text import language_name, language_options, lesson_options, shorten
from course.web.views.common import content_css, e, html, widget_css
from course.web.views.player import PlayerView

NO_COMPARE = "—"
DEV_COMMAND = "course serve --dev"


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
                    cells.append(f'<td class="fallback" title="{e(text)}">'
                                 f'{e(shared.tr(state.locale)("author-fallback", locale=folder))}: '
                                 f'<bdi lang="{folder}">{e(shorten(text))}</bdi></td>')
                else:
                    cells.append(f'<td lang="{loc}" dir="auto" title="{e(text)}">{e(shorten(text))}</td>')
            rows.append(f'<tr><th scope="row" dir="ltr">{e(label)}</th>{"".join(cells)}</tr>')
    head = "".join(f'<th lang="{loc}">{e(language_name(loc))}</th>' for loc in SUPPORTED)
    # the table scrolls inside its own box on a phone: the page itself never scrolls sideways
    return (f'<div class="sources-box"><table class="sources"><thead><tr><th></th>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>' if rows else "")


def dev_note_html(t, dev: bool) -> str:
    """Whether edits to the lesson files show here: live under ``course serve --dev``, otherwise
    only once the server restarts (it loads the content when it starts)."""
    if dev:
        return f'<p class="author-dev" role="note">{e(t("author-dev-live"))}</p>'
    mark = "\ue000"  # stands for the command, which is drawn as code, left to right in any language
    text = e(t("author-dev-hint", command=mark)).replace(mark, f'<code dir="ltr">{e(DEV_COMMAND)}</code>')
    return f'<p class="author-dev feedback try" role="note">{text}</p>'


class AuthorView(pn.viewable.Viewer):
    locale = param.String(default="ar")
    dev = param.Boolean(default=False, doc="served by `course serve --dev`: edits to the files show at once")

    def __init__(self, **params):
        super().__init__(**params)
        t = self._t = shared.tr(self.locale)
        report = shared.content()
        self._lesson = pn.widgets.Select(label=t("author-lesson"), options=lesson_options(t, report.catalogue.entries),
                                         stylesheets=widget_css(), css_classes=["amaan-author-lesson"])
        self._left_locale = pn.widgets.Select(label=t("author-locale"), options=language_options(),
                                              value=self._t.lang, stylesheets=widget_css(),
                                              css_classes=["amaan-author-left"])
        self._right_locale = pn.widgets.Select(label=t("author-compare"),
                                               options=language_options(((NO_COMPARE, NO_COMPARE),)),
                                               value=NO_COMPARE, stylesheets=widget_css(),
                                               css_classes=["amaan-author-right"])
        self._problems = html()
        self._sources = pn.pane.HTML(stylesheets=[*content_css(), assets.url("author.css")],
                                     sizing_mode="stretch_width")
        # side by side on a wide screen, one under the other on a phone (author.css)
        self._panes = pn.Row(sizing_mode="stretch_width", css_classes=["amaan-author-panes"],
                             stylesheets=[assets.url("author.css")])
        self.position = PreviewPosition()
        self.position.param.watch(self._update_sources, "moves")
        for widget in (self._lesson, self._left_locale, self._right_locale):
            widget.param.watch(self._rebuild, "value")
        intro = pn.pane.HTML(f'<h1>{e(t("author-title"))}</h1><p>{e(t("author-intro"))}</p>'
                             f'<p>{e(t("author-together"))}</p>{dev_note_html(t, self.dev)}',
                             stylesheets=[*content_css(), assets.url("author.css")], sizing_mode="stretch_width")
        self._layout = pn.Column(
            intro,
            pn.FlexBox(self._lesson, self._left_locale, self._right_locale),
            self._problems, self._panes, html(f'<h2>{e(t("author-sources"))}</h2>'), self._sources,
            sizing_mode="stretch_width")
        self._seen_report = report
        self._rebuild()

    def _rebuild(self, *_events) -> None:
        report = shared.content()
        t = self._t
        # file paths and codes read left to right: the whole list is LTR, so its bullets stay in the box
        items = [f"<li>{e(str(p))}</li>" for p in sorted(report.problems)
                 if self._lesson.value and (p in report.problems_for(self._lesson.value))]
        left_out = report.left_out()
        html_parts = []
        if left_out:
            errors = [p for problems in left_out.values() for p in problems]
            html_parts.append(f'<div class="feedback try" role="status"><strong>{e(t("author-left-out"))}</strong>'
                              f'<ul dir="ltr">{"".join(f"<li>{e(str(p))}</li>" for p in errors)}</ul></div>')
        if items:
            html_parts.append(f'<div class="feedback try"><strong>{e(t("author-problems"))}</strong>'
                              f'<ul dir="ltr">{"".join(items)}</ul></div>')
        self._problems.object = "".join(html_parts)
        lesson_id = self._lesson.value
        if not lesson_id:
            self._panes.objects = []
            return
        locales = [self._left_locale.value] + ([self._right_locale.value] if self._right_locale.value in SUPPORTED else [])
        panes = []
        for state in self.position.open(lesson_id, locales):
            t_loc = shared.tr(state.locale)
            panes.append(pn.Column(html(f'<h2 lang="{state.locale}">{e(t_loc("language-name"))}</h2>'),
                                   PlayerView(state=state), styles={"direction": t_loc.dir},
                                   css_classes=["amaan-author-pane"], sizing_mode="stretch_width"))
        self._panes.objects = panes

    def _update_sources(self, *_events) -> None:
        panes = self.position.panes
        state = panes[0] if panes else None
        self._sources.object = sources_html(state.entry, state) if state else ""

    def reload_if_changed(self) -> None:
        """``course serve --dev``: the content was reloaded from disk; show the new version."""
        report = shared.content()
        if report is not self._seen_report:
            self._seen_report = report
            self._lesson.options = lesson_options(self._t, report.catalogue.entries)
            self._rebuild()

    def __panel__(self):
        return self._layout
