"""A whole class list at once (issue 16, item 9): all or nothing, every refused line named, hashes only."""
from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from course.auth.pictures import PICTURES, verify_pictures
from course.store import classes, db
from course.store.accounts import create_educator
from course.store.errors import NotAllowed, NotFound
from course.store.models import Learner
from course.store.roster_text import RosterLine
from course.store.rosters import MAX_NAMES, Refusal, RosterRefused, RosterTooLong, add_learners


@pytest.fixture
def teacher(store):
    return create_educator("mariam", "correct horse battery", "Ms Mariam")


@pytest.fixture
def klass(teacher):
    return classes.create_class(teacher, "Grade 4 B", country="JO")


def count(class_id: int) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Learner).where(Learner.class_id == class_id))


def refusals(raised) -> list[tuple]:
    return [(r.line, r.name, r.reason, r.other_line, r.other_name) for r in raised.value.lines]


def test_every_name_joins_with_its_own_pictures_and_only_hashes_are_kept(klass, teacher):
    made = add_learners(klass.id, ["Salma", "  Yousef  ", "Layla"], as_educator=teacher, age_band="9-12", locale="en")
    assert [m.display_name for m in made] == ["Salma", "Yousef", "Layla"]
    stored = {r.id: r for r in classes.learners_of_class(klass.id)}
    assert set(stored) == {m.learner_id for m in made}
    with db.read() as s:
        rows = {r.id: r for r in s.scalars(select(Learner).where(Learner.class_id == klass.id))}
    for m in made:
        assert len(m.pictures) == 3 and set(m.pictures) <= set(PICTURES)
        row = rows[m.learner_id]
        assert (row.age_band, row.locale, row.country) == ("9-12", "en", "JO")
        # a keyed hash, never the pictures themselves
        assert row.picture_password_hash.startswith("hmac-sha256$")
        assert not any(p in row.picture_password_hash for p in m.pictures)
        assert verify_pictures(row.picture_password_hash, m.pictures)
    # and each child signs in with their own
    for m in made:
        assert classes.verify_picture_password(klass.join_code, m.learner_id, m.pictures).result \
            is classes.SignInResult.OK


def test_one_bad_line_adds_nobody_and_every_bad_line_is_named(klass, teacher):
    classes.add_learner(klass.id, "Omar", None, as_educator=teacher)
    names = ["Salma", "Omar", "", "x" * 41, "salma", "Sаlma",  # the last with a Cyrillic а
             "Layla", "\u200f\u200e", "Yousef", "OMAR"]
    with pytest.raises(RosterRefused) as raised:
        add_learners(klass.id, names, as_educator=teacher)
    assert refusals(raised) == [
        (2, "Omar", Refusal.IN_CLASS, None, "Omar"),
        (3, "", Refusal.INVALID, None, None),
        (4, "x" * 41, Refusal.TOO_LONG, None, None),
        (5, "salma", Refusal.REPEATED, 1, None),
        (6, "Sаlma", Refusal.LOOKS_LIKE, 1, "Salma"),
        (8, "\u200f\u200e", Refusal.INVALID, None, None),
        (10, "OMAR", Refusal.IN_CLASS, None, "Omar"),
    ]
    assert count(klass.id) == 1  # Omar, added before: nothing of the list


def test_arabic_look_alikes_in_the_list_and_in_the_class(klass, teacher):
    """Taa marbuta and haa, alef maqsura and yaa, hamza seats, harakat: one name each on a screen."""
    classes.add_learner(klass.id, "مريم", None, as_educator=teacher)
    with pytest.raises(RosterRefused) as raised:
        add_learners(klass.id, ["فاطمة", "ليلى", "فاطمه", "ليلي", "مَرْيَم", "أحمد", "احمد"], as_educator=teacher)
    assert [(r.line, r.reason, r.other_line) for r in raised.value.lines] == [
        (3, Refusal.LOOKS_LIKE, 1), (4, Refusal.LOOKS_LIKE, 2), (5, Refusal.IN_CLASS, None),
        (7, Refusal.LOOKS_LIKE, 6)]
    assert count(klass.id) == 1


