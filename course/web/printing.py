"""Printable pages for educators: the class report and learners' certificates.

Plain server-rendered HTML (no Panel session): it prints the same on any browser, and a
school can print a whole class's certificates from one page. Each request checks the
educator's signed cookie and ownership itself: these routes are outside Bokeh's auth.
"""
from __future__ import annotations

import datetime as dt

import tornado.web

from course.content.model import CHILD_TRACKS
from course.l10n import locales
from course.reports.certificates import certificate_tracks
from course.reports.overview import class_overview
from course.store import classes, progress
from course.store.access import educator_owns_learner
from course.store.errors import NotAllowed, NotFound
from course.web import assets, shared
from course.web.auth import EDUCATOR_COOKIE, LOGIN_URL, educator_id_from_cookie
from course.web.dashboard_state import lesson_dicts
from course.web.home_screen import band_label
from course.web.page import html_templates
from course.web.views.dashboard import grid_html
from course.web.views.locale_forms import date_text


class _EducatorPage(tornado.web.RequestHandler):
    def prepare(self) -> None:
        self.educator_id = educator_id_from_cookie(self.get_cookie(EDUCATOR_COOKIE))
        if self.educator_id is None:
            self.redirect(LOGIN_URL)

    def locale(self) -> str:
        return (locales.normalise(self.get_argument("lang", None)) or locales.normalise(self.get_cookie("amaan_lang"))
                or locales.negotiate(self.request.headers.get("Accept-Language")))

    def page(self, template: str, t, **values) -> None:
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.write(html_templates().get_template(template).render(
            lang=t.tag, dir=t.dir, fonts_css=assets.url("fonts.css"), page_css=assets.url("page.css"),
            content_css=assets.url("content.css"), print_css=assets.url("print.css"), icon=assets.url("mascot.svg"),
            badge=assets.url("badge.svg"), app_name=t("app-title"), **values))


class ClassReportHandler(_EducatorPage):
    def get(self, class_id: str) -> None:
        t = shared.tr(self.locale())
        track = self.get_argument("track", "9-12")
        if track not in CHILD_TRACKS:
            raise tornado.web.HTTPError(404)
        try:
            overview = class_overview(int(class_id), lesson_dicts(track), as_educator=self.educator_id)
        except (NotAllowed, NotFound):
            raise tornado.web.HTTPError(404) from None
        self.page("print_report.html", t, title=t("print-report-title", klass=overview.class_name),
                  subtitle=f"{band_label(t, track)} · {date_text(t, dt.date.today())}",
                  grid=grid_html(t, overview), print_label=t("print-now"))


class CertificateHandler(_EducatorPage):
    def get(self, learner_id: str, track: str) -> None:
        learner_id = int(learner_id)
        if track not in CHILD_TRACKS or not educator_owns_learner(self.educator_id, learner_id):
            raise tornado.web.HTTPError(404)
        learner = progress.learner_info(learner_id)
        if learner is None or track not in certificate_tracks(learner_id, lesson_dicts()):
            raise tornado.web.HTTPError(404)
        # in the learner's language, not the educator's: the certificate is the child's
        t = shared.tr(learner.locale or locales.DEFAULT)
        klass = classes.class_info(learner.class_id) if learner.class_id else None
        self.page("certificate.html", t, title=t("cert-title"), name=learner.display_name,
                  text=t("cert-text", track=band_label(t, track)),
                  klass=klass.name if klass else "", date=t("cert-date", date=date_text(t, dt.date.today())),
                  print_label=t("print-now"))


def routes() -> list:
    return [(r"/educator/print/class/(\d+)", ClassReportHandler),
            (r"/educator/print/certificate/(\d+)/([a-z0-9-]+)", CertificateHandler)]
