"""The educator's progress dashboard: the class at a glance, down to a single answer.

Each section is an HTML pane drawn from a report dataclass by a plain function (easy to
test), plus the few widgets that choose what to show. Everything is in the educator's
language; numbers use the locale's digits.
"""
from __future__ import annotations

import datetime as dt
import io

import panel as pn
import param

from course.content.model import CHILD_TRACKS, TRACKS
from course.reports.export import lesson_csv, overview_csv
from course.reports.status import STATUSES
from course.web import assets, shared
from course.web.dashboard_state import CLASS_COOKIE, FLAGS_PER_PAGE, DashboardState, completed_tracks, lesson_dicts
from course.web.home_screen import band_label
from course.web.views.action_list import ActionList
from course.web.views.common import button, content_css, e, html, widget_css
from course.web.views.locale_forms import datetime_text, file_name, list_text
from course.web.views.pager import Pager

# Runs in the browser when the class picker changes (by the teacher, or by the Classes tab):
# remembers the class for the next visit. A preference, not a credential: the page reads it back
# and shows the class only if it is still this educator's (educator_page.remembered_class).
REMEMBER_CLASS_JS = """
if (/^[0-9]{1,12}$/.test(cb_obj.value)) {
  document.cookie = "COOKIE=" + cb_obj.value + "; path=/educator; max-age=31536000; SameSite=Lax";
}
"""


def educator_css() -> list[str]:
    """The educator pages' own styles (the compact grid, tables on a phone)."""
    return [assets.url("educator.css")]


def educator_html(**kwargs) -> pn.pane.HTML:
    """An HTML pane with the content stylesheet and the educator pages' own."""
    return pn.pane.HTML(stylesheets=content_css() + educator_css(), sizing_mode="stretch_width", **kwargs)




def percent(t, share: float | None) -> str:
    return "—" if share is None else t.number(share, style="percent")


def when(t, value) -> str:
    """A moment in the locale's form, isolated from the text around it."""
    return f"<bdi>{e(datetime_text(t, value))}</bdi>"


def quiz_for(lesson_id: str):
    catalogue = shared.content().catalogue
    return catalogue[lesson_id].quiz if lesson_id in catalogue else None


def option_label(t, lesson_id: str, question_id: str, option_id: str) -> str:
    quiz = quiz_for(lesson_id)
    if option_id in ("true", "false"):
        return t(f"quiz-{option_id}")
    return t(f"{quiz.id}-{question_id}-{option_id}") if quiz else option_id


def question_text(t, lesson_id: str, question_id: str) -> str:
    quiz = quiz_for(lesson_id)
    return t(f"{quiz.id}-{question_id}") if quiz else question_id


def grid_html(t, overview, compact: bool = False) -> str:
    """The grid as an HTML table. ``compact`` (the dashboard): each cell holds its score only, and
    its status's symbol and words come from educator.css, the words through custom properties set
    once on the table (CSS ``content: symbol / words`` is the cell's text for screen readers).
    A page of 50 learners by 9 lessons in Arabic was 130 KB with the words in every cell (Bokeh
    sends Arabic as \\uXXXX escapes, Panel the markup HTML-escaped) and is re-sent on every search,
    sort and page. The printed report keeps the words in every cell: it has no stylesheet to
    count on."""
    if overview is None:
        return ""
    if not overview.rows:
        return f'<p>{e(t("dash-no-learners"))}</p>'
    heads = "".join(f'<th scope="col" class="lesson-col"><span>{e(t(lid))}</span></th>' for lid in overview.lesson_ids)
    words = {s: e(t("status-" + s)) for s in STATUSES}
    rows = []
    for r in overview.rows:
        cells = []
        for cell in r.cells:
            score = f" {percent(t, cell.best_score)}" if cell.best_score is not None else ""
            if compact:
                cells.append(f'<td class="cell {cell.status}">{e(score)}</td>')
            else:
                cells.append(f'<td class="cell {cell.status}"><span class="sr-only">{words[cell.status]}</span>'
                             f'<span aria-hidden="true">{_SYMBOL[cell.status]}</span>{e(score)}</td>')
        rows.append(f'<tr><th scope="row">{e(r.display_name)}</th>{"".join(cells)}'
                    f'<td>{t.number(r.lessons_completed)}</td><td>{t.number(r.lessons_mastered)}</td>'
                    f'<td>{when(t, r.last_active_at)}</td></tr>')
    totals = []
    for key in ("started", "completed", "mastered"):
        tds = "".join(f"<td>{t.number(getattr(x, key))}</td>" for x in overview.totals)
        totals.append(f'<tr class="totals"><th scope="row">{e(t("dash-" + key))}</th>{tds}<td></td><td></td><td></td></tr>')
    avg = "".join(f"<td>{percent(t, x.average_best_score)}</td>" for x in overview.totals)
    totals.append(f'<tr class="totals"><th scope="row">{e(t("dash-average"))}</th>{avg}<td></td><td></td><td></td></tr>')
    legend = " · ".join(f'{_SYMBOL[s]} {e(t("status-" + s))}' for s in STATUSES)
    table = 'class="grid"'
    if compact:
        words_css = "".join(f"--{s}: {css_string(t('status-' + s))};" for s in STATUSES)
        table = f'class="grid compact" style="{e(words_css)}"'
    return (f'<p class="note">{legend}</p><div class="grid-wrap"><table {table}>'
            f'<thead><tr><th scope="col">{e(t("dash-learner"))}</th>{heads}'
            f'<th scope="col">{e(t("dash-completed"))}</th><th scope="col">{e(t("dash-mastered"))}</th>'
            f'<th scope="col">{e(t("dash-last-active"))}</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody><tfoot>{"".join(totals)}</tfoot></table></div>')


