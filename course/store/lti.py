"""LTI 1.3 in the store: the tool's keys, registered platforms, their courses as classes, their
learners, where grades go back to, and the OIDC login's short-lived values (docs/lti.md).

The protocol itself (JWTs, claims, services) is pylti1p3's, driven from course.interop.lti_*; this
module only keeps what a launch leaves behind, and decides what the rules say:

- a platform's course (its opaque context id) becomes a class on its first launch, owned by the
  educator named when the platform was registered;
- a platform user becomes a learner of that class on their first launch, known by the opaque user
  id (needed as is: grades go back under it) and a display name, as any learner: no email, no
  surname, nothing else the platform sends. Their picture password is random and told to nobody,
  so only a launch (or pictures the educator gives them) signs them in, never a tap on their name;
- the grade a platform gets for a lesson is the store's verdict: 1.0 once mastered, else the best
  finished quiz score, computed here from the learner's lesson summary, never from a browser.
"""
from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, cast

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import CursorResult, case, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from course.auth.pictures import hash_pictures, random_sequence
from course.auth.secret import server_secret
from course.store import db
from course.store.classes import (
    NameRefused,
    hold_names,
    name_for_class,
    new_code,
    new_learner,
    tidy_name,
)
from course.store.errors import NotFound
from course.store.models import (
    Classroom,
    Educator,
    Learner,
    LessonProgress,
    LtiContext,
    LtiGradeLink,
    LtiKey,
    LtiLaunchValue,
    LtiPlatform,
    LtiUser,
)

KEY_BITS = 2048  # RS256, as LTI 1.3 requires; what Moodle itself generates
NAMELESS = "#"  # a learner whose platform sends no name is "#1", "#2"... in their class


# ---- keys ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class KeyInfo:
    slot: str  # "current" (signs) or "previous" (still published)
    kid: str
    private_pem: str  # decrypted, PKCS#8
    public_pem: str


class StoredKeyError(RuntimeError):
    """The stored private key cannot be opened: it was encrypted under another server secret."""


def _password() -> bytes:
    return b"lti-key:" + server_secret()


def _seal(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(_password())).decode()


@lru_cache(maxsize=8)
def _open(sealed: str) -> str:
    """The PEM in the clear (cached: decrypting runs a key derivation)."""
    try:
        key = serialization.load_pem_private_key(sealed.encode(), password=_password())
    except ValueError:
        raise StoredKeyError("the LTI signing key was stored under another COURSE_SECRET_KEY: run "
                        "`course lti rotate-key --forget` to make a new one (platforms fetch it again)") from None
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


