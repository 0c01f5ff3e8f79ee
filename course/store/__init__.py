"""Durable per-learner progress, classes and accounts (SQLAlchemy; SQLite by default, PostgreSQL at scale).

Views never touch a Session: they call the named functions in ``progress``, ``accounts``,
``classes`` and ``privacy``, which take and return plain values. ``db`` owns the engine.
"""
