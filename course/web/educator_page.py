"""The educator page at /educator: only reachable with an educator's signed cookie.

The auth provider refuses the request before a session is built; this page reads the
same cookie again (from the HTTP request: it is kept out of the page's session token)
to know *which* educator it serves.
"""
from __future__ import annotations

import panel as pn

from course.l10n.locales import SUPPORTED
from course.store import schools, sessions
from course.web import assets, cookies, shared
from course.web.auth import EDUCATOR_COOKIE, LOGOUT_URL, educator_session, logout_token
from course.web.dashboard_state import CLASS_COOKIE, DashboardState
from course.web.educator_state import EducatorState
from course.web.learner_page import request_locale
from course.web.page import wrap
from course.web.views.common import e, html, widget_css
from course.web.views.dashboard import DashboardView
from course.web.views.educator_classes import ClassesView
from course.web.views.educator_helplines import helplines_view
from course.web.views.educator_team import TeamView


def page_header(t, display_name: str, sign_out_token: str, links: list[tuple[str, str]]) -> str:
    """The signed-in pages' header: who is signed in, languages, ``links`` ((href, text), ...), sign out."""
    current = ' aria-current="true"'
    langs = "".join(f'<a href="?lang={lang}" lang="{lang}"{current if t.lang == lang else ""}>'
                    f'{e(shared.tr(lang)("language-name"))}</a>' for lang in SUPPORTED)
    others = "".join(f'<a href="{e(href)}">{e(text)}</a>' for href, text in links)
    return (f'<div class="header"><img src="{assets.url("mascot.svg")}" alt="" width="48" height="48">'
            f'<span class="name">{e(t("edu-title"))}</span>'
            f'<span>{e(t("edu-hello", name=display_name))}</span></div>'
            f'<nav class="langs" aria-label="{e(t("language-choose"))}">{langs}{others}'
            # a form, not a link: signing out is a POST (course.web.auth)
            f'<form method="post" action="{LOGOUT_URL}"><input type="hidden" name="token" value="{e(sign_out_token)}">'
            f'<button type="submit">{e(t("educator-sign-out"))}</button></form></nav>')


def header(state: EducatorState, sign_out_token: str = "") -> str:
    t = shared.tr(state.locale)
    educator = state.educator
    links = [(f"/?band=educators&lang={t.lang}", t("edu-lessons-link")), (f"/author?lang={t.lang}", t("edu-author-link"))]
    if educator is not None and schools.ministry_admin(educator.id):
        links.append((f"/ministry?lang={t.lang}", t("edu-ministry-link")))
    return page_header(t, educator.display_name if educator else "", sign_out_token, links)


def remembered_class(state: EducatorState, value: str | None) -> int | None:
    """The class the educator looked at last (the page's CLASS_COOKIE), if it is still one of theirs
    and not archived: the cookie is the browser's to send, so it is checked like any input."""
    if not value or not value.isdigit() or len(value) > 12:
        return None
    return int(value) if int(value) in {c.id for c in state.classes()} else None


def linked_dashboard(state: EducatorState) -> DashboardState:
    """The Progress tab's state on the class ``state`` (the Classes tab's) shows, and kept so: one
    class on both tabs, whichever tab picks it (each ignores the class it already shows)."""
    dashboard = DashboardState(educator_id=state.educator_id, class_id=state.class_id)
    dashboard.track = dashboard.default_track()
    state.param.watch(lambda ev: dashboard.choose_class(ev.new), "class_id")
    dashboard.param.watch(lambda ev: ev.new != state.class_id and state.choose_class(ev.new), "class_id")
    state.param.watch(lambda _ev: dashboard.param.update(version=dashboard.version + 1), "learners_version")
    return dashboard


def build(state: EducatorState, sign_out_token: str = "") -> pn.Template:
    shared.database_ready()
    t = shared.tr(state.locale)
    classes_view = ClassesView(state=state)  # picks the first class, so build it before syncing
    dashboard = linked_dashboard(state)
    tabs = pn.Tabs((t("edu-tab-dashboard"), DashboardView(state=dashboard, locale=state.locale)),
                   (t("edu-tab-classes"), classes_view),
                   (t("edu-tab-helplines"), helplines_view(state.locale)),
                   dynamic=True, sizing_mode="stretch_width", stylesheets=widget_css(),
                   active=0 if state.classes() else 1)  # no class yet: start where one is made
    educator = state.educator
    if educator is not None and educator.is_admin:
        tabs.append((t("edu-tab-team"), TeamView(state=state)))
    return wrap(pn.Column(html(header(state, sign_out_token)), tabs, sizing_mode="stretch_width", margin=0), t, t("edu-title"))


def educator_page() -> pn.viewable.Viewable:
    request = pn.state.curdoc.session_context.request
    jar = cookies.request_cookies()
    found = educator_session(jar.get(EDUCATOR_COOKIE))
    if found is None:  # the auth provider already refused this; never serve without it
        return pn.pane.HTML("403")
    token, educator_id = found
    sessions.touch(token)
    locale = request_locale(dict(request.arguments), jar, dict(request.headers))
    state = EducatorState(educator_id=educator_id, locale=locale)
    state.class_id = remembered_class(state, jar.get(CLASS_COOKIE))
    return build(state, logout_token(token))
