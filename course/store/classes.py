"""Classes, their learners, and children's sign-in: join code, then a name, then a picture password.

Educator-facing functions take ``as_educator``: when given, the class or learner must belong to
that educator (NotAllowed otherwise), checked in the same unit of work as the change.
Children's functions take ``client`` (the visitor's address): wrong picture passwords and added
names spend that client's and the class's budgets (course.store.signin_budgets). No result ever
says how many tries are left.
"""
from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from course.auth.pictures import hash_pictures, verify_pictures
from course.store import db, names, schools, sessions, signin_budgets
from course.store.access import owned_class, owned_learner
from course.store.errors import NotAllowed, NotFound
from course.store.models import Classroom, Educator, JoinRequest, Learner
from course.store.progress import AGE_BANDS
from course.store.records import ClassInfo, JoinRequestInfo, LearnerInfo
from course.store.signin_budgets import NAMES_PER_CLASS, NAMES_PER_CLIENT, PICTURES_PER_CLASS, PICTURES_PER_CLIENT

# No 0/O, 1/I/L: a child copying the code from the board cannot mistake one for the other.
JOIN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
MAX_PICTURE_FAILURES = 5
LEARNER_LOCK_FOR = timedelta(minutes=15)
# Once a class spent its budget of wrong picture passwords, its picture sign-in rests this long or
# until the teacher opens it (unlock_class): a guesser gets PICTURES_PER_CLASS tries per two hours
# at most, and the teacher sees it happen. A lesson and a break, if it ever hits real mistypes.
CLASS_REST = timedelta(hours=2)
NAME_LENGTH = 40
COUNTRY = re.compile(r"^[A-Z]{2}$")
VISIBILITIES = ("learner", "educator")


class SignInResult(Enum):
    OK = "ok"
    WRONG_CODE = "wrong-code"  # no open class has this code
    UNKNOWN_LEARNER = "unknown-learner"  # not a learner of that class
    WRONG_PICTURES = "wrong-pictures"
    LOCKED = "locked"  # this child: too many wrong picture passwords in a row: wait, or ask the teacher
    RESTING = "resting"  # this class or client spent its budget of wrong pictures: ask the teacher
    CLOSED = "closed"  # the class does not let learners register themselves
    NAME_TAKEN = "name-taken"  # the class has this name, or one that looks the same, waiting or not
    NAME_INVALID = "name-invalid"  # nothing to show once the name is tidied
    TOO_MANY_NEW = "too-many-new"  # this class or client added many names just now
    PENDING = "pending"  # added, waiting for the teacher's approval: not signed in


@dataclass(frozen=True)
class SignIn:
    result: SignInResult
    learner_id: int | None = None
    locked_until: datetime | None = None
    display_name: str | None = None  # a new name, as the class list shows it


class NameRefused(ValueError):
    """A name a class cannot take; ``result`` is NAME_INVALID or NAME_TAKEN."""

    def __init__(self, result: SignInResult, name: str):
        super().__init__(f"{result.value}: {name!r}")
        self.result = result


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


def new_code() -> str:
    return "".join(secrets.choice(JOIN_ALPHABET) for _ in range(CODE_LENGTH))


class NameTooLong(ValueError):
    """A name longer than NAME_LENGTH once tidied (a ValueError: callers that need not say why
    catch that)."""


def tidy_name(name: str) -> str:
    """Every class and learner name the store keeps is tidied here (course.store.names): no
    invisible or direction-changing characters, one space between words, a letter or digit."""
    name = names.tidy(name)
    if len(name) > NAME_LENGTH:
        raise NameTooLong(f"a display name has at most {NAME_LENGTH} characters once tidied")
    if not any(unicodedata.category(ch)[0] in "LN" for ch in name):
        raise ValueError("a display name has a letter or a digit")
    return name


def names_in_class(s: Session, class_id: int, except_learner: int | None = None,
                    except_request: int | None = None) -> list[str]:
    """The class's names, on the list or waiting for approval."""
    listed = select(Learner.display_name).where(Learner.class_id == class_id)
    waiting = select(JoinRequest.display_name).where(JoinRequest.class_id == class_id)
    if except_learner is not None:
        listed = listed.where(Learner.id != except_learner)
    if except_request is not None:
        waiting = waiting.where(JoinRequest.id != except_request)
    return [*s.scalars(listed), *s.scalars(waiting)]


