"""The author preview at /author, behind an educator sign-in (checked by the auth provider)."""
from __future__ import annotations

import panel as pn

from course.web import cookies, shared
from course.web.auth import EDUCATOR_COOKIE, educator_id_from_cookie
from course.web.learner_page import request_locale
from course.web.page import wrap
from course.web.views.author import AuthorView

DEV = {"reload": False}


def author_page() -> pn.viewable.Viewable:
    request = pn.state.curdoc.session_context.request
    jar = cookies.request_cookies()  # the sign-in cookie is kept out of the session token
    if educator_id_from_cookie(jar.get(EDUCATOR_COOKIE)) is None:
        return pn.pane.HTML("403")
    shared.database_ready()
    locale = request_locale(dict(request.arguments), jar, dict(request.headers))
    view = AuthorView(locale=locale)
    if DEV["reload"]:
        pn.state.add_periodic_callback(view.reload_if_changed, period=1500)
    t = shared.tr(locale)
    return wrap(pn.Column(view, sizing_mode="stretch_width"), t, t("author-title"))
