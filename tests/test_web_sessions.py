"""Sign-ins that end when they should, and sign-in cookies that no page script can read.

A real `course serve` spoken to with plain HTTP (signing out, what a page's session token holds,
the ticket route), and the ticket handler and housekeeping in this process on the test database.
"""
from __future__ import annotations

import http.client
import json
import os
import re
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import pytest
import tornado.web
from bokeh.util.token import get_token_payload

from course.auth.secret import server_secret
from course.store import accounts, classes, db, progress, sessions
from course.web import auth, cookies, housekeeping
from course.web.signin_state import LEARNER_COOKIE, learner_session, learner_ticket, open_learner_session
from tests.conftest import ROOT, run_async
from tests.serving import launch, launch_with_educator
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)
from tests.test_educator_signin import Form, connect

PASSWORD = "a long enough password"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`course serve` with one educator, "huda", made before it starts."""
    with launch_with_educator(tmp_path_factory.mktemp("data"), "huda", PASSWORD, "Huda") as url:
        yield url


def request(base: str, method: str, path: str, source: str, cookie: str = "",
            form: dict | None = None) -> tuple[int, http.client.HTTPMessage, str]:
    conn = connect(base, source)
    headers = {"Cookie": cookie} if cookie else {}
    if form is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        conn.request(method, path, urlencode(form) if form is not None else None, headers)
        response = conn.getresponse()
        return response.status, response.headers, response.read().decode("utf-8")
    finally:
        conn.close()


def educator_cookie(base: str, source: str) -> str:
    """Sign huda in from ``source``: the Cookie header value her browser then sends."""
    form = Form(base, source)
    conn = connect(base, source)
    try:
        form.send(conn, "huda", PASSWORD)
        response = conn.getresponse()
        response.read()
        assert response.status == 302
        jar = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie"):
            jar.load(header)
        return f"{auth.EDUCATOR_COOKIE}={jar[auth.EDUCATOR_COOKIE].value}"
    finally:
        conn.close()


def sign_out_form(cookie: str) -> dict:
    """What the sign-out form on huda's educator page posts: its token is a MAC of her session."""
    value = cookie.split("=", 1)[1]
    token = tornado.web.decode_signed_value(server_secret().hex(), auth.EDUCATOR_COOKIE, value).decode()
    return {"token": auth.logout_token(token)}


def opens_educator_page(base: str, source: str, cookie: str) -> bool:
    status, headers, _ = request(base, "GET", "/educator", source, cookie)
    assert status == 200 or (status == 302 and auth.LOGIN_URL in headers["Location"]), status
    return status == 200


def test_a_get_to_the_sign_out_address_signs_nobody_out(server):
    """A link, a prefetch or another site's <img> must not end an educator's session."""
    cookie = educator_cookie(server, "127.0.0.31")
    status, headers, _ = request(server, "GET", auth.LOGOUT_URL, "127.0.0.31", cookie)
    assert status == 302 and headers["Location"] == "/educator"
    assert not any(auth.EDUCATOR_COOKIE in c for c in headers.get_all("Set-Cookie") or [])
    assert opens_educator_page(server, "127.0.0.31", cookie)


def test_signing_out_ends_the_session_so_a_copy_of_the_cookie_opens_nothing(server):
    """Before, the cookie went on opening /educator for up to 12 hours after signing out."""
    cookie = educator_cookie(server, "127.0.0.32")
    assert opens_educator_page(server, "127.0.0.32", cookie)
    status, _, _ = request(server, "POST", auth.LOGOUT_URL, "127.0.0.32", cookie, {"token": "forged"})
    assert status == 403 and opens_educator_page(server, "127.0.0.32", cookie)  # another site's form
    status, headers, _ = request(server, "POST", auth.LOGOUT_URL, "127.0.0.32", cookie, sign_out_form(cookie))
    assert status == 302 and auth.LOGIN_URL in headers["Location"]
    assert not opens_educator_page(server, "127.0.0.32", cookie)


def token_payload(html: str) -> dict:
    found = re.search(r'"token"\s*:\s*"([^"]+)"', html) or re.search(r"token['\"]?\s*[:=]\s*['\"]([\w.\-]+)", html)
    assert found, "no session token in the page"
    return get_token_payload(found.group(1))


@pytest.mark.parametrize("with_preferences", [True, False])
def test_the_educator_cookie_never_reaches_a_page_script(server, with_preferences):
    """Bokeh copies the request's cookies (or, with none it may copy, its Cookie header) into the
    session token embedded in the page: the HttpOnly cookie would be readable by any script there."""
    cookie = educator_cookie(server, "127.0.0.33")
    value = cookie.split("=", 1)[1]
    sent = f"amaan_lang=en; {cookie}" if with_preferences else cookie
    status, _, html = request(server, "GET", "/educator", "127.0.0.33", sent)
    assert status == 200
    payload = token_payload(html)
    assert auth.EDUCATOR_COOKIE not in payload["cookies"]
    assert value not in html and value not in json.dumps(payload)
    assert payload["cookies"] == ({"amaan_lang": "en"} if with_preferences else {})
    assert "Cookie" not in payload["headers"] or value not in payload["headers"]["Cookie"]


def test_a_childs_sign_in_cookies_never_reach_a_page_script(server):
    secret = {LEARNER_COOKIE: "2|1:0|10:1700000000|13:amaan_learner|8:c2VjcmV0|abc", "amaan_guest": "guest-token-xyz"}
    sent = "; ".join(f"{k}={v}" for k, v in {"amaan_band": "9-12", **secret}.items())
    status, _, html = request(server, "GET", "/", "127.0.0.34", sent)
    assert status == 200
    payload = token_payload(html)
    assert payload["cookies"] == {"amaan_band": "9-12"}
    assert not any(v in html or v in json.dumps(payload) for v in secret.values())