def name_for_class(s: Session, class_id: int, display_name: str, **excepted: int) -> str:
    """The tidied name, if the class can take it: NameRefused when nothing is left of it, or when
    the class has it or a name that looks the same (names.skeleton). The one rule for every way a
    name enters a class: an educator adding or renaming, a child adding themselves, an approval."""
    try:
        name = tidy_name(display_name)
    except ValueError:
        raise NameRefused(SignInResult.NAME_INVALID, display_name) from None
    if ClassNames(names_in_class(s, class_id, **excepted)).clash(name) is not None:
        raise NameRefused(SignInResult.NAME_TAKEN, name)
    return name


class ClassNames:
    """Names of one class as the look-alike rule compares them: a tidied name is taken when the
    class has it in any case, or a name with the same skeleton (names.skeleton). Built once, it
    answers each new name in constant time: a roster of 2,000 names is not 2,000 x 2,000 skeletons."""

    def __init__(self, taken: Iterable[str] = ()):
        self._folded: dict[str, str] = {}
        self._shapes: dict[str, str] = {}
        for name in taken:
            self.add(name)

    def add(self, name: str) -> None:
        self._folded.setdefault(name.casefold(), name)
        self._shapes.setdefault(names.skeleton(name), name)

    def clash(self, name: str) -> str | None:
        """The name held here that ``name`` is (in any case) or looks like; None when it is free."""
        same = self._folded.get(name.casefold())
        return same if same is not None else self._shapes.get(names.skeleton(name))


def hold_names(s: Session, class_id: int) -> Classroom:
    """The class row, locked until commit, so that two look-alike names sent at the same moment are
    checked one after the other (on SQLite, BEGIN IMMEDIATE already queues every writer)."""
    klass = s.get(Classroom, class_id, with_for_update=True)
    if klass is None:
        raise NotFound(f"class {class_id}")
    return klass


def new_learner(klass: Classroom, name: str, hashed: str | None, age_band: str | None, locale: str) -> Learner:
    """In the unit of work that loaded ``klass``; the learner's country is the class's Get-help default."""
    return new_learners(klass, [(name, hashed)], age_band, locale)[0]


def new_learners(klass: Classroom, named: Sequence[tuple[str, str | None]], age_band: str | None,
                 locale: str) -> list[Learner]:
    """Learners (tidied name, picture hash) of ``klass``, not yet added: new_learner for many, with
    the class's Get-help country looked up once rather than once a learner."""
    s = Session.object_session(klass)
    if s is None:
        raise RuntimeError("the class row must belong to the caller's unit of work")
    country = schools.help_country(s, klass)
    return [Learner(class_id=klass.id, display_name=name, picture_password_hash=hashed, age_band=age_band,
                    locale=locale, country=country, failed_logins=0) for name, hashed in named]


def check_age_band(age_band: str | None) -> None:
    if age_band is not None and age_band not in AGE_BANDS:
        raise ValueError(f"age band is one of {AGE_BANDS}")


def _open_class(s: Session, join_code: str) -> Classroom | None:
    code = normalise_join_code(join_code)
    if len(code) != CODE_LENGTH:
        return None
    return s.scalar(select(Classroom).where(Classroom.join_code == code, Classroom.archived_at.is_(None)))


