"""Exceptions the repository raises; views turn them into messages."""


class StoreError(Exception):
    """Base of every error raised on purpose by the store."""


class NotFound(StoreError):
    """The row asked for does not exist (or belongs to someone else: we do not say which)."""


class NotAllowed(StoreError):
    """The caller is known but may not do this (not the owner, not an admin)."""


class SetupError(StoreError):
    """The one-time setup token is wrong, used, or an educator already exists."""


class StorageFull(StoreError):
    """The database could not write because its disk (or its size limit) is full: SQLite's
    SQLITE_FULL, PostgreSQL's disk_full (53100). Nothing the visitor did or can fix, and not a
    network problem: the answer is on the server, which cannot keep it until space is freed."""