def css_string(text: str) -> str:
    """``text`` as a CSS string: quoted, its quotes, backslashes and line ends escaped."""
    escaped = "".join(f"\\{ord(ch):x} " if ch in "\\\"'\n\r" or ord(ch) < 32 else ch for ch in text)
    return f'"{escaped}"'


_SYMBOL = {"not-started": "·", "in-progress": "◐", "completed": "●", "mastered": "★"}


def chart_html(t, overview) -> str:
    """Progress per lesson as stacked bars: one glance says which lessons the class has done.

    HTML and CSS (educator.css), not a Bokeh figure: a figure was about 50 Bokeh models built on
    every page and class switch, drew Arabic on a canvas that needs its own font, and said
    nothing to a screen reader. Each bar carries its counts in words."""
    if overview is None or not overview.lesson_ids or not overview.rows:
        return ""
    bars = []
    for lesson_id, total in zip(overview.lesson_ids, overview.totals, strict=True):
        counts = {"mastered": total.mastered, "completed": total.completed - total.mastered,
                  "in-progress": total.started - total.completed, "not-started": total.learners - total.started}
        whole = max(total.learners, 1)
        said = list_text(t, [f'{t("status-" + s)}: {t.number(n)}' for s, n in counts.items()])
        segments = "".join(f'<span class="{s}" style="inline-size: {100 * n / whole:.2f}%"></span>'
                           for s, n in counts.items() if n)
        bars.append(f'<li><span class="bar-title">{e(t(lesson_id))}</span>'
                    f'<span class="bar" role="img" aria-label="{e(said)}">{segments}</span></li>')
    legend = "".join(f'<li><span class="swatch {s}"></span>{e(t("status-" + s))}</li>' for s in reversed(STATUSES))
    return (f'<figure class="bars"><figcaption>{e(t("dash-chart-title"))}</figcaption>'
            f'<ul class="bar-list">{"".join(bars)}</ul><ul class="bar-legend" aria-hidden="true">{legend}</ul></figure>')


