"""Exceptions the repository raises; views turn them into messages."""


class StoreError(Exception):
    """Base of every error raised on purpose by the store."""


class NotFound(StoreError):
    """The row asked for does not exist (or belongs to someone else: we do not say which)."""


class NotAllowed(StoreError):
    """The caller is known but may not do this (not the owner, not an admin)."""


class SetupError(StoreError):
    """The one-time setup token is wrong, used, or an educator already exists."""
