"""/ministry and /ministry/export.csv over HTTP (an in-process Tornado server on 127.0.0.1): a
ministry admin gets the tables and the CSV, anyone else a 404 (or the sign-in page), and no child's
name is in either."""
from __future__ import annotations

import socket
from datetime import timedelta

import pytest
import tornado.httpclient
import tornado.httpserver
import tornado.web

from course.auth.secret import server_secret
from course.store import accounts, classes, schools, sessions
from course.web import auth, ministry_page
from tests.conftest import run_async
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)

PASSWORD = "correct horse battery"


def cookie_of(educator_id: int) -> str:
    token = sessions.open_session("educator", educator_id, timedelta(hours=1))
    value = tornado.web.create_signed_value(server_secret().hex(), auth.EDUCATOR_COOKIE, token).decode()
    return f"{auth.EDUCATOR_COOKIE}={value}"


def fetch(paths: list[tuple[str, str]]) -> list[tuple[int, dict, str]]:
    """GET each (path, cookie) from a server listening on loopback only while this runs."""
    async def run() -> list[tuple[int, dict, str]]:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        sock.setblocking(False)
        port = sock.getsockname()[1]
        server = tornado.httpserver.HTTPServer(tornado.web.Application(ministry_page.routes()))
        server.add_sockets([sock])
        client = tornado.httpclient.AsyncHTTPClient()
        try:
            out = []
            for path, cookie in paths:
                response = await client.fetch(f"http://127.0.0.1:{port}{path}", headers={"Cookie": cookie},
                                              follow_redirects=False, raise_error=False)
                out.append((response.code, dict(response.headers), response.body.decode("utf-8-sig")))
            return out
        finally:
            server.stop()
            client.close()
    return run_async(run())


@pytest.fixture
def deployment(store):
    school = schools.create_school("Al-Amal", country="JO", region="Amman", as_ministry=None)
    head = accounts.create_educator("head", PASSWORD, "Head", role="admin", school_id=school.id)
    klass = classes.create_class(head, "5A")
    for i in range(6):
        classes.add_learner(klass.id, f"Secretname {i}", None, age_band="9-12")
    ministry = accounts.create_ministry_account("ministry", PASSWORD, "Ministry", as_ministry=None)
    return head, ministry


def test_a_ministry_admin_gets_the_tables_and_the_csv(deployment):
    _head, ministry = deployment
    cookie = cookie_of(ministry)
    (code, _h, page), (csv_code, headers, data), (school_code, _h2, by_school), (bad, _h3, _b) = fetch([
        ("/ministry?lang=en", cookie), ("/ministry/export.csv?lang=fr&by=school", cookie),
        ("/ministry?by=school&lang=ar", cookie), ("/ministry?by=class", cookie)])
    assert code == 200 and "amaan-ministry-places" in page and "Amman" in page and "Secretname" not in page
    assert "<td>1</td><td>6</td><td>6</td>" in page  # one school, 6 learners, 6 active
    assert "Figures up to " in page and "(UTC)" in page  # the first view computed them, and says when
    assert "الأرقام حتى" in by_school
    assert school_code == 200 and "Al-Amal" in by_school and 'dir="rtl"' in by_school
    assert csv_code == 200 and headers["Content-Type"].startswith("text/csv") and "attachment" in headers[
        "Content-Disposition"]
    assert data.splitlines()[0] == "Mois,Région,Lieu,Tranche d'âge,Leçon,Élèves,Leçons terminées,Leçons maîtrisées"
    assert "Secretname" not in data
    assert bad == 400


def test_anyone_else_gets_nothing(deployment):
    head, _ministry = deployment
    (code, _h, _p), (csv_code, _h2, _d), (anon, headers, _a) = fetch([
        ("/ministry", cookie_of(head)), ("/ministry/export.csv", cookie_of(head)), ("/ministry", "")])
    assert (code, csv_code) == (404, 404)
    assert anon == 302 and headers["Location"] == auth.LOGIN_URL
