"""Builds one visitor's learner page from their request: locale, band, country, guest identity."""
from __future__ import annotations

import json
import logging

import panel as pn

from course.l10n import locales
from course.store import progress as store_progress
from course.web import shared
from course.web.learner_state import LearnerState
from course.web.page import wrap
from course.web.signin_state import LEARNER_COOKIE, learner_from_cookie
from course.web.views.shell import LearnerShell

log = logging.getLogger("course.web")

# The server asks the browser to keep a few values as cookies through this hidden input:
# a Bokeh session cannot set HTTP cookies itself.
COOKIE_JS = """
const values = JSON.parse(cb_obj.value || "{}");
for (const [name, value] of Object.entries(values)) {
  if (window.amaanSetCookie) { window.amaanSetCookie(name, value); }
}
"""


def request_locale(args: dict, cookies: dict, headers: dict) -> str:
    asked = (args.get("lang") or [b""])[0]
    asked = asked.decode("utf-8", "replace") if isinstance(asked, bytes) else asked
    return (locales.normalise(asked) or locales.normalise(cookies.get("amaan_lang"))
            or locales.negotiate(headers.get("Accept-Language")))


def initial_state(args: dict, cookies: dict, headers: dict) -> LearnerState:
    locale = request_locale(args, cookies, headers)
    asked_band = (args.get("band") or [b""])[0]
    asked_band = asked_band.decode("utf-8", "replace") if isinstance(asked_band, bytes) else asked_band
    band = asked_band or cookies.get("amaan_band")
    country = cookies.get("amaan_country") or locales.region(locale)
    state = LearnerState(locale=locale, band=band if band in LearnerState.param.band.objects else None,
                         country=country if country in locales.ARAB_LEAGUE else None)
    learner_id = learner_from_cookie(cookies.get(LEARNER_COOKIE))
    if learner_id is not None:
        learner = store_progress.learner_info(learner_id)
        if learner is not None and not learner.is_guest:
            state.learner_id, state.learner_name = learner.id, learner.display_name
            state.load_class_settings()
            return state
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


def build(state: LearnerState, client: str = "unknown") -> pn.Template:
    shared.database_ready()
    t = shared.tr(state.locale)
    bridge = pn.widgets.TextInput(value="", visible=False)
    bridge.jscallback(value=COOKIE_JS)
    state.param.watch(lambda ev: setattr(bridge, "value", json.dumps(ev.new)), "remember")
    if state.locale != locales.DEFAULT:
        state.remember = {"amaan_lang": state.locale}
    shell = LearnerShell(state=state, client=client, hidden=[bridge])
    return wrap(shell.__panel__(), t, t("app-title"))


def learner_page() -> pn.Template:
    """The page for the current Panel session's request."""
    request = pn.state.curdoc.session_context.request if pn.state.curdoc and pn.state.curdoc.session_context else None
    args = dict(request.arguments) if request else {}
    cookies = dict(request.cookies) if request else {}
    headers = dict(request.headers) if request else {}
    client = request.remote_ip if request is not None and request.remote_ip else "unknown"
    return build(initial_state(args, cookies, headers), client)
