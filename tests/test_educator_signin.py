"""Educator sign-in: hashing never stalls the children's pages, and a refusal tells nothing.

Two kinds of test: a real `course serve` attacked with plain HTTP (ordering, never timing), and
the store and the Tornado handlers in this process, with argon2 swapped for a cheap hasher that
counts its calls (the count is what must be equal, not the time).
"""
from __future__ import annotations

import http.client
import re
import threading
from collections import Counter
from urllib.parse import urlencode, urlsplit

import pytest
import tornado.web
from argon2 import PasswordHasher

from course.auth import passwords
from course.auth.ratelimit import MemoryLimiter
from course.store import accounts
from course.store.accounts import MAX_FAILURES, LoginResult, verify_educator_login
from course.store.errors import NotAllowed, SetupError
from course.web import assets, auth
from course.web.educator_state import EducatorState
from tests.conftest import run_async
from tests.serving import launch_with_educator
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)

PASSWORD = "a long enough password"
XSRF_FIELD = re.compile(r'<input type="hidden" name="_xsrf" value="[^"]*"/?>')


# ---- a real server, plain HTTP ------------------------------------------------------------------

@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`course serve` with one educator, "huda", made before it starts."""
    with launch_with_educator(tmp_path_factory.mktemp("data"), "huda", PASSWORD, "Huda") as url:
        yield url


def connect(base: str, source: str) -> http.client.HTTPConnection:
    """Each test comes from its own loopback address: the per-network limit counts each apart."""
    parts = urlsplit(base)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=60, source_address=(source, 0))


def get(base: str, path: str, source: str) -> tuple[int, str, str]:
    """(status, body, the _xsrf cookie it set)."""
    conn = connect(base, source)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        cookie = next((c.split(";")[0] for c in response.headers.get_all("Set-Cookie") or []
                       if c.startswith("_xsrf=")), "")
        return response.status, response.read().decode("utf-8"), cookie
    finally:
        conn.close()


class Form:
    """The sign-in form as a browser holds it: its XSRF cookie and token."""

    def __init__(self, base: str, source: str):
        self.base, self.source = base, source
        _status, body, self.cookie = get(base, auth.LOGIN_URL, source)
        self.token = re.search(r'name="_xsrf" value="([^"]+)"', body).group(1)

    def send(self, conn: http.client.HTTPConnection, username: str, password: str) -> None:
        body = urlencode({"_xsrf": self.token, "username": username, "password": password})
        conn.request("POST", auth.LOGIN_URL, body, {"Cookie": self.cookie,
                                                    "Content-Type": "application/x-www-form-urlencoded"})

    def sign_in(self, username: str, password: str) -> tuple[int, str]:
        conn = connect(self.base, self.source)
        try:
            self.send(conn, username, password)
            response = conn.getresponse()
            return response.status, response.read().decode("utf-8")
        finally:
            conn.close()


def test_a_page_is_answered_while_educators_sign_in(server):
    """Eight wrong sign-ins at once, then a GET of a stylesheet: it comes back while sign-ins are
    still being checked. With argon2 on the event loop, it came back after the last of them."""
    form = Form(server, "127.0.0.11")
    count = 8
    sent, finished = threading.Semaphore(0), []

    def attempt(number: int) -> None:
        conn = connect(server, form.source)
        try:
            form.send(conn, f"nobody-{number}", "not the password")
            sent.release()
            response = conn.getresponse()
            response.read()
            finished.append(response.status)
        finally:
            conn.close()

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for _ in threads:
        assert sent.acquire(timeout=60)
    status, _body, _cookie = get(server, assets.url("page.css"), "127.0.0.12")
    still_pending = count - len(finished)
    for thread in threads:
        thread.join(120)
    assert status == 200
    assert finished == [401] * count
    assert still_pending > 0, "the page waited until every sign-in had been checked"


def test_every_refused_sign_in_gets_the_same_page(server):
    """An unknown or malformed username, a wrong password, a locked account (even with its right
    password): one status and one page, so none of them tells which usernames exist."""
    form = Form(server, "127.0.0.13")
    answers = {"unknown": form.sign_in("nobody", PASSWORD), "malformed": form.sign_in("?", PASSWORD)}
    wrong = [form.sign_in("huda", "not the password") for _ in range(MAX_FAILURES)]
    answers["wrong"], answers["wrong, and that locks it"] = wrong[0], wrong[-1]
    answers["locked"] = form.sign_in("huda", PASSWORD)
    pages = {kind: (status, XSRF_FIELD.sub("", body)) for kind, (status, body) in answers.items()}
    assert set(pages.values()) == {pages["unknown"]}, "some refusals differ"
    assert pages["unknown"][0] == 401 and 'class="form-error"' in pages["unknown"][1]


# ---- the store and the handlers in this process, with a hasher that counts --------------------

class CountingHasher(PasswordHasher):
    """argon2id at its cheapest: the tests count the calls, so they need not wait for them."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=8, parallelism=1)
        self.calls: Counter[str] = Counter()

    def hash(self, password, *, salt=None):
        self.calls["hash"] += 1
        return super().hash(password, salt=salt)

    def verify(self, hash, password):
        self.calls["verify"] += 1
        return super().verify(hash, password)


