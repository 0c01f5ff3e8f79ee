"""Home: the mascot's hello, the form of address, the age-band choice, and that band's lessons
with their status."""
from __future__ import annotations

import panel as pn
import param

from course.content.model import CHILD_TRACKS
from course.web import assets, shared
from course.web.learner_state import LearnerState
from course.web.views.common import button, e, html, widget_css
from course.web.views.lesson_list import LessonList

BAND_ARGS = {"under-9": {"age": 9}, "9-12": {"from": 9, "to": 12}, "13-18": {"from": 13, "to": 18}, "educators": {}}


# "Talk to me as:" and its two choices on one line, wrapping under each other on a narrow phone.
ADDRESS_ROW_CSS = ":host { flex-wrap: wrap; align-items: center; }"
ADDRESS_BUTTONS_CSS = ".bk-btn-group .bk-btn { flex: 1 1 5rem; }"  # two short words side by side


def band_label(t, band: str) -> str:
    return t(f"band-{band}", **BAND_ARGS[band])


class HomeView(pn.viewable.Viewer):
    state = param.ClassSelector(class_=LearnerState)

    def __init__(self, **params):
        super().__init__(**params)
        t = self._t = self.state.tr
        bands = {band_label(t, b): b for b in CHILD_TRACKS}
        self._band = pn.widgets.RadioButtonGroup(
            options=bands, value=self.state.band if self.state.band in CHILD_TRACKS else None,
            color="default", sizing_mode="stretch_width", stylesheets=widget_css(),
            label=t("home-choose-band"), css_classes=["amaan-bands"])
        if self.state.band not in CHILD_TRACKS:
            self._band.value = None  # radio groups preselect the first option at construction
        self._band.param.watch(self._on_band, "value")
        # One component for the whole list, whatever the band: a Panel button per lesson made
        # choosing a band cost a dozen Bokeh models (views/lesson_list.py).
        self._list = LessonList(self.state.open_lesson, sizing_mode="stretch_width", margin=0)
        self._address = self._address_choice(t)
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
        self._bands_heading = html()
        self._layout = pn.Column(
            self._hello, self._leave, self._address, self._bands_heading,
            self._band, self._list, self._join, sizing_mode="stretch_width")
        self.state.param.watch(self._refresh, ["band", "progress_version", "locale", "learner_name", "learner_id",
                                               "farewell", "results_hidden", "form_of_address"])
        self._refresh()

    def _address_choice(self, t) -> pn.Row:
        """"Talk to me as: a girl / a boy": optional, nothing chosen at first, and it can be cleared.
        A preference for the wording (course.content.addressing), not a gender field."""
        self._address_group = pn.widgets.RadioButtonGroup(
            options={t("address-girl"): "f", t("address-boy"): "m"}, value=self.state.form_of_address,
            label=t("address-question"), color="default", stylesheets=[*widget_css(), ADDRESS_BUTTONS_CSS],
            css_classes=["amaan-address"], sizing_mode="stretch_width", margin=(4, 8))
        if self.state.form_of_address is None:
            self._address_group.value = None  # radio groups preselect the first option at construction
        self._address_group.param.watch(lambda ev: self.state.choose_form_of_address(ev.new), "value")
        self._address_label = html(margin=(4, 8), sizing_mode="fixed", css_classes=["amaan-address-label"])
        self._address_clear = button(t("address-clear"), "address-clear", "light")
        self._address_clear.on_click(lambda _e: self.state.choose_form_of_address(None))
        return pn.Row(self._address_label, self._address_group, self._address_clear, sizing_mode="stretch_width",
                      stylesheets=[ADDRESS_ROW_CSS], css_classes=["amaan-address-row"])

    def _on_band(self, event) -> None:
        if event.new:
            self.state.choose_band(event.new)

    def _on_leave(self) -> None:
        if self.state.learner_name is not None:
            self.state.sign_out()
        else:
            self.state.done()

    def _refresh(self, *_events) -> None:
        t = self._t = self.state.tr  # the child's form of address may have just changed
        state = self.state
        self._refresh_address(t)
        signed_in = state.learner_name is not None
        guest_trace = not signed_in and (state.learner_id is not None or state.band is not None)
        # the farewell speaks to the child who left, as they chose; the rest to whoever comes next
        farewell = t.addressing(state.farewell_form) if state.farewell else t
        notes = [farewell(f"home-farewell-{state.farewell}")] if state.farewell else []
        if signed_in:
            notes.append(t("signin-as", name=state.learner_name))
            # A monitored child is told so, kindly and in their words (ICO Children's Code,
            # standard 11): what their teacher sees, and whether results wait for the teacher.
            notes.append(t("home-teacher-sees-later" if state.results_hidden else "home-teacher-sees"))
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
        # a status change rewrites one string: finishing a quiz or going home is a small patch
        self._list.show(t("home-lessons", count=len(lessons)),
                        [(entry.id, self._card_html(entry, state.status(entry.id))) for entry in lessons])

    def _refresh_address(self, t) -> None:
        """The words that speak to the child, in their form of address, rewritten in place: the
        choice they just made keeps its focus."""
        state = self.state
        self._address_label.object = f'<span id="address-label">{e(t("address-question"))}</span>'
        if self._address_group.value != state.form_of_address:
            self._address_group.value = state.form_of_address
        self._address_clear.visible = state.form_of_address is not None
        self._bands_heading.object = f'<h2 id="bands">{e(t("home-choose-band"))}</h2>'
        self._join.label = t("home-join-class")

    def _card_html(self, entry, status: str) -> str:
        t = self._t
        root = shared.content().catalogue.root
        cover = assets.lesson_image(root, entry.lesson.image)
        # lazy: a band lists up to a dozen pictures, most of them below a phone's fold
        img = (f'<img src="{cover}" alt="" width="96" height="60" loading="lazy" decoding="async">'
               if cover else "")
        go = t({"not-started": "lesson-start", "in-progress": "lesson-continue"}.get(status, "lesson-review"))
        # spans only: a button holds phrasing content (no headings or paragraphs)
        return (f'<span class="lesson-card">{img}<span class="lesson-text">'
                f'<span class="lesson-title">{e(t(entry.id))}</span>'
                f'<span class="lesson-summary">{e(t.attr(entry.id, "summary"))}</span>'
                f'<span class="meta"><span class="status status-{status}">{e(t("status-" + status))}</span>'
                f'<span>{e(t("lesson-minutes", minutes=entry.lesson.minutes))}</span></span></span>'
                f'<span class="go go-{status}">{e(go)}</span></span>')

    def __panel__(self):
        return self._layout
