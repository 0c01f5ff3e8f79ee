"""Every test gets a fresh, migrated database: a new SQLite file, and a new PostgreSQL schema
(dropped afterwards) when COURSE_TEST_POSTGRES_URL names a server (.ci/postgres.sh starts one).
With CI=true a missing PostgreSQL fails the run instead of skipping half of it.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.pool import NullPool

# Fixed before anything computes it: picture-password MACs depend on it.
os.environ.setdefault("COURSE_SECRET_KEY", "tests-only-secret")

from course.store import db  # noqa: E402

POSTGRES = os.environ.get("COURSE_TEST_POSTGRES_URL")


def _postgres_schema_url(schema: str) -> str:
    url = make_url(POSTGRES).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'amaan.sqlite3'}"
        return
    if not POSTGRES:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but COURSE_TEST_POSTGRES_URL is not set: start one with .ci/postgres.sh")
        pytest.skip("PostgreSQL: set COURSE_TEST_POSTGRES_URL (.ci/postgres.sh run -- pytest tests/store)")
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(POSTGRES, poolclass=NullPool)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = _postgres_schema_url(schema)
    try:
        yield url
    finally:
        db.dispose(url)
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(db_url):
    """The store, configured on the fresh database and migrated to head."""
    db.configure(db_url)
    db.ensure_schema()
    yield db_url
    db.dispose()
    db.configure(None)


@contextmanager
def at_revision(db_url: str, revision: str) -> Iterator[str]:
    """The store configured on a database migrated only up to ``revision`` (for migration tests)."""
    db.configure(db_url)
    db.upgrade(revision=revision)
    try:
        yield db_url
    finally:
        db.dispose()
        db.configure(None)


def new_key() -> str:
    return uuid.uuid4().hex


@pytest.fixture
def key():
    return new_key