def lesson_html(t, report, lesson_id: str) -> str:
    if report is None:
        return ""
    minutes = (report.median_seconds or 0) / 60
    facts = [
        t("dash-rate", label=t("dash-completed"), count=report.completed, total=report.learners,
          percent=percent(t, report.completed_rate)),
        t("dash-rate", label=t("dash-mastered"), count=report.mastered, total=report.learners,
          percent=percent(t, report.mastered_rate)),
        f'{t("dash-average")}: {percent(t, report.average_best_score)}',
        t("dash-median-time", minutes=round(minutes, 1)) if report.median_seconds else t("dash-no-time"),
    ]
    rows = []
    first_try, common_wrong = e(t("dash-first-try")), e(t("dash-common-wrong"))
    for q in report.questions:
        share = q.first_correct_share
        wrong = q.top_wrong_option
        wrong_text = option_label(t, lesson_id, q.question_id, wrong) if wrong else "—"
        rows.append(f'<tr><td>{e(question_text(t, lesson_id, q.question_id))}</td>'
                    f'<td data-label="{first_try}">{percent(t, share)} <span class="note">'
                    f'({t.number(q.first_correct)}/{t.number(q.first_answers)})</span></td>'
                    f'<td data-label="{common_wrong}">{e(wrong_text)}</td></tr>')
    # cards on a phone (educator.css): each question a box, each figure named by data-label
    table = (f'<table class="grid questions cards"><thead><tr><th scope="col">{e(t("dash-question"))}</th>'
             f'<th scope="col">{e(t("dash-first-try"))}</th><th scope="col">{e(t("dash-common-wrong"))}</th></tr></thead>'
             f'<tbody>{"".join(rows)}</tbody></table>') if rows else f'<p>{e(t("dash-no-answers"))}</p>'
    return (f'<ul class="facts">{"".join(f"<li>{e(x)}</li>" for x in facts)}</ul>'
            f'<h3>{e(t("dash-difficult"))}</h3><p class="note">{e(t("dash-difficult-help"))}</p>{table}')


def learner_html(t, detail, tracks: list[str] = ()) -> str:
    if detail is None:
        return ""
    learner_id = detail.learner.id
    certificates = "".join(
        f'<a class="button-link" href="/educator/print/certificate/{learner_id}/{track}" target="_blank" rel="noopener">'
        f'{e(t("cert-link", track=band_label(t, track)))}</a> ' for track in tracks)
    parts = [f'<h3>{e(detail.learner.display_name)}</h3>{certificates}<ul class="facts">']
    for line in detail.lessons:
        s = line.summary
        parts.append(f'<li><b>{e(t(s.lesson_id))}</b>: {e(t("status-" + line.status))} · '
                     f'{e(t("dash-cards", seen=s.furthest_step + 1, total=s.total_steps))} · '
                     f'{when(t, s.updated_at)}</li>')
    parts.append("</ul>")
    for tried in detail.tries:
        info = tried.try_
        head = t("dash-try", lesson=t(info.lesson_id), score=percent(t, info.score))
        answers = []
        for a in tried.answers:
            chosen = ", ".join(option_label(t, info.lesson_id, a.question_id, o) for o in a.chosen)
            mark = t("dash-right") if a.correct else t("dash-wrong")
            hint = f' · {e(t("dash-hint-used"))}' if a.hint_used else ""
            answers.append(f'<li>{when(t, a.answered_at)} · '
                           f'{e(question_text(t, info.lesson_id, a.question_id))}'
                           f' · {e(t("dash-attempt", n=a.attempt))}: <b>{e(chosen)}</b> · {e(mark)}{hint}</li>')
        parts.append(f'<details><summary>{e(head)} · {when(t, info.started_at)}</summary>'
                     f'<ul>{"".join(answers)}</ul></details>')
    return "".join(parts)


def flag_text(t, flag) -> str:
    """The alert in words: the learner's name, a colon, then what happened (dashboard.ftl), so that
    Arabic and French need no verb agreeing with a girl or a boy."""
    p = dict(flag.params)
    if "lesson_id" in p:
        p["lesson"] = t(p.pop("lesson_id"))
    p.pop("quiz_id", None)
    if "best_score" in p:
        p["best_score"] = percent(t, p["best_score"])
    return t(f"dash-flag-{flag.rule}", name=flag.display_name, **p)


def coverage_html(t, coverage) -> str:
    rows = []
    for c in coverage:
        lessons = list_text(t, [t(lid) for lid in c.lesson_ids]) or "—"
        rows.append(f'<tr><th scope="row">{e(t("risk-" + c.risk))}</th>'
                    f'<td>{e(t("dash-covered", done=c.learners_completed, total=c.learners))}</td>'
                    f'<td>{e(lessons)}</td></tr>')
    return (f'<p class="note">{e(t("dash-coverage-help"))}</p>'
            f'<table class="grid coverage cards"><tbody>{"".join(rows)}</tbody></table>')


