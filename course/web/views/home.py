"""Home: the mascot's hello, the age-band choice, and that band's lessons with their status."""
from __future__ import annotations

import panel as pn
import param

from course.content.model import CHILD_TRACKS
from course.web import assets, shared
from course.web.learner_state import LearnerState
from course.web.views.common import button, e, html, widget_css

BAND_ARGS = {"under-9": {"age": 9}, "9-12": {"from": 9, "to": 12}, "13-18": {"from": 13, "to": 18}, "educators": {}}


# Lessons in two columns, each card with its button beside it; on a phone, one column, each
# button under its card, full width, the two drawn as one box (content.css opens the card's
# bottom edge to match). Both live in this Column's shadow root, so these rules reach them.
LIST_CSS = """
:host { display: grid !important; grid-template-columns: minmax(0, 1fr) auto; align-items: center; }
@media (max-width: 600px) {
  :host { grid-template-columns: minmax(0, 1fr); }
  .amaan-lesson-card { margin-block: 14px 0; }
  .amaan-lesson-go { inline-size: auto; margin-block: 0; margin-inline: 10px; padding: 4px 12px 12px;
    background: var(--amaan-card); border: 1px solid #dfe6e4; border-block-start: 0;
    border-end-start-radius: var(--amaan-radius); border-end-end-radius: var(--amaan-radius); }
}
"""


def band_label(t, band: str) -> str:
    return t(f"band-{band}", **BAND_ARGS[band])


class HomeView(pn.viewable.Viewer):
    state = param.ClassSelector(class_=LearnerState)

    def __init__(self, **params):
        super().__init__(**params)
        t = shared.tr(self.state.locale)
        self._t = t
        bands = {band_label(t, b): b for b in CHILD_TRACKS}
        self._band = pn.widgets.RadioButtonGroup(
            options=bands, value=self.state.band if self.state.band in CHILD_TRACKS else None,
            color="default", sizing_mode="stretch_width", stylesheets=widget_css(),
            label=t("home-choose-band"), css_classes=["amaan-bands"])
        if self.state.band not in CHILD_TRACKS:
            self._band.value = None  # radio groups preselect the first option at construction
        self._band.param.watch(self._on_band, "value")
        # Cards and their buttons sit in a two-column grid rather than a Row each: a Row costs
        # ~40 KB and ~220 tracked objects per lesson on every open page (benchmarks/classroom.py).
        self._list = pn.Column(sizing_mode="stretch_width", margin=0, stylesheets=[LIST_CSS])
        self._heading = html(styles={"grid-column": "1 / -1"})
        self._rows: dict[str, tuple[pn.pane.HTML, pn.widgets.Button]] = {}
        self._join = button(t("home-join-class"), "join-class", "default")
        self._join.on_click(lambda _e: self.state.open_signin())
        # One button for leaving the device: "Sign out" for a class learner, "I'm done" for a guest
        # with something to forget. It comes first, under who is learning: on a shared tablet it
        # must be in sight, not below a dozen lessons (the next child must not find their work).
        self._leave = button(t("signin-sign-out"), "sign-out", "default")
        self._leave.on_click(lambda _e: self._on_leave())
        # One pane for the hello and who is learning, and no box around the buttons: every Panel
        # component costs ~40 KB and ~2 ms per page (benchmarks/classroom.py).
        self._hello_html = (f'<div class="hello"><img src="{assets.url("mascot.svg")}" alt="" width="72" '
                            f'height="72"><p>{e(t("home-hello"))}</p></div>')
        self._hello = html()
        self._layout = pn.Column(
            self._hello, self._leave, html(f'<h2 id="bands">{e(t("home-choose-band"))}</h2>'),
            self._band, self._list, self._join, sizing_mode="stretch_width")
        self.state.param.watch(self._refresh, ["band", "progress_version", "locale", "learner_name", "learner_id",
                                               "farewell"])
        self._refresh()

    def _on_band(self, event) -> None:
        if event.new:
            self.state.choose_band(event.new)

    def _on_leave(self) -> None:
        if self.state.learner_name is not None:
            self.state.sign_out()
        else:
            self.state.done()

    def _refresh(self, *_events) -> None:
        t = self._t
        state = self.state
        signed_in = state.learner_name is not None
        guest_trace = not signed_in and (state.learner_id is not None or state.band is not None)
        notes = [t(f"home-farewell-{state.farewell}")] if state.farewell else []
        if signed_in:
            notes.append(t("signin-as", name=state.learner_name))
        else:
            notes.append(t("home-guest-note") + (" " + t("home-done-hint") if guest_trace else ""))
        self._hello.object = self._hello_html + "".join(f'<p class="note">{e(note)}</p>' for note in notes)
        name = "sign-out" if signed_in else "done"
        self._leave.param.update(label=t("signin-sign-out" if signed_in else "home-done"),
                                 css_classes=[f"amaan-{name}"], tags=[name], visible=signed_in or guest_trace)
        self._join.visible = not signed_in
        if self._band.value != state.band:  # a child left: the next one chooses their own band
            self._band.value = state.band if state.band in self._band.options.values() else None
        lessons = state.lessons
        if not lessons:
            self._list.objects = []
            return
        self._heading.object = f'<h2>{e(t("home-lessons", count=len(lessons)))}</h2>'
        rows = [self._heading] + [part for entry in lessons for part in self._row(entry)]
        if [id(row) for row in rows] != [id(row) for row in self._list.objects]:
            self._list.objects = rows

    def _row(self, entry) -> tuple[pn.pane.HTML, pn.widgets.Button]:
        """A lesson's card and button, made once per lesson: a status change rewrites only their
        text, so finishing a quiz or going home costs a few text patches, not a new list."""
        t, status = self._t, self.state.status(entry.id)
        root = shared.content().catalogue.root
        cover = assets.lesson_image(root, entry.lesson.image)
        # lazy: a band lists up to a dozen pictures, most of them below a phone's fold
        img = (f'<img src="{cover}" alt="" width="96" height="60" loading="lazy" decoding="async">'
               if cover else "")
        text = (f'<div class="lesson">{img}<div><h3>{e(t(entry.id))}</h3>'
                f'<p>{e(t.attr(entry.id, "summary"))}</p>'
                f'<div class="meta"><span class="status status-{status}">{e(t("status-" + status))}</span>'
                f'<span>{e(t("lesson-minutes", minutes=entry.lesson.minutes))}</span></div></div></div>')
        label = t({"not-started": "lesson-start", "in-progress": "lesson-continue"}.get(status, "lesson-review"))
        color = "primary" if status != "mastered" else "default"
        if entry.id in self._rows:
            card, go = self._rows[entry.id]
            card.object = text  # unchanged text sends nothing
            go.param.update(label=label, color=color)
            return card, go
        card = html(text, css_classes=["amaan-lesson-card"])
        go = button(label, f"open-{entry.id}", color, align="center")
        go.css_classes = [*go.css_classes, "amaan-lesson-go"]
        go.on_click(lambda _e, lid=entry.id: self.state.open_lesson(lid))
        self._rows[entry.id] = (card, go)
        return card, go

    def __panel__(self):
        return self._layout
