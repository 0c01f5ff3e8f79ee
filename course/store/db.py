"""The engine, units of work and schema upgrades.

One engine per database URL per process (engines own a connection pool, so making one per
request would defeat it). ``configure(url)`` picks the database the repository functions use;
without it they use ``COURSE_DATABASE_URL`` or the SQLite file in ``COURSE_DATA_DIR``.

On PostgreSQL the pool is sized by settings (``pool_settings``): PostgreSQL's default
``max_connections`` is 100, and 4 processes with SQLAlchemy's 10 + 20 would ask for 120. Behind
PgBouncer in transaction pooling, consecutive transactions of one client connection may run on
different server connections, so psycopg must not prepare statements (``prepare_threshold=None``):
a statement prepared on one server connection is unknown on the next.
"""
from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from course.paths import data_dir
from course.store.errors import StorageFull

log = logging.getLogger(__name__)

SQLITE_FILE = "amaan.sqlite3"
BUSY_TIMEOUT_MS = 5000
# Marks engines whose transactions only read, so SQLite may start them without the write lock.
_READ_ONLY = "amaan_read_only"
# Any constant: serialises concurrent `upgrade` calls from several PostgreSQL workers.
_MIGRATION_LOCK_ID = 0x616D61616E

_lock = threading.Lock()
_engines: dict[str, Engine] = {}
_makers: dict[str, tuple[sessionmaker[Session], sessionmaker[Session]]] = {}
_current: str | None = None

# Defaults: one process on a school server. A deployment of N processes behind one PostgreSQL
# keeps N * (POOL_SIZE + MAX_OVERFLOW) under the server's max_connections (or PgBouncer's
# max_client_conn); see docs/deploy.md.
POOL_SIZE, MAX_OVERFLOW = 10, 20
POOL_SIZE_ENV, MAX_OVERFLOW_ENV = "COURSE_DB_POOL_SIZE", "COURSE_DB_MAX_OVERFLOW"
TRANSACTION_POOLER_ENV = "COURSE_DB_TRANSACTION_POOLER"


class SettingError(ValueError):
    """A database setting in the environment that cannot be used."""


def _count(name: str, default: int, low: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingError(f"{name}={raw!r}: expected a whole number") from None
    if value < low:
        raise SettingError(f"{name}={value}: must be at least {low}")
    return value


def _flag(name: str) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if raw in ("", "0", "false", "no", "off"):
        return False
    if raw in ("1", "true", "yes", "on"):
        return True
    raise SettingError(f"{name}={raw!r}: expected 1/true/yes/on or 0/false/no/off")


def pool_settings() -> dict:
    """``create_engine`` arguments for a PostgreSQL URL, from the environment: the pool's size
    and overflow, and no prepared statements when the URL is a transaction-pooling PgBouncer."""
    settings: dict = {"pool_size": _count(POOL_SIZE_ENV, POOL_SIZE, 1),
                      "max_overflow": _count(MAX_OVERFLOW_ENV, MAX_OVERFLOW, 0)}
    if _flag(TRANSACTION_POOLER_ENV):
        settings["connect_args"] = {"prepare_threshold": None}
    return settings


def utcnow() -> datetime:
    return datetime.now(UTC)


def database_url() -> str:
    """The URL in force: ``configure``'s, else ``COURSE_DATABASE_URL``, else the default SQLite file."""
    if _current:
        return _current
    url = os.environ.get("COURSE_DATABASE_URL")
    if url:
        return url
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{(folder / SQLITE_FILE).resolve()}"


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn, _record) -> None:
        # pysqlite's own transaction handling issues BEGIN lazily (DEFERRED); we issue ours below.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
        cur.execute("PRAGMA synchronous=NORMAL")  # with WAL: safe against a crash of the app
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")  # off by default in SQLite; deletes cascade by FK
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn) -> None:
        # A deferred transaction that reads and then writes fails at once with SQLITE_BUSY when
        # another writer got in between (busy_timeout does not apply). Taking the write lock at
        # BEGIN makes concurrent writers queue instead.
        read_only = conn.get_execution_options().get(_READ_ONLY)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _new_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _tune_sqlite(engine)
        return engine
    # pre_ping: a PostgreSQL (or PgBouncer) restart must not leave dead connections in the pool.
    return create_engine(url, pool_pre_ping=True, **pool_settings())


