"""The LTI 1.3 routes of `course serve` (docs/lti.md): OIDC login, launch, the teacher's deep-linking
choice, and the tool's key set.

- /lti/login: the platform's third-party login; answered with a redirect to its auth endpoint.
- /lti/launch: the platform posts the id_token here. pylti1p3 checks it (course.web.lti_adapter);
  then a deep-linking request shows a teacher the lessons, and a resource-link launch signs a
  learner in to the class of their course (course.store.lti) and opens the lesson's first card
  (the learner page reopens ``?lesson=``). A teacher's resource-link launch signs nobody in.
- /lti/deep-link: the teacher's choice; answered with the signed deep-linking response, posted back
  to the platform. The launch id is the form's only proof, and is used up by it.
- /lti/jwks.json: the tool's public keys, current and previous (course.interop.lti_keys).

These pages are reached from the platform's site: the launch arrives as a cross-site POST, and a
platform shows the teacher's choice in a frame. So they, and they alone, let the platform's origin
frame them and receive their forms; the learner's own pages keep the server's strict policy.
Checking an id_token may fetch the platform's keys: that runs on a worker thread, never on the
event loop that serves the children's pages.
"""
from __future__ import annotations

import json
import logging
from functools import lru_cache
from urllib.parse import urlencode, urlsplit

import jinja2
import tornado.web
from pylti1p3.exception import LtiException, OIDCException
from tornado.ioloop import IOLoop

from course.content.model import CHILD_TRACKS, LessonEntry
from course.interop import lti_grades, lti_keys
from course.interop.lti_tool import Claims, ToolConf, lesson_resource, platform_of
from course.l10n import locales
from course.store import lti as store
from course.web import assets, headers, shared
from course.web.home_screen import band_label
from course.web.lti_adapter import TornadoLaunch, TornadoOIDCLogin, TornadoRequest, launch_from, restore
from course.web.page import TEMPLATES
from course.web.signin_state import LEARNER_COOKIE, LEARNER_COOKIE_DAYS, open_learner_session, sign_learner

log = logging.getLogger("course.lti")
LOGIN_URL = "/lti/login"
LAUNCH_URL = "/lti/launch"
DEEP_LINK_URL = "/lti/deep-link"
JWKS_URL = "/lti/jwks.json"
DL_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True)


def _origin(url: str | None) -> str | None:
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else None


def _lesson(lesson_id: str | None) -> LessonEntry | None:
    """A children's lesson of the catalogue: what a deep link may name and a launch may open."""
    catalogue = shared.content().catalogue
    entry = catalogue[lesson_id] if lesson_id and lesson_id in catalogue else None
    return entry if entry is not None and entry.track in CHILD_TRACKS else None


class Refused(Exception):
    def __init__(self, message_id: str, status: int):
        super().__init__(message_id)
        self.message_id, self.status = message_id, status


class _LtiPage(tornado.web.RequestHandler):
    def check_xsrf_cookie(self) -> None:
        """Platforms post here from their own site, so no _xsrf cookie can come along; what proves a
        request is the OIDC state cookie and nonce (login, launch) or the one-time launch id (choice)."""

    def locale(self, asked: str | None = None) -> str:
        return locales.normalise(asked) or locales.negotiate(self.request.headers.get("Accept-Language"))

    def base(self) -> str:
        return f"{self.request.protocol}://{self.request.host}"

    def allow_platform(self, *urls: str | None) -> None:
        """Let the platform frame this page and receive its form (course.web.headers keeps both to
        'self' everywhere else)."""
        origins = " ".join(sorted({o for o in map(_origin, urls) if o}))
        if origins:
            csp = headers.CSP.replace("form-action 'self'", f"form-action 'self' {origins}").replace(
                "frame-ancestors 'self'", f"frame-ancestors 'self' {origins}")
            self.set_header("Content-Security-Policy", csp)  # browsers ignore X-Frame-Options beside it

    def page(self, locale: str, title_id: str, status: int = 200, message: str | None = None, **values) -> None:
        t = shared.tr(locale)
        self.set_status(status)
        self.set_header("Cache-Control", "no-store")
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.write(_env().get_template("lti.html").render(
            lang=t.tag, dir=t.dir, title=t(title_id), message=message, app_name=t("app-title"),
            fonts_css=assets.url("fonts.css"), page_css=assets.url("page.css"), form_css=assets.url("form.css"),
            icon=assets.url("mascot.svg"), **values))

    def refuse(self, locale: str, message_id: str, status: int) -> None:
        self.page(locale, "lti-error-title", status, shared.tr(locale)(message_id), error=True)


class LoginHandler(_LtiPage):
    """OIDC third-party login (GET or POST, as the platform chooses)."""

    def get(self) -> None:
        self._login()

    def post(self) -> None:
        self._login()

    def _login(self) -> None:
        try:
            oidc = TornadoOIDCLogin(TornadoRequest(self), ToolConf())
            oidc.disable_check_cookies()
            oidc.redirect(self.base() + LAUNCH_URL)
        except (OIDCException, LtiException) as exc:
            log.info("lti: login refused: %s", exc)
            self.refuse(self.locale(), "lti-error-launch", 400)


