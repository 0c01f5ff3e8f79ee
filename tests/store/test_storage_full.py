"""A full disk is StorageFull, told apart from every other database failure.

Nothing will save until someone frees space on the server, whatever the visitor does: the log
says so plainly, and the child is told to tell their teacher (tests/test_saving_failed.py).
"""
from __future__ import annotations

import contextlib

import psycopg.errors
import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from course.store import db
from course.store.errors import StorageFull
from course.store.models import ServerState
from course.store.progress import create_guest


@contextlib.contextmanager
def no_room_left():
    """From now on the SQLite database may not grow by a page: SQLite then fails writes exactly
    as on a full disk (SQLITE_FULL, "database or disk is full")."""
    engine = db.get_engine()

    def no_room(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA max_page_count = 1")  # clamped to the pages already used

    event.listen(engine, "connect", no_room)
    engine.dispose()  # the pool's connections were made without it
    try:
        yield
    finally:
        event.remove(engine, "connect", no_room)
        engine.dispose()


@pytest.fixture
def full_sqlite(store):
    with no_room_left():
        yield


# SQLite's page limit stands in for a full disk, so these run on SQLite only (not skipped on
# PostgreSQL: CI counts a skip as a failure); PostgreSQL's own error is checked below.
sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@sqlite_only
def test_a_write_that_does_not_fit_raises_storage_full(full_sqlite):
    with pytest.raises(StorageFull) as raised:
        with db.write() as s:
            s.add(ServerState(name="filler", value="x" * 200_000))
    assert "database or disk is full" in str(raised.value.__cause__)


@sqlite_only
def test_a_store_function_under_a_full_disk_raises_storage_full(full_sqlite):
    with pytest.raises(StorageFull):
        for _ in range(2_000):  # a guest row is small: the last free bytes of a page fill first
            create_guest("ar")


def test_postgresql_disk_full_is_storage_full():
    error = OperationalError("INSERT INTO answer ...", {}, psycopg.errors.DiskFull("could not extend file"))
    assert db.storage_full(error)


def sqlite_error(tmp_path, kind: str) -> Exception:
    """A real error from SQLite: a database another writer holds, or one that cannot be opened."""
    import sqlite3

    try:
        if kind == "busy":
            holder = sqlite3.connect(tmp_path / "busy.db", isolation_level=None)
            holder.execute("BEGIN IMMEDIATE")
            sqlite3.connect(tmp_path / "busy.db", timeout=0, isolation_level=None).execute("BEGIN IMMEDIATE")
        else:
            sqlite3.connect(tmp_path / "missing" / "x.db")
    except sqlite3.OperationalError as exc:
        return exc
    raise AssertionError("SQLite did not fail")


@pytest.mark.parametrize("kind", ["busy", "cannot-open"])
def test_other_failures_are_not_a_full_disk(kind, tmp_path):
    assert not db.storage_full(OperationalError("INSERT ...", {}, sqlite_error(tmp_path, kind)))
    assert not db.storage_full(OperationalError("INSERT ...", {}, psycopg.errors.AdminShutdown("terminating")))
