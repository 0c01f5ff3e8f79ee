"""Budgets for children's sign-in: wrong picture passwords and self-added names, per client and per class.

A child's own lockout (classes.MAX_PICTURE_FAILURES) stops guessing one account; these stop one
device from walking through a whole class, and a class from being guessed at from many devices.
Counts are kept by the limiters of ``course.auth.ratelimit``, in the store ``default_limiter()``
picks (this process's memory on SQLite, the shared table on PostgreSQL), under keys such as
"pics-client:<client>" and "pics-class:<class id>".

Every budget is per ``ratelimit.WINDOW_SECONDS`` (15 minutes): the database limiter clears the
rows of every bucket older than its own window, and the educators' sign-in limiter shares the
table with that window, so a longer window would silently shrink to 15 minutes on PostgreSQL.
What lasts longer is the class's rest (``classes.CLASS_REST``), kept on the class row.

The numbers. A class of 30 children signs in at the start of a lesson from one school address
(the school's network usually shows one IP for every tablet). Young children mistype: say a third
of them once and a few twice, about 15 wrong picture passwords in that quarter hour. So:
- PICTURES_PER_CLASS = 30: every child of a class of 30 may mistype once in the same quarter
  hour, twice the busy case. Spending it makes the class rest (classes.CLASS_REST, 2 hours) until
  the teacher opens it: a guesser gets 30 tries, then needs the teacher's click or waits.
- PICTURES_PER_CLIENT = 60: two classes of 30 signing in together behind one school address.
  It caps one device that knows several join codes; one class's budget is smaller anyway.
- NAMES_PER_CLASS = 35: a class of 30 adding themselves on its first day, and a few second tries
  (a child who chose a nickname after all). Only names actually added count.
- NAMES_PER_CLIENT = 45: that class behind one school address, and a teacher's test or two.
One device at school shares its address with the class, so no per-client number can tell it from
the children: the class's rest and the teacher's "new names need my approval" are the defence there.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from course.auth.ratelimit import Limiter
from course.store import db, signin_limits


@dataclass(frozen=True)
class Budget:
    prefix: str  # the bucket key is "<prefix>:<client or class id>"
    limit: int  # events per ratelimit.WINDOW_SECONDS

    def key(self, subject: object) -> str:
        return f"{self.prefix}:{subject}"


PICTURES_PER_CLIENT = Budget("pics-client", 60)
PICTURES_PER_CLASS = Budget("pics-class", 30)
NAMES_PER_CLIENT = Budget("names-client", 45)
NAMES_PER_CLASS = Budget("names-class", 35)


@lru_cache(maxsize=64)
def _limiter(budget: Budget, database: str) -> Limiter:
    """default_limiter()'s kind of store with this budget's limit. One per database, so that counts
    kept in memory never follow the process to another database (tests, ``course demo``)."""
    return signin_limits.limiter_for(database, budget.limit)


def limiter(budget: Budget) -> Limiter:
    return _limiter(budget, db.database_url())


def left(budget: Budget, subject: object) -> bool:
    return limiter(budget).allowed(budget.key(subject))


def spend(budget: Budget, subject: object) -> None:
    limiter(budget).failed(budget.key(subject))


def refill(budget: Budget, subject: object) -> None:
    """Forget what ``subject`` spent: the teacher opened the class again."""
    limiter(budget).succeeded(budget.key(subject))
