"""Classes, their learners, and children's sign-in: join code, then a name, then a picture password.

Educator-facing functions take ``as_educator``: when given, the class or learner must belong to
that educator (NotAllowed otherwise), checked in the same unit of work as the change.
"""
from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from course.auth.pictures import hash_pictures, verify_pictures
from course.store import db
from course.store.access import owned_class, owned_learner
from course.store.errors import NotFound
from course.store.models import Classroom, Educator, Learner
from course.store.progress import AGE_BANDS
from course.store.records import ClassInfo, LearnerInfo

# No 0/O, 1/I/L: a child copying the code from the board cannot mistake one for the other.
JOIN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
MAX_PICTURE_FAILURES = 5
LEARNER_LOCK_FOR = timedelta(minutes=15)
COUNTRY = re.compile(r"^[A-Z]{2}$")
VISIBILITIES = ("learner", "educator")


class SignInResult(Enum):
    OK = "ok"
    WRONG_CODE = "wrong-code"  # no open class has this code
    UNKNOWN_LEARNER = "unknown-learner"  # not a learner of that class
    WRONG_PICTURES = "wrong-pictures"
    LOCKED = "locked"  # too many wrong picture passwords: wait, or ask the teacher
    CLOSED = "closed"  # the class does not let learners register themselves
    NAME_TAKEN = "name-taken"


@dataclass(frozen=True)
class SignIn:
    result: SignInResult
    learner_id: int | None = None
    tries_left: int | None = None
    locked_until: datetime | None = None


@dataclass(frozen=True)
class RosterEntry:
    learner_id: int
    display_name: str
    has_picture_password: bool


@dataclass(frozen=True)
class Roster:
    """What the sign-in picker shows after a good join code: names only."""

    class_id: int
    class_name: str
    allow_self_register: bool
    learners: tuple[RosterEntry, ...]


def normalise_join_code(code: str) -> str:
    return re.sub(r"[\s-]", "", code or "").upper()


def _new_code() -> str:
    return "".join(secrets.choice(JOIN_ALPHABET) for _ in range(CODE_LENGTH))


def _display_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not 1 <= len(name) <= 40:
        raise ValueError("a display name has 1 to 40 characters")
    return name


def _open_class(s: Session, join_code: str) -> Classroom | None:
    code = normalise_join_code(join_code)
    if len(code) != CODE_LENGTH:
        return None
    return s.scalar(select(Classroom).where(Classroom.join_code == code, Classroom.archived_at.is_(None)))


def _with_fresh_code(write) -> str:
    """Run ``write(session, code)`` with new codes until one is unique (clashes are rare)."""
    for _ in range(8):
        code = _new_code()
        try:
            with db.write() as s:
                write(s, code)
            return code
        except IntegrityError:
            continue
    raise RuntimeError("no free join code found")


def create_class(educator_id: int, name: str, *, allow_self_register: bool = False,
                 country: str | None = None, results_visibility: str = "learner") -> ClassInfo:
    if country is not None and not COUNTRY.match(country):
        raise ValueError("country is an ISO 3166-1 alpha-2 code such as 'JO'")
    if results_visibility not in VISIBILITIES:
        raise ValueError(f"results_visibility is one of {VISIBILITIES}")
    with db.read() as s:
        if s.get(Educator, educator_id) is None:
            raise NotFound(f"educator {educator_id}")
    created: list[Classroom] = []

    def insert(s: Session, code: str) -> None:
        row = Classroom(educator_id=educator_id, name=_display_name(name), join_code=code,
                        allow_self_register=allow_self_register, country=country,
                        results_visibility=results_visibility)
        s.add(row)
        s.flush()
        created.append(row)

    _with_fresh_code(insert)
    return ClassInfo.of(created[-1])


def regenerate_join_code(class_id: int, *, as_educator: int | None = None) -> str:
    """A new code for the class; the old one stops working at once (e.g. after it leaked)."""
    def change(s: Session, code: str) -> None:
        owned_class(s, class_id, as_educator).join_code = code
        s.flush()

    return _with_fresh_code(change)


def archive_class(class_id: int, *, as_educator: int | None = None) -> None:
    """Closes sign-in and self-registration; progress is kept (delete learners to erase it)."""
    with db.write() as s:
        row = owned_class(s, class_id, as_educator)
        if row.archived_at is None:
            row.archived_at = db.utcnow()


def class_info(class_id: int) -> ClassInfo | None:
    with db.read() as s:
        row = s.get(Classroom, class_id)
        return ClassInfo.of(row) if row else None


def classes_of(educator_id: int, include_archived: bool = False) -> list[ClassInfo]:
    with db.read() as s:
        query = select(Classroom).where(Classroom.educator_id == educator_id)
        if not include_archived:
            query = query.where(Classroom.archived_at.is_(None))
        return [ClassInfo.of(r) for r in s.scalars(query.order_by(Classroom.name, Classroom.id))]


