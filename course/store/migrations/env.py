"""Alembic environment: runs on the connection handed over by ``course.store.db.upgrade``.

render_as_batch on SQLite: it cannot ALTER most things, so Alembic copies the table instead.
"""
from alembic import context
from alembic.util import CommandError
from sqlalchemy import create_engine

from course.store.models import UTC, Base

config = context.config


def _render_item(kind, obj, _autogen_context):
    # Revisions spell out plain SQLAlchemy types so they never import the live models.
    if kind == "type" and isinstance(obj, UTC):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # the `alembic` command line, for writing new revisions: -x url=...
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if url is None:
        raise CommandError("no database to compare with: pass -x url=<database url>")
    with create_engine(url).begin() as conn:
        _run(conn)
