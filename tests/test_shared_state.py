"""Issue 19, item 2: what several server processes share lives in the database, and nowhere else.

One sign-in limiter for every path, kept in the database on PostgreSQL (another process sees the
failures); no start on PostgreSQL without the shared secret; pool sizes and PgBouncer's statement
option from settings; every setup link printed works on every process; /healthz and the content
version; the route cookie.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from http.cookies import SimpleCookie
from types import SimpleNamespace

import pytest
from tornado.httputil import HTTPHeaders

from course.auth.secret import MissingSecret, require_shared_key
from course.store import accounts, db, setup_links, signin_limits
from course.store.errors import SetupError
from course.web import auth, routing, signin_state
from course.web.signin_state import SignInState
from tests.conftest import ROOT, run_async
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures)

# ---- the secret ------------------------------------------------------------------------------


def test_postgresql_without_the_shared_secret_is_refused_sqlite_is_not(monkeypatch):
    monkeypatch.delenv("COURSE_SECRET_KEY", raising=False)
    with pytest.raises(MissingSecret, match="COURSE_SECRET_KEY"):
        require_shared_key("postgresql+psycopg://amaan@db/amaan")
    require_shared_key("sqlite:///somewhere/amaan.sqlite3")
    monkeypatch.setenv("COURSE_SECRET_KEY", "shared")
    require_shared_key("postgresql+psycopg://amaan@db/amaan")


def test_course_serve_on_postgresql_without_the_secret_stops_at_once_and_says_why(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "COURSE_SECRET_KEY"}
    # port 9 on loopback: nothing listens there, and the server must not even try it
    env.update(COURSE_DATABASE_URL="postgresql+psycopg://amaan:x@127.0.0.1:9/amaan", COURSE_DATA_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "course", "serve", "--port", "9"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "COURSE_SECRET_KEY is not set" in done.stderr
    assert "x@127.0.0.1" not in done.stderr + done.stdout  # the URL's password is never echoed
    assert not (tmp_path / "secret.key").exists()  # no per-host key was made instead


# ---- the pool --------------------------------------------------------------------------------


def test_pool_sizes_and_pgbouncer_s_statement_option_come_from_settings(monkeypatch):
    for name in (db.POOL_SIZE_ENV, db.MAX_OVERFLOW_ENV, db.TRANSACTION_POOLER_ENV):
        monkeypatch.delenv(name, raising=False)
    assert db.pool_settings() == {"pool_size": 10, "max_overflow": 20}
    monkeypatch.setenv(db.POOL_SIZE_ENV, "4")
    monkeypatch.setenv(db.MAX_OVERFLOW_ENV, "0")
    monkeypatch.setenv(db.TRANSACTION_POOLER_ENV, "true")
    assert db.pool_settings() == {"pool_size": 4, "max_overflow": 0, "connect_args": {"prepare_threshold": None}}
    for name, value in ((db.POOL_SIZE_ENV, "ten"), (db.POOL_SIZE_ENV, "0"), (db.MAX_OVERFLOW_ENV, "-1"),
                        (db.TRANSACTION_POOLER_ENV, "maybe")):
        with monkeypatch.context() as m:
            m.setenv(name, value)
            with pytest.raises(db.SettingError, match=name):
                db.pool_settings()


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # SQLite has no pool settings
def test_a_postgresql_engine_is_made_with_those_settings(db_url, monkeypatch):  # noqa: F811
    monkeypatch.setenv(db.POOL_SIZE_ENV, "3")
    monkeypatch.setenv(db.MAX_OVERFLOW_ENV, "2")
    monkeypatch.setenv(db.TRANSACTION_POOLER_ENV, "1")
    engine = db.get_engine(db_url)
    try:
        assert engine.pool.size() == 3 and engine.pool._max_overflow == 2
        with engine.connect() as conn:
            assert conn.connection.dbapi_connection.prepare_threshold is None
    finally:
        db.dispose(db_url)


# ---- one limiter -------------------------------------------------------------------------------


def test_every_sign_in_path_uses_the_one_limiter():
    assert signin_state._limiter is signin_limits.SIGN_IN
    assert auth._limiter() is signin_limits.SIGN_IN


def test_join_code_guesses_and_educator_sign_ins_count_in_the_same_store(store):
    if store.startswith("sqlite"):
        assert isinstance(signin_limits.SIGN_IN.store(), type(signin_limits.limiter_for(store)))
    for _ in range(signin_limits.LIMIT):
        SignInState(client="10.1.1.1").enter_code("NOPE42")
    state = SignInState(client="10.1.1.1")
    state.enter_code("NOPE42")
    assert state.error == ("signin-too-many", {})
    # another client is not held back
    other = SignInState(client="10.1.1.2")
    other.enter_code("NOPE42")
    assert other.error == ("signin-wrong-code", {})


PROCESS = """
import os, sys
from course.store import db
from course.web.signin_state import SignInState
db.configure(sys.argv[1])
for _ in range(int(sys.argv[2])):
    SignInState(client="10.9.9.9").enter_code("NOPE42")
