"""Get help: talk to a trusted adult, and the verified child helpline for the chosen country."""
from __future__ import annotations

import panel as pn
import param

from course.l10n.locales import ARAB_LEAGUE, babel_locale
from course.web import shared
from course.web.learner_state import LearnerState
from course.web.views.common import button, e, html, widget_css


def country_name(locale: str, code: str) -> str:
    return babel_locale(locale).territories.get(code, code)


class HelpView(pn.viewable.Viewer):
    state = param.ClassSelector(class_=LearnerState)

    def __init__(self, **params):
        super().__init__(**params)
        t = self._t = shared.tr(self.state.locale)
        names = sorted(((country_name(t.tag, c), c) for c in ARAB_LEAGUE), key=lambda nc: nc[0])
        self._country = pn.widgets.Select(label=t("help-country"), options={n: c for n, c in names},
                                          value=self.state.country if self.state.country in ARAB_LEAGUE else None,
                                          stylesheets=widget_css(), css_classes=["amaan-country"])
        if self.state.country not in ARAB_LEAGUE:
            self._country.value = None
        self._country.param.watch(lambda ev: self.state.choose_country(ev.new), "value")
        self._body = html()
        self._close = button(t("help-close"), "close-help", "primary")
        self._close.on_click(lambda _e: self.state.close_help())
        self._layout = pn.Column(self._body, self._country, self._close, sizing_mode="stretch_width")
        self.state.param.watch(self._render, ["country"])
        self.state.param.watch(lambda ev: setattr(self._country, "value", ev.new if ev.new in ARAB_LEAGUE else None),
                               ["country"])
        self._render()

    def _render(self, *_events) -> None:
        t = self._t
        parts = [f'<div class="help"><h1>{e(t("help-title"))}</h1>',
                 f'<p class="text">{e(t("help-intro"))}</p>',
                 f'<p>{e(t("help-trusted-adult"))}</p>', f'<p>{e(t("help-what-to-do"))}</p>']
        lines = shared.content().helplines.for_child(self.state.country)
        if lines:
            for line in lines:
                where = t("help-helpline-for", organisation=t(line.message_id),
                          country=country_name(t.tag, line.country))
                parts.append(f'<div class="helpline"><h2>{e(t("help-helpline-title"))}</h2>'
                             f'<a href="tel:{e(line.number)}" class="call">{e(t("help-helpline-call", number=line.number))}</a>'
                             f'<p>{e(where)}</p></div>')
        elif self.state.country:
            parts.append(f'<p class="note">{e(t("help-no-helpline"))}</p>')
        parts.append("</div>")
        self._body.object = "".join(parts)

    def __panel__(self):
        return self._layout