def test_the_ticket_route_refuses_a_made_up_ticket(server):
    assert request(server, "POST", cookies.TICKET_URL, "127.0.0.35", form={"ticket": "made-up"})[0] == 403
    assert request(server, "POST", cookies.TICKET_URL, "127.0.0.35", form={})[0] == 403
    assert request(server, "GET", cookies.TICKET_URL, "127.0.0.35")[0] == 405


# ---- the ticket handler in this process, on the test database ----------------------------------

def post_ticket(ticket: str) -> tuple[int, list[str]]:
    """POST ticket=… to the ticket handler served in this process: (status, Set-Cookie headers)."""
    from tornado.httpserver import HTTPServer
    from tornado.simple_httpclient import SimpleAsyncHTTPClient
    from tornado.testing import bind_unused_port

    async def send() -> tuple[int, list[str]]:
        sock, port = bind_unused_port()
        app = HTTPServer(tornado.web.Application(cookies.routes()))
        app.add_sockets([sock])
        client = SimpleAsyncHTTPClient(force_instance=True)
        try:
            response = await client.fetch(f"http://127.0.0.1:{port}{cookies.TICKET_URL}", method="POST",
                                          body=urlencode({"ticket": ticket}), raise_error=False)
            return response.code, response.headers.get_list("Set-Cookie")
        finally:
            client.close()
            app.stop()

    return run_async(send())


def a_learner() -> tuple[int, int, int]:
    teacher = accounts.create_educator("teacher", PASSWORD, "Teacher")
    klass = classes.create_class(teacher, "4A")
    return teacher, klass.id, classes.add_learner(klass.id, "Layla", None, as_educator=teacher)


def test_a_ticket_sets_the_learner_cookie_httponly_once(store):
    _teacher, _klass, layla = a_learner()
    session = open_learner_session(layla)
    ticket = learner_ticket(session)
    status, set_cookies = post_ticket(ticket)
    assert status == 204 and len(set_cookies) == 1
    morsel = SimpleCookie(set_cookies[0])[LEARNER_COOKIE]
    assert morsel["httponly"] and morsel["samesite"] == "Lax" and morsel["path"] == "/"
    assert learner_session(morsel.value) == (session, layla)
    assert post_ticket(ticket) == (403, [])  # used
    assert post_ticket(ticket[:-1] + ("A" if ticket[-1] != "A" else "B")) == (403, [])  # forged


def test_a_ticket_is_refused_once_stale_or_once_its_session_ended(store, monkeypatch):
    teacher, _klass, layla = a_learner()
    session = open_learner_session(layla)
    ended = learner_ticket(session)
    stale = learner_ticket(session)
    classes.set_picture_password(layla, None, as_educator=teacher)  # the teacher takes the sign-in back
    assert post_ticket(ended) == (403, [])
    fresh = learner_ticket(open_learner_session(layla))
    now = cookies.time.monotonic()
    monkeypatch.setattr(cookies.time, "monotonic", lambda: now + cookies.TICKET_SECONDS + 1)
    assert post_ticket(stale) == (403, []) and post_ticket(fresh) == (403, [])


def test_a_sign_out_ticket_clears_the_sign_in_cookies(store):
    status, set_cookies = post_ticket(cookies.issue(drop=(LEARNER_COOKIE, cookies.GUEST_COOKIE)))
    assert status == 204
    cleared = {name: morsel for header in set_cookies for name, morsel in SimpleCookie(header).items()}
    assert set(cleared) == {LEARNER_COOKIE, cookies.GUEST_COOKIE}
    past = datetime.now(UTC)
    assert all(m.value == "" and parsedate_to_datetime(m["expires"]) < past and m["path"] == "/"
               for m in cleared.values())


# ---- housekeeping ----------------------------------------------------------------------------------

def test_housekeeping_erases_guests_away_for_the_retention_period_and_ended_sessions(store, monkeypatch):
    """Before, nothing ever called prune_guests: every guest of every shared tablet stayed forever."""
    _teacher, _klass, layla = a_learner()
    gone, _ = progress.create_guest()
    back, token = progress.create_guest()
    sessions.revoke(open_learner_session(layla))
    valid = open_learner_session(layla)
    now = db.utcnow()
    monkeypatch.setattr(db, "utcnow", lambda: now + progress.GUEST_RETENTION - timedelta(minutes=1))
    assert progress.learner_for_guest_token(token).id == back  # seen again the day before
    monkeypatch.setattr(db, "utcnow", lambda: now + progress.GUEST_RETENTION + timedelta(minutes=1))
    assert housekeeping.tidy() == (1, 1)
    assert progress.learner_info(gone) is None and progress.learner_info(back) is not None
    assert sessions.lookup(valid) is not None


def test_course_serve_tidies_by_itself(tmp_path):
    """`course serve` starts the hourly housekeeping: a guest away for longer than the retention
    period is erased once the server runs, without anyone asking."""
    env = {**os.environ, "COURSE_DATA_DIR": str(tmp_path)}
    env.pop("COURSE_DATABASE_URL", None)
    subprocess.run([sys.executable, "-c", "from datetime import timedelta\n"
                    "from course.store import db, progress\n"
                    "from course.store.models import Learner\n"
                    "db.ensure_schema()\n"
                    "guest, _ = progress.create_guest()\n"
                    "with db.write() as s:\n"
                    "    s.get(Learner, guest).last_active_at = db.utcnow() - timedelta(days=31)\n"],
                   cwd=ROOT, env=env, check=True, timeout=120)
    with launch(tmp_path) as url:
        deadline = time.monotonic() + 30
        while "housekeeping: erased 1 guest" not in url.console() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "housekeeping: erased 1 guest(s) away for 30 days" in url.console()