def add_learner(class_id: int, display_name: str, picture_password: Sequence[str] | None, *,
                age_band: str | None = None, locale: str = "ar",
                as_educator: int | None = None) -> int:
    """A learner known by display name only. No picture password: signing in is tapping the name."""
    if age_band is not None and age_band not in AGE_BANDS:
        raise ValueError(f"age band is one of {AGE_BANDS}")
    hashed = hash_pictures(picture_password) if picture_password is not None else None
    name = _display_name(display_name)
    try:
        with db.write() as s:
            klass = owned_class(s, class_id, as_educator)
            row = Learner(class_id=class_id, display_name=name, picture_password_hash=hashed,
                          age_band=age_band, locale=locale, country=klass.country, failed_logins=0)
            s.add(row)
            s.flush()
            return row.id
    except IntegrityError:
        raise ValueError(f"the class already has a learner called {name!r}") from None


def learners_of_class(class_id: int, *, as_educator: int | None = None) -> list[LearnerInfo]:
    with db.read() as s:
        owned_class(s, class_id, as_educator)
        rows = s.scalars(select(Learner).where(Learner.class_id == class_id).order_by(Learner.display_name))
        return [LearnerInfo.of(r) for r in rows]


def learners_in_class(join_code: str) -> Roster | None:
    """The picker for a join code; None when no open class has it."""
    with db.read() as s:
        klass = _open_class(s, join_code)
        if klass is None:
            return None
        rows = s.scalars(select(Learner).where(Learner.class_id == klass.id).order_by(Learner.display_name))
        entries = tuple(RosterEntry(r.id, r.display_name, r.picture_password_hash is not None) for r in rows)
        return Roster(klass.id, klass.name, klass.allow_self_register, entries)


def verify_picture_password(join_code: str, learner_id: int, pictures: Sequence[str]) -> SignIn:
    """Sign a child in. Each wrong try counts; MAX_PICTURE_FAILURES in a row lock the account."""
    with db.write() as s:
        klass = _open_class(s, join_code)
        if klass is None:
            return SignIn(SignInResult.WRONG_CODE)
        learner = s.get(Learner, learner_id, with_for_update=True)
        if learner is None or learner.class_id != klass.id:
            return SignIn(SignInResult.UNKNOWN_LEARNER)
        now = db.utcnow()
        if learner.locked_until and learner.locked_until > now:
            return SignIn(SignInResult.LOCKED, locked_until=learner.locked_until)
        stored = learner.picture_password_hash
        if stored is None or verify_pictures(stored, pictures):
            learner.failed_logins, learner.locked_until = 0, None
            learner.last_active_at = now
            return SignIn(SignInResult.OK, learner.id)
        learner.failed_logins += 1
        if learner.failed_logins >= MAX_PICTURE_FAILURES:
            learner.failed_logins, learner.locked_until = 0, now + LEARNER_LOCK_FOR
            return SignIn(SignInResult.LOCKED, locked_until=learner.locked_until)
        return SignIn(SignInResult.WRONG_PICTURES, tries_left=MAX_PICTURE_FAILURES - learner.failed_logins)


def self_register(join_code: str, display_name: str, pictures: Sequence[str] | None, *,
                  age_band: str | None = None, locale: str = "ar") -> SignIn:
    """A child joins a class that allows it; OK comes with the new learner id."""
    hashed = hash_pictures(pictures) if pictures is not None else None
    name = _display_name(display_name)
    if age_band is not None and age_band not in AGE_BANDS:
        raise ValueError(f"age band is one of {AGE_BANDS}")
    try:
        with db.write() as s:
            klass = _open_class(s, join_code)
            if klass is None:
                return SignIn(SignInResult.WRONG_CODE)
            if not klass.allow_self_register:
                return SignIn(SignInResult.CLOSED)
            row = Learner(class_id=klass.id, display_name=name, picture_password_hash=hashed,
                          age_band=age_band, locale=locale, country=klass.country, failed_logins=0)
            s.add(row)
            s.flush()
            return SignIn(SignInResult.OK, row.id)
    except IntegrityError:
        return SignIn(SignInResult.NAME_TAKEN)


def set_picture_password(learner_id: int, pictures: Sequence[str] | None, *,
                         as_educator: int | None = None) -> None:
    """The educator gives a learner new pictures (None: sign in by name alone); also unlocks."""
    hashed = hash_pictures(pictures) if pictures is not None else None
    with db.write() as s:
        row = owned_learner(s, learner_id, as_educator)
        row.picture_password_hash, row.failed_logins, row.locked_until = hashed, 0, None


def reset_learner_lock(learner_id: int, *, as_educator: int | None = None) -> None:
    with db.write() as s:
        row = owned_learner(s, learner_id, as_educator)
        row.failed_logins, row.locked_until = 0, None


def rename_learner(learner_id: int, display_name: str, *, as_educator: int | None = None) -> None:
    name = _display_name(display_name)
    try:
        with db.write() as s:
            owned_learner(s, learner_id, as_educator).display_name = name
    except IntegrityError:
        raise ValueError(f"the class already has a learner called {name!r}") from None
