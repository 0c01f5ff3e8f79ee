"""A learner's data as JSON, and erasing it: everything about a child hangs off the learner row."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select

from course.store import db
from course.store.access import owned_learner
from course.store.models import (
    Answer,
    AppliedEvent,
    Classroom,
    Learner,
    LessonProgress,
    LtiGradeLink,
    LtiUser,
    NeedsHelpDismissal,
    QuizTry,
    WebSession,
    XapiLearner,
    XapiOutbox,
)

EXPORT_FORMAT = "amaan-learner-export/1"
# Every table with rows about one learner, under its key in the export, in a stable order.
# tests/store/test_privacy.py fails when a table that names a learner is missing here.
PER_LEARNER = (
    ("lesson_progress", LessonProgress, (LessonProgress.lesson_id,)),
    ("quiz_tries", QuizTry, (QuizTry.id,)),
    ("answers", Answer, (Answer.id,)),
    ("events", AppliedEvent, (AppliedEvent.id,)),
    # which needs-help flags an educator hid, and when: what the dashboard shows about the child
    ("needs_help_dismissals", NeedsHelpDismissal, (NeedsHelpDismissal.rule,)),
    # when the child signed in and was last seen (the cookie's token hash is left out above)
    ("sign_in_sessions", WebSession, (WebSession.id,)),
    # the child's opaque id in xAPI statements, and the statements queued or sent to an LRS (docs/xapi.md)
    ("xapi_account", XapiLearner, (XapiLearner.learner_id,)),
    ("xapi_statements", XapiOutbox, (XapiOutbox.id,)),
    # a child launched from a platform (LTI): its opaque user id, and where their lesson grades went (docs/lti.md)
    ("lti_account", LtiUser, (LtiUser.learner_id,)),
    ("lti_grades", LtiGradeLink, (LtiGradeLink.id,)),
)
# Secrets are not data about the child; exporting them would only make the file dangerous.
_NEVER_EXPORTED = {"picture_password_hash", "guest_token_hash", "token_hash"}


def _row(obj) -> dict[str, Any]:
    out = {}
    for col in obj.__table__.columns:
        if col.key in _NEVER_EXPORTED:
            continue
        value = getattr(obj, col.key)
        out[col.key] = value.isoformat() if isinstance(value, datetime) else value
    return out


def export_learner(learner_id: int, *, as_educator: int | None = None) -> dict[str, Any]:
    """Every row recorded about the learner, JSON-able (``json.dumps`` works on it as is)."""
    with db.write() as s:  # write: _owned_learner locks the row so the export is one consistent cut
        learner = owned_learner(s, learner_id, as_educator)
        klass = s.get(Classroom, learner.class_id) if learner.class_id else None

        def rows(model, order):
            query = select(model).where(model.learner_id == learner_id).order_by(*order)
            return [_row(r) for r in s.scalars(query)]

        return {
            "format": EXPORT_FORMAT,
            "exported_at": db.utcnow().isoformat(),
            "learner": _row(learner),
            "class": {"id": klass.id, "name": klass.name} if klass else None,
            **{key: rows(model, order) for key, model, order in PER_LEARNER},
        }


def delete_learner(learner_id: int, *, as_educator: int | None = None) -> None:
    """Erase the learner and, by foreign-key cascade, every answer, try, summary and event."""
    with db.write() as s:
        owned_learner(s, learner_id, as_educator)
        s.execute(delete(Learner).where(Learner.id == learner_id))


def prune_guests(inactive_for: timedelta) -> int:
    """Erase guests not seen for ``inactive_for``; their token lives only in a browser that left."""
    cutoff = db.utcnow() - inactive_for
    with db.write() as s:
        gone = delete(Learner).where(Learner.class_id.is_(None), Learner.last_active_at < cutoff)
        # A DELETE runs through a cursor: Session.execute returns a CursorResult but is typed as Result.
        return cast("CursorResult[Any]", s.execute(gone)).rowcount