class LaunchHandler(_LtiPage):
    async def post(self) -> None:
        try:
            launch, body = await IOLoop.current().run_in_executor(None, self._check)
            claims = Claims.of(body)
            locale = self.locale(claims.locale)
            if launch.is_deep_link_launch():
                self._choose(launch, body, claims, locale)
            elif launch.is_resource_launch():
                launch.get_session_service().take_launch(launch.get_launch_id())  # nothing to come back to
                self._open(body, claims, locale)
            else:
                raise Refused("lti-error-launch", 400)
        except Refused as refused:
            self.refuse(self.locale(), refused.message_id, refused.status)
        except (LtiException, OIDCException, LookupError, ValueError) as exc:
            log.info("lti: launch refused: %s", exc)
            self.refuse(self.locale(), "lti-error-launch", 400)

    def _check(self) -> tuple[TornadoLaunch, dict]:
        """pylti1p3's checks, then the nonce used up: the same id_token never launches twice."""
        launch = launch_from(self)
        launch.validate()
        body = dict(launch.get_launch_data())
        if not launch.get_session_service().take_nonce(str(body.get("nonce"))):
            raise LtiException("the launch's nonce was used before")
        return launch, body

    def _choose(self, launch: TornadoLaunch, body: dict, claims: Claims, locale: str) -> None:
        if not claims.instructor:
            raise Refused("lti-error-teacher", 403)
        t = shared.tr(locale)
        catalogue = shared.content().catalogue
        bands = [{"label": band_label(t, band),
                  "lessons": [{"id": e.id, "title": t(e.id)} for e in catalogue.track(band)]}
                 for band in CHILD_TRACKS]
        self.allow_platform(body[DL_SETTINGS]["deep_link_return_url"], str(body.get("iss")))
        self.page(locale, "lti-pick-title", message=t("lti-pick-intro"), bands=[b for b in bands if b["lessons"]],
                  launch=launch.get_launch_id(), submit=t("lti-pick-submit"))

    def _open(self, body: dict, claims: Claims, locale: str) -> None:
        entry = _lesson(claims.lesson_id)
        if entry is None:
            raise Refused("lti-error-lesson", 404)
        query = {"band": entry.track, "lesson": entry.id}
        if locales.normalise(claims.locale):
            query["lang"] = locale
        target = "/?" + urlencode(query)
        if claims.instructor:  # a teacher looks at the lesson as any visitor would; no one is signed in
            self.redirect(target)
            return
        if not claims.context_id:
            raise Refused("lti-error-course", 400)
        platform = platform_of(body)
        class_id = store.class_for_context(platform.id, claims.context_id, claims.context_title, claims.context_label)
        if not store.class_is_open(class_id):
            raise Refused("lti-error-closed", 403)
        learner = store.learner_for(class_id, claims.subject, claims.name, locale=locale)
        if claims.ags is not None and claims.resource_link_id:
            store.link_grade(learner.learner_id, platform.id, claims.resource_link_id, entry.id, claims.ags)
        token = open_learner_session(learner.learner_id)
        # As the sign-in ticket sets it (course.web.cookies): HttpOnly, Lax. This response ends a
        # top-level navigation, so the browser keeps the cookie and sends it on the redirect.
        self.set_cookie(LEARNER_COOKIE, sign_learner(token), path="/", expires_days=LEARNER_COOKIE_DAYS,
                        httponly=True, samesite="Lax")
        self.set_header("Cache-Control", "no-store")
        self.redirect(target)


class DeepLinkHandler(_LtiPage):
    async def post(self) -> None:
        launch_id, lesson_id = self.get_body_argument("launch", ""), self.get_body_argument("lesson", "")
        try:
            answer = await IOLoop.current().run_in_executor(None, self._answer, launch_id, lesson_id)
        except Refused as refused:
            self.refuse(self.locale(), refused.message_id, refused.status)
            return
        except (LtiException, LookupError, ValueError) as exc:
            log.info("lti: deep-linking answer refused: %s", exc)
            self.refuse(self.locale(), "lti-error-launch", 400)
            return
        return_url, jwt, locale, issuer = answer
        t = shared.tr(locale)
        self.allow_platform(return_url, issuer)
        self.page(locale, "lti-sending", post_to=return_url, jwt=jwt, submit=t("lti-continue"))

    def _answer(self, launch_id: str, lesson_id: str) -> tuple[str, str, str, str]:
        if not launch_id.startswith("lti1p3-launch-"):
            raise Refused("lti-error-launch", 400)
        launch = restore(self, launch_id)
        body = dict(launch.get_launch_data())
        claims = Claims.of(body)
        if not launch.is_deep_link_launch() or not claims.instructor:
            raise Refused("lti-error-teacher", 403)
        locale = self.locale(claims.locale)
        entry = _lesson(lesson_id)
        if entry is None:
            raise Refused("lti-error-lesson", 404)
        if not launch.get_session_service().take_launch(launch_id):  # one answer per launch
            raise Refused("lti-error-launch", 400)
        title = shared.tr(locale)(entry.id)
        jwt = launch.get_deep_link().get_response_jwt([lesson_resource(self.base() + LAUNCH_URL, entry.id, title)])
        return body[DL_SETTINGS]["deep_link_return_url"], jwt, locale, str(body.get("iss"))


class JwksHandler(tornado.web.RequestHandler):
    def get(self) -> None:
        self.set_header("Content-Type", "application/json")
        # short: after a rotation, platforms see the new key within minutes (the old one stays listed)
        self.set_header("Cache-Control", "public, max-age=300")
        self.write(json.dumps(lti_keys.jwks()))


def routes() -> list:
    """The LTI routes, for ``pn.serve(extra_patterns=...)``. Serving LTI means sending its grades
    back too: the grade sender starts here (COURSE_LTI_GRADE_SECONDS, course.interop.lti_grades)."""
    try:
        lti_grades.start()
    except ValueError as exc:
        raise SystemExit(f"course serve: {exc}") from None
    return [(LOGIN_URL, LoginHandler), (LAUNCH_URL, LaunchHandler), (DEEP_LINK_URL, DeepLinkHandler),
            (JWKS_URL, JwksHandler)]
