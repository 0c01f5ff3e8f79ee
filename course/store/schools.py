"""Schools, the tenants of a deployment, and who may do what across them.

Three roles: an educator works in one school and owns their classes; a school admin (educator.role
'admin') also adds and unlocks the educators of their own school, and only theirs; a ministry admin
(a row in ministry_admin) creates schools and sees aggregates of all of them (course.reports.ministry),
never a child's name or answer. A class belongs to its educator's school.

A deployment that never names a school has one, the default school: the lowest id, named "School"
when it is made here or by migration 0010. Nothing about a school is guessed: its country and region
are NULL until someone who knows sets them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from course.store import db
from course.store.errors import NotAllowed, NotFound
from course.store.models import Classroom, Educator, MinistryAdmin, School

DEFAULT_NAME = "School"  # as migration 0010 names the school it moves existing data into
COUNTRY = re.compile(r"^[A-Z]{2}$")
NAME_LENGTH = 120
REGION_LENGTH = 80


@dataclass(frozen=True)
class SchoolInfo:
    id: int
    name: str
    country: str | None
    region: str | None
    created_at: datetime

    @classmethod
    def of(cls, row: School) -> SchoolInfo:
        return cls(row.id, row.name, row.country, row.region, row.created_at)


def _name(name: str) -> str:
    shown = " ".join((name or "").split())
    if not 1 <= len(shown) <= NAME_LENGTH:
        raise ValueError(f"a school name has 1 to {NAME_LENGTH} characters")
    return shown


def _country(country: str | None) -> str | None:
    if country is None or country == "":
        return None
    if not COUNTRY.match(country):
        raise ValueError("country is an ISO 3166-1 alpha-2 code such as 'JO'")
    return country


def _region(region: str | None) -> str | None:
    shown = " ".join((region or "").split())
    if len(shown) > REGION_LENGTH:
        raise ValueError(f"a region has at most {REGION_LENGTH} characters")
    return shown or None


def default_school(s: Session) -> int:
    """The deployment's default school, made on first need (a fresh database's first admin)."""
    found = s.scalar(select(School.id).order_by(School.id).limit(1))
    if found is not None:
        return found
    row = School(name=DEFAULT_NAME)
    s.add(row)
    s.flush()
    return row.id


def is_ministry_admin(s: Session, educator_id: int) -> bool:
    return bool(s.scalar(select(exists().where(MinistryAdmin.educator_id == educator_id))))


def require_ministry(s: Session, educator_id: int, action: str) -> None:
    """NotAllowed unless ``educator_id`` is a ministry admin: the store decides, whatever a page shows."""
    if not is_ministry_admin(s, educator_id):
        raise NotAllowed(f"only a ministry admin {action}")


def school_of_educator(s: Session, educator_id: int) -> int | None:
    return s.scalar(select(Educator.school_id).where(Educator.id == educator_id))


def school_of_class(s: Session, class_id: int) -> int | None:
    """A class's school: its educator's (the one place that says so)."""
    return s.scalar(select(Educator.school_id).join(Classroom, Classroom.educator_id == Educator.id)
                    .where(Classroom.id == class_id))


def ministry_admin(educator_id: int) -> bool:
    """For pages deciding what to show; the store checks again on every ministry action."""
    with db.read() as s:
        return is_ministry_admin(s, educator_id)


def grant_ministry(educator_id: int, *, as_ministry: int | None) -> None:
    """Make an account a ministry admin. ``as_ministry`` must be one; None only for the server's
    operator at the command line (nobody on a page can pass it)."""
    with db.write() as s:
        if as_ministry is not None:
            require_ministry(s, as_ministry, "grants the ministry role")
        if s.get(Educator, educator_id) is None:
            raise NotFound(f"educator {educator_id}")
        if not is_ministry_admin(s, educator_id):
            s.add(MinistryAdmin(educator_id=educator_id))


def create_school(name: str, *, country: str | None = None, region: str | None = None,
                  as_ministry: int | None) -> SchoolInfo:
    """A new school; its first admin is added with accounts.create_educator(..., school_id=...).
    ``as_ministry`` as in grant_ministry."""
    row = School(name=_name(name), country=_country(country), region=_region(region))
    with db.write() as s:
        if as_ministry is not None:
            require_ministry(s, as_ministry, "creates schools")
        s.add(row)
        s.flush()
        return SchoolInfo.of(row)


def set_school_place(school_id: int, *, country: str | None, region: str | None, as_educator: int) -> SchoolInfo:
    """The school's country (the Get-help default of its classes without one) and region; by that
    school's admin or a ministry admin."""
    country, region = _country(country), _region(region)
    with db.write() as s:
        row = s.get(School, school_id, with_for_update=True)
        if row is None:
            raise NotFound(f"school {school_id}")
        caller = s.get(Educator, as_educator)
        own_admin = caller is not None and caller.role == "admin" and caller.school_id == school_id
        if not own_admin and not is_ministry_admin(s, as_educator):
            raise NotAllowed(f"school {school_id} is not yours to change")
        row.country, row.region = country, region
        return SchoolInfo.of(row)


def school_info(school_id: int) -> SchoolInfo | None:
    with db.read() as s:
        row = s.get(School, school_id)
        return SchoolInfo.of(row) if row else None


def school_of(educator_id: int) -> SchoolInfo | None:
    """The school an educator works in (None for a ministry account that teaches nowhere)."""
    with db.read() as s:
        school_id = school_of_educator(s, educator_id)
        row = s.get(School, school_id) if school_id is not None else None
        return SchoolInfo.of(row) if row else None


def list_schools(*, as_ministry: int) -> list[SchoolInfo]:
    with db.read() as s:
        require_ministry(s, as_ministry, "lists schools")
        return [SchoolInfo.of(r) for r in s.scalars(select(School).order_by(School.name, School.id))]


def help_country(s: Session, klass: Classroom) -> str | None:
    """The Get-help default of a class: its own country, else its school's, else none (never guessed)."""
    if klass.country is not None:
        return klass.country
    return s.scalar(select(School.country).join(Educator, Educator.school_id == School.id)
                    .where(Educator.id == klass.educator_id))
