"""Revision 0010: schools. Existing educators, their classes, learners and sign-ins land in one
default school whose admin is the first educator; nothing is copied or lost on the way (on SQLite
the educator table is altered in place: copying it would cascade to every web session). Down drops
the schools and keeps everything else."""
from __future__ import annotations

from datetime import timedelta

import pytest
from alembic import command
from sqlalchemy import MetaData, func, insert, inspect, select

from course.store import accounts, classes, db, schools
from course.store.access import educator_owns_class, educator_owns_learner
from tests.store.conftest import at_revision


@pytest.fixture
def at_0009(db_url):
    with at_revision(db_url, "0009") as url:
        yield url


def _downgrade(revision: str) -> None:
    with db.get_engine().begin() as conn:
        command.downgrade(db._alembic_config(conn), revision)


def _seed_0009() -> dict[str, int]:
    meta = MetaData()
    meta.reflect(db.get_engine(), only=["educator", "classroom", "learner", "web_session"])
    t = meta.tables
    now = db.utcnow()
    ids: dict[str, int] = {}
    with db.get_engine().begin() as conn:
        for name, role, age in (("first", "educator", 30), ("second", "admin", 10)):
            ids[name] = conn.execute(insert(t["educator"]).values(
                username=name, display_name=name.title(), password_hash="x", role=role, failed_logins=0,
                created_at=now - timedelta(days=age))).inserted_primary_key[0]
        ids["class"] = conn.execute(insert(t["classroom"]).values(
            educator_id=ids["second"], name="5A", join_code="ABCDEF", allow_self_register=False, country="JO",
            results_visibility="learner", created_at=now)).inserted_primary_key[0]
        ids["learner"] = conn.execute(insert(t["learner"]).values(
            class_id=ids["class"], display_name="Salma", locale="ar", failed_logins=0, created_at=now,
            last_active_at=now)).inserted_primary_key[0]
        conn.execute(insert(t["web_session"]).values(
            token_hash="a" * 64, kind="educator", educator_id=ids["first"], created_at=now, last_seen_at=now,
            expires_at=now + timedelta(days=1)))
    return ids


def _count(table: str) -> int:
    meta = MetaData()
    meta.reflect(db.get_engine(), only=[table])
    with db.get_engine().connect() as conn:
        return conn.execute(select(func.count()).select_from(meta.tables[table])).scalar_one()


def test_existing_data_lands_in_the_default_school_and_down_keeps_it(at_0009):
    ids = _seed_0009()
    db.upgrade(revision="0010")

    school = schools.school_of(ids["first"])
    assert school is not None and (school.name, school.country, school.region) == ("School", None, None)
    assert schools.school_of(ids["second"]).id == school.id and _count("school") == 1
    assert abs((db.utcnow() - timedelta(days=30)) - school.created_at) < timedelta(minutes=5)  # its first educator's
    assert accounts.educator_info(ids["first"]).is_admin  # the first educator is the school's admin
    assert accounts.educator_info(ids["second"]).is_admin  # an admin stays one
    assert [x.username for x in accounts.list_educators(as_educator=ids["first"])] == ["first", "second"]
    # nothing was copied away: the class, its learner and the sign-in are all still there
    assert educator_owns_class(ids["second"], ids["class"]) and educator_owns_learner(ids["second"], ids["learner"])
    assert not educator_owns_class(ids["first"], ids["class"])  # a colleague's class stays theirs
    assert _count("web_session") == 1 and classes.class_info(ids["class"]).country == "JO"
    # the first admin adds a colleague to the same school; a new class takes the school's country once set
    colleague = accounts.add_educator(ids["first"], "third", "correct horse battery", "Third")
    assert schools.school_of(colleague).id == school.id
    schools.set_school_place(school.id, country="PS", region=None, as_educator=ids["first"])
    assert classes.class_info(classes.create_class(colleague, "6B").id).country == "PS"

    _downgrade("0009")
    assert "school" not in inspect(db.get_engine()).get_table_names()
    assert "ministry_admin" not in inspect(db.get_engine()).get_table_names()
    assert "school_id" not in {c["name"] for c in inspect(db.get_engine()).get_columns("educator")}
    assert (_count("educator"), _count("classroom"), _count("learner"), _count("web_session")) == (3, 2, 1, 1)


def test_an_empty_database_gets_no_school_until_its_first_admin(at_0009):
    db.upgrade(revision="0010")
    assert _count("school") == 0
    admin = accounts.create_first_admin(accounts.first_run_setup_token(), "head", "correct horse battery", "Head")
    assert schools.school_of(admin).name == "School" and _count("school") == 1
