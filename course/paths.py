"""Where things live: the content (COURSE_CONTENT_DIR, else the checkout this package sits in) and
the server's own files (COURSE_DATA_DIR: the SQLite database and the secret key)."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def content_root() -> Path:
    configured = os.environ.get("COURSE_CONTENT_DIR")
    if configured:
        return Path(configured).resolve()
    beside = PACKAGE_DIR.parent
    if (beside / "lessons").is_dir():
        return beside
    return Path.cwd()


def data_dir() -> Path:
    return Path(os.environ.get("COURSE_DATA_DIR") or "data")
