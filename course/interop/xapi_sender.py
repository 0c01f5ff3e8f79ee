"""The background sender inside `course serve`: every COURSE_XAPI_PUSH_SECONDS, queue the new facts
and send what is due, respecting each statement's backoff (docs/xapi.md).

A plain daemon thread, not the server's event loop: a slow LRS or a long catch-up after a week
offline must never stall the children's pages. Off unless both an endpoint and a period are set.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from course.interop import xapi_outbox
from course.interop.xapi_lrs import Lrs
from course.interop.xapi_settings import SettingsError, XapiSettings

log = logging.getLogger("course.xapi")


class Sender(threading.Thread):
    def __init__(self, settings: XapiSettings, root: Path):
        super().__init__(name="xapi-sender", daemon=True)
        self.settings = settings
        self.root = root
        self.lrs = Lrs.from_settings(settings)
        self.stopping = threading.Event()

    def round(self) -> xapi_outbox.PushReport:
        """One round: queue, then send what is due. Content is loaded each round: authors' edits show."""
        xapi_outbox.enqueue(self.settings, xapi_outbox.activities_for(self.settings, self.root))
        return xapi_outbox.push(self.lrs)

    def run(self) -> None:
        while not self.stopping.is_set():
            try:
                report = self.round()
            except Exception:  # a busy database or broken content: the next round tries again
                log.exception("xapi: sending round failed")
            else:
                if report.sent or report.errors:
                    log.info("xapi: %d statement(s) sent%s", report.sent,
                             f"; {report.errors[-1]}" if report.errors else "")
            self.stopping.wait(self.settings.push_seconds)

    def stop(self) -> None:
        self.stopping.set()


def start(root: Path, settings: XapiSettings | None = None) -> Sender | None:
    """Start the sender if the deployment asks for one (COURSE_XAPI_ENDPOINT and COURSE_XAPI_PUSH_SECONDS)."""
    try:
        settings = settings or XapiSettings.from_env()
    except SettingsError as exc:  # refuse to start, as for any other setting that cannot work
        raise SystemExit(f"course serve: {exc}") from None
    if not settings.endpoint or settings.push_seconds <= 0:
        return None
    sender = Sender(settings, root)
    sender.start()
    log.info("xapi: sending to %s every %d s", settings.endpoint, settings.push_seconds)
    return sender