def _new_key(kid_of) -> tuple[str, str, str]:
    """(kid, sealed private PEM, public PEM) of a fresh RSA key; ``kid_of(public_pem)`` names it."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return kid_of(public), _seal(key), public


def signing_keys(kid_of) -> list[KeyInfo]:
    """The current key first, then the previous one if any; the first call ever makes the current
    one. ``kid_of`` turns a public PEM into its key id (the JWK thumbprint, course.interop.lti_keys)."""
    for _ in range(3):
        with db.read() as s:
            rows = list(s.scalars(select(LtiKey).order_by(LtiKey.slot)))  # 'current' < 'previous'
        if rows:
            return [KeyInfo(r.slot, r.kid, _open(r.private_pem), r.public_pem) for r in rows]
        kid, sealed, public = _new_key(kid_of)
        try:
            with db.write() as s:
                s.add(LtiKey(slot="current", kid=kid, private_pem=sealed, public_pem=public))
        except IntegrityError:
            continue  # another process made it first: read theirs
    raise RuntimeError("no LTI signing key could be stored")


def rotate_key(kid_of, *, forget: bool = False) -> str:
    """A new current key; the current one becomes the previous (still published), the previous one
    goes. With ``forget`` the old keys go at once (a key that leaked, or a lost server secret)."""
    kid, sealed, public = _new_key(kid_of)
    with db.write() as s:
        if forget:
            s.execute(delete(LtiKey))
        else:
            s.execute(delete(LtiKey).where(LtiKey.slot == "previous"))
            s.execute(update(LtiKey).where(LtiKey.slot == "current").values(slot="previous"))
        s.add(LtiKey(slot="current", kid=kid, private_pem=sealed, public_pem=public))
    return kid


# ---- platforms ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlatformInfo:
    id: int
    issuer: str
    client_id: str
    deployment_ids: tuple[str, ...]
    auth_login_url: str
    auth_token_url: str
    key_set_url: str
    auth_audience: str | None
    educator_id: int

    @classmethod
    def of(cls, row: LtiPlatform) -> PlatformInfo:
        return cls(row.id, row.issuer, row.client_id, tuple(row.deployment_ids), row.auth_login_url,
                   row.auth_token_url, row.key_set_url, row.auth_audience, row.educator_id)


def _url(value: str, what: str) -> str:
    value = (value or "").strip()
    if not value.startswith(("https://", "http://")):
        raise ValueError(f"{what} is an http(s) URL, not {value!r}")
    return value


def add_platform(issuer: str, client_id: str, deployment_ids: Sequence[str], auth_login_url: str,
                 auth_token_url: str, key_set_url: str, *, educator_id: int,
                 auth_audience: str | None = None) -> PlatformInfo:
    """Register a platform, or update the registration of (issuer, client_id): the URLs and the
    educator are replaced, the deployment ids are added to those it had."""
    issuer, client_id = issuer.strip(), client_id.strip()
    if not issuer or not client_id:
        raise ValueError("a platform has an issuer and a client id")
    deployments = [d.strip() for d in deployment_ids if d.strip()]
    if not deployments:
        raise ValueError("a platform has at least one deployment id")
    values = {"auth_login_url": _url(auth_login_url, "the OIDC login URL"),
              "auth_token_url": _url(auth_token_url, "the token URL"),
              "key_set_url": _url(key_set_url, "the key set URL"),
              "auth_audience": auth_audience or None, "educator_id": educator_id}
    with db.write() as s:
        if s.get(Educator, educator_id) is None:
            raise NotFound(f"educator {educator_id}")
        row = s.scalar(select(LtiPlatform).where(LtiPlatform.issuer == issuer, LtiPlatform.client_id == client_id))
        if row is None:
            row = LtiPlatform(issuer=issuer, client_id=client_id, deployment_ids=deployments, **values)
            s.add(row)
        else:
            for name, value in values.items():
                setattr(row, name, value)
            row.deployment_ids = list(dict.fromkeys([*row.deployment_ids, *deployments]))
        s.flush()
        return PlatformInfo.of(row)


def platforms() -> list[PlatformInfo]:
    with db.read() as s:
        return [PlatformInfo.of(r) for r in s.scalars(select(LtiPlatform).order_by(LtiPlatform.id))]


def find_platform(issuer: str, client_id: str | None) -> PlatformInfo | None:
    """The registration of (issuer, client_id); without a client id, the issuer's only one."""
    with db.read() as s:
        query = select(LtiPlatform).where(LtiPlatform.issuer == issuer)
        if client_id:
            query = query.where(LtiPlatform.client_id == client_id)
        rows = list(s.scalars(query.limit(2)))
        return PlatformInfo.of(rows[0]) if len(rows) == 1 else None


def platform(platform_id: int) -> PlatformInfo | None:
    with db.read() as s:
        row = s.get(LtiPlatform, platform_id)
        return PlatformInfo.of(row) if row else None


def default_owner() -> int | None:
    """The educator who owns a platform's classes unless told otherwise: the first admin, when the
    server has one school. With several, any guess would hand one school's courses to another's
    educator, so there is none: the operator names the educator (`course lti add-platform --educator`)."""
    with db.read() as s:
        schools_with_educators = select(func.count(func.distinct(Educator.school_id))).where(Educator.school_id.isnot(None))
        if (s.scalar(schools_with_educators) or 0) > 1:
            return None
        return s.scalar(select(Educator.id).where(Educator.role == "admin").order_by(Educator.id).limit(1))


def educator_by_username(username: str) -> int | None:
    with db.read() as s:
        return s.scalar(select(Educator.id).where(Educator.username == username.strip().lower()))


# ---- courses and learners ------------------------------------------------------------------------

CLASS_NAME_LENGTH = 40


def _class_name(title: str | None, label: str | None) -> str:
    for candidate in (title, label):
        try:
            return tidy_name((candidate or "")[:CLASS_NAME_LENGTH])
        except ValueError:
            continue
    return "LTI"


