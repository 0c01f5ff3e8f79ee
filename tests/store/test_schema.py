"""The schema: migrations build it on both databases, and the models agree with them."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from course.store import db
from course.store.models import Base


def migrations_head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", "course.store:migrations")
    heads = ScriptDirectory.from_config(config).get_heads()
    assert len(heads) == 1, f"migrations must form one line, found heads {heads}"
    return heads[0]


def test_a_fresh_database_is_migrated_to_head(store):
    """ensure_schema leaves the database at the latest revision, and running it again changes nothing."""
    head = migrations_head()
    assert db.current_revision() == head
    db.ensure_schema()
    assert db.current_revision() == head


def test_the_models_match_the_migrations(store):
    """Autogenerate finds nothing to add: a model change without a revision fails here."""
    with db.get_engine().connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata) == []


def test_sqlite_runs_with_wal_a_busy_timeout_and_foreign_keys(tmp_path):
    """Every SQLite connection is set up for concurrent readers, waiting writers and cascades."""
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    with db.get_engine(url).connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert (pragma("journal_mode"), pragma("busy_timeout"), pragma("foreign_keys")) == ("wal", 5000, 1)
    db.dispose(url)


def test_the_default_database_is_a_file_in_the_data_directory(tmp_path, monkeypatch):
    """Without COURSE_DATABASE_URL the store uses <COURSE_DATA_DIR>/amaan.sqlite3."""
    monkeypatch.delenv("COURSE_DATABASE_URL", raising=False)
    monkeypatch.setenv("COURSE_DATA_DIR", str(tmp_path / "data"))
    db.configure(None)
    assert db.database_url() == f"sqlite:///{tmp_path / 'data' / 'amaan.sqlite3'}"
    monkeypatch.setenv("COURSE_DATABASE_URL", "postgresql+psycopg://u@h/db")
    assert db.database_url() == "postgresql+psycopg://u@h/db"


def test_one_engine_serves_a_process(tmp_path):
    """Asking twice gives the same engine (and pool); dispose forgets it."""
    url = f"sqlite:///{tmp_path / 'y.sqlite3'}"
    first = db.get_engine(url)
    assert db.get_engine(url) is first
    db.dispose(url)
    assert db.get_engine(url) is not first
    db.dispose(url)
