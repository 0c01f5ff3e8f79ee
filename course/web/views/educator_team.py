"""School admins add colleagues to their school, unlock one whom wrong passwords locked out, and
set their school's country and region; every educator signs in with their own account."""
from __future__ import annotations

import panel as pn
import param

from course.l10n.locales import ARAB_LEAGUE
from course.store import accounts, schools
from course.store.errors import NotAllowed
from course.store.records import EducatorInfo
from course.web import shared
from course.web.educator_state import EducatorState
from course.web.views.common import button, e, html, widget_css
from course.web.views.get_help import country_name


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
        self._school = schools.school_of(self.state.educator_id)
        self._layout = pn.Column(self._notice, *self._school_form(css), self._list,
                                 html(f'<h2>{e(t("edu-add-educator"))}</h2>'),
                                 self._name, self._username, self._password, add, sizing_mode="stretch_width")
        self._refresh()

    def _school_form(self, css: list[str]) -> list:
        """The school's country (the Get-help default of its classes without one) and region."""
        t, school = self._t, self._school
        if school is None:
            return []
        codes = sorted(set(ARAB_LEAGUE) | ({school.country} if school.country else set()),
                       key=lambda c: country_name(t.tag, c))
        options = {t("schools-country-unknown"): "", **{country_name(t.tag, c): c for c in codes}}
        self._country = pn.widgets.Select(label=t("schools-country"), options=options, value=school.country or "",
                                          stylesheets=css, css_classes=["amaan-school-country"])
        self._region = pn.widgets.TextInput(label=t("schools-region"), value=school.region or "", stylesheets=css,
                                            css_classes=["amaan-school-region"])
        save = button(t("schools-save"), "school-save", "primary")
        save.on_click(self._save_school)
        return [html(f'<h2>{e(t("schools-your-school", name=school.name))}</h2>'), self._country, self._region, save]

    def _save_school(self, _event) -> None:
        assert self._school is not None, "the form exists only for an educator in a school"
        try:  # the store decides who may: this school's admin (or the ministry)
            self._school = schools.set_school_place(self._school.id, country=self._country.value or None,
                                                    region=self._region.value_input or self._region.value,
                                                    as_educator=self.state.educator_id)
            message, kind = "schools-saved", "good"
        except NotAllowed:
            message, kind = "schools-not-allowed", "try"
        except ValueError:
            message, kind = "schools-invalid", "try"
        self._notice.object = f'<p class="feedback {kind}" role="status">{e(self._t(message))}</p>'
        self._notice.visible = True

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
        self._list.objects = [self._row(x, x.id in locked) for x in accounts.list_educators(as_educator=self.state.educator_id)]

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
