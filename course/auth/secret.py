"""The server secret: keys the picture-password MACs and the rate-limit buckets (and may sign cookies).

From ``COURSE_SECRET_KEY`` when set (required when several servers share one PostgreSQL database),
else a random key kept in ``<COURSE_DATA_DIR>/secret.key``, created on first use. Losing it makes
every picture password unusable until the educator sets new ones, so back it up with the database.
"""
from __future__ import annotations

import hashlib
import os
import secrets
import threading
from functools import lru_cache

from course.paths import data_dir

FILE = "secret.key"
_lock = threading.Lock()


@lru_cache(maxsize=1)
def server_secret() -> bytes:
    configured = os.environ.get("COURSE_SECRET_KEY")
    if configured:
        # Any length or alphabet is accepted; hashing gives a uniform 32-byte key.
        return hashlib.sha256(configured.encode()).digest()
    path = data_dir() / FILE
    with _lock:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # O_EXCL: two processes starting together must not each write their own key.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return bytes.fromhex(path.read_text().strip())
        key = secrets.token_bytes(32)
        with os.fdopen(fd, "w") as f:
            f.write(key.hex())
        return key


def key_id() -> str:
    """A short public fingerprint of the secret, stored beside each MAC to detect a changed key."""
    return hashlib.sha256(b"key-id:" + server_secret()).hexdigest()[:8]
