"""School admins add colleagues, and unlock one whom wrong passwords locked out; every educator
signs in with their own account."""
from __future__ import annotations

import panel as pn
import param

from course.store import accounts
from course.store.records import EducatorInfo
from course.web import shared
from course.web.educator_state import EducatorState
from course.web.views.common import button, e, html, widget_css


class TeamView(pn.viewable.Viewer):
    state = param.ClassSelector(class_=EducatorState)

    def __init__(self, **params):
        super().__init__(**params)
        t = self._t = shared.tr(self.state.locale)
        css = widget_css()
        self._list = pn.Column(sizing_mode="stretch_width")
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

    async def _add(self, _event) -> None:
        # async: the new password is hashed in a thread pool while the page stays live
        await self.state.add_educator(self._username.value_input or self._username.value,
                                      self._name.value_input or self._name.value,
                                      self._password.value_input or self._password.value)
        if self._show_notice() == "good":
            for widget in (self._name, self._username, self._password):
                widget.value = ""
        self._refresh()

    def _unlock(self, educator_id: int, name: str) -> None:
        self.state.unlock_educator(educator_id, name)
        self._show_notice()
        self._refresh()

    def _show_notice(self) -> str:
        """Shows the state's notice; returns its kind."""
        message_id, args, kind = self.state.notice
        self._notice.object = f'<p class="feedback {kind}" role="status">{e(self._t(message_id, **args))}</p>'
        self._notice.visible = True
        return kind

    def _refresh(self) -> None:
        locked = self.state.locked_educators()
        self._list.objects = [self._row(x, x.id in locked) for x in accounts.list_educators()]

    def _row(self, educator: EducatorInfo, locked: bool) -> pn.Row:
        t = self._t
        status = f' · <span class="status status-in-progress">{e(t("edu-educator-locked"))}</span>' if locked else ""
        parts: list = [html(f'<div>{e(educator.display_name)} (<span dir="ltr">{e(educator.username)}</span>)'
                            f'{status}</div>')]
        if locked:  # only admins see this tab; the store checks again that the caller is one
            unlock = button(t("edu-unlock"), f"unlock-educator-{educator.id}", "primary")
            unlock.on_click(lambda _e, i=educator.id, n=educator.display_name: self._unlock(i, n))
            parts.append(unlock)
        return pn.Row(*parts, sizing_mode="stretch_width", css_classes=["amaan-educator-row"])

    def __panel__(self):
        return self._layout
