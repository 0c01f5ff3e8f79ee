"""Get help: talk to a trusted adult, and the verified child helpline of the child's country.

The country is the one the child lives in, as far as the app knows it: their own answer to
"Where do you live?" here, their class's country, or their locale's region (``ar-EG``). When it
is not known, the child reads the trusted-adult guidance and that question, and no number:
a number from another country is worse than none.
"""
from __future__ import annotations

import panel as pn
import param

from course.content.helplines import Helpline
from course.l10n.locales import ARAB_LEAGUE, babel_locale
from course.web import shared
from course.web.learner_state import LearnerState
from course.web.views.common import button, e, html, widget_css


def country_name(locale: str, code: str) -> str:
    return babel_locale(locale).territories.get(code, code)


def country_options(t) -> dict[str, str]:
    """Label -> code for "Where do you live?", in the child's language and its alphabetical order.

    The first option, "Choose your country", stands for "not known" (""). Without it a Select
    holds no empty value: Panel makes the first country its value as soon as the page is drawn,
    which is how every child once got Palestine's (or Algeria's) helpline as their own."""
    names = sorted(((country_name(t.tag, c), c) for c in ARAB_LEAGUE), key=lambda nc: nc[0])
    return {t("help-country-choose"): "", **{name: code for name, code in names}}


def helpline_html(t, line: Helpline) -> str:
    """One line as the child sees it: the number to call, who answers, and, when the data says,
    the part of the country it serves and its hours."""
    where = t("help-helpline-for", organisation=t(line.message_id), country=country_name(t.tag, line.country))
    parts = [f'<div class="helpline"><h2>{e(t("help-helpline-title"))}</h2>'
             f'<a href="tel:{e(line.number)}" class="call">{e(t("help-helpline-call", number=line.number))}</a>'
             f'<p>{e(where)}</p>']
    if line.region:
        region = t.attr(line.message_id, "region") or line.region
        parts.append(f'<p class="region">{e(t("help-helpline-region", region=region))}</p>')
    if line.hours_per_day:
        parts.append(f'<p class="hours">{e(t("help-helpline-hours", hours=line.hours_per_day))}</p>')
    return "".join(parts) + "</div>"


class HelpView(pn.viewable.Viewer):
    state = param.ClassSelector(class_=LearnerState)

    def __init__(self, **params):
        super().__init__(**params)
        t = self._t = self.state.tr
        self._country = pn.widgets.Select(label=t("help-country-where"), options=country_options(t),
                                          value=self._known(), stylesheets=widget_css(),
                                          css_classes=["amaan-country"], sizing_mode="stretch_width")
        self._country.param.watch(self._on_choice, "value")
        self._body = html()
        self._close = button(t("help-close"), "close-help", "primary")
        self._close.on_click(lambda _e: self.state.close_help())
        self._layout = pn.Column(self._body, self._country, self._close, sizing_mode="stretch_width")
        self.state.param.watch(self._on_country, ["country"])
        self.state.param.watch(self._readdress, ["form_of_address"])
        self._render()

    def _known(self) -> str:
        return self.state.country if self.state.country in ARAB_LEAGUE else ""

    def _on_choice(self, event) -> None:
        # Only the child's own pick is their choice: when the state's country changed (the class's
        # country, say) the Select follows it, and that echo must not be stored as the child's.
        if (event.new or "") != self._known():
            self.state.choose_country(event.new or None)

    def _readdress(self, *_events) -> None:
        """The child's form of address changed: the same widgets, their words rewritten."""
        t = self._t = self.state.tr
        self._country.param.update(label=t("help-country-where"), options=country_options(t), value=self._known())
        self._close.label = t("help-close")
        self._render()

    def _on_country(self, *_events) -> None:
        self._country.value = self._known()
        self._render()

    def _render(self, *_events) -> None:
        t = self._t
        parts = [f'<div class="help"><h1>{e(t("help-title"))}</h1>',
                 f'<p class="text">{e(t("help-intro"))}</p>',
                 f'<p>{e(t("help-trusted-adult"))}</p>', f'<p>{e(t("help-what-to-do"))}</p>']
        country = self._known()
        lines = shared.content().helplines.for_child(country) if country else []
        parts += [helpline_html(t, line) for line in lines]
        if not country:
            parts.append(f'<p class="note country-unknown">{e(t("help-country-unknown"))}</p>')
        elif not lines:
            parts.append(f'<p class="note">{e(t("help-no-helpline"))}</p>')
        parts.append("</div>")
        self._body.object = "".join(parts)

    def __panel__(self):
        return self._layout
