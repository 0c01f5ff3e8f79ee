"""The ministry view's rollup: small tables of aggregates that the view reads instead of every
learner's lesson summaries (200 schools of 500 learners: a million rows, 2.6 s to group; issue 19).

What is kept, per group (the learners of one age band in one school, the unit of the view's rule
"no group smaller than MIN_GROUP learners is shown"), and never a learner's id:

- ``ministry_group``: its learners and those active in the last ACTIVE_FOR, as of the refresh;
- ``ministry_lesson_month``: per lesson and month (YYYY-MM, UTC), the lessons completed in that
  month and those mastered in that month;
- ``ministry_coverage``: per risk (the four Cs), its learners who completed at least one lesson on it.

Why these add up exactly to what the view shows. A learner is in one class, so in one school, and
has one age band: the learners of a place (a school or a region) are the disjoint union of its
groups, so summing group counts over the groups of a place counts each learner once — a distinct
count per group adds across schools and bands. The rule is decided at the group level, on the
group's size, before anything is summed (course.reports.ministry). Across months distinct counts do
not add (a learner active in two months is one learner), so nothing here is a distinct count per
month: a lesson summary is completed once (``completed_at`` is set once, as is ``mastered_at``), so
"completed in month M" counts (learner, lesson) pairs that each fall in exactly one month, and those
add across months and schools. Group sizes and coverage are whole-history counts, recomputed in full
at every refresh (a few hundred rows per table), never per month.

Refresh: one transaction (PostgreSQL: under an advisory lock, so two processes' housekeeping, or the
command line and a server, wait for each other instead of doubling rows; SQLite: BEGIN IMMEDIATE does
the same) deletes and recomputes the groups, the coverage, and the lesson months from the month
before the last refresh's (or this one, whichever is earlier) on. Older months are frozen once
computed: completions are dated when they happen and never move. What can still change them is a
learner deleted or moved after their month was frozen; ``refresh(full=True)`` (``course ministry
refresh --all``) recomputes every month from what remains. The first refresh (an empty rollup) is
full. Coverage depends on which lessons cover which risk (content, not the database): the refresh
records a fingerprint of that map, and a view whose lessons differ recomputes the rollup once.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, case, delete, func, insert, literal, or_, select, union_all
from sqlalchemy.orm import Session

from course.content.model import RISKS  # a constant: no content is loaded
from course.reports.status import completed
from course.store import db
from course.store.models import (
    Classroom,
    Educator,
    Learner,
    LessonProgress,
    MinistryCoverage,
    MinistryGroup,
    MinistryLessonMonth,
    ServerState,
)

NO_BAND = ""  # learners whose age band is not known
ACTIVE_FOR = timedelta(days=30)  # "active": did something in the last 30 days
STATE = "ministry-rollup"  # the server_state row: when the figures were computed, from which risks map
ANY_AGE = timedelta(days=36500)  # for ``unless_within``: any refresh at all will do
_LOCK_ID = 0x616D61616E02  # PostgreSQL advisory lock: one refresh at a time on the whole deployment


@dataclass(frozen=True)
class Freshness:
    at: datetime  # the figures count what was stored up to then
    covering: str  # fingerprint of the risks map they were computed with


@dataclass(frozen=True)
class Refreshed:
    at: datetime
    from_month: str | None  # the first month recomputed (YYYY-MM); None: every month
    groups: int  # rows in each table after the refresh
    lesson_months: int
    coverage: int
    skipped: bool = False  # a refresh recent enough was found: nothing was written


def covering(lessons: Sequence[Mapping]) -> dict[str, list[str]]:
    """Which lesson ids cover each risk, from the lessons' ``risks``."""
    found: dict[str, list[str]] = {risk: [] for risk in RISKS}
    for lesson in lessons:
        for risk in lesson.get("risks", ()):
            if risk not in found:
                raise ValueError(f"unknown risk {risk!r}: one of {RISKS}")
            if str(lesson["id"]) not in found[risk]:
                found[risk].append(str(lesson["id"]))
    return found


def fingerprint(risks: Mapping[str, Sequence[str]]) -> str:
    plain = {risk: sorted(ids) for risk, ids in risks.items()}
    return hashlib.sha256(json.dumps(plain, sort_keys=True).encode()).hexdigest()[:32]


