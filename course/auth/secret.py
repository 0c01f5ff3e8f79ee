"""The server secret: keys the picture-password MACs and the rate-limit buckets (and may sign cookies).

From ``COURSE_SECRET_KEY`` when set, else a random key kept in ``<COURSE_DATA_DIR>/secret.key``,
created on first use. Losing it makes every picture password unusable until the educator sets new
ones, so back it up with the database.

On PostgreSQL the key is required (``require_shared_key``): several processes, maybe on several
hosts, share that database, and a key each wrote for itself would make every cookie signed by one
process fail on the next, and every picture password MAC'd on one host fail on another.
"""
from __future__ import annotations

import hashlib
import os
import secrets
import threading
from functools import lru_cache

from course.paths import data_dir

FILE = "secret.key"
ENV = "COURSE_SECRET_KEY"
_lock = threading.Lock()


class MissingSecret(RuntimeError):
    """The database is shared by several processes and no shared secret was given."""


def require_shared_key(database_url: str) -> None:
    """Refuse a database that several processes may share (anything but SQLite) without
    ``COURSE_SECRET_KEY``: a key generated per host would split the deployment silently."""
    if database_url.startswith("sqlite") or os.environ.get(ENV):
        return
    raise MissingSecret(
        f"{ENV} is not set. On PostgreSQL every server process must use the same secret: set "
        f"{ENV} to one long random value (for example the output of "
        "`python3 -c 'import secrets; print(secrets.token_urlsafe(32))'`) in the environment of "
        "every process that shares this database, and keep it with the database's backups.")


@lru_cache(maxsize=1)
def server_secret() -> bytes:
    configured = os.environ.get(ENV)
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
