"""``course serve --dev``: content files reload when they change, without restarting.

A small polling thread (one ``stat`` per content file each second: no extra dependency,
and it works the same on every filesystem a school may use). A reload rebuilds the
shared catalogue and bundles; sessions opened afterwards see the new content, and the
author preview page redraws itself.
"""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from course import paths
from course.web import shared

log = logging.getLogger("course.web")
WATCHED = ("lessons", "quizzes", "locales", "help")


def snapshot(root: Path) -> dict[str, float]:
    out = {}
    for folder in WATCHED:
        for path in (root / folder).rglob("*"):
            if path.is_file():
                out[str(path)] = path.stat().st_mtime
    return out


def watch(interval: float = 1.0) -> threading.Thread:
    root = paths.content_root()

    def loop() -> None:
        seen = snapshot(root)
        while True:
            time.sleep(interval)
            now = snapshot(root)
            if now != seen:
                seen = now
                report = shared.reload_content()
                log.info("content reloaded: %d lessons, %d problems", len(report.catalogue), len(report.problems))

    thread = threading.Thread(target=loop, name="content-reload", daemon=True)
    thread.start()
    return thread