def state(s: Session) -> Freshness | None:
    """The last refresh, None before the first."""
    return _parsed(s.get(ServerState, STATE))


def _parsed(row: ServerState | None) -> Freshness | None:
    if row is None:
        return None
    value = json.loads(row.value)
    return Freshness(datetime.fromisoformat(value["at"]), value["covering"])


def current(s: Session, lessons: Sequence[Mapping]) -> Freshness | None:
    """The last refresh if it was made with these lessons' risks, else None (the view refreshes)."""
    found = state(s)
    return found if found is not None and found.covering == fingerprint(covering(lessons)) else None


def month_text(when: datetime) -> str:
    return when.strftime("%Y-%m")


def month_start(when: datetime, back: int = 0) -> datetime:
    """The first instant of ``when``'s month (UTC), ``back`` months earlier."""
    first = when.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    for _ in range(back):
        first = (first - timedelta(days=1)).replace(day=1)
    return first


def refresh(lessons: Sequence[Mapping], *, now: datetime | None = None, full: bool = False,
            unless_within: timedelta | None = None) -> Refreshed:
    """Recompute the rollup in one transaction; idempotent. ``unless_within``: do nothing if the last
    refresh, made with the same risks map, is at most that old (checked under the lock, so servers
    that wake up together compute once)."""
    risks = covering(lessons)
    made_with = fingerprint(risks)
    now = now or db.utcnow()
    with db.write() as s:
        dialect = s.get_bind().dialect.name
        if dialect == "postgresql":
            # For this transaction only (as SET LOCAL: it holds under PgBouncer's transaction
            # pooling): JIT compiling these few large GROUP BYs costs more than running them, 4 MB
            # of work_mem sends their hash tables to disk, and months are cut in UTC.
            s.execute(select(func.pg_advisory_xact_lock(_LOCK_ID), func.set_config("jit", "off", True),
                             func.set_config("work_mem", "64MB", True), func.set_config("TimeZone", "UTC", True)))
        row = s.get(ServerState, STATE)
        last = _parsed(row)
        if (unless_within is not None and last is not None and last.covering == made_with
                and last.at >= now - unless_within):
            return Refreshed(last.at, None, 0, 0, 0, skipped=True)
        since = None if full or last is None else month_start(min(last.at, now), back=1)
        _groups(s, now)
        _lesson_months(s, dialect, since)
        _coverage(s, risks)
        # (INSERT ... SELECT's rowcount is -1 on both drivers when the SELECT starts WITH)
        groups, months, coverage = s.execute(select(*(select(func.count()).select_from(table).scalar_subquery()
                                                      for table in (MinistryGroup, MinistryLessonMonth,
                                                                    MinistryCoverage)))).one()
        value = json.dumps({"at": now.isoformat(), "covering": made_with})
        if row is None:
            s.add(ServerState(name=STATE, value=value))
        else:
            row.value = value
        return Refreshed(now, None if since is None else month_text(since), groups, months, coverage)


def _band() -> ColumnElement[str]:
    return func.coalesce(Learner.age_band, NO_BAND)


def _in_schools(query):
    """The query, from a class id column on, joined to the class's educator, who has a school
    (guests have no class and ministry accounts no school: neither counts anywhere)."""
    return (query.join(Educator, Educator.id == Classroom.educator_id).where(Educator.school_id.isnot(None)))


def _groups(s: Session, now: datetime) -> None:
    s.execute(delete(MinistryGroup))
    band = _band()  # one expression, so that PostgreSQL sees the same one selected and grouped by
    active = func.count(case((Learner.last_active_at >= now - ACTIVE_FOR, Learner.id)))
    query = _in_schools(select(Educator.school_id, band, func.count(Learner.id), active)
                        .select_from(Learner).join(Classroom, Classroom.id == Learner.class_id)
                        ).group_by(Educator.school_id, band)
    s.execute(insert(MinistryGroup).from_select(["school_id", "band", "learners", "active_learners"], query))


