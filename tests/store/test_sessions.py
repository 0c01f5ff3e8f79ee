"""Sign-in sessions and guests on shared devices: what ends a sign-in, and what a guest's token opens."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from course.store import accounts, classes, db, privacy, progress, sessions
from course.store.errors import NotFound
from course.store.models import Learner, WebSession

PASSWORD = "a long enough password"
PICTURES = ("camel", "moon", "star")
DAY = timedelta(days=1)


def a_class():
    teacher = accounts.create_educator("teacher", PASSWORD, "Teacher")
    klass = classes.create_class(teacher, "4A")
    layla = classes.add_learner(klass.id, "Layla", PICTURES, as_educator=teacher)
    omar = classes.add_learner(klass.id, "Omar", PICTURES, as_educator=teacher)
    return teacher, klass, layla, omar


def later(monkeypatch, by: timedelta) -> None:
    """The store's clock stands ``by`` after the real one."""
    monkeypatch.setattr(db, "utcnow", lambda: datetime.now(UTC) + by)


def rows() -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(WebSession))


def test_a_session_names_its_subject_and_only_its_hash_is_kept(store):
    teacher, _klass, layla, _omar = a_class()
    token = sessions.open_session("learner", layla, 120 * DAY)
    found = sessions.lookup(token)
    assert (found.kind, found.subject_id) == ("learner", layla)
    assert sessions.lookup(sessions.open_session("educator", teacher, DAY / 2)).subject_id == teacher
    with db.read() as s:
        assert token not in s.scalars(select(WebSession.token_hash)).all()
    assert sessions.lookup("made-up") is None and sessions.lookup("") is None
    with pytest.raises(NotFound):
        sessions.open_session("learner", 9999, DAY)


def test_a_revoked_session_is_invalid_and_others_are_not(store):
    teacher, _klass, layla, _omar = a_class()
    phone, tablet = (sessions.open_session("learner", layla, DAY) for _ in range(2))
    sessions.revoke(phone)
    sessions.revoke(phone)  # signing out twice changes nothing
    assert sessions.lookup(phone) is None and sessions.lookup(tablet) is not None
    desk, laptop = (sessions.open_session("educator", teacher, DAY) for _ in range(2))
    sessions.revoke_all("educator", teacher)
    assert sessions.lookup(desk) is None and sessions.lookup(laptop) is None
    assert sessions.lookup(tablet) is not None


def test_an_expired_session_is_invalid(store, monkeypatch):
    teacher, *_ = a_class()
    token = sessions.open_session("educator", teacher, timedelta(hours=12))
    later(monkeypatch, timedelta(hours=11, minutes=59))
    assert sessions.lookup(token) is not None
    later(monkeypatch, timedelta(hours=12))
    assert sessions.lookup(token) is None


def test_archiving_a_class_signs_its_learners_out(store):
    teacher, klass, layla, omar = a_class()
    other = classes.create_class(teacher, "4B")
    nour = classes.add_learner(other.id, "Nour", PICTURES, as_educator=teacher)
    tokens = {who: sessions.open_session("learner", who, DAY) for who in (layla, omar, nour)}
    classes.archive_class(klass.id, as_educator=teacher)
    assert [sessions.lookup(tokens[who]) is None for who in (layla, omar, nour)] == [True, True, False]
    with db.write() as s:  # even a session the archive missed is invalid while the class is archived
        s.execute(update(WebSession).values(revoked_at=None))
    assert sessions.lookup(tokens[layla]) is None


def test_new_pictures_sign_the_learner_out_everywhere(store):
    teacher, _klass, layla, omar = a_class()
    mine, theirs = sessions.open_session("learner", layla, DAY), sessions.open_session("learner", omar, DAY)
    classes.set_picture_password(layla, ("sun", "boat", "fish"), as_educator=teacher)
    assert sessions.lookup(mine) is None and sessions.lookup(theirs) is not None


def test_deleting_a_learner_deletes_their_sessions(store):
    teacher, _klass, layla, _omar = a_class()
    token = sessions.open_session("learner", layla, DAY)
    privacy.delete_learner(layla, as_educator=teacher)
    assert sessions.lookup(token) is None and rows() == 0


def test_pruning_keeps_only_sessions_that_can_still_be_valid(store, monkeypatch):
    teacher, _klass, layla, _omar = a_class()
    valid = sessions.open_session("learner", layla, 2 * DAY)
    sessions.revoke(sessions.open_session("learner", layla, 2 * DAY))
    sessions.open_session("educator", teacher, DAY / 2)
    later(monkeypatch, DAY)
    assert sessions.prune() == 2
    assert rows() == 1 and sessions.lookup(valid) is not None


def test_touching_writes_the_last_visit_at_most_every_few_minutes(store, monkeypatch):
    _teacher, _klass, layla, _omar = a_class()
    token = sessions.open_session("learner", layla, DAY)
    opened = sessions.lookup(token).last_seen_at
    sessions.touch(token)
    assert sessions.lookup(token).last_seen_at == opened
    later(monkeypatch, sessions.TOUCH_EVERY + timedelta(seconds=1))
    sessions.touch(token)
    assert sessions.lookup(token).last_seen_at > opened


# ---- guests ----------------------------------------------------------------------------------

def test_a_forgotten_guest_is_unreachable_but_kept_until_pruned(store):
    guest, token = progress.create_guest()
    assert progress.learner_for_guest_token(token).id == guest
    progress.forget_guest(guest)
    assert progress.learner_for_guest_token(token) is None
    assert progress.learner_info(guest) is not None


def test_a_guest_away_for_the_retention_period_is_gone(store, monkeypatch):
    guest, token = progress.create_guest()
    back, _ = progress.create_guest()
    later(monkeypatch, progress.GUEST_RETENTION - timedelta(minutes=1))
    assert progress.learner_for_guest_token(token).id == guest  # seen again: their 30 days start over
    later(monkeypatch, 2 * progress.GUEST_RETENTION - timedelta(minutes=2))
    assert progress.learner_for_guest_token(token).id == guest
    later(monkeypatch, 3 * progress.GUEST_RETENTION)
    assert progress.learner_for_guest_token(token) is None  # not erased yet, but it opens nothing
    assert privacy.prune_guests(progress.GUEST_RETENTION) == 2
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Learner)) == 0
    assert back != guest
