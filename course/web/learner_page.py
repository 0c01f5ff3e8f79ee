"""Builds one visitor's learner page from their request: locale, band, country, guest identity."""
from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path

import jinja2
import panel as pn

from course.l10n import locales
from course.store import progress as store_progress
from course.web import assets, shared
from course.web.learner_state import LearnerState
from course.web.views.shell import LearnerShell

log = logging.getLogger("course.web")
TEMPLATES = Path(__file__).resolve().parent / "templates"

# The server asks the browser to keep a few values as cookies through this hidden input:
# a Bokeh session cannot set HTTP cookies itself.
COOKIE_JS = """
const values = JSON.parse(cb_obj.value || "{}");
for (const [name, value] of Object.entries(values)) {
  if (window.amaanSetCookie) { window.amaanSetCookie(name, value); }
}
"""


@lru_cache(maxsize=1)
def page_template() -> jinja2.Template:
    """Compiled once per process; the locale comes in as render variables."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=False)
    return env.get_template("page.html")


def request_locale(args: dict, cookies: dict, headers: dict) -> str:
    asked = (args.get("lang") or [b""])[0]
    asked = asked.decode("utf-8", "replace") if isinstance(asked, bytes) else asked
    return (locales.normalise(asked) or locales.normalise(cookies.get("amaan_lang"))
            or locales.negotiate(headers.get("Accept-Language")))


def initial_state(args: dict, cookies: dict, headers: dict) -> LearnerState:
    locale = request_locale(args, cookies, headers)
    band = cookies.get("amaan_band")
    country = cookies.get("amaan_country") or locales.region(locale)
    state = LearnerState(locale=locale, band=band if band in LearnerState.param.band.objects else None,
                         country=country if country in locales.ARAB_LEAGUE else None)
    token = cookies.get("amaan_guest")
    if token:
        try:
            learner = store_progress.learner_for_guest_token(token)
        except Exception:
            log.exception("could not look up a guest")
            learner = None
        if learner is not None:
            state.learner_id = learner.id
    return state


def build(state: LearnerState) -> pn.Template:
    shared.database_ready()
    t = shared.tr(state.locale)
    bridge = pn.widgets.TextInput(value="", visible=False, name="remember")
    bridge.jscallback(value=COOKIE_JS)
    state.param.watch(lambda ev: setattr(bridge, "value", json.dumps(ev.new)), "remember")
    if state.locale != locales.DEFAULT:
        state.remember = {"amaan_lang": state.locale}
    page = pn.Template(page_template())
    page.add_panel("main", pn.Column(LearnerShell(state=state), bridge, sizing_mode="stretch_width",
                                     margin=0))
    page._render_variables.update(
        amaan_lang=t.tag, amaan_dir=t.dir, amaan_skip=t("skip-to-content"),
        amaan_icon=assets.url("mascot.svg"), amaan_fonts_css=assets.url("fonts.css"),
        amaan_page_css=assets.url("page.css"), amaan_js=assets.url("amaan.js"))
    page.title = t("app-title")
    return page


def learner_page() -> pn.Template:
    """The page for the current Panel session's request."""
    request = pn.state.curdoc.session_context.request if pn.state.curdoc and pn.state.curdoc.session_context else None
    args = dict(request.arguments) if request else {}
    cookies = dict(request.cookies) if request else {}
    headers = dict(request.headers) if request else {}
    return build(initial_state(args, cookies, headers))
