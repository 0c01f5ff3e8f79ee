"""What every visitor of the process shares, built once: content, bundles and the database.

The served script runs again for every session; this module does not, so nothing here is
rebuilt per visitor (platform-notes.md: sessions and cost).
"""
from __future__ import annotations

import logging
import threading
from functools import lru_cache

from course import paths
from course.content.report import ContentReport, load_content
from course.l10n.bundles import Translator, translator

log = logging.getLogger("course.web")
_lock = threading.Lock()
_report: ContentReport | None = None


def content() -> ContentReport:
    """The loaded content; problems are logged once and broken lessons are left out."""
    global _report
    if _report is None:
        with _lock:
            if _report is None:
                report = load_content(paths.content_root())
                for problem in sorted(report.problems):
                    log.warning("content: %s", problem)
                _report = report
    return _report


def reload_content() -> ContentReport:
    """Forget the loaded content and bundles (``course serve --dev`` on a file change)."""
    global _report
    from course.l10n import bundles

    with _lock:
        _report = None
        bundles.reset()
    return content()


def tr(locale: str) -> Translator:
    return translator(locale, paths.content_root())


@lru_cache(maxsize=1)
def database_ready() -> bool:
    """Upgrade the schema once per process (an empty SQLite file is created on first start)."""
    from course.store import db

    db.ensure_schema()
    return True