@pytest.fixture
def argon2(monkeypatch, store):  # noqa: F811  (the store fixture, reused)
    hasher = CountingHasher()
    monkeypatch.setattr(passwords, "_hasher", hasher)
    passwords._dummy_hash.cache_clear()
    passwords._dummy_hash()  # made once per process in real life: not part of any sign-in's cost
    hasher.calls.clear()
    yield hasher
    passwords._dummy_hash.cache_clear()


def test_every_refusal_costs_one_argon2_verification(argon2):
    """A locked account answered at once (11 ms against 400 ms): only real usernames did that."""
    accounts.create_educator("omar", PASSWORD, "Omar")
    accounts.create_educator("locked", PASSWORD, "Locked")
    for _ in range(MAX_FAILURES):
        verify_educator_login("locked", "not the password")
    refusals = {"malformed": ("?", PASSWORD), "unknown": ("nobody", PASSWORD), "wrong": ("omar", "not the password"),
                "locked, right password": ("locked", PASSWORD), "locked, wrong": ("locked", "not the password")}
    work = {}
    for kind, (username, password) in refusals.items():
        argon2.calls.clear()
        assert verify_educator_login(username, password).result is not LoginResult.OK
        work[kind] = dict(argon2.calls)
    assert work == {kind: {"verify": 1} for kind in refusals}


def test_a_wrong_or_used_setup_link_hashes_nothing(argon2):
    token = accounts.first_run_setup_token()
    for wrong in ("made-up", ""):
        with pytest.raises(SetupError):
            accounts.create_first_admin(wrong, "head", PASSWORD, "Head")
    assert argon2.calls == Counter()
    accounts.create_first_admin(token, "head", PASSWORD, "Head")
    argon2.calls.clear()
    with pytest.raises(SetupError):
        accounts.create_first_admin(token, "second", PASSWORD, "Second")
    assert argon2.calls == Counter()


XSRF = "tests-xsrf-token"


def post(handler: type[tornado.web.RequestHandler], path: str, form: dict, query: str = "") -> tuple[int, str]:
    """One POST to ``handler`` served in this process (so a test sees what it calls); (status, body)."""
    from tornado.httpserver import HTTPServer
    from tornado.simple_httpclient import SimpleAsyncHTTPClient
    from tornado.testing import bind_unused_port

    async def send() -> tuple[int, str]:
        sock, port = bind_unused_port()
        server = HTTPServer(tornado.web.Application([(path, handler)], cookie_secret="tests"))
        server.add_sockets([sock])
        client = SimpleAsyncHTTPClient(force_instance=True)
        try:
            response = await client.fetch(
                f"http://127.0.0.1:{port}{path}{query}", method="POST", body=urlencode({**form, "_xsrf": XSRF}),
                headers={"Cookie": f"_xsrf={XSRF}"}, follow_redirects=False, raise_error=False)
            return response.code, response.body.decode("utf-8")
        finally:
            client.close()
            server.stop()

    return run_async(send())


