"""The ministry view at /ministry, and its CSV at /ministry/export.csv: aggregates of every school
for ministry admins (course.reports.ministry), never a child's name or answer.

Plain server-rendered HTML, as the printed pages are (course.web.printing): a few tables need no
Panel session. Each request checks the educator's signed cookie and the ministry role itself
(these routes are outside Bokeh's auth); anyone else gets a 404, as for a class that is not theirs.
"""
from __future__ import annotations

from urllib.parse import urlencode

import tornado.web

from course.l10n import locales
from course.reports.ministry import BY, MIN_GROUP, ministry_csv, ministry_report
from course.store import schools
from course.web import assets, shared
from course.web.auth import EDUCATOR_COOKIE, LOGIN_URL, educator_id_from_cookie
from course.web.dashboard_state import lesson_dicts
from course.web.page import html_templates
from course.web.views.ministry import ministry_html

URL = "/ministry"
CSV_URL = "/ministry/export.csv"
CSV_COLUMNS = ("month", "region", "place", "band", "lesson", "learners", "completed", "mastered")



class _MinistryPage(tornado.web.RequestHandler):
    def prepare(self) -> None:
        self.educator_id = educator_id_from_cookie(self.get_cookie(EDUCATOR_COOKIE))
        if self.educator_id is None:
            self.redirect(LOGIN_URL)
            return
        if not schools.ministry_admin(self.educator_id):
            raise tornado.web.HTTPError(404)
        self.set_header("Cache-Control", "no-store")

    def locale(self) -> str:
        return (locales.normalise(self.get_argument("lang", None)) or locales.normalise(self.get_cookie("amaan_lang"))
                or locales.negotiate(self.request.headers.get("Accept-Language")))

    def by(self) -> str:
        by = self.get_argument("by", "region")
        if by not in BY:
            raise tornado.web.HTTPError(400)
        return by

    def report(self, lesson_rows: bool = True):
        # the store checks the role again: the page's check above only decides what to answer
        return ministry_report(lesson_dicts(), as_ministry=self.educator_id, by=self.by(), lesson_rows=lesson_rows)


class MinistryHandler(_MinistryPage):
    def get(self) -> None:
        t = shared.tr(self.locale())
        by = self.by()
        # by school the page shows no lessons table (views.ministry): its 100,000 rows are in the CSV only
        report = self.report(lesson_rows=by != "school")
        views = [(f"{URL}?{urlencode({'by': b, 'lang': t.lang})}", t(f"ministry-by-{b}"), b == by) for b in BY]
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.write(html_templates().get_template("ministry.html").render(
            lang=t.tag, dir=t.dir, fonts_css=assets.url("fonts.css"), page_css=assets.url("page.css"),
            content_css=assets.url("content.css"), icon=assets.url("mascot.svg"), app_name=t("app-title"),
            title=t("ministry-title"), intro=t("ministry-intro", min=MIN_GROUP), by_label=t("ministry-by"),
            views=views, csv_href=f"{CSV_URL}?{urlencode({'by': by, 'lang': t.lang})}",
            csv_label=t("ministry-export"), tables=ministry_html(t, report)))


class MinistryCsvHandler(_MinistryPage):
    def get(self) -> None:
        t = shared.tr(self.locale())
        report = self.report()
        self.set_header("Content-Type", "text/csv; charset=utf-8")
        self.set_header("Content-Disposition", f'attachment; filename="ministry-{report.by}-{report.since}.csv"')
        self.write(ministry_csv(report, {c: t(f"ministry-col-{c}") for c in CSV_COLUMNS}))


def routes() -> list:
    return [(URL, MinistryHandler), (CSV_URL, MinistryCsvHandler)]
