"""Educator sign-in for the server: our own pages (no Panel CDN logo), signed cookies,
rate limiting by network and lockout by account, and the one-time setup link.

Passwords are hashed and verified in course.web.hashing's pool, never on the event loop that
serves the children's pages.

Bokeh asks the auth provider for the user before it builds any page session, so an
unsigned visitor to /educator is sent to the sign-in page and never gets a session.
Children's pages need no account: every other path gets a guest user.

The cookie carries a server-side session's token (course.store.sessions), not the educator's id:
signing out revokes it at once, wherever the cookie was copied. Signing out is a POST from the
form on the educator page; a GET to its address (a link, a prefetch, an <img> on another site)
ends nothing.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
import tornado.web
from bokeh.server.auth_provider import AuthProvider

from course.auth import ratelimit
from course.auth.secret import server_secret
from course.l10n import locales
from course.store import accounts, sessions, signin_limits
from course.store.accounts import LoginResult
from course.store.errors import SetupError
from course.web import assets, cookies, shared
from course.web.hashing import hashing

log = logging.getLogger("course.web")
EDUCATOR_COOKIE = "amaan_educator"
SESSION_DAYS = 0.5  # a school day; an educator signs in again the next morning
LOGIN_URL = "/educator/login"
LOGOUT_URL = "/educator/logout"
SETUP_URL = "/educator/setup"
GUEST = {"guest": True}
TEMPLATES = Path(__file__).resolve().parent / "templates"


def cookie_secret() -> str:
    return server_secret().hex()


def _limiter() -> ratelimit.Limiter:
    return signin_limits.SIGN_IN  # shared with the children's join codes, and across processes


@lru_cache(maxsize=1)
def _templates() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True)


# Where a sign-in may send the educator next: this server's own signed-in pages, and nothing else.
NEXT_PAGES = ("educator", "author", "ministry")


def next_path(value: str | None) -> str:
    """The page to open after signing in: ``value`` if it is one of this server's own signed-in
    pages (a path, such as ``/author?lang=en``), else ``/educator``. An absolute URL, ``//host``,
    a backslash, a scheme, or any control or space character (browsers drop tabs and newlines, so
    a tab between two slashes turns into ``//host``) sends nobody elsewhere."""
    default = "/educator"
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return default
    if any(ord(ch) <= 0x20 or ord(ch) == 0x7F for ch in value):
        return default
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or parts.path.split("/")[1] not in NEXT_PAGES:
        return default
    return value


def educator_session(value: str | bytes | None) -> tuple[str, int] | None:
    """(session token, educator id) for a cookie whose signature, age and session are good."""
    found = cookies.signed_session(EDUCATOR_COOKIE, value, "educator", SESSION_DAYS)
    return (found[0], found[1].subject_id) if found is not None else None


def educator_id_from_cookie(value: str | bytes | None) -> int | None:
    found = educator_session(value)
    return found[1] if found is not None else None


def logout_token(session_token: str) -> str:
    """The sign-out form's proof that it came from the educator's own page: a MAC of their session,
    so another site cannot sign them out (a page cannot set the _xsrf cookie Tornado would use)."""
    return hmac.new(cookie_secret().encode(), b"logout:" + session_token.encode(), hashlib.sha256).hexdigest()


def _start_session(handler: tornado.web.RequestHandler, educator_id: int) -> None:
    token = sessions.open_session("educator", educator_id, timedelta(days=SESSION_DAYS))
    handler.set_signed_cookie(EDUCATOR_COOKIE, token, expires_days=SESSION_DAYS, httponly=True, samesite="Lax")


def _locale(handler: tornado.web.RequestHandler) -> str:
    asked = handler.get_argument("lang", None)
    return (locales.normalise(asked) or locales.normalise(handler.get_cookie("amaan_lang"))
            or locales.negotiate(handler.request.headers.get("Accept-Language")))


class _Page(tornado.web.RequestHandler):
    """A small server-rendered form page in the visitor's language, styled by our own files."""

    template = "form.html"

    def render_form(self, title_id: str, fields: list[dict], submit_id: str, error: str | None = None,
                    intro_id: str | None = None, status: int = 200) -> None:
        t = shared.tr(_locale(self))
        self.set_status(status)
        self.set_header("Cache-Control", "no-store")
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.write(_templates().get_template(self.template).render(
            lang=t.tag, dir=t.dir, title=t(title_id), intro=t(intro_id) if intro_id else None,
            error=error, submit=t(submit_id), xsrf=self.xsrf_form_html(),
            fields=[{**f, "label": t(f["label"])} for f in fields],
            app_name=t("app-title"), back_home=t("error-back-home"),
            fonts_css=assets.url("fonts.css"), page_css=assets.url("page.css"),
            form_css=assets.url("form.css"), icon=assets.url("mascot.svg")))

    def network_key(self) -> str:
        return f"educator-login:{self.request.remote_ip}"


LOGIN_FIELDS = [
    {"name": "username", "label": "educator-username", "type": "text", "autocomplete": "username"},
    {"name": "password", "label": "educator-password", "type": "password", "autocomplete": "current-password"},
]


class LoginHandler(_Page):
    def get(self) -> None:
        self.render_form("educator-login-title", LOGIN_FIELDS, "educator-sign-in")

    async def post(self) -> None:
        self.check_xsrf_cookie()
        t = shared.tr(_locale(self))
        limiter, key = _limiter(), self.network_key()
        if not limiter.allowed(key):
            self.render_form("educator-login-title", LOGIN_FIELDS, "educator-sign-in",
                             t("educator-too-many"), status=429)
            return
        login = await hashing(accounts.verify_educator_login, self.get_body_argument("username", ""),
                              self.get_body_argument("password", ""))
        if login.result is LoginResult.OK:
            # The network's count of failures stays: a success (say, with the guesser's own
            # account) must not buy another ratelimit.LIMIT guesses at everyone else's.
            _start_session(self, login.educator.id)
            self.redirect(next_path(self.get_query_argument("next", None)))
            return
        limiter.failed(key)
        # Unknown username, wrong password or locked account: one answer, so that the page never
        # tells which usernames exist (the store makes them cost the same time too).
        self.render_form("educator-login-title", LOGIN_FIELDS, "educator-sign-in", t("educator-wrong"), status=401)


class LogoutHandler(tornado.web.RequestHandler):
    def get(self) -> None:
        self.redirect("/educator")  # signed in or not, a GET signs nobody out

    def post(self) -> None:
        found = educator_session(self.get_cookie(EDUCATOR_COOKIE))
        if found is not None:
            token, _educator_id = found
            if not hmac.compare_digest(self.get_body_argument("token", ""), logout_token(token)):
                raise tornado.web.HTTPError(403)
            sessions.revoke(token)
        self.clear_cookie(EDUCATOR_COOKIE)
        self.redirect(LOGIN_URL)


SETUP_FIELDS = [
    {"name": "display_name", "label": "setup-display-name", "type": "text", "autocomplete": "name"},
    {"name": "username", "label": "educator-username", "type": "text", "autocomplete": "username"},
    {"name": "password", "label": "educator-password", "type": "password", "autocomplete": "new-password"},
    {"name": "password2", "label": "setup-password-again", "type": "password", "autocomplete": "new-password"},
]
MIN_PASSWORD = 10


class SetupHandler(_Page):
    """Only the link printed at start-up (its token) can create the first educator."""

    def get(self) -> None:
        if not accounts.needs_setup():
            self.redirect(LOGIN_URL)
            return
        self.render_form("setup-title", SETUP_FIELDS, "setup-create", intro_id="setup-intro")

    async def post(self) -> None:
        self.check_xsrf_cookie()
        t = shared.tr(_locale(self))
        limiter, key = _limiter(), f"setup:{self.request.remote_ip}"
        if not limiter.allowed(key):
            self.render_form("setup-title", SETUP_FIELDS, "setup-create", t("educator-too-many"), status=429)
            return
        token = self.get_query_argument("token", "")
        if not accounts.setup_link_works(token):  # checked first: a wrong or used link costs no hashing
            self._refuse_link(t, limiter, key)
            return
        password = self.get_body_argument("password", "")
        error = None
        if password != self.get_body_argument("password2", ""):
            error = t("setup-mismatch")
        elif len(password) < MIN_PASSWORD:
            error = t("setup-weak", count=MIN_PASSWORD)
        if error:
            self.render_form("setup-title", SETUP_FIELDS, "setup-create", error, "setup-intro", status=400)
            return
        try:
            educator_id = await hashing(accounts.create_first_admin, token, self.get_body_argument("username", ""),
                                        password, self.get_body_argument("display_name", ""))
        except SetupError:  # another visitor with the link was quicker
            self._refuse_link(t, limiter, key)
            return
        except ValueError as exc:  # a malformed username or display name: say so, create nothing
            log.info("setup refused: %s", exc)
            self.render_form("setup-title", SETUP_FIELDS, "setup-create", t("edu-educator-invalid"), "setup-intro",
                             status=400)
            return
        _start_session(self, educator_id)
        self.redirect("/educator")

    def _refuse_link(self, t, limiter: ratelimit.Limiter, key: str) -> None:
        limiter.failed(key)
        self.render_form("setup-title", SETUP_FIELDS, "setup-create", t("setup-invalid"), status=403)


class Auth(AuthProvider):
    """Children are guests everywhere; /educator and /author need an educator's signed cookie."""

    @property
    def get_user(self):
        def user(handler: tornado.web.RequestHandler):
            path = handler.request.path
            if path.split("/")[1:2] in (["educator"], ["author"]):
                educator_id = educator_id_from_cookie(handler.get_cookie(EDUCATOR_COOKIE))
                return {"educator_id": educator_id} if educator_id else None
            return GUEST

        return user

    @property
    def login_url(self) -> str:
        return LOGIN_URL

    @property
    def login_handler(self):
        return LoginHandler

    @property
    def logout_url(self) -> str:
        return LOGOUT_URL

    @property
    def logout_handler(self):
        return LogoutHandler


def announce_setup(base_url: str) -> None:
    """Like Jupyter: with no educator yet, print a one-time link that can create the first one."""
    if not accounts.needs_setup():
        return
    token = accounts.first_run_setup_token()
    if token:
        print(f"No educator account yet. Create the first one (this link works once):\n"
              f"    {base_url}{SETUP_URL}?token={token}", flush=True)