def test_names_waiting_for_approval_count_as_in_the_class(klass, teacher):
    classes.set_approve_new_names(klass.id, True, as_educator=teacher)
    with db.write() as s:
        s.get(classes.Classroom, klass.id).allow_self_register = True
    assert classes.self_register(klass.join_code, "Noor", None).result is classes.SignInResult.PENDING
    with pytest.raises(RosterRefused) as raised:
        add_learners(klass.id, ["Sara", "noor"], as_educator=teacher)
    assert refusals(raised) == [(2, "noor", Refusal.IN_CLASS, None, "Noor")]


def test_lines_keep_the_numbers_of_the_text_they_came_from(klass, teacher):
    with pytest.raises(RosterRefused) as raised:
        add_learners(klass.id, [RosterLine(3, "Sara"), RosterLine(9, "SARA")], as_educator=teacher)
    assert refusals(raised) == [(9, "SARA", Refusal.REPEATED, 3, None)]


def test_another_educators_class_is_refused(klass, store):
    other = create_educator("other", "correct horse battery", "Other")
    with pytest.raises(NotAllowed):
        add_learners(klass.id, ["Salma"], as_educator=other)
    with pytest.raises(NotFound):
        add_learners(klass.id + 1000, ["Salma"], as_educator=other)
    assert count(klass.id) == 0


def test_a_bad_age_band_and_a_list_too_long_add_nobody(klass, teacher):
    with pytest.raises(ValueError):
        add_learners(klass.id, ["Salma"], as_educator=teacher, age_band="adults")
    with pytest.raises(RosterTooLong):
        add_learners(klass.id, [f"Child {i}" for i in range(MAX_NAMES + 1)], as_educator=teacher)
    assert count(klass.id) == 0


def test_a_second_list_is_checked_against_the_first(klass, teacher):
    add_learners(klass.id, ["Salma", "Yousef"], as_educator=teacher)
    with pytest.raises(RosterRefused) as raised:
        add_learners(klass.id, ["Adam", "yousef"], as_educator=teacher)
    assert refusals(raised) == [(2, "yousef", Refusal.IN_CLASS, None, "Yousef")]
    assert count(klass.id) == 2


def test_two_thousand_names_join_in_one_go(klass, teacher, store):
    """A school's whole intake in one transaction, not one per name; on PostgreSQL the inserts go
    in batches (SQLite runs them one by one inside the transaction: in-process, no round trips).
    Counted, not timed: timings belong in benchmarks/."""
    names = [f"Learner {i:04d}" for i in range(MAX_NAMES)]
    begun, inserts = [], []
    engine = db.get_engine()

    def began(conn):
        begun.append(conn)

    def executed(conn, cursor, statement, *rest):
        if statement.startswith("INSERT"):
            inserts.append(statement)

    event.listen(engine, "begin", began)
    event.listen(engine, "before_cursor_execute", executed)
    try:
        made = add_learners(klass.id, names, as_educator=teacher)
    finally:
        event.remove(engine, "begin", began)
        event.remove(engine, "before_cursor_execute", executed)
    assert len(made) == MAX_NAMES == count(klass.id)
    assert len({m.learner_id for m in made}) == MAX_NAMES
    assert [m.display_name for m in made] == names  # ids and pictures belong to the right names
    assert {r.id: r.display_name for r in classes.learners_of_class(klass.id)} == {m.learner_id: m.display_name
                                                                                   for m in made}
    assert len(begun) == 1
    if store.startswith("postgresql"):
        assert len(inserts) <= 4, len(inserts)
    with pytest.raises(RosterRefused) as raised:  # and the whole class is checked against a new list
        add_learners(klass.id, ["Learner 1999", "New one"], as_educator=teacher)
    assert [r.line for r in raised.value.lines] == [1]