state = SignInState(client="10.9.9.9")
state.enter_code("NOPE42")
print(state.error[0])
"""


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # one SQLite process counts in memory
def test_on_postgresql_another_process_sees_the_failures_so_n_processes_do_not_allow_n_times_more(db_url):  # noqa: F811
    db.configure(db_url)
    db.ensure_schema()
    try:
        half = signin_limits.LIMIT // 2
        env = {**os.environ, "COURSE_SECRET_KEY": os.environ["COURSE_SECRET_KEY"]}

        def other_process(guesses: int) -> str:
            done = subprocess.run([sys.executable, "-c", PROCESS, db_url, str(guesses)], cwd=ROOT, env=env,
                                  capture_output=True, text=True, timeout=120, check=True)
            return done.stdout.strip()

        assert other_process(half) == "signin-wrong-code"  # process A: half the budget, and one more try
        assert other_process(signin_limits.LIMIT - (half + 1)) == "signin-too-many"  # process B: the rest
        state = SignInState(client="10.9.9.9")  # and this process, a third
        state.enter_code("NOPE42")
        assert state.error == ("signin-too-many", {})
    finally:
        db.dispose()
        db.configure(None)


# ---- setup links ---------------------------------------------------------------------------------


def test_every_process_s_setup_link_works_until_the_first_educator_exists(store):
    first, second = accounts.first_run_setup_token(), accounts.first_run_setup_token()  # two processes start
    assert first and second and first != second
    assert accounts.setup_link_works(first) and accounts.setup_link_works(second)
    assert not accounts.setup_link_works("made-up") and not accounts.setup_link_works("")
    with db.read() as s:
        values = [row.value for row in s.query(setup_links.ServerState).all()]
    assert first not in repr(values) and second not in repr(values)  # hashes only
    accounts.create_first_admin(second, "head", "a-long-password", "Head")
    assert not accounts.setup_link_works(first) and not accounts.setup_link_works(second)
    with pytest.raises(SetupError):
        accounts.create_first_admin(first, "other", "a-long-password", "Other")
    assert accounts.first_run_setup_token() is None


def test_restarts_keep_only_the_newest_links(store):
    tokens = [accounts.first_run_setup_token() for _ in range(setup_links.MAX_LINKS + 3)]
    works = [accounts.setup_link_works(t) for t in tokens]
    assert sum(works) == setup_links.MAX_LINKS
    assert all(works[-setup_links.MAX_LINKS:])


# ---- health ----------------------------------------------------------------------------------------


def test_the_content_version_names_the_files_served(sample_root):
    from course.web import health

    before = health.content_version(sample_root)
    assert before == health.content_version(sample_root) and len(before) == 12
    lesson = next((sample_root / "lessons").glob("*.yaml"))
    lesson.write_text(lesson.read_text("utf-8") + "\n", "utf-8")
    health.content_version.cache_clear()
    assert health.content_version(sample_root) != before


def test_healthz_is_200_with_the_database_and_503_without_and_says_nothing_secret(store, monkeypatch):
    from course.web import health

    status, body = run_async(health.report())
    assert status == 200 and body["status"] == "ok" and body["database"] == "ok" and body["lessons"] > 0
    unreachable = "postgresql+psycopg://amaan:hunter2@127.0.0.1:9/amaan"
    db.configure(unreachable)
    try:
        status, body = run_async(health.report())
    finally:
        db.dispose(unreachable)
        db.configure(store)
    assert status == 503 and body["status"] == "unavailable" and body["database"] == "unreachable"
    assert "hunter2" not in json.dumps(body) and "127.0.0.1" not in json.dumps(body)


# ---- the route cookie -------------------------------------------------------------------------------


def _transform(cookie: str | None, content_type: str = "text/html; charset=utf-8", protocol: str = "http",
               status: int = 200) -> list[str]:
    request = SimpleNamespace(cookies=SimpleCookie(cookie or ""), protocol=protocol)
    headers = HTTPHeaders({"Content-Type": content_type})
    routing.RouteCookie(request).transform_first_chunk(status, headers, b"", True)
    return headers.get_list("Set-Cookie")


def test_a_process_with_a_route_name_sets_it_on_its_pages_only(monkeypatch):
    monkeypatch.delenv(routing.ROUTE_ENV, raising=False)
    assert _transform(None) == []  # one school server: no cookie at all
    monkeypatch.setenv(routing.ROUTE_ENV, "app2")
    assert _transform(None) == ["amaan_route=app2; Path=/; HttpOnly; SameSite=Lax"]
    assert _transform("amaan_route=app1") == ["amaan_route=app2; Path=/; HttpOnly; SameSite=Lax"]
    assert _transform("amaan_route=app2") == []
    assert _transform(None, protocol="https") == ["amaan_route=app2; Path=/; HttpOnly; SameSite=Lax; Secure"]
    assert _transform(None, content_type="application/javascript") == []  # cacheable static files
    assert _transform(None, status=404) == []


@pytest.mark.parametrize("name", ["app 1", "a;b", "x" * 33, "ü"])
def test_a_route_name_that_is_not_a_short_token_is_refused(monkeypatch, name):
    monkeypatch.setenv(routing.ROUTE_ENV, name)
    with pytest.raises(routing.RouteError):
        routing.route_name()