def _with_fresh_code(write) -> str:
    """Run ``write(session, code)`` with new codes until one is unique (clashes are rare)."""
    for _ in range(8):
        code = new_code()
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
        educator = s.get(Educator, educator_id)
        if educator is None:
            raise NotFound(f"educator {educator_id}")
        if educator.school_id is None:  # a class belongs to its educator's school
            raise NotAllowed("an account outside any school has no classes")
    created: list[Classroom] = []

    def insert(s: Session, code: str) -> None:
        row = Classroom(educator_id=educator_id, name=tidy_name(name), join_code=code,
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
    """Closes sign-in and self-registration, and signs every learner of the class out on every
    device; progress is kept (delete learners to erase it)."""
    with db.write() as s:
        row = owned_class(s, class_id, as_educator)
        if row.archived_at is None:
            row.archived_at = db.utcnow()
        sessions.end_class_sessions(s, class_id)


def class_info(class_id: int) -> ClassInfo | None:
    """The class; its ``country`` is the Get-help default: its own, else its school's, else None."""
    with db.read() as s:
        row = s.get(Classroom, class_id)
        return replace(ClassInfo.of(row), country=schools.help_country(s, row)) if row else None


def classes_of(educator_id: int, include_archived: bool = False) -> list[ClassInfo]:
    with db.read() as s:
        query = select(Classroom).where(Classroom.educator_id == educator_id)
        if not include_archived:
            query = query.where(Classroom.archived_at.is_(None))
        return [ClassInfo.of(r) for r in s.scalars(query.order_by(Classroom.name, Classroom.id))]


def add_learner(class_id: int, display_name: str, picture_password: Sequence[str] | None, *,
                age_band: str | None = None, locale: str = "ar",
                as_educator: int | None = None) -> int:
    """A learner known by display name only. No picture password: signing in is tapping the name.

    NameRefused (a ValueError) when the class already has the name or one that looks the same."""
    check_age_band(age_band)
    hashed = hash_pictures(picture_password) if picture_password is not None else None
    try:
        with db.write() as s:
            klass = owned_class(s, class_id, as_educator)
            hold_names(s, class_id)
            row = new_learner(klass, name_for_class(s, class_id, display_name), hashed, age_band, locale)
            s.add(row)
            s.flush()
            return row.id
    except IntegrityError:
        raise NameRefused(SignInResult.NAME_TAKEN, display_name) from None


def learners_of_class(class_id: int, *, as_educator: int | None = None) -> list[LearnerInfo]:
    with db.read() as s:
        owned_class(s, class_id, as_educator)
        rows = s.scalars(select(Learner).where(Learner.class_id == class_id).order_by(Learner.display_name))
        return [LearnerInfo.of(r) for r in rows]


def name_matches(search: str | None, name: str) -> bool:
    """The one rule for finding a learner by name, on every list that pages: a part of the name,
    any case, spaces as typed do not matter (casefold in Python: SQLite's lower() folds ASCII only,
    and it must find "É" and "é", and behave the same on PostgreSQL)."""
    needle = " ".join((search or "").split()).casefold()
    return needle in " ".join(name.split()).casefold()


@dataclass(frozen=True)
class LearnerPage:
    """A page of a class's learners, by name: what the Classes tab draws, a row each."""

    learners: tuple[LearnerInfo, ...]
    matched: int  # learners the search kept, on every page
    offset: int  # of the first one shown (an offset past the end shows the last page)


def learners_page(class_id: int, *, as_educator: int | None = None, search: str | None = None,
                  offset: int = 0, limit: int = 20) -> LearnerPage:
    """``limit`` learners from ``offset`` among those whose name ``search`` finds, by name.

    Two statements whatever the class size: the names of the class (a few bytes each, found and
    ordered here by ``name_matches`` and ``casefold``), then the page's rows."""
    if limit < 1 or offset < 0:
        raise ValueError("limit is at least 1 and offset at least 0")
    with db.read() as s:
        owned_class(s, class_id, as_educator)
        found = [(name, lid) for lid, name in s.execute(
            select(Learner.id, Learner.display_name).where(Learner.class_id == class_id)) if name_matches(search, name)]
        found.sort(key=lambda nl: (nl[0].casefold(), nl[1]))
        offset = min(offset, max(0, (len(found) - 1) // limit * limit))
        ids = [lid for _name, lid in found[offset:offset + limit]]
        rows = {r.id: LearnerInfo.of(r) for r in s.scalars(select(Learner).where(Learner.id.in_(ids)))} if ids else {}
        return LearnerPage(tuple(rows[i] for i in ids), len(found), offset)


def learners_in_class(join_code: str) -> Roster | None:
    """The picker for a join code; None when no open class has it."""
    with db.read() as s:
        klass = _open_class(s, join_code)
        if klass is None:
            return None
        rows = s.scalars(select(Learner).where(Learner.class_id == klass.id).order_by(Learner.display_name))
        entries = tuple(RosterEntry(r.id, r.display_name, r.picture_password_hash is not None) for r in rows)
        return Roster(klass.id, klass.name, klass.allow_self_register, entries)


def verify_picture_password(join_code: str, learner_id: int, pictures: Sequence[str], *,
                            client: str = "unknown") -> SignIn:
    """Sign a child in. A wrong try counts for the child (MAX_PICTURE_FAILURES in a row lock the
    account), for the client and for the class; while either budget is spent or the class rests,
    no pictures are checked at all, right or wrong (RESTING: the teacher opens the class)."""
    with db.write() as s:
        klass = _open_class(s, join_code)
        if klass is None:
            return SignIn(SignInResult.WRONG_CODE)
        learner = s.get(Learner, learner_id, with_for_update=True)
        if learner is None or learner.class_id != klass.id:
            return SignIn(SignInResult.UNKNOWN_LEARNER)
        now = db.utcnow()
        if learner.picture_password_hash is None:  # tapping the name is enough: nothing to guess
            return _signed_in(learner, now)
        if not _pictures_allowed(klass, client, now):
            return SignIn(SignInResult.RESTING)
        if learner.locked_until and learner.locked_until > now:
            return SignIn(SignInResult.LOCKED, locked_until=learner.locked_until)
        if verify_pictures(learner.picture_password_hash, pictures):
            return _signed_in(learner, now)
        _spend_pictures(klass, client, now)
        return _wrong_pictures(learner, now)


def _signed_in(learner: Learner, now: datetime) -> SignIn:
    learner.failed_logins, learner.locked_until = 0, None
    learner.last_active_at = now
    return SignIn(SignInResult.OK, learner.id)


def _pictures_allowed(klass: Classroom, client: str, now: datetime) -> bool:
    return (not ClassInfo.of(klass).pictures_resting(now) and signin_budgets.left(PICTURES_PER_CLIENT, client)
            and signin_budgets.left(PICTURES_PER_CLASS, klass.id))


def _spend_pictures(klass: Classroom, client: str, now: datetime) -> None:
    """Never refilled by a good sign-in: a guesser who knows one child's pictures could reset it."""
    signin_budgets.spend(PICTURES_PER_CLIENT, client)
    signin_budgets.spend(PICTURES_PER_CLASS, klass.id)
    if not signin_budgets.left(PICTURES_PER_CLASS, klass.id):
        klass.pictures_rest_until = now + CLASS_REST


def _wrong_pictures(learner: Learner, now: datetime) -> SignIn:
    learner.failed_logins += 1
    if learner.failed_logins < MAX_PICTURE_FAILURES:
        return SignIn(SignInResult.WRONG_PICTURES)
    learner.failed_logins, learner.locked_until = 0, now + LEARNER_LOCK_FOR
    return SignIn(SignInResult.LOCKED, locked_until=learner.locked_until)


def unlock_class(class_id: int, *, as_educator: int | None = None) -> None:
    """The teacher lets the whole class sign in again now: every child's lock, the class's rest and
    its budget of wrong pictures are cleared. A client's budget is not: the teacher cannot know which
    address it is, and it refills by itself within ratelimit.WINDOW_SECONDS."""
    with db.write() as s:
        owned_class(s, class_id, as_educator).pictures_rest_until = None
        s.execute(update(Learner).where(Learner.class_id == class_id).values(failed_logins=0, locked_until=None))
    signin_budgets.refill(PICTURES_PER_CLASS, class_id)


def check_new_name(join_code: str, display_name: str, *, client: str = "unknown") -> SignIn:
    """Asked before a new child chooses their pictures: could they join under this name now?
    OK comes with the name as the class list would show it. self_register asks again."""
    with db.read() as s:
        return _admit(s, _open_class(s, join_code), display_name, client)


def _admit(s: Session, klass: Classroom | None, display_name: str, client: str) -> SignIn:
    if klass is None:
        return SignIn(SignInResult.WRONG_CODE)
    if not klass.allow_self_register:
        return SignIn(SignInResult.CLOSED)
    if not (signin_budgets.left(NAMES_PER_CLIENT, client) and signin_budgets.left(NAMES_PER_CLASS, klass.id)):
        return SignIn(SignInResult.TOO_MANY_NEW)
    try:
        return SignIn(SignInResult.OK, display_name=name_for_class(s, klass.id, display_name))
    except NameRefused as refused:
        return SignIn(refused.result)


def self_register(join_code: str, display_name: str, pictures: Sequence[str] | None, *, client: str = "unknown",
                  age_band: str | None = None, locale: str = "ar") -> SignIn:
    """A child adds themselves to a class that allows it. OK comes with the new learner id; PENDING
    when the class's new names wait for the teacher's approval (nobody is signed in then)."""
    check_age_band(age_band)
    hashed = hash_pictures(pictures) if pictures is not None else None
    try:
        with db.write() as s:
            klass = _open_class(s, join_code)
            if klass is not None:
                hold_names(s, klass.id)
            admitted = _admit(s, klass, display_name, client)
            if klass is None or admitted.result is not SignInResult.OK:
                return admitted
            assert admitted.display_name is not None, "an admitted name comes tidied"
            signin_budgets.spend(NAMES_PER_CLIENT, client)
            signin_budgets.spend(NAMES_PER_CLASS, klass.id)
            return _add_self(s, klass, admitted.display_name, hashed, age_band, locale)
    except IntegrityError:
        return SignIn(SignInResult.NAME_TAKEN)


def _add_self(s: Session, klass: Classroom, name: str, hashed: str | None, age_band: str | None,
              locale: str) -> SignIn:
    if klass.approve_new_names:
        s.add(JoinRequest(class_id=klass.id, display_name=name, picture_password_hash=hashed,
                          age_band=age_band, locale=locale))
        s.flush()
        return SignIn(SignInResult.PENDING, display_name=name)
    row = new_learner(klass, name, hashed, age_band, locale)
    s.add(row)
    s.flush()
    return SignIn(SignInResult.OK, row.id, display_name=name)


def set_approve_new_names(class_id: int, approve: bool, *, as_educator: int | None = None) -> None:
    """Whether names children add themselves wait for the teacher; names already waiting stay waiting."""
    with db.write() as s:
        owned_class(s, class_id, as_educator).approve_new_names = approve


def join_requests(class_id: int, *, as_educator: int | None = None) -> list[JoinRequestInfo]:
    """Names waiting for the teacher's approval, oldest first."""
    with db.read() as s:
        owned_class(s, class_id, as_educator)
        rows = s.scalars(select(JoinRequest).where(JoinRequest.class_id == class_id)
                         .order_by(JoinRequest.created_at, JoinRequest.id))
        return [JoinRequestInfo.of(r) for r in rows]


def _owned_request(s: Session, request_id: int, as_educator: int | None) -> JoinRequest:
    row = s.get(JoinRequest, request_id, with_for_update=True)
    if row is None:
        raise NotFound(f"join request {request_id}")
    owned_class(s, row.class_id, as_educator)
    return row


def approve_join_request(request_id: int, *, as_educator: int | None = None) -> int:
    """The name joins the class list with the pictures the child chose; the new learner's id.
    NameRefused when the class has taken that name or a look-alike since: the request stays."""
    with db.write() as s:
        request = _owned_request(s, request_id, as_educator)
        klass = hold_names(s, request.class_id)
        name = name_for_class(s, klass.id, request.display_name, except_request=request.id)
        row = new_learner(klass, name, request.picture_password_hash, request.age_band, request.locale)
        s.delete(request)
        s.add(row)
        s.flush()
        return row.id


def reject_join_request(request_id: int, *, as_educator: int | None = None) -> None:
    """The name never shows; the child may add themselves again under a real name."""
    with db.write() as s:
        s.delete(_owned_request(s, request_id, as_educator))


def set_picture_password(learner_id: int, pictures: Sequence[str] | None, *,
                         as_educator: int | None = None) -> None:
    """The educator gives a learner new pictures (None: sign in by name alone); also unlocks.

    The learner is signed out on every device: new pictures are how a teacher takes back a
    sign-in that someone else saw or a tablet that stayed signed in."""
    hashed = hash_pictures(pictures) if pictures is not None else None
    with db.write() as s:
        row = owned_learner(s, learner_id, as_educator)
        row.picture_password_hash, row.failed_logins, row.locked_until = hashed, 0, None
        sessions.end_learner_sessions(s, learner_id)


def reset_learner_lock(learner_id: int, *, as_educator: int | None = None) -> None:
    with db.write() as s:
        row = owned_learner(s, learner_id, as_educator)
        row.failed_logins, row.locked_until = 0, None


def rename_learner(learner_id: int, display_name: str, *, as_educator: int | None = None) -> None:
    try:
        with db.write() as s:
            row = owned_learner(s, learner_id, as_educator)
            if row.class_id is None:  # a guest: no class list to look alike on
                row.display_name = tidy_name(display_name)
                return
            hold_names(s, row.class_id)
            row.display_name = name_for_class(s, row.class_id, display_name, except_learner=row.id)
    except IntegrityError:
        raise NameRefused(SignInResult.NAME_TAKEN, display_name) from None
