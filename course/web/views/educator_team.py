"""School admins add colleagues; every educator signs in with their own account."""
from __future__ import annotations

import panel as pn
import param

from course.store import accounts
from course.web import shared
from course.web.educator_state import EducatorState
from course.web.views.common import button, e, html, widget_css


class TeamView(pn.viewable.Viewer):
    state = param.ClassSelector(class_=EducatorState)

    def __init__(self, **params):
        super().__init__(**params)
        t = self._t = shared.tr(self.state.locale)
        css = widget_css()
        self._list = html()
        self._notice = html(visible=False)
        self._name = pn.widgets.TextInput(label=t("setup-display-name"), stylesheets=css, css_classes=["amaan-team-name"])
        self._username = pn.widgets.TextInput(label=t("educator-username"), stylesheets=css,
                                              css_classes=["amaan-team-username"])
        self._password = pn.widgets.PasswordInput(label=t("educator-password"), stylesheets=css,
                                                  css_classes=["amaan-team-password"])
        add = button(t("edu-add-educator"), "team-add", "primary")
        add.on_click(self._add)
        self._layout = pn.Column(self._notice, self._list, html(f'<h2>{e(t("edu-add-educator"))}</h2>'),
                                 self._name, self._username, self._password, add, sizing_mode="stretch_width")
        self._refresh()

    def _add(self, _event) -> None:
        self.state.add_educator(self._username.value_input or self._username.value,
                                self._name.value_input or self._name.value,
                                self._password.value_input or self._password.value)
        message_id, args, kind = self.state.notice
        self._notice.object = f'<p class="feedback {kind}" role="status">{e(self._t(message_id, **args))}</p>'
        self._notice.visible = True
        if kind == "good":
            for widget in (self._name, self._username, self._password):
                widget.value = ""
        self._refresh()

    def _refresh(self) -> None:
        items = "".join(f'<li>{e(x.display_name)} (<span dir="ltr">{e(x.username)}</span>)</li>'
                        for x in accounts.list_educators())
        self._list.object = f"<ul>{items}</ul>"

    def __panel__(self):
        return self._layout
