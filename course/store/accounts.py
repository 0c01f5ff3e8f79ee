"""Educator accounts: creation, sign-in with lockout, and the one-time setup of the first admin."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError

from course.auth.passwords import (
    burn_time,
    hash_password,
    hash_token,
    needs_rehash,
    new_token,
    rehash_password,
    same_token,
    verify_password,
)
from course.store import db
from course.store.errors import NotAllowed, NotFound, SetupError
from course.store.models import Educator, ServerState
from course.store.records import EducatorInfo

MAX_FAILURES = 5
LOCK_FOR = timedelta(minutes=15)
ROLES = ("educator", "admin")
SETUP_TOKEN = "setup_token_hash"
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,63}$")


class LoginResult(Enum):
    OK = "ok"
    WRONG = "wrong"  # unknown username or wrong password: never say which
    LOCKED = "locked"


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


def create_educator(username: str, password: str, display_name: str, role: str = "educator") -> int:
    """A new account; ValueError if the username is taken or malformed. Checks no permission."""
    if role not in ROLES:
        raise ValueError(f"role is one of {ROLES}")
    name = normalise_username(username)
    shown = _display_name(display_name, name)
    hashed = hash_password(password)  # slow on purpose: done before taking the write lock
    try:
        with db.write() as s:
            row = Educator(username=name, display_name=shown, password_hash=hashed, role=role,
                           failed_logins=0)
            s.add(row)
            s.flush()
            return row.id
    except IntegrityError:
        raise ValueError(f"the username {name!r} is taken") from None


def add_educator(admin_id: int, username: str, password: str, display_name: str,
                 role: str = "educator") -> int:
    """An admin adds a colleague; NotAllowed for anyone else."""
    info = educator_info(admin_id)
    if info is None or not info.is_admin:
        raise NotAllowed("only an admin adds educators")
    return create_educator(username, password, display_name, role)


def educator_info(educator_id: int) -> EducatorInfo | None:
    with db.read() as s:
        row = s.get(Educator, educator_id)
        return EducatorInfo.of(row) if row else None


def list_educators() -> list[EducatorInfo]:
    with db.read() as s:
        return [EducatorInfo.of(r) for r in s.scalars(select(Educator).order_by(Educator.username))]


def verify_educator_login(username: str, password: str) -> Login:
    """OK, WRONG, or LOCKED (for LOCK_FOR after MAX_FAILURES wrong passwords in a row).

    While locked even the right password is refused, so guessing cannot go on behind the lock.
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
    if row.locked_until and row.locked_until > db.utcnow():
        return Login(LoginResult.LOCKED, locked_until=row.locked_until)
    # Verified outside any transaction: argon2 takes tens of ms and must not hold the write lock.
    good = verify_password(row.password_hash, password)
    rehash = rehash_password(password) if good and needs_rehash(row.password_hash) else None
    with db.write() as s:
        row = s.get(Educator, row.id, with_for_update=True)
        if row is None:  # educators are never deleted: only a row removed by hand since the read above
            raise NotFound(f"educator {name}")
        now = db.utcnow()
        if row.locked_until and row.locked_until > now:  # locked by a parallel attempt meanwhile
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


def needs_setup() -> bool:
    with db.read() as s:
        return not s.scalar(select(exists().where(Educator.id.isnot(None))))


def first_run_setup_token() -> str | None:
    """A fresh one-time token while no educator exists (the server prints a link with it), else None.

    Only its hash is stored; each call replaces the previous token, so only the last link printed
    works.
    """
    token = new_token()
    with db.write() as s:
        state = s.get(ServerState, SETUP_TOKEN)
        if s.scalar(select(exists().where(Educator.id.isnot(None)))):
            if state is not None:
                s.delete(state)
            return None
        if state is None:
            s.add(ServerState(name=SETUP_TOKEN, value=hash_token(token)))
        else:
            state.value = hash_token(token)
        return token


def create_first_admin(token: str, username: str, password: str, display_name: str) -> int:
    """The first account, an admin; SetupError unless ``token`` is the live setup token. Works once."""
    hashed = hash_password(password)
    name = normalise_username(username)
    shown = _display_name(display_name, name)
    with db.write() as s:
        state = s.get(ServerState, SETUP_TOKEN, with_for_update=True)
        if state is None or not same_token(token or "", state.value):
            raise SetupError("this setup link is not valid (any more)")
        if s.scalar(select(exists().where(Educator.id.isnot(None)))):
            raise SetupError("an educator already exists")
        row = Educator(username=name, display_name=shown, password_hash=hashed, role="admin",
                       failed_logins=0)
        s.add(row)
        s.delete(state)
        s.flush()
        return row.id
