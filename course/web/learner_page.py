"""Builds one visitor's learner page from their request: locale, band, country, guest identity."""
from __future__ import annotations

import json
import logging

import panel as pn

from course.l10n import locales
from course.l10n.bundles import address_form
from course.store import progress as store_progress
from course.store import sessions as store_sessions
from course.web import cookies, delivery, shared
from course.web.learner_state import LearnerState
from course.web.page import wrap
from course.web.signin_state import LEARNER_COOKIE, learner_session
from course.web.views.shell import LearnerShell

log = logging.getLogger("course.web")

# A Bokeh session cannot set HTTP cookies itself: through this hidden input the server asks the
# browser to keep preferences as cookies (amaan.js writes them), and to trade a one-time ticket
# at course.web.cookies.TICKET_URL for the HttpOnly sign-in cookies (amaan.js posts it once).
COOKIE_JS = """
const message = JSON.parse(cb_obj.value || "{}");
for (const [name, value] of Object.entries(message.cookies || {})) {
  if (window.amaanSetCookie) { window.amaanSetCookie(name, value); }
}
if (message.ticket && window.amaanTradeTicket) { window.amaanTradeTicket(message.ticket); }
"""


def request_locale(args: dict, cookies: dict, headers: dict) -> str:
    asked = (args.get("lang") or [b""])[0]
    asked = asked.decode("utf-8", "replace") if isinstance(asked, bytes) else asked
    return (locales.normalise(asked) or locales.normalise(cookies.get("amaan_lang"))
            or locales.negotiate(headers.get("Accept-Language")))


# Pages before issue 15 stored the first country of Get help's list here without the child
# choosing it (PS in Arabic, DZ in English and French), so its value cannot be told apart from a
# real choice: it is ignored and deleted. A child who had chosen their country chooses it again.
OLD_COUNTRY_COOKIE = "amaan_country"


def first_country(*candidates: str | None) -> str | None:
    """The first candidate that is one of the listed countries. Cookie values are the browser's
    to make up: anything else counts as "not known" (Get help then asks)."""
    return next((c for c in candidates if c in locales.ARAB_LEAGUE), None)


def initial_state(args: dict, jar: dict, headers: dict) -> LearnerState:
    """The state a request opens on; ``jar`` is every cookie of the HTTP request (sign-in ones too).

    The country for Get help comes from the child's own choice (its cookie), else the locale's
    region (``ar-EG``); a signed-in class learner's class country wins over both
    (LearnerState.load_class_settings). Nothing else: no guess from the list or the language."""
    locale = request_locale(args, jar, headers)
    asked_band = (args.get("band") or [b""])[0]
    asked_band = asked_band.decode("utf-8", "replace") if isinstance(asked_band, bytes) else asked_band
    band = asked_band or jar.get("amaan_band")
    form = jar.get(LearnerState.ADDRESS_COOKIE)
    state = LearnerState(locale=locale, band=band if band in LearnerState.param.band.objects else None,
                         country=first_country(jar.get(LearnerState.COUNTRY_COOKIE), locales.region(locale)),
                         # a guest's choice on this device; a class learner's own comes from their row
                         form_of_address=address_form(form))
    if OLD_COUNTRY_COOKIE in jar:
        state.remember = {**state.remember, OLD_COUNTRY_COOKIE: ""}  # an empty value deletes it (amaan.js)
    found = learner_session(jar.get(LEARNER_COOKIE))
    if found is not None:
        session, learner_id = found
        learner = store_progress.learner_info(learner_id)
        if learner is not None and not learner.is_guest:
            store_sessions.touch(session)
            state.resume_learner(learner.id, learner.display_name, session)
            return state
    token = jar.get(cookies.GUEST_COOKIE)
    if token:
        try:
            learner = store_progress.learner_for_guest_token(token)
        except Exception:
            log.exception("could not look up a guest")
            learner = None
        if learner is not None:
            state.resume_guest(learner.id, token)
    return state


def build(state: LearnerState, client: str = "unknown") -> pn.Template:
    shared.database_ready()
    t = state.tr
    bridge = pn.widgets.TextInput(value="", visible=False)
    bridge.jscallback(value=COOKIE_JS)
    loaded: list[bool] = []

    def send(*_events) -> None:
        # The whole message each time: two changes in one callback may reach the browser as one.
        # Before the page has loaded, a change would not run the script at all: onload sends it.
        if loaded:
            bridge.value = json.dumps({"cookies": state.remember, "ticket": state.cookie_ticket})

    def on_load() -> None:
        loaded.append(True)
        state.renew_cookies()
        send()

    state.param.watch(send, ["remember", "cookie_ticket"])
    if state.locale != locales.DEFAULT:
        state.remember = {**state.remember, "amaan_lang": state.locale}
    pn.state.onload(on_load)
    shell = LearnerShell(state=state, client=client, hidden=[bridge])
    if pn.state.curdoc is not None:  # without a page, Panel would keep it for every later session
        pn.state.on_session_destroyed(lambda session_context: shell.release())  # Bokeh checks the name
    return wrap(shell.__panel__(), t, t("app-title"), prefetch=delivery.later_stylesheets())


def learner_page() -> pn.Template:
    """The page for the current Panel session's request."""
    # The query and headers the Panel way; the cookies from the HTTP request itself, because the
    # sign-in ones are kept out of the page's session token (course/web/cookies.py).
    args = dict(pn.state.session_args or {})
    headers = dict(pn.state.headers or {})
    request = pn.state.curdoc.session_context.request if pn.state.curdoc and pn.state.curdoc.session_context else None
    client = request.remote_ip if request is not None and request.remote_ip else "unknown"
    state = initial_state(args, cookies.request_cookies(), headers)
    state.reopen(_arg(args, "lesson"))
    return build(state, client)


def _arg(args: dict, name: str) -> str:
    value = (args.get(name) or [b""])[0]
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
