"""Durable per-learner progress, classes and accounts (SQLAlchemy; SQLite by default, PostgreSQL at scale).

Views never touch a Session: they call named functions that take and return plain values.
- ``db``: the engine, units of work, migrations (``ensure_schema``)
- ``progress``: guests and lesson summaries; ``quizzes``: tries and answers
- ``accounts``: educators and the first-run setup; ``classes``: classes and children's sign-in
- ``access``: who owns what; ``privacy``: export and erase; ``demo``: the demo school
- ``sessions``: the server-side sessions behind educators' and children's sign-in cookies
"""