def class_for_context(platform_id: int, context_id: str, title: str | None = None,
                      label: str | None = None) -> int:
    """The class a platform's course became, made on its first launch (owned by the educator the
    platform was registered with). Two first launches at once make one class."""
    if not context_id:
        raise ValueError("a launch names its course (the context claim)")
    for _ in range(8):
        with db.read() as s:
            found = s.scalar(select(LtiContext.class_id).where(LtiContext.platform_id == platform_id,
                                                               LtiContext.context_id == context_id))
        if found is not None:
            return found
        try:
            with db.write() as s:
                owner = s.get(LtiPlatform, platform_id)
                if owner is None:
                    raise NotFound(f"platform {platform_id}")
                klass = Classroom(educator_id=owner.educator_id, name=_class_name(title, label), join_code=new_code(),
                                  allow_self_register=False)
                s.add(klass)
                s.flush()
                s.add(LtiContext(platform_id=platform_id, context_id=context_id, class_id=klass.id))
                s.flush()
                return klass.id
        except IntegrityError:
            continue  # a clashing join code, or the same course's first launch in another process
    raise RuntimeError(f"no class could be made for course {context_id!r}")


@dataclass(frozen=True)
class LtiLearner:
    learner_id: int
    display_name: str
    class_id: int
    created: bool


def _context_row(s: Session, class_id: int) -> LtiContext:
    row = s.scalar(select(LtiContext).where(LtiContext.class_id == class_id))
    if row is None:
        raise NotFound(f"class {class_id} came from no platform")
    return row


def _free_name(s: Session, class_id: int, wanted: str | None) -> str:
    """The wanted name if the class can take it, else the same with a number ("Sara 2"), else "#n"."""
    base = None
    if wanted:
        try:
            base = tidy_name(wanted[:CLASS_NAME_LENGTH - 4])
        except ValueError:
            base = None
    for n in range(1, 1000):
        candidate = (base if n == 1 else f"{base} {n}") if base else f"{NAMELESS}{n}"
        try:
            return name_for_class(s, class_id, candidate)
        except NameRefused:
            continue
    raise RuntimeError(f"no free name in class {class_id}")


def learner_for(class_id: int, subject: str, name: str | None, *, locale: str = "ar") -> LtiLearner:
    """The learner a platform user is in the class of their course, added on their first launch.

    Their name is kept as the platform first sent it (tidied, numbered if the class has it): the
    educator may rename them since, and a later launch changes nothing."""
    if not subject:
        raise ValueError("a launch names its user (the sub claim)")
    for _ in range(3):
        with db.read() as s:
            row = s.execute(select(Learner.id, Learner.display_name, Learner.class_id).join(
                LtiUser, LtiUser.learner_id == Learner.id).join(LtiContext, LtiContext.id == LtiUser.context_id)
                .where(LtiContext.class_id == class_id, LtiUser.subject == subject)).first()
        if row is not None:
            return LtiLearner(row.id, row.display_name, class_id, created=False)
        try:
            with db.write() as s:
                context = _context_row(s, class_id)
                klass = hold_names(s, class_id)
                learner = new_learner(klass, _free_name(s, class_id, name), hash_pictures(random_sequence()),
                                       None, locale)
                s.add(learner)
                s.flush()
                s.add(LtiUser(learner_id=learner.id, context_id=context.id, subject=subject))
                s.flush()
                return LtiLearner(learner.id, learner.display_name, class_id, created=True)
        except IntegrityError:
            continue  # the same user's first launch in another tab or process: theirs stands
    raise RuntimeError(f"no learner could be added to class {class_id}")


def class_is_open(class_id: int) -> bool:
    with db.read() as s:
        klass = s.get(Classroom, class_id)
        return klass is not None and klass.archived_at is None


# ---- grades ----------------------------------------------------------------------------------------

def link_grade(learner_id: int, platform_id: int, resource_link_id: str, lesson_id: str,
               endpoint: dict[str, Any]) -> int:
    """Remember where the learner's mastery of ``lesson_id`` goes back to (the launch's AGS claim);
    a later launch of the same link refreshes it and makes the current verdict due again."""
    clean: dict[str, Any] = {k: endpoint[k] for k in ("scope", "lineitem", "lineitems") if k in endpoint}
    now = db.utcnow()
    for _ in range(3):
        try:
            with db.write() as s:
                row = s.scalar(select(LtiGradeLink).where(
                    LtiGradeLink.learner_id == learner_id, LtiGradeLink.platform_id == platform_id,
                    LtiGradeLink.resource_link_id == resource_link_id))
                if row is None:
                    row = LtiGradeLink(learner_id=learner_id, platform_id=platform_id,
                                       resource_link_id=resource_link_id, lesson_id=lesson_id, endpoint=clean,
                                       attempts=0, due_at=now)
                    s.add(row)
                elif row.endpoint != clean or row.lesson_id != lesson_id:
                    row.endpoint, row.lesson_id, row.sent_score, row.due_at = clean, lesson_id, None, now
                s.flush()
                return row.id
        except IntegrityError:
            continue
    raise RuntimeError("the grade link could not be stored")