class DashboardView(pn.viewable.Viewer):
    state = param.ClassSelector(class_=DashboardState)
    locale = param.String(default="ar")

    def __init__(self, **params):
        super().__init__(**params)
        t = self._t = shared.tr(self.locale)
        css = widget_css()
        # Which class: named above the grid, and picked here, where the teacher looks (the Classes
        # tab picks the same class). The browser remembers the choice for the next visit in a
        # cookie the page reads back, and uses only if the class is still this educator's.
        self._class_title = html(css_classes=["amaan-dash-class-title"])
        self._class_pick = pn.widgets.Select(label=t("edu-class"), options={}, stylesheets=css,
                                             css_classes=["amaan-dash-class"])
        self._class_pick.param.watch(lambda ev: self.state.choose_class(ev.new), "value")
        self._class_pick.jscallback(value=REMEMBER_CLASS_JS.replace("COOKIE", CLASS_COOKIE))
        self._track = pn.widgets.Select(label=t("dash-pick-track"),
                                        options={band_label(t, b): b for b in TRACKS}, value=self.state.track,
                                        stylesheets=css, css_classes=["amaan-dash-track"])
        sorts = {t("dash-sort-" + s): s for s in self.state.param.sort.objects}
        self._sort = pn.widgets.Select(label=t("dash-sort"), options=sorts,
                                       value=self.state.sort, stylesheets=css, css_classes=["amaan-dash-sort"])
        # Searched on Enter (or leaving the field): `value`, not `value_input`, which sent a
        # report and a page of grid for every key typed.
        self._search = pn.widgets.TextInput(label=t("dash-search"), placeholder=t("dash-search-enter"),
                                            stylesheets=css, css_classes=["amaan-dash-search"])
        self._track.param.watch(lambda ev: self.state.show(track=ev.new), "value")
        self._sort.param.watch(lambda ev: self.state.show(sort=ev.new), "value")
        self._search.param.watch(lambda ev: self.state.show(search=ev.new), "value")
        self._grid = educator_html(css_classes=["amaan-dash-grid"])
        self._grid_pages = Pager(t, "dash-page", self.state.turn_page)
        self._print = html()
        self._chart = educator_html(css_classes=["amaan-dash-chart"])
        self._grid_csv = pn.widgets.FileDownload(callback=self._overview_csv, filename="amaan-class.csv",
                                                 label=t("dash-export-grid"), stylesheets=css,
                                                 css_classes=["amaan-dash-grid-csv"])
        self._lesson = pn.widgets.Select(label=t("dash-pick-lesson"), options={}, stylesheets=css,
                                         css_classes=["amaan-dash-lesson"])
        self._lesson.param.watch(lambda ev: setattr(self.state, "lesson_id", ev.new), "value")
        self._lesson_html = educator_html(css_classes=["amaan-dash-lesson-report"])
        self._lesson_csv = pn.widgets.FileDownload(callback=self._lesson_csv_bytes, filename="amaan-lesson.csv",
                                                   label=t("dash-export-lesson"), stylesheets=css,
                                                   css_classes=["amaan-dash-lesson-csv"])
        self._learner = pn.widgets.Select(label=t("dash-pick-learner"), options={}, stylesheets=css,
                                          css_classes=["amaan-dash-learner"])
        self._learner.param.watch(lambda ev: setattr(self.state, "learner_id", ev.new), "value")
        self._learner_html = html(css_classes=["amaan-dash-learner-detail"])
        # the page's alerts, a row each with its Dismiss, drawn in the browser (action_list.py)
        self._flags = ActionList(self._dismiss, "amaan-flag-row", sizing_mode="stretch_width", margin=0)
        self._no_flags = html(f'<p>{e(t("dash-no-flags"))}</p>', visible=False)
        self._flag_pages = Pager(t, "dash-flags-page", self.state.turn_flags_page)
        self._coverage = educator_html(css_classes=["amaan-dash-coverage"])
        # A group of check boxes per band, not Bokeh's MultiChoice: its Choices.js renders option
        # labels as HTML (and warns about allowHTML in the console), and its dropdown of 40 titles
        # is hard to work on a phone. The state keeps only lessons it knows (assignments.py).
        self._assign = {track: pn.widgets.CheckBoxGroup(options={}, value=[],
                                                        stylesheets=css, css_classes=["amaan-dash-assign"])
                        for track in CHILD_TRACKS}
        save = button(t("dash-assign-save"), "dash-assign-save", "primary")
        save.on_click(lambda _e: self.state.assign([i for box in self._assign.values() for i in box.value]))
        self._visibility = pn.widgets.RadioButtonGroup(
            label=t("dash-visibility"), options={t("dash-visibility-learner"): "learner",
                                                t("dash-visibility-educator"): "educator"},
            stylesheets=css, css_classes=["amaan-dash-visibility"])
        self._drawing = False  # True while _render_class shows the stored setting: that is no choice
        self._visibility.param.watch(self._visibility_chosen, "value")
        h = lambda key: html(f'<h2>{e(t(key))}</h2>')  # noqa: E731
        self._layout = pn.Column(
            self._class_title, pn.FlexBox(self._class_pick, self._track, self._sort, self._search),
            self._grid, self._grid_pages,
            pn.FlexBox(self._grid_csv, self._print),
            self._chart,
            h("dash-lesson-title"), self._lesson, self._lesson_html, self._lesson_csv,
            h("dash-learner-title"), self._learner, self._learner_html,
            h("dash-needs-help"), html(f'<p class="note">{e(t("dash-rules"))}</p>'),
            self._flags, self._no_flags, self._flag_pages,
            h("dash-coverage"), self._coverage,
            h("dash-assign-title"), html(f'<p class="note">{e(t("dash-assign"))}</p>'),
            *(item for track, box in self._assign.items()
              for item in (html(f'<h3>{e(band_label(t, track))}</h3>'), box)), save,
            html(f'<h3>{e(t("dash-visibility"))}</h3>'), self._visibility,
            sizing_mode="stretch_width")
        self.state.param.watch(self._render_overview, ["class_id", "track", "sort", "search", "offset", "version"])
        self.state.param.watch(self._render_flags, ["class_id", "flags_offset", "version"])
        self.state.param.watch(self._render_lesson, ["class_id", "lesson_id", "version"])
        self.state.param.watch(self._render_learner, ["learner_id", "version"])
        self.state.param.watch(self._render_class, ["class_id", "version"])
        # What the lesson and learner sections last drew: showing the grid picks a lesson and a
        # learner, which draws them through the watchers; _render_all must not draw them again
        # (two more reports per page build, 0.12 s of a class of 2,000's 0.5 s).
        self._lesson_drawn: tuple | None = None
        self._learner_drawn: tuple | None = None
        self._render_all()

    def _render_all(self) -> None:
        self._render_overview()
        self._render_class()
        self._render_flags()
        self._render_lesson()
        self._render_learner()

    def _render_overview(self, *events) -> None:
        t = self._t
        page = self.state.overview()
        overview = page.overview if page is not None else None
        self._grid.object = grid_html(t, overview, compact=True)
        self._grid_pages.show(page.page if page else 1, page.pages if page else 1, page.matched if page else 0)
        if overview is not None:
            # the learners of the page shown (search the grid to bring another one here), and the
            # one whose detail is open: turning the page does not close it (nor re-send it)
            shown = {r.display_name: r.learner_id for r in overview.rows}
            current = self.state.learner_id
            same_class = bool(events) and not any(ev.name == "class_id" for ev in events)
            if same_class and current is not None and current not in shown.values():
                kept = {name: lid for name, lid in self._learner.options.items() if lid == current}
                shown = kept | shown
            self._learner.options = shown
            if self._learner.value not in shown.values():  # another class: its first learner
                self._learner.value = next(iter(shown.values()), None)
        if events and not {ev.name for ev in events} & {"class_id", "track", "version"}:
            return  # a search, an order or a page: the class's totals, chart and lessons are unchanged
        self._track.value = self.state.track  # another class opens on its own lessons
        self._print.object = (f'<a class="button-link" href="/educator/print/class/{self.state.class_id}?track={self.state.track}'
                              f'&lang={t.lang}" target="_blank" rel="noopener">{e(t("print-report-link"))}</a>'
                              if self.state.class_id else "")
        self._chart.object = chart_html(t, overview)
        self._chart.visible = overview is not None and bool(overview.rows)
        if overview is not None:
            lessons = {t(lid): lid for lid in overview.lesson_ids}
            self._lesson.options = lessons
            if self.state.lesson_id not in lessons.values():
                self._lesson.value = next(iter(lessons.values()), None)

    def _render_lesson(self, *_events) -> None:
        drawn = (self.state.class_id, self.state.lesson_id, self.state.version)
        if drawn == self._lesson_drawn:
            return
        self._lesson_drawn = drawn
        self._lesson_html.object = lesson_html(self._t, self.state.lesson(), self.state.lesson_id)
        self._name_files()

    def _name_files(self) -> None:
        """CSV files named by class, lesson and day, in the educator's words (not amaan-class.csv)."""
        t, klass = self._t, self.state.current_class()
        name, day = (klass.name if klass else ""), dt.date.today().isoformat()
        self._grid_csv.filename = file_name(t("edu-csv-grid-file", klass=name, date=day), "csv")
        lesson = t(self.state.lesson_id) if self.state.lesson_id else ""
        self._lesson_csv.filename = file_name(t("edu-csv-lesson-file", lesson=lesson, klass=name, date=day), "csv")

    def _render_learner(self, *_events) -> None:
        drawn = (self.state.learner_id, self.state.version)
        if drawn == self._learner_drawn:
            return
        self._learner_drawn = drawn
        detail = self.state.learner()
        tracks = completed_tracks(detail.learner.id) if detail else []
        self._learner_html.object = learner_html(self._t, detail, tracks)

    def _render_flags(self, *_events) -> None:
        t = self._t
        flags, found = self.state.flags_page()
        self._flag_pages.show(self.state.flags_offset // FLAGS_PER_PAGE + 1, -(-found // FLAGS_PER_PAGE), found)
        self._flags.show([{"key": f"{flag.learner_id}-{flag.rule}", "text": flag_text(t, flag),
                           "buttons": [{"act": "dismiss", "label": t("dash-dismiss")}]} for flag in flags])
        self._no_flags.visible = not flags

    def _dismiss(self, act: str, key: str) -> None:
        """Dismiss pressed on an alert the page shows (ActionList checked that)."""
        learner_id, rule = key.split("-", 1)
        self.state.dismiss(int(learner_id), rule)

    def _render_class(self, *_events) -> None:
        t = self._t
        mine = self.state.my_classes()
        self._class_pick.options = {c.name: c.id for c in mine}
        if self.state.class_id in {c.id for c in mine}:
            self._class_pick.value = self.state.class_id
        self._class_pick.visible = len(mine) > 1
        klass = next((c for c in mine if c.id == self.state.class_id), None)
        self._class_title.object = (f'<h2>{e(t("dash-class-glance", klass=klass.name))}</h2>' if klass
                                    else f'<h2>{e(t("dash-grid-title"))}</h2>')
        self._coverage.object = coverage_html(t, self.state.coverage())
        assigned = set(self.state.assigned())
        for track, box in self._assign.items():
            ids = [d["id"] for d in lesson_dicts(track)]
            box.options = {t(i): i for i in ids}
            box.value = [i for i in ids if i in assigned]
        visibility = self.state.results_visibility()
        if visibility is not None:
            # Drawing never writes: showing the stored setting must not store it again (a write
            # transaction, and a version bump that ran the four reports a second time).
            self._drawing = True
            try:
                self._visibility.value = visibility
            finally:
                self._drawing = False

    def _visibility_chosen(self, event) -> None:
        if not self._drawing:
            self.state.set_results_visibility(event.new)

    def _headers(self) -> dict:
        t = self._t
        keys = ("learner", "lessons_completed", "lessons_mastered", "last_active", "started", "completed",
                "mastered", "average_best_score", "learners", "median_time", "mean_time", "tries_finished",
                "average_try_score", "question", "first_try_correct", "first_answers", "wrong_answers",
                "top_wrong_option", "top_wrong_count")
        headers = {k: t("csv-" + k) for k in keys}
        headers.update({d["id"]: t(d["id"]) for d in lesson_dicts()})
        return headers

    def _overview_csv(self) -> io.BytesIO:
        t = self._t
        labels = {s: t("status-" + s) for s in STATUSES}
        return io.BytesIO(overview_csv(self.state.whole_overview(), self._headers(), labels))

    def _lesson_csv_bytes(self) -> io.BytesIO:
        t, lesson_id = self._t, self.state.lesson_id
        return io.BytesIO(lesson_csv(self.state.lesson(), self._headers(),
                                     question_text=lambda q: question_text(t, lesson_id, q),
                                     option_text=lambda q, o: option_label(t, lesson_id, q, o)))

    def __panel__(self):
        return self._layout