def test_the_setup_page_refuses_a_wrong_link_before_hashing(argon2):
    accounts.first_run_setup_token()
    form = {"display_name": "Head", "username": "head", "password": PASSWORD, "password2": PASSWORD}
    status, body = post(auth.SetupHandler, auth.SETUP_URL, form, "?token=made-up&lang=en")
    assert status == 403 and "no longer valid" in body
    assert argon2.calls == Counter()
    assert accounts.needs_setup()


def test_a_good_sign_in_does_not_reset_the_networks_count(argon2, monkeypatch):
    """Otherwise a guesser with an account of their own could sign in now and then and never stop."""
    limiter = MemoryLimiter(limit=2)
    monkeypatch.setattr(auth, "_limiter", lambda: limiter)
    accounts.create_educator("omar", PASSWORD, "Omar")

    def sign_in(password: str) -> int:
        return post(auth.LoginHandler, auth.LOGIN_URL, {"username": "omar", "password": password})[0]

    assert [sign_in("wrong password"), sign_in(PASSWORD), sign_in("wrong password")] == [401, 302, 401]
    assert sign_in(PASSWORD) == 429


# ---- unlocking: an admin only, checked by the store --------------------------------------------

def locked_colleague() -> tuple[int, int, int]:
    """(admin, teacher, locked teacher)."""
    admin = accounts.create_educator("head", PASSWORD, "Head", role="admin")
    teacher = accounts.add_educator(admin, "teacher", PASSWORD, "Teacher")
    locked = accounts.add_educator(admin, "omar", PASSWORD, "Omar")
    for _ in range(MAX_FAILURES):
        verify_educator_login("omar", "not the password")
    return admin, teacher, locked


def test_only_an_admin_unlocks_an_educator(argon2):
    admin, teacher, locked = locked_colleague()
    assert accounts.locked_educators(as_educator=admin) == {locked}
    with pytest.raises(NotAllowed):
        accounts.unlock_educator(teacher, locked)
    assert verify_educator_login("omar", PASSWORD).result is LoginResult.LOCKED
    accounts.unlock_educator(admin, locked)
    assert accounts.locked_educators(as_educator=admin) == set()
    assert verify_educator_login("omar", PASSWORD).result is LoginResult.OK


def test_the_team_view_unlocks_a_locked_colleague(argon2):
    from course.web.views.educator_team import TeamView

    admin, _teacher, locked = locked_colleague()
    view = TeamView(state=EducatorState(educator_id=admin, locale="en"))
    buttons = [w for row in view._list for w in row if f"amaan-unlock-educator-{locked}" in w.css_classes]
    assert len(buttons) == 1 and sum(len(row) for row in view._list) == 4  # 3 names, 1 button
    buttons[0]._process_event(None)
    assert accounts.locked_educators(as_educator=admin) == set()
    assert view.state.notice == ("edu-educator-unlocked", {"name": "Omar"}, "good")
    assert sum(len(row) for row in view._list) == 3  # the button has gone


def test_a_teachers_unlock_is_refused_with_a_message(argon2):
    """The team tab is shown to admins only, but a forged click must fail in the store all the same."""
    _admin, teacher, locked = locked_colleague()
    state = EducatorState(educator_id=teacher, locale="en")
    state.unlock_educator(locked, "Omar")
    assert state.notice == ("edu-admin-only", {}, "try")
    assert accounts.locked_educators(as_educator=teacher) == {locked}


def test_an_admin_adds_a_colleague_with_the_hashing_off_the_loop(argon2):
    admin = accounts.create_educator("head", PASSWORD, "Head", role="admin")
    state = EducatorState(educator_id=admin, locale="en")
    run_async(state.add_educator("layla", "Layla", PASSWORD))
    assert state.notice == ("edu-educator-added", {"name": "Layla"}, "good")
    assert verify_educator_login("layla", PASSWORD).result is LoginResult.OK
