"""Joining a class: the code, then the child's name, then their picture password."""
from __future__ import annotations

from functools import cache

import panel as pn
import param

from course.auth.pictures import LENGTH, PICTURES
from course.web import shared
from course.web.assets import STATIC
from course.web.signin_state import ROSTER_PAGE, SignInState
from course.web.views.common import button, e, html, widget_css
from course.web.views.pager import Pager

# Runs in the browser when the error's text changes: bring it into sight once it is drawn.
SCROLL_TO_ERROR_JS = """
setTimeout(() => {
  const view = window.Bokeh && Bokeh.index.find_one(cb_obj);
  if (view && view.el && view.el.isConnected && view.el.getClientRects().length) {
    view.el.scrollIntoView({block: "nearest"});
  }
}, 60);
"""


@cache
def picture_svg(name: str) -> str:
    return (STATIC / f"pic-{name}.svg").read_text("utf-8")


class SignInView(pn.viewable.Viewer):
    state = param.ClassSelector(class_=SignInState)
    locale = param.String(default="ar")
    form = param.Selector(default=None, objects=[None, "f", "m"], doc="the child's form of address")

    def __init__(self, on_cancel=None, **params):
        super().__init__(**params)
        t = self._t = shared.tr(self.locale).addressing(self.form)
        self._title = html()
        # The error sits under what the child just used (the code's Next, the name's Next) and
        # right above the picture grid, and scrolls into sight when it changes: after the third
        # picture the child's eyes are on the grid, often scrolled down on a phone (issue 15).
        self._error = html(visible=False, css_classes=["amaan-signin-error"])
        self._error.jscallback(text=SCROLL_TO_ERROR_JS)  # the Bokeh model's name for `object`
        self._errors_shown = 0
        self._code = pn.widgets.TextInput(label=t("signin-code"), placeholder="ABC123", max_length=8,
                                          stylesheets=widget_css(), css_classes=["amaan-join-code"],
                                          sizing_mode="stretch_width")
        self._code_next = button(t("signin-next"), "join-next", "primary")
        self._code_next.on_click(lambda _e: self.state.enter_code(self._code.value_input or self._code.value))
        self._code.param.watch(lambda _ev: self.state.enter_code(self._code.value_input or self._code.value),
                               "enter_pressed")
        self._names = pn.FlexBox(sizing_mode="stretch_width")
        # Shown only when the names do not fit on one page (ROSTER_PAGE): found on Enter.
        self._find = pn.widgets.TextInput(label=t("signin-find-name"), max_length=40, stylesheets=widget_css(),
                                          css_classes=["amaan-find-name"], sizing_mode="stretch_width")
        self._find.param.watch(lambda ev: self.state.find_name(ev.new), "value")
        self._pages = Pager(t, "names-page", self.state.turn_roster_page)
        self._new = button(t("signin-new"), "signin-new", "default")
        self._new.on_click(lambda _e: self.state.new_learner())
        self._new_name = pn.widgets.TextInput(label=t("signin-new-name"), max_length=40, stylesheets=widget_css(),
                                              css_classes=["amaan-new-name"], sizing_mode="stretch_width")
        self._new_next = button(t("signin-next"), "new-name-next", "primary")
        self._new_next.on_click(lambda _e: self.state.choose_name(self._new_name.value_input or self._new_name.value))
        self._dots = html()
        self._pictures = pn.FlexBox(*[self._picture_button(p) for p in PICTURES], sizing_mode="stretch_width")
        self._clear = button(t("signin-start-again"), "pictures-clear")
        self._clear.on_click(lambda _e: self.state.clear())
        self._back = button(t("player-back"), "signin-back")
        self._back.on_click(lambda _e: self.state.back())
        self._guest = button(t("signin-guest"), "signin-guest")
        if on_cancel:
            self._guest.on_click(lambda _e: on_cancel())
        self._layout = pn.Column(self._title, self._code, self._code_next, self._find, self._names, self._pages,
                                 self._new,
                                 self._new_name, self._new_next, self._dots, self._error,
                                 self._pictures, pn.FlexBox(self._back, self._clear, self._guest),
                                 sizing_mode="stretch_width")
        self.state.param.watch(self._render, ["step", "roster", "roster_search", "roster_offset", "pictures",
                                              "error", "registering"])
        self._render()

    def _picture_button(self, name: str) -> pn.widgets.Button:
        label = self._t(f"picture-{name}")
        widget = button(label, f"picture-{name}", "default", icon=picture_svg(name), icon_size="2.5em",
                        width=116, height=100)
        widget.on_click(lambda _e: self.state.tap(name))
        return widget

    def _render(self, *_events) -> None:
        state, t = self.state, self._t
        step = state.step
        self._code.visible = self._code_next.visible = step == "code"
        self._names.visible = step == "name"
        self._find.visible = step == "name" and len(state.roster) > ROSTER_PAGE
        if step != "name":
            self._pages.show(1, 1, 0)  # hidden
        self._new.visible = step == "name" and state.can_register
        self._new_name.visible = self._new_next.visible = step == "new-name"
        self._pictures.visible = self._dots.visible = self._clear.visible = step == "pictures"
        self._back.visible = step not in ("code", "waiting")
        if step == "code":
            self._title.object = (f'<h1>{e(t("signin-title"))}</h1><p>{e(t("signin-code-help"))}</p>')
        elif step == "name":
            self._title.object = f'<h1>{e(state.class_name)}</h1><p>{e(t("signin-pick-name"))}</p>'
            names, found, offset = state.roster_page()
            self._pages.show(offset // ROSTER_PAGE + 1, max(1, -(-found // ROSTER_PAGE)), found)
            if self._find.value != state.roster_search:  # a new code starts with no search
                self._find.value = state.roster_search
            buttons = []
            for learner_id, name in names:
                b = button(name, f"learner-{learner_id}", "default", min_width=140)
                b.on_click(lambda _e, lid=learner_id: state.choose(lid))
                buttons.append(b)
            self._names.objects = buttons
        elif step == "new-name":
            self._title.object = f'<h1>{e(state.class_name)}</h1><p>{e(t("signin-new-help"))}</p>'
        elif step == "waiting":
            self._title.object = (f'<h1>{e(t("signin-wait-title", name=state.learner_name))}</h1>'
                                  f'<p role="status">{e(t("signin-wait-teacher"))}</p>')
        else:
            how = t("signin-choose-pictures", count=LENGTH) if state.registering else t("signin-pictures", count=LENGTH)
            self._title.object = (f'<h1>{e(t("signin-hello", name=state.learner_name))}</h1><p>{e(how)}</p>')
            filled = len(state.pictures)
            dots = "".join("●" if i < filled else "○" for i in range(LENGTH))
            progress = e(t("signin-progress", done=filled, total=LENGTH))
            self._dots.object = (f'<p class="dots" aria-live="polite" aria-label="{progress}">'
                                 f'{dots}</p>')
        if state.error:
            message_id, args = state.error
            if not state.pictures:  # a new refusal (a tap since would have added a picture)
                self._errors_shown += 1
            # data-n: the same words twice in a row are still a change, so the browser scrolls
            # to them and reads them out again
            self._error.object = (f'<p class="feedback try" role="alert" data-n="{self._errors_shown}">'
                                  f'{e(t(message_id, **args))}</p>')
            self._error.visible = True
        else:
            self._error.visible = False

    def __panel__(self):
        return self._layout