def configure(target: str | Engine | None = None) -> Engine:
    """Make ``target`` (a URL or an engine) the database of this process; None: back to defaults."""
    global _current
    with _lock:
        if isinstance(target, Engine):
            url = target.url.render_as_string(hide_password=False)
            _engines.setdefault(url, target)
            _current = url
        else:
            _current = target
    return get_engine()


def get_engine(url: str | None = None) -> Engine:
    url = url or database_url()
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = _new_engine(url)
        return engine


def dispose(url: str | None = None) -> None:
    """Close the pool(s) and forget the engine(s), as a server stop does."""
    with _lock:
        urls = [url] if url else list(_engines)
        for u in urls:
            engine = _engines.pop(u, None)
            _makers.pop(u, None)
            if engine is not None:
                engine.dispose()


def _sessionmakers() -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    url = database_url()
    engine = get_engine(url)
    with _lock:
        pair = _makers.get(url)
        if pair is None:
            # expire_on_commit=False: values read inside a unit stay readable after it commits.
            pair = _makers[url] = (
                sessionmaker(engine, expire_on_commit=False),
                sessionmaker(engine.execution_options(**{_READ_ONLY: True}), expire_on_commit=False),
            )
        return pair


SQLITE_FULL = 13  # "database or disk is full"
POSTGRES_DISK_FULL = "53100"


def storage_full(exc: BaseException) -> bool:
    """Whether a database error says the disk, or the database's size limit, is full."""
    driver_error = getattr(exc, "orig", exc)
    code = getattr(driver_error, "sqlite_errorcode", None)  # the extended code: its low byte is the primary
    return (code is not None and code & 0xFF == SQLITE_FULL) or getattr(driver_error, "sqlstate", None) == POSTGRES_DISK_FULL


@contextmanager
def _full_disk_named() -> Iterator[None]:
    """A full disk raises StorageFull, so that callers can tell it from every other failure."""
    try:
        yield
    except DBAPIError as exc:
        if storage_full(exc):
            raise StorageFull("the database's disk is full: nothing can be saved until space is freed") from exc
        raise


@contextmanager
def write() -> Iterator[Session]:
    """One unit of work: committed when the block ends, rolled back if it raises."""
    with _full_disk_named(), _sessionmakers()[0]() as session, session.begin():
        yield session


@contextmanager
def read() -> Iterator[Session]:
    """A read-only unit; on SQLite it does not take the write lock."""
    with _full_disk_named(), _sessionmakers()[1]() as session, session.begin():
        yield session


def _alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    # Inside the package so the migrations ship with it; no alembic.ini needed at run time.
    cfg.set_main_option("script_location", "course.store:migrations")
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(url: str | None = None, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` on ``url`` (default: the configured database)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    engine = get_engine(url)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _MIGRATION_LOCK_ID})
        before = MigrationContext.configure(conn).get_current_revision()
        command.upgrade(_alembic_config(conn), revision)
        after = MigrationContext.configure(conn).get_current_revision()
    # One line instead of Alembic's dozen INFO lines (the server keeps those at WARNING): an IT
    # team wants to know that the schema moved, not how Alembic set itself up.
    if before != after:
        log.info("database schema upgraded from %s to %s", before or "empty", after)


def current_revision(url: str | None = None) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with get_engine(url).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def ensure_schema(url: str | None = None) -> None:
    """Called by the app at start: creates or upgrades the schema (a no-op when already at head)."""
    upgrade(url)
