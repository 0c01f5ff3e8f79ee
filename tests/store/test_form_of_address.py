"""Revision 0007: a learner's form of address ("f", "m" or not chosen) on the learner row, so a
class learner's choice follows them to another device. Up keeps every learner, unchosen; down
drops the column and nothing else."""
from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import MetaData, insert, inspect, select
from sqlalchemy.exc import IntegrityError

from course.store import db, progress
from course.store.models import Learner
from tests.store.conftest import at_revision


@pytest.fixture
def at_0006(db_url):
    with at_revision(db_url, "0006") as url:
        yield url


def _columns() -> set[str]:
    return {c["name"] for c in inspect(db.get_engine()).get_columns("learner")}


def _downgrade(revision: str) -> None:
    with db.get_engine().begin() as conn:
        command.downgrade(db._alembic_config(conn), revision)


def test_up_adds_an_unchosen_form_and_down_drops_it(at_0006):
    meta = MetaData()
    meta.reflect(db.get_engine(), only=["learner", "lesson_progress"])
    now = db.utcnow()
    with db.get_engine().begin() as conn:
        learner = conn.execute(insert(meta.tables["learner"]).values(
            display_name="Salma", locale="ar", failed_logins=0, created_at=now, last_active_at=now)
        ).inserted_primary_key[0]
        conn.execute(insert(meta.tables["lesson_progress"]).values(
            learner_id=learner, lesson_id="danger", current_step=1, furthest_step=1, total_steps=4, progress=0.5,
            time_spent_seconds=30, content_version="v1", updated_at=now))
    assert "form_of_address" not in _columns()

    db.upgrade(revision="0007")
    info = progress.learner_info(learner)
    assert info is not None and info.form_of_address is None  # spoken to as before
    # the column is added in place: the learner table is not copied, which would cascade to progress
    assert list(progress.lesson_progress(learner)) == ["danger"]
    progress.set_form_of_address(learner, "f")
    assert progress.learner_info(learner).form_of_address == "f"

    _downgrade("0006")
    assert "form_of_address" not in _columns()
    with db.get_engine().connect() as conn:
        assert conn.execute(select(meta.tables["lesson_progress"].c.lesson_id)).scalars().all() == ["danger"]
    with db.get_engine().connect() as conn:
        assert conn.execute(select(meta.tables["learner"].c.display_name)).scalars().all() == ["Salma"]


def test_only_f_m_or_nothing_is_kept(store):
    learner, _token = progress.create_guest("fr")
    for form in ("m", None, "f"):
        progress.set_form_of_address(learner, form)
        assert progress.learner_info(learner).form_of_address == form
    with pytest.raises(ValueError):
        progress.set_form_of_address(learner, "x")
    # the database refuses it too, whatever code writes it
    with pytest.raises(IntegrityError), db.write() as s:
        s.get(Learner, learner).form_of_address = "x"
