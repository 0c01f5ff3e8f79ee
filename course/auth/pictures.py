"""Picture passwords: a sequence of 3 pictures out of 12, tapped by children who may not read yet.

Stored as HMAC-SHA256 keyed with the server secret, not argon2: there are only 12**3 = 1728
sequences, so a stolen hash falls to exhaustive search whatever the work factor, and a slow hash
would only cost CPU when a whole class signs in at once. What protects them is the online lockout
and a key that is not in the database (a database dump alone reveals nothing).
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Sequence

from course.auth.secret import key_id, server_secret

# Ids, not words: the UI draws lessons/images-style pictures and Fluent gives their alt text.
PICTURES: tuple[str, ...] = (
    "camel", "palm", "moon", "star", "fish", "cat", "ball", "car", "tree", "sun", "boat", "apple",
)
LENGTH = 3
SCHEME = "hmac-sha256"


def normalise(sequence: Sequence[str]) -> tuple[str, ...]:
    """The sequence as a tuple; ValueError unless it is LENGTH known picture ids."""
    seq = tuple(sequence)
    if len(seq) != LENGTH or any(p not in PICTURES for p in seq):
        raise ValueError(f"a picture password is {LENGTH} of: {', '.join(PICTURES)}")
    return seq


def random_sequence() -> tuple[str, ...]:
    return tuple(secrets.choice(PICTURES) for _ in range(LENGTH))


def _mac(salt: str, seq: tuple[str, ...]) -> str:
    msg = f"{salt}:{'/'.join(seq)}".encode()
    return hmac.new(server_secret(), msg, hashlib.sha256).hexdigest()


def hash_pictures(sequence: Sequence[str]) -> str:
    seq = normalise(sequence)
    salt = secrets.token_hex(8)  # so two children with the same pictures do not share a hash
    return f"{SCHEME}${key_id()}${salt}${_mac(salt, seq)}"


def verify_pictures(stored: str, sequence: Sequence[str]) -> bool:
    """False for a wrong sequence, a malformed one, or a hash made under another server secret."""
    try:
        seq = normalise(sequence)
        scheme, kid, salt, mac = stored.split("$")
    except ValueError:
        return False
    if scheme != SCHEME or kid != key_id():
        return False
    return hmac.compare_digest(mac, _mac(salt, seq))


def made_with_other_key(stored: str) -> bool:
    """True when the server secret changed since this hash was made: the educator must set it again."""
    parts = stored.split("$")
    return len(parts) == 4 and parts[1] != key_id()
