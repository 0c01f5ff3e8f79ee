"""Typed tables. Content (lessons, quizzes) lives in files: rows name it by id and version, never by FK.

No contact data about children is modelled on purpose: a learner is a display name, an optional
age band, a locale and a country. Deleting a learner deletes every row about them (FK cascades).
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from course.store.db import utcnow

# Stable constraint names: Alembic's batch mode on SQLite and drops on PostgreSQL need them.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = 48  # length of a content id (see course/content/model.py)
KEY = 64  # length of an idempotency key
VERSION = 64  # length of a content version hash


class UTC(TypeDecorator):
    """Aware UTC datetimes on both databases (SQLite would hand back naive ones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime: use course.store.db.utcnow()")
        if value is not None and dialect.name == "sqlite":
            return value.astimezone(timezone.utc).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTC, dict[str, Any]: JSON, list[str]: JSON}


class Educator(Base):
    __tablename__ = "educator"
    __table_args__ = (CheckConstraint("role IN ('educator', 'admin')", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)  # stored lower-cased
    display_name: Mapped[str] = mapped_column(String(80))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default="educator")  # 'admin': the admin of their school
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    # The school the account works in; its classes are that school's (course.store.schools). NULL only
    # for a ministry account that teaches nowhere. Nullable in the database because SQLite adds a
    # column with REFERENCES only when it defaults to NULL (migration 0010); the store always sets it.
    # No ON DELETE: a school with educators cannot be deleted (NO ACTION refuses it as RESTRICT would,
    # and SQLite's reflection of a column added in place sees no option, so the schema test agrees).
    school_id: Mapped[int | None] = mapped_column(ForeignKey("school.id"), index=True)


