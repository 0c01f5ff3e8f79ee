"""Grade passback: a learner's mastery of a lesson, sent to the platform with Assignment and Grade
Services (AGS 2.0) through pylti1p3.

The score is the store's verdict (course.store.lti: 1.0 once mastered, else the best finished quiz
score), read from the database, never from a page. A link is due whenever that verdict differs
from what the platform last accepted: a finished try is sent on the sender's next round (woken at
once by ``nudge``), a better try later is sent again, and a send that failed is retried with
backoff, so a platform that was unreachable gets the latest verdict once it is back. Sending the
same score twice is harmless: AGS keeps the latest score per user and line item.
"""
from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import requests
from pylti1p3.assignments_grades import AssignmentsGradesService
from pylti1p3.exception import LtiException
from pylti1p3.grade import Grade
from pylti1p3.lineitem import LineItem

from course.interop.lti_tool import LINE_ITEM_MAXIMUM, LINE_ITEM_TAG, ServiceTokens, registration
from course.store import lti as store

log = logging.getLogger("course.lti")
PERIOD_ENV = "COURSE_LTI_GRADE_SECONDS"
PERIOD_DEFAULT = 10.0
BACKOFF_FIRST = timedelta(seconds=30)
BACKOFF_MAX = timedelta(minutes=15)
TIMEOUT = 15  # seconds for one request to the platform: a slow platform never holds a round for long


def retry_after(attempts: int) -> timedelta:
    return min(BACKOFF_FIRST * 2 ** max(attempts - 1, 0), BACKOFF_MAX)


def period() -> float:
    raw = os.environ.get(PERIOD_ENV, "").strip()
    try:
        value = float(raw) if raw else PERIOD_DEFAULT
    except ValueError:
        raise ValueError(f"{PERIOD_ENV} is a number of seconds, not {raw!r}") from None
    return value


class _Session(requests.Session):
    """pylti1p3 sets no timeout on its requests: a hung platform must not hang the sender."""

    def request(self, method, url, *args, **kwargs):
        kwargs.setdefault("timeout", TIMEOUT)
        return super().request(method, url, *args, **kwargs)


def _session() -> requests.Session:
    session = _Session()
    session.headers["User-Agent"] = "Amaan-LTI"
    return session


def send(due: store.GradeDue, session: requests.Session | None = None) -> None:
    """Post one verdict; raises on any failure (the caller records it and retries later)."""
    platform = store.platform(due.platform_id)
    if platform is None:
        raise LookupError("the platform is no longer registered")
    http = session or _session()
    ags = AssignmentsGradesService(ServiceTokens(registration(platform), http), due.endpoint)  # type: ignore[arg-type]
    grade = (Grade().set_score_given(due.score).set_score_maximum(1.0).set_user_id(due.subject)
             .set_activity_progress("Completed").set_grading_progress("FullyGraded")
             .set_timestamp(datetime.now(timezone.utc).isoformat(timespec="milliseconds")))
    line_item = None
    if not due.endpoint.get("lineitem"):  # a link with no line item of its own: find or make the lesson's
        line_item = (LineItem().set_tag(LINE_ITEM_TAG).set_resource_id(due.lesson_id)
                     .set_resource_link_id(due.resource_link_id).set_label(due.lesson_id)
                     .set_score_maximum(LINE_ITEM_MAXIMUM))
    ags.put_grade(grade, line_item)


@dataclass
class PushReport:
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def push(*, ignore_backoff: bool = False, limit: int = 100) -> PushReport:
    """Send every due verdict once (oldest due first); failures wait out their backoff."""
    report = PushReport()
    session = _session()
    for due in store.grades_due(limit=limit, ignore_backoff=ignore_backoff):
        try:
            send(due, session)
        except (LtiException, LookupError, requests.RequestException, ValueError) as exc:
            error = f"{type(exc).__name__}: {exc}"
            store.grade_failed(due.link_id, error, retry_after(due.attempts + 1))
            report.failed += 1
            report.errors.append(error)
        else:
            store.grade_sent(due.link_id, due.score)
            report.sent += 1
    return report


class Sender(threading.Thread):
    """Inside `course serve`: a round every ``period`` seconds, or at once when nudged. A daemon
    thread, so a slow platform never stalls the children's pages."""

    def __init__(self, seconds: float):
        super().__init__(name="lti-grades", daemon=True)
        self.seconds = seconds
        self.wake = threading.Event()
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            try:
                report = push()
                store.prune_values()
            except Exception:  # a busy database: the next round tries again
                log.exception("lti: grade round failed")
            else:
                if report.sent or report.failed:
                    log.info("lti: %d grade(s) sent, %d failed%s", report.sent, report.failed,
                             f": {report.errors[-1]}" if report.errors else "")
            self.wake.wait(self.seconds)
            self.wake.clear()

    def stop(self) -> None:
        self.stopping.set()
        self.wake.set()


_sender: Sender | None = None


def start() -> Sender | None:
    """Start the sender once per process (0 or less in COURSE_LTI_GRADE_SECONDS: no sender)."""
    global _sender
    seconds = period()
    if seconds <= 0 or _sender is not None:
        return _sender
    _sender = Sender(seconds)
    _sender.start()
    return _sender


def nudge() -> None:
    """A quiz try just finished: send its verdict now rather than at the next round."""
    if _sender is not None:
        _sender.wake.set()