@dataclass(frozen=True)
class GradeDue:
    link_id: int
    platform_id: int
    subject: str  # the platform's user id: the score's userId
    lesson_id: str
    resource_link_id: str
    endpoint: dict[str, Any]
    score: float  # the store's verdict
    attempts: int


def _verdicts():
    """Per (learner, lesson) with a finished quiz try: 1.0 once mastered, else the best score."""
    return (select(LessonProgress.learner_id, LessonProgress.lesson_id,
                   case((LessonProgress.mastered_at.is_not(None), 1.0),
                        else_=func.coalesce(LessonProgress.best_score, 0.0)).label("score"))
            .where(LessonProgress.completed_at.is_not(None)).subquery())


def grades_due(now: datetime | None = None, limit: int = 100, *, ignore_backoff: bool = False) -> list[GradeDue]:
    """The links whose verdict the platform does not have yet (never sent, or changed since)."""
    verdict = _verdicts()
    query = (select(LtiGradeLink, LtiUser.subject, verdict.c.score)
             .join(LtiUser, LtiUser.learner_id == LtiGradeLink.learner_id)
             .join(verdict, (verdict.c.learner_id == LtiGradeLink.learner_id)
                   & (verdict.c.lesson_id == LtiGradeLink.lesson_id))
             .where(or_(LtiGradeLink.sent_score.is_(None), LtiGradeLink.sent_score != verdict.c.score))
             .order_by(LtiGradeLink.due_at, LtiGradeLink.id).limit(limit))
    if not ignore_backoff:
        query = query.where(LtiGradeLink.due_at <= (now or db.utcnow()))
    with db.read() as s:
        return [GradeDue(link.id, link.platform_id, subject, link.lesson_id, link.resource_link_id,
                         dict(link.endpoint), float(score), link.attempts)
                for link, subject, score in s.execute(query)]


def grade_sent(link_id: int, score: float) -> None:
    with db.write() as s:
        s.execute(update(LtiGradeLink).where(LtiGradeLink.id == link_id).values(
            sent_score=score, sent_at=db.utcnow(), attempts=0, last_error=None))


def grade_failed(link_id: int, error: str, retry_after: timedelta) -> None:
    with db.write() as s:
        row = s.get(LtiGradeLink, link_id)
        if row is not None:
            row.attempts += 1
            row.last_error = error[:200]
            row.due_at = db.utcnow() + retry_after


@dataclass(frozen=True)
class GradeCounts:
    links: int
    sent: int
    failing: int
    last_error: str | None


def grade_counts() -> GradeCounts:
    with db.read() as s:
        links = s.scalar(select(func.count()).select_from(LtiGradeLink)) or 0
        sent = s.scalar(select(func.count()).select_from(LtiGradeLink).where(LtiGradeLink.sent_at.is_not(None))) or 0
        failing = s.scalar(select(func.count()).select_from(LtiGradeLink).where(LtiGradeLink.attempts > 0)) or 0
        last = s.scalar(select(LtiGradeLink.last_error).where(LtiGradeLink.last_error.is_not(None))
                        .order_by(LtiGradeLink.due_at.desc()).limit(1))
    return GradeCounts(links, sent, failing, last)


# ---- the OIDC login's short-lived values ---------------------------------------------------------

_prune_lock = threading.Lock()


def put_value(key: str, value: Any, lifetime: timedelta) -> None:
    row = {"key": key, "value": {"v": value}, "expires_at": db.utcnow() + lifetime}
    with db.write() as s:
        s.execute(delete(LtiLaunchValue).where(LtiLaunchValue.key == key))
        s.add(LtiLaunchValue(**row))


def get_value(key: str) -> Any:
    with db.read() as s:
        row = s.get(LtiLaunchValue, key)
        return row.value.get("v") if row is not None and row.expires_at > db.utcnow() else None


def take_value(key: str) -> bool:
    """Delete the value; True if it was there and fresh. Whoever takes it first wins: a nonce or a
    deep-linking choice is used once, whichever process the second copy reaches."""
    with db.write() as s:
        gone = s.execute(delete(LtiLaunchValue).where(LtiLaunchValue.key == key,
                                                      LtiLaunchValue.expires_at > db.utcnow()))
        return cast("CursorResult[Any]", gone).rowcount == 1


def prune_values() -> int:
    with _prune_lock, db.write() as s:
        gone = s.execute(delete(LtiLaunchValue).where(LtiLaunchValue.expires_at <= db.utcnow()))
        return cast("CursorResult[Any]", gone).rowcount
