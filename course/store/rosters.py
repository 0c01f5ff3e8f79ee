"""A whole class list at once: the teacher's pasted names or CSV file become learners, each with a
picture password made here, in one transaction.

All or nothing: when any line cannot join the class (nothing left of it once tidied, too long, the
same as or looking like another line, or a name the class already has), nothing is added and the
refusal names every such line, so that the teacher fixes the list once and sends it again.

The pictures are returned once, in plain, for the sign-in cards; the store keeps only their keyed
hashes (course.auth.pictures), as for a learner added alone.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from course.auth.pictures import hash_pictures, random_sequence
from course.store import db
from course.store.access import owned_class
from course.store.classes import ClassNames, NameTooLong, check_age_band, hold_names, names_in_class, new_learners, tidy_name
from course.store.roster_text import RosterLine

# A school's whole intake, or a parents' evening (issue 16): more at once is a mistake, not a class.
MAX_NAMES = 2000


class Refusal(Enum):
    INVALID = "invalid"  # nothing to show once tidied (no letter or digit)
    TOO_LONG = "too-long"  # longer than classes.NAME_LENGTH once tidied
    REPEATED = "repeated"  # the same name as an earlier line, in any case
    LOOKS_LIKE = "looks-like"  # looks the same as an earlier line's name on a screen (names.skeleton)
    IN_CLASS = "in-class"  # the class has this name or a look-alike, on its list or waiting for approval


@dataclass(frozen=True)
class RefusedLine:
    line: int
    name: str  # as the teacher wrote it
    reason: Refusal
    other_line: int | None = None  # REPEATED, LOOKS_LIKE: the earlier line
    other_name: str | None = None  # LOOKS_LIKE, IN_CLASS: the name it clashes with


class RosterRefused(ValueError):
    """Some lines cannot join the class; nothing was added. ``lines`` holds every one, in order."""

    def __init__(self, lines: Sequence[RefusedLine]):
        super().__init__(f"{len(lines)} line(s) refused: " + ", ".join(f"{r.line} {r.reason.value}" for r in lines))
        self.lines = tuple(lines)


class RosterTooLong(ValueError):
    """More than MAX_NAMES names in one list; nothing was added."""


@dataclass(frozen=True)
class NewLearner:
    learner_id: int
    display_name: str  # tidied, as the class list shows it
    pictures: tuple[str, ...]  # plain, here only: for the sign-in card, never stored


def _lines(names: Sequence[str | RosterLine]) -> list[RosterLine]:
    return [n if isinstance(n, RosterLine) else RosterLine(i, n) for i, n in enumerate(names, 1)]


def _tidied(lines: list[RosterLine]) -> tuple[list[tuple[RosterLine, str]], list[RefusedLine]]:
    kept, refused = [], []
    for entry in lines:
        try:
            kept.append((entry, tidy_name(entry.name)))
        except NameTooLong:
            refused.append(RefusedLine(entry.line, entry.name, Refusal.TOO_LONG))
        except ValueError:
            refused.append(RefusedLine(entry.line, entry.name, Refusal.INVALID))
    return kept, refused


def _clashes(in_class: ClassNames, named: list[tuple[RosterLine, str]]) -> list[RefusedLine]:
    """The look-alike rule (classes.ClassNames) against the class, then against the earlier lines."""
    listed = ClassNames()
    line_of: dict[str, int] = {}  # each name kept from the list: its line
    refused: list[RefusedLine] = []
    for entry, name in named:
        taken = in_class.clash(name)
        if taken is not None:
            refused.append(RefusedLine(entry.line, entry.name, Refusal.IN_CLASS, other_name=taken))
            continue
        earlier = listed.clash(name)
        if earlier is not None:
            same = earlier.casefold() == name.casefold()
            refused.append(RefusedLine(entry.line, entry.name, Refusal.REPEATED if same else Refusal.LOOKS_LIKE,
                                       other_line=line_of[earlier], other_name=None if same else earlier))
            continue
        listed.add(name)
        line_of[name] = entry.line
    return refused


def add_learners(class_id: int, names: Sequence[str | RosterLine], *, as_educator: int | None,
                 age_band: str | None = None, locale: str = "ar") -> list[NewLearner]:
    """Every name joins the class with a new picture password, in the order given, or none does
    (RosterRefused listing every refused line). A plain string's line is its place in ``names``.

    One transaction whatever the length: the class row is held (classes.hold_names) while the
    names are checked and inserted, so a child adding themselves meanwhile waits, then is checked
    against the new names."""
    check_age_band(age_band)
    lines = _lines(names)
    if len(lines) > MAX_NAMES:
        raise RosterTooLong(f"at most {MAX_NAMES} names at once")
    named, refused = _tidied(lines)
    # HMAC, not a slow hash: 2,000 take a few milliseconds, before the class is held.
    pictures = [random_sequence() for _ in named]
    hashes = [hash_pictures(p) for p in pictures]
    with db.write() as s:
        klass = owned_class(s, class_id, as_educator)
        hold_names(s, class_id)
        refused = sorted(refused + _clashes(ClassNames(names_in_class(s, class_id)), named), key=lambda r: r.line)
        if refused:
            raise RosterRefused(refused)  # before any insert; leaving the unit of work rolls it back
        rows = new_learners(klass, [(name, h) for (_entry, name), h in zip(named, hashes, strict=True)],
                            age_band, locale)
        s.add_all(rows)
        s.flush()  # one batched INSERT ... RETURNING on SQLite and PostgreSQL alike: the ids
        return [NewLearner(row.id, row.display_name, p) for row, p in zip(rows, pictures, strict=True)]
