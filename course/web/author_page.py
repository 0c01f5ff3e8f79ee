"""The author preview at /author, behind an educator sign-in (checked by the auth provider)."""
from __future__ import annotations

import panel as pn

from course.store import accounts
from course.web import cookies, shared
from course.web.auth import EDUCATOR_COOKIE, educator_session, logout_token
from course.web.educator_page import page_header
from course.web.learner_page import request_locale
from course.web.page import wrap
from course.web.views.author import AuthorView
from course.web.views.common import html

DEV = {"reload": False}


def author_page() -> pn.viewable.Viewable:
    request = pn.state.curdoc.session_context.request
    jar = cookies.request_cookies()  # the sign-in cookie is kept out of the session token
    found = educator_session(jar.get(EDUCATOR_COOKIE))
    if found is None:
        return pn.pane.HTML("403")
    token, educator_id = found
    shared.database_ready()
    locale = request_locale(dict(request.arguments), jar, dict(request.headers))
    view = AuthorView(locale=locale, dev=DEV["reload"])
    if DEV["reload"]:
        pn.state.add_periodic_callback(view.reload_if_changed, period=1500)
    t = shared.tr(locale)
    educator = accounts.educator_info(educator_id)
    header = page_header(t, educator.display_name if educator else "", logout_token(token),
                         [(f"/educator?lang={t.lang}", t("author-back"))])
    return wrap(pn.Column(html(header), view, sizing_mode="stretch_width", margin=0), t, t("author-title"))