class Classroom(Base):
    __tablename__ = "classroom"
    __table_args__ = (
        CheckConstraint("results_visibility IN ('learner', 'educator')", name="results_visibility"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    educator_id: Mapped[int] = mapped_column(ForeignKey("educator.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    join_code: Mapped[str] = mapped_column(String(8), unique=True)
    allow_self_register: Mapped[bool] = mapped_column(default=False)
    country: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    # 'learner': learners see their own scores; 'educator': only the educator does.
    results_visibility: Mapped[str] = mapped_column(String(16), default="learner")
    # Children who add themselves wait in join_request until the educator approves their name.
    approve_new_names: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The class spent its budget of wrong picture passwords: picture sign-in rests until then,
    # or until the educator opens it (course.store.signin_budgets).
    pictures_rest_until: Mapped[datetime | None]
    archived_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Learner(Base):
    __tablename__ = "learner"
    __table_args__ = (
        # The sign-in picker shows names only: two identical names in a class could not be told apart.
        UniqueConstraint("class_id", "display_name"),
        CheckConstraint("age_band IN ('under-9', '9-12', '13-18')", name="age_band"),
        CheckConstraint("form_of_address IN ('f', 'm')", name="form_of_address"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int | None] = mapped_column(ForeignKey("classroom.id", ondelete="CASCADE"), index=True)
    display_name: Mapped[str] = mapped_column(String(40))
    age_band: Mapped[str | None] = mapped_column(String(8))
    picture_password_hash: Mapped[str | None] = mapped_column(String(160))
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    # sha256 of a 256-bit random token: high entropy, so a fast hash is enough and allows lookup.
    guest_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    locale: Mapped[str] = mapped_column(String(8), default="ar")
    country: Mapped[str | None] = mapped_column(String(2))
    # How the app speaks to the child, as they chose it on the home screen: "f" as to a girl, "m" as
    # to a boy, NULL not chosen (spoken to as today). A preference for the wording, not a gender
    # field: no report shows it (docs/authoring.md, "Girls are addressed as girls").
    form_of_address: Mapped[str | None] = mapped_column(String(1))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_active_at: Mapped[datetime] = mapped_column(default=utcnow)


class JoinRequest(Base):
    """A child who added themselves to a class whose new names need the educator's approval.

    Not a learner until approved: the name is on no list a classmate sees, signs no one in and
    counts in no report. Approving moves it to learner; rejecting deletes it.
    """

    __tablename__ = "join_request"
    __table_args__ = (
        UniqueConstraint("class_id", "display_name"),
        CheckConstraint("age_band IN ('under-9', '9-12', '13-18')", name="age_band"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classroom.id", ondelete="CASCADE"), index=True)
    display_name: Mapped[str] = mapped_column(String(40))
    age_band: Mapped[str | None] = mapped_column(String(8))
    picture_password_hash: Mapped[str | None] = mapped_column(String(160))
    locale: Mapped[str] = mapped_column(String(8), default="ar")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class QuizTry(Base):
    __tablename__ = "quiz_try"
    __table_args__ = (
        UniqueConstraint("learner_id", "idempotency_key"),
        Index(None, "learner_id", "lesson_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    lesson_id: Mapped[str] = mapped_column(String(ID))
    quiz_id: Mapped[str] = mapped_column(String(ID))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    score: Mapped[float | None]
    # Copied in when the try starts so that editing the quiz file can't change a result in flight.
    mastery_threshold: Mapped[float]
    tries_per_question: Mapped[int]
    question_count: Mapped[int | None]
    content_version: Mapped[str] = mapped_column(String(VERSION))
    shuffle_seed: Mapped[int]
    idempotency_key: Mapped[str] = mapped_column(String(KEY))


class Answer(Base):
    __tablename__ = "answer"
    __table_args__ = (
        # Keys are unique per learner, so one learner's keys can never shadow another's events.
        UniqueConstraint("learner_id", "idempotency_key"),
        # One row per attempt: a resend under a fresh key still cannot count twice.
        UniqueConstraint("try_id", "question_id", "attempt"),
        CheckConstraint("attempt >= 1", name="attempt"),
        CheckConstraint("score >= 0 AND score <= 1", name="score"),
        # The dashboard reads a class's answers to one lesson: without it PostgreSQL scans them all.
        Index(None, "learner_id", "lesson_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    try_id: Mapped[int] = mapped_column(ForeignKey("quiz_try.id", ondelete="CASCADE"))
    lesson_id: Mapped[str] = mapped_column(String(ID))
    quiz_id: Mapped[str] = mapped_column(String(ID))
    question_id: Mapped[str] = mapped_column(String(ID))
    # The response as the question kind gives it (Question.normalise): option ids for a choice, the
    # items in the learner's order for an ordering. ``chosen`` is its set, sorted, for the reports.
    response: Mapped[list[str]]
    chosen: Mapped[list[str]]
    score: Mapped[float]  # 0..1, from Question.score; partly right is possible for some kinds
    correct: Mapped[bool]  # score == 1
    hint_used: Mapped[bool] = mapped_column(default=False)
    attempt: Mapped[int]
    content_version: Mapped[str] = mapped_column(String(VERSION))
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)
    idempotency_key: Mapped[str] = mapped_column(String(KEY))


class LessonProgress(Base):
    __tablename__ = "lesson_progress"
    __table_args__ = (UniqueConstraint("learner_id", "lesson_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    lesson_id: Mapped[str] = mapped_column(String(ID))
    current_step: Mapped[int] = mapped_column(default=0)
    furthest_step: Mapped[int] = mapped_column(default=0)
    total_steps: Mapped[int] = mapped_column(default=0)
    progress: Mapped[float] = mapped_column(default=0.0)
    time_spent_seconds: Mapped[int] = mapped_column(default=0)
    best_score: Mapped[float | None]
    completed_at: Mapped[datetime | None]
    mastered_at: Mapped[datetime | None]
    content_version: Mapped[str] = mapped_column(String(VERSION))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class AppliedEvent(Base):
    """Idempotency keys of events that have no row of their own (steps, quiz finishes)."""

    __tablename__ = "applied_event"
    __table_args__ = (UniqueConstraint("learner_id", "idempotency_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    idempotency_key: Mapped[str] = mapped_column(String(KEY))
    kind: Mapped[str] = mapped_column(String(16))
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)


class ClassAssignment(Base):
    """A lesson the educator assigned to a class: its learners see assigned lessons first, in order."""

    __tablename__ = "class_assignment"

    class_id: Mapped[int] = mapped_column(ForeignKey("classroom.id", ondelete="CASCADE"), primary_key=True)
    lesson_id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    position: Mapped[int]
    assigned_at: Mapped[datetime] = mapped_column(default=utcnow)


class NeedsHelpDismissal(Base):
    """An educator hid a needs-help flag: it stays hidden until newer evidence raises it again."""

    __tablename__ = "needs_help_dismissal"

    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True)
    rule: Mapped[str] = mapped_column(String(32), primary_key=True)
    dismissed_at: Mapped[datetime] = mapped_column(default=utcnow)
    dismissed_by: Mapped[int | None] = mapped_column(ForeignKey("educator.id", ondelete="SET NULL"))


class ServerState(Base):
    """Small named values: the setup token's hash, the demo marker."""

    __tablename__ = "server_state"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SignInFailure(Base):
    """Failed sign-ins per bucket (a keyed hash of the IP, never the IP itself), for rate limiting."""

    __tablename__ = "sign_in_failure"
    __table_args__ = (Index(None, "bucket", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bucket: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class WebSession(Base):
    """A signed-in browser: its cookie carries a random token, of which only the sha256 is kept here.

    A row lets a sign-in end before its cookie does: signing out, new pictures or an archived class
    revoke it (course.store.sessions). Deleting the educator or learner deletes their rows.
    """

    __tablename__ = "web_session"
    __table_args__ = (
        CheckConstraint("kind IN ('educator', 'learner')", name="kind"),
        CheckConstraint("(kind = 'educator' AND educator_id IS NOT NULL AND learner_id IS NULL)"
                        " OR (kind = 'learner' AND learner_id IS NOT NULL AND educator_id IS NULL)", name="subject"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    educator_id: Mapped[int | None] = mapped_column(ForeignKey("educator.id", ondelete="CASCADE"), index=True)
    learner_id: Mapped[int | None] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class XapiLearner(Base):
    """The learner's name in xAPI statements: a random UUID made once, never derived from the learner's
    name, id or class, so an LRS learns nothing but "the same child again" (docs/xapi.md)."""

    __tablename__ = "xapi_learner"

    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True)
    account: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class XapiClass(Base):
    """The class in xAPI statements' context: a random UUID, never its name or its join code."""

    __tablename__ = "xapi_class"

    class_id: Mapped[int] = mapped_column(ForeignKey("classroom.id", ondelete="CASCADE"), primary_key=True)
    group_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class XapiOutbox(Base):
    """One xAPI statement per fact (a row of lesson_progress, quiz_try or answer), frozen when queued.

    (source, source_id) names the fact, so the scan that queues statements can never queue one twice;
    the statement is kept as sent, so a resend is byte for byte the same statement under the same id
    (an LRS refuses a different statement under a known id). Deleting the learner deletes their rows,
    sent or not (course.store.xapi_outbox).
    """

    __tablename__ = "xapi_outbox"
    __table_args__ = (
        UniqueConstraint("source", "source_id"),
        Index(None, "sent_at", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(24))  # e.g. "answer", "try-completed"
    source_id: Mapped[int]
    statement_id: Mapped[str] = mapped_column(String(36), unique=True)
    statement: Mapped[dict[str, Any]]
    occurred_at: Mapped[datetime]  # the statement's timestamp, for `course xapi export --since`
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    attempts: Mapped[int] = mapped_column(default=0)
    due_at: Mapped[datetime] = mapped_column(default=utcnow)  # the next send, pushed back after each failure
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(200))


# ---- LTI 1.3 (docs/lti.md): Amaan as a tool that platforms such as Moodle launch ----------------

class LtiKey(Base):
    """The tool's RSA signing keys: the current one signs, the previous one is still published in the
    JWKS so that platforms holding a cached key set keep verifying during a rotation. Made once on
    first use and kept in the database (every process of a deployment signs with the same key), the
    private half encrypted with the server secret: a copy of the database alone signs nothing."""

    __tablename__ = "lti_key"
    __table_args__ = (CheckConstraint("slot IN ('current', 'previous')", name="slot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slot: Mapped[str] = mapped_column(String(16), unique=True)  # unique: two processes never both make one
    kid: Mapped[str] = mapped_column(String(64), unique=True)
    private_pem: Mapped[str] = mapped_column(Text)  # PKCS#8, encrypted with the server secret
    public_pem: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LtiPlatform(Base):
    """A registered platform (an LMS): its issuer and client id, the deployments it may launch
    from, its OIDC, token and key-set URLs, and the educator who owns the classes its courses
    become (course lti add-platform)."""

    __tablename__ = "lti_platform"
    __table_args__ = (UniqueConstraint("issuer", "client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    issuer: Mapped[str] = mapped_column(String(255))
    client_id: Mapped[str] = mapped_column(String(255))
    deployment_ids: Mapped[list[str]]
    auth_login_url: Mapped[str] = mapped_column(String(500))
    auth_token_url: Mapped[str] = mapped_column(String(500))
    key_set_url: Mapped[str] = mapped_column(String(500))
    auth_audience: Mapped[str | None] = mapped_column(String(500))
    educator_id: Mapped[int] = mapped_column(ForeignKey("educator.id", ondelete="RESTRICT"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LtiContext(Base):
    """A platform's course (its opaque context id) and the class it became on its first launch."""

    __tablename__ = "lti_context"
    __table_args__ = (UniqueConstraint("platform_id", "context_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("lti_platform.id", ondelete="CASCADE"))
    context_id: Mapped[str] = mapped_column(String(255))
    class_id: Mapped[int] = mapped_column(ForeignKey("classroom.id", ondelete="CASCADE"), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LtiUser(Base):
    """A learner who came from a platform: the platform's opaque user id (the launch's ``sub``) in
    that course, nothing else. Needed as is: grades are sent back under it."""

    __tablename__ = "lti_user"
    __table_args__ = (UniqueConstraint("context_id", "subject"),)

    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True)
    context_id: Mapped[int] = mapped_column(ForeignKey("lti_context.id", ondelete="CASCADE"), index=True)
    subject: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LtiGradeLink(Base):
    """Where a learner's mastery of a lesson goes back to: the resource link they launched and its
    Assignment and Grade Services endpoint. ``sent_score`` is what the platform last accepted; the
    sender posts again whenever the store's verdict differs (course.interop.lti_grades)."""

    __tablename__ = "lti_grade_link"
    __table_args__ = (
        UniqueConstraint("learner_id", "platform_id", "resource_link_id"),
        Index(None, "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"), index=True)
    platform_id: Mapped[int] = mapped_column(ForeignKey("lti_platform.id", ondelete="CASCADE"))
    resource_link_id: Mapped[str] = mapped_column(String(255))
    lesson_id: Mapped[str] = mapped_column(String(ID))
    endpoint: Mapped[dict[str, Any]]  # the launch's AGS claim: scope, lineitem, lineitems
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_score: Mapped[float | None]
    sent_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    due_at: Mapped[datetime] = mapped_column(default=utcnow)  # the next try, pushed back after each failure
    last_error: Mapped[str | None] = mapped_column(String(200))


class LtiLaunchValue(Base):
    """Short-lived values of the OIDC login and launch (nonces, launch data for the deep-linking
    choice), shared by every process: the login and the launch may reach different ones."""

    __tablename__ = "lti_launch_value"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[dict[str, Any]]
    expires_at: Mapped[datetime] = mapped_column(index=True)


class School(Base):
    """A school of the deployment: a tenant. Its educators, their classes and their learners are seen
    from no other school (course.store.access); the ministry sees aggregates only (course.reports.ministry).
    Its country is the Get-help default of its classes that have none of their own."""

    __tablename__ = "school"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))  # ISO 3166-1 alpha-2; NULL: not known, never guessed
    region: Mapped[str | None] = mapped_column(String(80))  # as the ministry names its regions
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MinistryAdmin(Base):
    """An account that sees the ministry view (aggregates of every school). A table rather than a new
    value of educator.role: on SQLite that role's CHECK can only change by copying the educator table,
    which its RESTRICT and CASCADE children forbid (migration 0010)."""

    __tablename__ = "ministry_admin"

    educator_id: Mapped[int] = mapped_column(ForeignKey("educator.id", ondelete="CASCADE"), primary_key=True)
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)


# The ministry view's rollup (course.reports.ministry_rollup): aggregates only, no learner id. A group
# is the learners of one age band ("" when unknown) in one school; its numbers add across schools.
# school_id has no foreign key on purpose: checking it cost 1.4 s of a full refresh's 5 on 200
# schools (110,000 rows), the view reads the rollup joined to school (a row of a school that is gone
# shows nowhere), and every refresh rewrites the groups and the recent months.
class MinistryGroup(Base):
    """A group's learners and those active in the last 30 days, as of the last refresh."""

    __tablename__ = "ministry_group"

    school_id: Mapped[int] = mapped_column(primary_key=True)
    band: Mapped[str] = mapped_column(String(8), primary_key=True)
    learners: Mapped[int]
    active_learners: Mapped[int]


class MinistryLessonMonth(Base):
    """A group's completions and masteries of one lesson in one month (YYYY-MM, UTC)."""

    __tablename__ = "ministry_lesson_month"

    school_id: Mapped[int] = mapped_column(primary_key=True)
    band: Mapped[str] = mapped_column(String(8), primary_key=True)
    lesson_id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    completed: Mapped[int]
    mastered: Mapped[int]


class MinistryCoverage(Base):
    """A group's learners who completed at least one lesson on a risk (one of the four Cs)."""

    __tablename__ = "ministry_coverage"

    school_id: Mapped[int] = mapped_column(primary_key=True)
    band: Mapped[str] = mapped_column(String(8), primary_key=True)
    risk: Mapped[str] = mapped_column(String(16), primary_key=True)
    learners: Mapped[int]
