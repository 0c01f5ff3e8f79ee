"""Educator accounts: creation, sign-in with lockout, unlocking by an admin, and the one-time setup
of the first admin.

Every account works in one school (course.store.schools), a ministry account in none: an admin
adds, lists and unlocks the educators of their own school only.

Every refused sign-in costs the same (one argon2 verification) and gives the caller nothing to
tell an unknown username, a wrong password and a locked account apart by its timing; the web
page gives them all the same words too. Callers on a server run these functions off the event loop
(course.web.hashing): each one hashes for ~0.35 s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from course.auth.passwords import (
    burn_time,
    hash_password,
    needs_rehash,
    rehash_password,
    verify_password,
)
from course.store import db, schools, setup_links
from course.store.errors import NotAllowed, NotFound, SetupError
from course.store.models import Educator, MinistryAdmin, School, ServerState
from course.store.records import EducatorInfo

MAX_FAILURES = 5
# Anyone who knows a username can lock that account, so the lock is short: it slows a guesser to
# MAX_FAILURES tries per 5 minutes per account (on top of the per-network limit, which stops one
# client after ratelimit.LIMIT failures in 15 minutes), while a teacher locked out by a prankster
# waits minutes, not a lesson; an admin can unlock at once (unlock_educator).
LOCK_FOR = timedelta(minutes=5)
ROLES = ("educator", "admin")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,63}$")


class LoginResult(Enum):
    OK = "ok"
    WRONG = "wrong"  # unknown username or wrong password: never say which
    LOCKED = "locked"  # for the server's own use: pages answer it exactly as WRONG


@dataclass(frozen=True)
class Login:
    result: LoginResult
    educator: EducatorInfo | None = None
    locked_until: datetime | None = None


def normalise_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME.match(name):
        raise ValueError("a username is 2 to 64 letters, digits or . _ @ -")
    return name


def _display_name(display_name: str, fallback: str) -> str:
    shown = " ".join(display_name.split()) or fallback
    if len(shown) > 80:
        raise ValueError("a display name has at most 80 characters")
    return shown


def create_educator(username: str, password: str, display_name: str, role: str = "educator", *,
                    school_id: int | None = None) -> int:
    """A new account in ``school_id`` (None: the deployment's default school, schools.default_school);
    ValueError if the username is taken or malformed, NotFound for an unknown school. Checks no
    permission: add_educator does, for a school admin."""
    return _create(username, password, display_name, role, school_id=school_id, ministry=False)


def create_ministry_account(username: str, password: str, display_name: str, *, as_ministry: int | None) -> int:
    """A ministry admin who works in no school: they see the ministry's aggregates and no class.
    ``as_ministry`` as in schools.grant_ministry (None only at the server's command line)."""
    if as_ministry is not None:
        with db.read() as s:
            schools.require_ministry(s, as_ministry, "adds ministry accounts")
    return _create(username, password, display_name, "educator", school_id=None, ministry=True)


def _create(username: str, password: str, display_name: str, role: str, *, school_id: int | None,
            ministry: bool) -> int:
    if role not in ROLES:
        raise ValueError(f"role is one of {ROLES}")
    name = normalise_username(username)
    shown = _display_name(display_name, name)
    hashed = hash_password(password)  # slow on purpose: done before taking the write lock
    try:
        with db.write() as s:
            if ministry:
                school = None
            elif school_id is None:
                school = schools.default_school(s)
            elif s.get(School, school_id) is None:  # checked here: the integrity error below means the name
                raise NotFound(f"school {school_id}")
            else:
                school = school_id
            row = Educator(username=name, display_name=shown, password_hash=hashed, role=role,
                           failed_logins=0, school_id=school)
            s.add(row)
            s.flush()
            if ministry:
                s.add(MinistryAdmin(educator_id=row.id))
            return row.id
    except IntegrityError:
        raise ValueError(f"the username {name!r} is taken") from None


def _require_admin(s: Session, educator_id: int, action: str) -> int:
    """The school of ``educator_id`` if they are its admin; NotAllowed otherwise: the store decides,
    whatever a page shows."""
    row = s.get(Educator, educator_id)
    if row is None or not EducatorInfo.of(row).is_admin or row.school_id is None:
        raise NotAllowed(f"only a school admin {action}")
    return row.school_id


def add_educator(admin_id: int, username: str, password: str, display_name: str,
                 role: str = "educator") -> int:
    """A school admin adds a colleague to their own school; NotAllowed for anyone else."""
    with db.read() as s:
        school_id = _require_admin(s, admin_id, "adds educators")
    return create_educator(username, password, display_name, role, school_id=school_id)


def unlock_educator(admin_id: int, educator_id: int) -> None:
    """A school admin lets a locked-out colleague of their school sign in again now; NotAllowed for
    anyone else, and for an educator of another school.

    Also clears the count of wrong passwords, as a good sign-in does.
    """
    with db.write() as s:
        school_id = _require_admin(s, admin_id, "unlocks educators")
        row = s.get(Educator, educator_id, with_for_update=True)
        if row is None:
            raise NotFound(f"educator {educator_id}")
        if row.school_id != school_id:
            raise NotAllowed(f"educator {educator_id} is not of your school")
        row.failed_logins, row.locked_until = 0, None


def locked_educators(*, as_educator: int) -> set[int]:
    """The educators of the caller's school whose lock is still running (the team view offers to
    unlock them); none for an account outside any school. Another school's are not the caller's to see."""
    with db.read() as s:
        school_id = schools.school_of_educator(s, as_educator)
        if school_id is None:
            return set()
        return set(s.scalars(select(Educator.id).where(Educator.school_id == school_id,
                                                       Educator.locked_until > db.utcnow())))


def educator_info(educator_id: int) -> EducatorInfo | None:
    with db.read() as s:
        row = s.get(Educator, educator_id)
        return EducatorInfo.of(row) if row else None


def list_educators(*, as_educator: int) -> list[EducatorInfo]:
    """The educators of the caller's school (none for an account outside any school)."""
    with db.read() as s:
        school_id = schools.school_of_educator(s, as_educator)
        if school_id is None:
            return []
        return [EducatorInfo.of(r) for r in s.scalars(
            select(Educator).where(Educator.school_id == school_id).order_by(Educator.username))]


def _locked(row: Educator, now: datetime) -> bool:
    return row.locked_until is not None and row.locked_until > now


def verify_educator_login(username: str, password: str) -> Login:
    """OK, WRONG, or LOCKED (for LOCK_FOR after MAX_FAILURES wrong passwords in a row).

    While locked even the right password is refused, so guessing cannot go on behind the lock.
    Every outcome runs exactly one argon2 verification (a dummy one for an unknown username or a
    locked account): a quick answer would tell which usernames exist.
    """
    try:
        name = normalise_username(username)
    except ValueError:
        burn_time()
        return Login(LoginResult.WRONG)
    with db.read() as s:
        row = s.scalar(select(Educator).where(Educator.username == name))
    if row is None:
        burn_time()
        return Login(LoginResult.WRONG)
    if _locked(row, db.utcnow()):
        burn_time()
        return Login(LoginResult.LOCKED, locked_until=row.locked_until)
    # Verified outside any transaction: argon2 takes tens of ms and must not hold the write lock.
    good = verify_password(row.password_hash, password)
    rehash = rehash_password(password) if good and needs_rehash(row.password_hash) else None
    with db.write() as s:
        row = s.get(Educator, row.id, with_for_update=True)
        if row is None:  # educators are never deleted: only a row removed by hand since the read above
            raise NotFound(f"educator {name}")
        now = db.utcnow()
        if _locked(row, now):  # locked by a parallel attempt meanwhile
            return Login(LoginResult.LOCKED, locked_until=row.locked_until)
        if good:
            row.failed_logins, row.locked_until = 0, None
            if rehash:
                row.password_hash = rehash
            return Login(LoginResult.OK, EducatorInfo.of(row))
        row.failed_logins += 1
        if row.failed_logins >= MAX_FAILURES:
            row.failed_logins, row.locked_until = 0, now + LOCK_FOR
            return Login(LoginResult.LOCKED, locked_until=row.locked_until)
        return Login(LoginResult.WRONG)


def _has_educators(s: Session) -> bool:
    return bool(s.scalar(select(exists().where(Educator.id.isnot(None)))))


def needs_setup() -> bool:
    with db.read() as s:
        return not _has_educators(s)


def first_run_setup_token() -> str | None:
    """A fresh one-time token while no educator exists (the server prints a link with it), else None.

    Only its hash is stored. Every process of a deployment prints its own, and each works on any
    of them until the first educator exists (course.store.setup_links).
    """
    with db.write() as s:
        if _has_educators(s):
            setup_links.clear(s)
            return None
        return setup_links.issue(s)


def _live_setup(s: Session, token: str, for_update: bool = False) -> ServerState | None:
    """The stored setup link ``token`` opens if no educator exists yet; else None."""
    state = setup_links.find(s, token, for_update=for_update)
    if state is None or _has_educators(s):
        return None
    return state


def setup_link_works(token: str) -> bool:
    """Cheap (no hashing): a page checks this before it does anything slow for a visitor."""
    with db.read() as s:
        return _live_setup(s, token) is not None


def create_first_admin(token: str, username: str, password: str, display_name: str) -> int:
    """The first account, the admin of the default school (made now on a fresh database); SetupError
    unless ``token`` is the live setup token. Works once.

    The token is checked before the password is hashed, so a wrong or used link costs no argon2
    work, and again under the write lock, so two visitors with the right link make one admin.
    """
    if not setup_link_works(token):
        raise SetupError("this setup link is not valid (any more)")
    name = normalise_username(username)
    shown = _display_name(display_name, name)
    hashed = hash_password(password)  # slow on purpose: done before taking the write lock
    with db.write() as s:
        state = _live_setup(s, token, for_update=True)
        if state is None:
            raise SetupError("this setup link is not valid (any more)")
        row = Educator(username=name, display_name=shown, password_hash=hashed, role="admin",
                       failed_logins=0, school_id=schools.default_school(s))
        s.add(row)
        setup_links.clear(s)
        s.flush()
        return row.id