def _month(dialect: str, column) -> ColumnElement:
    """SQL: a UTC timestamp's month: text YYYY-MM on SQLite (which keeps naive UTC text), the first
    instant of the month on PostgreSQL (date_trunc groups a million rows far faster than to_char,
    which runs after, on the grouped rows)."""
    if dialect == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.date_trunc("month", column)


def _lesson_months(s: Session, dialect: str, since: datetime | None) -> None:
    """Lessons completed and mastered per group, lesson and month, from ``since`` on (None: ever):
    the summaries are grouped by class first (one join, integer keys), then each count goes to its
    own month (a completion to the month it was completed, a mastery to the month it was mastered)
    and only those few rows are joined to their school."""
    gone = delete(MinistryLessonMonth)
    s.execute(gone if since is None else gone.where(MinistryLessonMonth.month >= month_text(since)))
    done_month, mastered_month = _month(dialect, LessonProgress.completed_at), _month(dialect, LessonProgress.mastered_at)
    recent = [] if since is None else [or_(LessonProgress.completed_at >= since, LessonProgress.mastered_at >= since)]
    band = _band()
    per_class = (select(Learner.class_id, band.label("band"), LessonProgress.lesson_id,
                        done_month.label("done"), mastered_month.label("mastered"), func.count().label("n"))
                 .select_from(LessonProgress).join(Learner, Learner.id == LessonProgress.learner_id)
                 .where(completed(), *recent)
                 .group_by(Learner.class_id, band, LessonProgress.lesson_id, done_month, mastered_month).cte())
    first = None if since is None else (month_text(since) if dialect == "sqlite" else since)

    def in_window(month):
        return month.isnot(None) if first is None else month >= first

    events = union_all(
        select(per_class.c.class_id, per_class.c.band, per_class.c.lesson_id, per_class.c.done.label("month"),
               per_class.c.n.label("done_n"), literal(0).label("mastered_n")).where(in_window(per_class.c.done)),
        select(per_class.c.class_id, per_class.c.band, per_class.c.lesson_id, per_class.c.mastered,
               literal(0), per_class.c.n).where(in_window(per_class.c.mastered))).subquery()
    # grouped by the month's first instant, made text only in the SELECT: sorting 300,000 rows by
    # to_char's text cost 0.8 s on 200 schools
    month = events.c.month if dialect == "sqlite" else func.to_char(events.c.month, "YYYY-MM")
    query = _in_schools(select(Educator.school_id, events.c.band, events.c.lesson_id, month,
                               func.sum(events.c.done_n), func.sum(events.c.mastered_n))
                        .select_from(events).join(Classroom, Classroom.id == events.c.class_id)
                        ).group_by(Educator.school_id, events.c.band, events.c.lesson_id, events.c.month)
    s.execute(insert(MinistryLessonMonth).from_select(
        ["school_id", "band", "lesson_id", "month", "completed", "mastered"], query))


def _coverage(s: Session, risks: Mapping[str, Sequence[str]]) -> None:
    """Per group and risk, the learners who completed at least one lesson on it: per learner first
    (one pass, no COUNT DISTINCT), then summed per group, then one row per risk."""
    s.execute(delete(MinistryCoverage))
    named = [risk for risk in RISKS if risks[risk]]
    if not named:
        return
    every = sorted({lesson for risk in named for lesson in risks[risk]})
    per_learner = (select(LessonProgress.learner_id, *(
        func.max(case((LessonProgress.lesson_id.in_(risks[r]), 1), else_=0)).label(r) for r in named))
        .where(LessonProgress.lesson_id.in_(every), completed()).group_by(LessonProgress.learner_id).subquery())
    band = _band()
    per_group = _in_schools(select(Educator.school_id.label("school_id"), band.label("band"),
                                   *(func.sum(per_learner.c[r]).label(r) for r in named))
                            .select_from(per_learner).join(Learner, Learner.id == per_learner.c.learner_id)
                            .join(Classroom, Classroom.id == Learner.class_id)
                            ).group_by(Educator.school_id, band).cte("per_group")
    rows = union_all(*(select(per_group.c.school_id, per_group.c.band, literal(r), per_group.c[r])
                       .where(per_group.c[r] > 0) for r in named))
    s.execute(insert(MinistryCoverage).from_select(["school_id", "band", "risk", "learners"], rows))
