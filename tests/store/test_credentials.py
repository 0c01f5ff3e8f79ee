"""Credentials without a database: picture passwords, tokens, and the sign-in rate limiters."""
from __future__ import annotations

import pytest

from course.auth import pictures, secret
from course.auth.passwords import hash_token, new_token, same_token
from course.auth.pictures import PICTURES, hash_pictures, made_with_other_key, verify_pictures
from course.auth.ratelimit import MemoryLimiter
from course.store.signin_limits import DatabaseLimiter


def test_there_are_twelve_pictures_and_sequences_of_three():
    assert len(PICTURES) == len(set(PICTURES)) == 12
    with pytest.raises(ValueError):
        hash_pictures(("camel", "moon"))
    with pytest.raises(ValueError):
        hash_pictures(("camel", "moon", "dragon"))


def test_a_picture_password_is_salted_and_checked_in_order():
    """The same pictures hash differently each time; the order matters."""
    a, b = hash_pictures(("sun", "cat", "car")), hash_pictures(("sun", "cat", "car"))
    assert a != b and verify_pictures(a, ["sun", "cat", "car"]) and verify_pictures(b, ("sun", "cat", "car"))
    assert not verify_pictures(a, ("car", "cat", "sun"))
    assert not verify_pictures(a, ("sun", "cat")) and not verify_pictures("garbage", ("sun", "cat", "car"))


def test_a_changed_server_secret_is_detected(monkeypatch):
    """Hashes made under another secret fail cleanly and say why, instead of crashing."""
    stored = hash_pictures(("sun", "cat", "car"))
    monkeypatch.setattr(pictures, "key_id", lambda: "00000000")
    assert not verify_pictures(stored, ("sun", "cat", "car"))
    assert made_with_other_key(stored)


def test_the_secret_file_is_made_once_and_kept(tmp_path, monkeypatch):
    """Without COURSE_SECRET_KEY a random key is written to the data directory and reused."""
    monkeypatch.delenv("COURSE_SECRET_KEY")
    monkeypatch.setenv("COURSE_DATA_DIR", str(tmp_path))
    secret.server_secret.cache_clear()
    try:
        first = secret.server_secret()
        secret.server_secret.cache_clear()
        assert secret.server_secret() == first and len(first) == 32
        assert (tmp_path / "secret.key").stat().st_mode & 0o777 == 0o600
    finally:
        secret.server_secret.cache_clear()


def test_tokens_are_random_and_stored_hashed():
    token = new_token()
    assert len(token) >= 43 and token != new_token()
    assert same_token(token, hash_token(token)) and not same_token(token + "x", hash_token(token))


def test_the_memory_limiter_blocks_after_the_limit_and_forgets_after_the_window():
    now = [0.0]
    limiter = MemoryLimiter(limit=3, window=60, clock=lambda: now[0])
    for _ in range(3):
        assert limiter.allowed("10.0.0.7")
        limiter.failed("10.0.0.7")
    assert not limiter.allowed("10.0.0.7") and limiter.allowed("10.0.0.8")
    now[0] = 61
    assert limiter.allowed("10.0.0.7")
    limiter.failed("10.0.0.7")
    limiter.succeeded("10.0.0.7")
    assert limiter.allowed("10.0.0.7")


def test_the_database_limiter_is_shared_and_stores_no_address(store):
    """Two limiter objects (two workers) see the same failures; the table holds no IP."""
    from sqlalchemy import select

    from course.store import db
    from course.store.models import SignInFailure

    first, second = DatabaseLimiter(limit=2), DatabaseLimiter(limit=2)
    first.failed("192.168.1.20")
    second.failed("192.168.1.20")
    assert not first.allowed("192.168.1.20") and second.allowed("192.168.1.21")
    with db.read() as s:
        assert "192.168.1.20" not in {b for b in s.scalars(select(SignInFailure.bucket))}
    second.succeeded("192.168.1.20")
    assert first.allowed("192.168.1.20")
