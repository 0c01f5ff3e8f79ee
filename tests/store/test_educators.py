"""Educator accounts: argon2id, sign-in with lockout, and the one-time setup link."""
from __future__ import annotations

from datetime import timedelta

import pytest

from course.store import accounts
from course.store.accounts import (
    LoginResult,
    add_educator,
    create_educator,
    create_first_admin,
    first_run_setup_token,
    needs_setup,
    verify_educator_login,
)
from course.store.errors import NotAllowed, SetupError

PASSWORD = "correct horse battery"


def test_passwords_are_stored_as_argon2id(store):
    """The stored hash is argon2id, never the password."""
    from sqlalchemy import select

    from course.store import db
    from course.store.models import Educator

    create_educator("Mariam", PASSWORD, "Mariam H.")
    with db.read() as s:
        stored = s.scalar(select(Educator.password_hash))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_an_educator_signs_in_with_the_right_password(store):
    """Usernames are case-insensitive; the result names the educator."""
    educator = create_educator("Mariam", PASSWORD, "Mariam H.")
    login = verify_educator_login("  MARIAM ", PASSWORD)
    assert login.result is LoginResult.OK and login.educator.id == educator
    assert login.educator.display_name == "Mariam H." and not login.educator.is_admin


def test_a_wrong_password_and_an_unknown_name_look_the_same(store):
    """Both are WRONG, so sign-in never tells which usernames exist."""
    create_educator("mariam", PASSWORD, "Mariam")
    assert verify_educator_login("mariam", "nope nope nope").result is LoginResult.WRONG
    assert verify_educator_login("nobody", PASSWORD).result is LoginResult.WRONG
    assert verify_educator_login("", PASSWORD).result is LoginResult.WRONG


def test_five_wrong_passwords_lock_the_account(store):
    """The fifth failure locks it; then even the right password is refused until the lock ends."""
    create_educator("omar", PASSWORD, "Omar")
    results = [verify_educator_login("omar", f"wrong-{i}-xx").result for i in range(5)]
    assert results == [LoginResult.WRONG] * 4 + [LoginResult.LOCKED]
    locked = verify_educator_login("omar", PASSWORD)
    assert locked.result is LoginResult.LOCKED and locked.locked_until is not None


def test_the_lock_ends_by_itself(store, monkeypatch):
    """Once LOCK_FOR has passed, the right password works and the count starts again."""
    monkeypatch.setattr(accounts, "LOCK_FOR", timedelta(0))
    create_educator("omar", PASSWORD, "Omar")
    for i in range(5):
        verify_educator_login("omar", f"wrong-{i}-xx")
    assert verify_educator_login("omar", PASSWORD).result is LoginResult.OK


def test_a_success_clears_the_failure_count(store):
    """Four failures, a success, four failures: not locked."""
    create_educator("omar", PASSWORD, "Omar")
    for _ in range(2):
        for i in range(4):
            verify_educator_login("omar", f"wrong-{i}-xx")
        assert verify_educator_login("omar", PASSWORD).result is LoginResult.OK


def test_usernames_are_unique_and_passwords_long_enough(store):
    create_educator("layla", PASSWORD, "Layla")
    with pytest.raises(ValueError):
        create_educator("LAYLA", PASSWORD, "Layla again")
    with pytest.raises(ValueError):
        create_educator("yousef", "short", "Yousef")


def test_only_an_admin_adds_educators(store):
    admin = create_educator("head", PASSWORD, "Head", role="admin")
    teacher = add_educator(admin, "teacher", PASSWORD, "Teacher")
    with pytest.raises(NotAllowed):
        add_educator(teacher, "another", PASSWORD, "Another")


def test_the_setup_link_creates_the_first_admin_once(store):
    """With no educator the server gets a token; it makes one admin, then never works again."""
    assert needs_setup()
    token = first_run_setup_token()
    admin = create_first_admin(token, "head", PASSWORD, "Head teacher")
    assert not needs_setup()
    assert verify_educator_login("head", PASSWORD).educator.id == admin
    assert verify_educator_login("head", PASSWORD).educator.is_admin
    with pytest.raises(SetupError):
        create_first_admin(token, "second", PASSWORD, "Second")
    assert first_run_setup_token() is None


def test_every_printed_setup_token_works_once_and_made_up_ones_fail(store):
    """Each start (each process of a deployment, issue 19) prints a new link; any of them makes the
    first admin, and then none does. Made-up ones never do."""
    old = first_run_setup_token()
    new = first_run_setup_token()
    for bad in ("made-up", ""):
        with pytest.raises(SetupError):
            create_first_admin(bad, "head", PASSWORD, "Head")
    create_first_admin(old, "head", PASSWORD, "Head")
    with pytest.raises(SetupError):
        create_first_admin(new, "second", PASSWORD, "Second")


def test_no_setup_token_once_an_educator_exists(store):
    create_educator("mariam", PASSWORD, "Mariam")
    assert first_run_setup_token() is None
