"""Guests and lesson progress: the summary layer (one row per learner and lesson)."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from course.auth.passwords import hash_token, new_token
from course.store import db
from course.store.events import apply_once, event_key
from course.store.models import Learner, LessonProgress
from course.store.records import LearnerInfo, ProgressSummary

# A step shown for longer than this counts as this long: a tab left open over lunch is not study.
MAX_STEP_SECONDS = 600
AGE_BANDS = ("under-9", "9-12", "13-18")
# A guest not seen for this long is gone: their token no longer opens anything, the browser's
# cookie lasts as long, and course.web.housekeeping erases the row (README, "Privacy and safety").
GUEST_RETENTION = timedelta(days=30)


def create_guest(locale: str = "ar", age_band: str | None = None, country: str | None = None) -> tuple[int, str]:
    """A learner with no class; the token (kept in the browser) is the only way back to them."""
    if age_band is not None and age_band not in AGE_BANDS:
        raise ValueError(f"age band is one of {AGE_BANDS}")
    token = new_token()
    with db.write() as s:
        learner = Learner(display_name="", locale=locale, age_band=age_band, country=country,
                          guest_token_hash=hash_token(token))
        s.add(learner)
        s.flush()
        return learner.id, token


def learner_for_guest_token(token: str) -> LearnerInfo | None:
    """The guest the token names, seen again now; None once forgotten or away for GUEST_RETENTION
    (even before the hourly erase comes round)."""
    if not token:
        return None
    now = db.utcnow()
    with db.write() as s:
        learner = s.scalar(select(Learner).where(Learner.guest_token_hash == hash_token(token),
                                                 Learner.class_id.is_(None),
                                                 Learner.last_active_at > now - GUEST_RETENTION))
        if learner is None:
            return None
        learner.last_active_at = now
        return LearnerInfo.of(learner)


def forget_guest(learner_id: int) -> None:
    """"I'm done" on a shared device: no token opens this guest again. Their progress stays, out of
    everyone's reach, until privacy.prune_guests erases it with the other guests who left."""
    with db.write() as s:
        s.execute(update(Learner).where(Learner.id == learner_id, Learner.class_id.is_(None))
                  .values(guest_token_hash=None).execution_options(synchronize_session=False))


def learner_info(learner_id: int) -> LearnerInfo | None:
    with db.read() as s:
        learner = s.get(Learner, learner_id)
        return LearnerInfo.of(learner) if learner else None


def set_learner_locale(learner_id: int, locale: str) -> None:
    with db.write() as s:
        learner = s.get(Learner, learner_id)
        if learner is not None:
            learner.locale = locale


FORMS_OF_ADDRESS = ("f", "m")


def set_form_of_address(learner_id: int, form: str | None) -> None:
    """How the app speaks to the learner: "f" as to a girl, "m" as to a boy, None not chosen."""
    if form is not None and form not in FORMS_OF_ADDRESS:
        raise ValueError(f"form of address {form!r}")
    with db.write() as s:
        learner = s.get(Learner, learner_id)
        if learner is not None:
            learner.form_of_address = form


def summary_row(s: Session, learner_id: int, lesson_id: str, content_version: str) -> LessonProgress:
    """The learner's summary for a lesson, created empty on first use."""
    row = s.scalar(select(LessonProgress).where(
        LessonProgress.learner_id == learner_id, LessonProgress.lesson_id == lesson_id))
    if row is None:
        row = LessonProgress(learner_id=learner_id, lesson_id=lesson_id, content_version=content_version,
                             current_step=0, furthest_step=0, total_steps=0, progress=0.0,
                             time_spent_seconds=0)
        s.add(row)
    return row


def step_key(lesson_id: str, content_version: str, from_step: int | None, step_index: int,
             place: ProgressSummary | None) -> str:
    """The key of reaching card ``step_index`` from card ``from_step``, made on ``place``: the summary
    as the learner's screen last had it (None before the lesson was ever saved).

    The place stands to a move as the attempt number to an answer: the same move made on the same
    place is one event however often it is sent, while going back and forward again is a new one.
    """
    seen = place.updated_at.isoformat() if place is not None else None
    return event_key("step", lesson_id, content_version, from_step, step_index, seen)


def record_step(learner_id: int, lesson_id: str, step_index: int, total_steps: int,
                elapsed_seconds: float, content_version: str, key: str,
                from_step: int | None = None) -> ProgressSummary:
    """The learner reached card ``step_index`` (0-based) of ``total_steps``; counted once per key.

    ``from_step`` is the card Next or Back was tapped on: the move is applied only if that is the
    card stored as current, so one tap sent twice (say from two tabs) moves once, and the copy gets
    the summary back unchanged. None means arriving without a tap (opening the lesson): always applied.
    ``elapsed_seconds`` is the time spent on the previous card. The furthest card only moves
    forward (going back to re-read keeps it). Reaching the last card completes nothing: a lesson is
    completed by finishing its quiz (``quizzes.finish_quiz_try``), never by tapping Next.
    """
    if not 0 <= step_index < total_steps:
        raise ValueError(f"step {step_index} is outside 0..{total_steps - 1}")
    elapsed = int(min(max(elapsed_seconds, 0), MAX_STEP_SECONDS))

    def advance(s: Session) -> ProgressSummary:
        row = summary_row(s, learner_id, lesson_id, content_version)
        # a summary not yet stored has no current card for a copy to be late for
        stale = from_step is not None and row.id is not None and row.current_step != from_step
        if not stale:
            _reach(row, step_index, total_steps, elapsed, content_version)
        s.flush()
        return ProgressSummary.of(row)

    applied, summary = apply_once(learner_id, key, "step", advance)
    if applied:
        assert summary is not None, "advance returns a summary whenever the event is applied"
        return summary
    current = lesson_progress(learner_id).get(lesson_id)
    if current is None:
        raise ValueError(f"key {key!r} was already used for another event")
    return current


def _reach(row: LessonProgress, step_index: int, total_steps: int, elapsed: int, content_version: str) -> None:
    # The lesson may have gained or lost cards since the last visit (a new content version).
    row.furthest_step = min(max(row.furthest_step, step_index), total_steps - 1)
    row.current_step = step_index
    row.total_steps = total_steps
    row.progress = (row.furthest_step + 1) / total_steps
    row.time_spent_seconds += elapsed
    row.content_version = content_version
    row.updated_at = db.utcnow()


def lesson_progress(learner_id: int) -> dict[str, ProgressSummary]:
    """Every lesson the learner has started, by lesson id."""
    with db.read() as s:
        rows = s.scalars(select(LessonProgress).where(LessonProgress.learner_id == learner_id))
        return {r.lesson_id: ProgressSummary.of(r) for r in rows}


def class_progress(class_id: int) -> dict[int, dict[str, ProgressSummary]]:
    """learner id -> lesson id -> summary, for every learner of the class (those with none too)."""
    with db.read() as s:
        ids = s.scalars(select(Learner.id).where(Learner.class_id == class_id)).all()
        result: dict[int, dict[str, ProgressSummary]] = {i: {} for i in ids}
        rows = s.scalars(select(LessonProgress).join(Learner, Learner.id == LessonProgress.learner_id)
                         .where(Learner.class_id == class_id))
        for r in rows:
            result[r.learner_id][r.lesson_id] = ProgressSummary.of(r)
        return result
