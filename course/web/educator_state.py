"""An educator's session: their classes and learners, apart from any layout.

Every call passes ``as_educator`` so the store checks ownership in the same transaction:
an educator can never act on another educator's class, whatever the page sends.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass

import param

from course.auth.pictures import random_sequence
from course.store import accounts, classes, privacy, rosters
from course.store.classes import NAME_LENGTH, NameRefused, SignInResult
from course.store.errors import NotAllowed, NotFound
from course.store.roster_text import RosterLine, RosterUnreadable, csv_names, pasted_names
from course.web.hashing import hashing

log = logging.getLogger("course.web")
# What the educator is told when the store refuses a learner's name (adding one, or approving one).
# The Classes tab lists this many learners a page: each is a row of buttons (about eight Bokeh
# models), so a class of 2,000 no longer builds 16,000 models at once.
LEARNERS_PER_PAGE = 20
NAME_REFUSED = {SignInResult.NAME_INVALID: "edu-learner-name-needed", SignInResult.NAME_TAKEN: "edu-learner-name-taken"}
# What the educator is told about each line of a list the store refused (locales/*/roster.ftl).
LINE_REFUSED = {rosters.Refusal.INVALID: "roster-line-invalid", rosters.Refusal.TOO_LONG: "roster-line-too-long",
                rosters.Refusal.REPEATED: "roster-line-repeated", rosters.Refusal.LOOKS_LIKE: "roster-line-looks-like",
                rosters.Refusal.IN_CLASS: "roster-line-in-class"}


@dataclass(frozen=True)
class Card:
    """One child's sign-in card: the pictures in plain, which exist nowhere but here."""

    learner_id: int
    name: str
    pictures: tuple[str, ...]


class EducatorState(param.Parameterized):
    educator_id = param.Integer()
    locale = param.String(default="ar")
    class_id = param.Integer(default=None, allow_None=True)
    classes_version = param.Integer(default=0)
    learners_version = param.Integer(default=0)
    learner_search = param.String(default="", doc="part of a name: the Classes tab lists those it finds")
    learner_offset = param.Integer(default=0, bounds=(0, None), doc="the first learner listed: the page")
    notice = param.Parameter(default=None, doc="(message id, args, kind) to show after an action")
    # Archiving a class and deleting a learner take two presses. The first one is remembered
    # here, on the server: the confirm button is only hidden in the page, and a page can send its
    # press without ever showing it, so the confirm action acts only on what the first press named.
    pending = param.Parameter(default=None, doc="('archive', class id) or ('delete', learner id), awaiting confirmation")
    roster_problems = param.Parameter(default=(), doc="the refused lines of the last list: ((message id, args), ...)")
    cards_version = param.Integer(default=0, doc="changes whenever the class's printable cards change")

    def __init__(self, **params):
        super().__init__(**params)
        # Sign-in cards not printed yet, class id -> learner id -> Card. Picture passwords are kept
        # as keyed hashes only, so a card can be printed only from the moment its pictures are made
        # until this session ends: in this object's memory, never in the database, a cookie or a URL.
        self._cards: dict[int, dict[int, Card]] = {}

    @property
    def educator(self):
        return accounts.educator_info(self.educator_id)

    def classes(self):
        return classes.classes_of(self.educator_id)

    def current_class(self):
        if self.class_id is None:
            return None
        info = classes.class_info(self.class_id)
        return info if info and info.educator_id == self.educator_id and info.archived_at is None else None

    def learners(self):
        if self.current_class() is None:
            return []
        return classes.learners_of_class(self.class_id, as_educator=self.educator_id)

    def learners_page(self) -> classes.LearnerPage | None:
        """The page of the class's learners the Classes tab lists (a row of buttons each)."""
        if self.current_class() is None:
            return None
        page = classes.learners_page(self.class_id, as_educator=self.educator_id, search=self.learner_search or None,
                                     offset=self.learner_offset, limit=LEARNERS_PER_PAGE)
        if page.offset != self.learner_offset:  # past the end (learners deleted): where it landed
            with param.parameterized.discard_events(self):
                self.learner_offset = page.offset
        return page

    def find_learners(self, search: str) -> None:
        self.param.update(learner_search=search or "", learner_offset=0, pending=None)

    def turn_learners_page(self, pages: int) -> None:
        self.param.update(learner_offset=max(0, self.learner_offset + pages * LEARNERS_PER_PAGE), pending=None)

    def waiting(self):
        """Names children added to the class that wait for the educator's approval."""
        if self.current_class() is None:
            return []
        return classes.join_requests(self.class_id, as_educator=self.educator_id)

    def _say(self, message_id: str, kind: str = "good", **args) -> None:
        self.notice = (message_id, args, kind)

    def _confirmed(self, what: str, target: int | None) -> bool:
        """Whether the first press asked for exactly this; a confirmation is used once."""
        if target is None or self.pending != (what, target):
            return False
        self.pending = None
        return True

    def create_class(self, name: str, country: str | None, allow_self_register: bool) -> None:
        name = (name or "").strip()
        if not name:
            self._say("edu-class-name-needed", "try")
            return
        try:
            info = classes.create_class(self.educator_id, name, country=country or None,
                                        allow_self_register=allow_self_register)
        except ValueError:  # nothing visible was left of the name once tidied
            self._say("edu-class-name-needed", "try")
            return
        except NotAllowed:  # a ministry account works in no school, so it has no classes
            self._say("edu-no-school-no-classes", "try")
            return
        self.class_id = info.id
        self.classes_version += 1
        self._say("edu-class-created", name=info.name, code=info.join_code)

    def choose_class(self, class_id: int | None) -> None:
        # One batch: the class view redraws once. Redrawn twice, it replaced the buttons a teacher
        # could already be pressing (approve, unlock), and the press was lost.
        self.param.update(class_id=class_id, learners_version=self.learners_version + 1, pending=None,
                          learner_search="", learner_offset=0, roster_problems=())

    def new_code(self) -> None:
        code = classes.regenerate_join_code(self.class_id, as_educator=self.educator_id)
        self.classes_version += 1
        self._say("edu-code-changed", code=code)

    def ask_archive(self) -> None:
        """The first press of Archive: nothing is archived until ``archive`` confirms it."""
        if self.current_class() is not None:
            self.pending = ("archive", self.class_id)

    def archive(self) -> None:
        """The confirm press: archives the class shown, if the first press asked for that class."""
        if not self._confirmed("archive", self.class_id):
            return
        classes.archive_class(self.class_id, as_educator=self.educator_id)
        self.class_id = None
        self.classes_version += 1
        self._say("edu-class-archived")

    def add_learner(self, display_name: str) -> tuple[str, ...] | None:
        """Adds a learner with a fresh picture password, which is shown once to tell the child."""
        name = (display_name or "").strip()
        if not name:
            self._say("edu-learner-name-needed", "try")
            return None
        pictures = random_sequence()
        klass = self.current_class()
        try:
            learner_id = classes.add_learner(self.class_id, name, pictures, locale=self.locale,
                                             as_educator=self.educator_id)
        except NameRefused as refused:
            self._say(NAME_REFUSED[refused.result], "try", name=name)
            return None
        self._cards.setdefault(self.class_id, {})[learner_id] = Card(learner_id, classes.tidy_name(name), pictures)
        self.param.update(learners_version=self.learners_version + 1, cards_version=self.cards_version + 1)
        self._say("edu-learner-added", name=name, pictures=" ".join(pictures), klass=klass.name if klass else "")
        return pictures

    def add_list(self, text: str | None, data: bytes | None) -> bool:
        """The Add-many button: the pasted names, or the CSV file, never both at once (which one
        the teacher meant is not ours to guess)."""
        if (text or "").strip() and data:
            self.roster_problems = ()
            self._say("roster-both", "try")
            return False
        return self.add_learners_csv(data) if data else self.add_learners(text or "")

    def add_learners(self, text: str) -> bool:
        """Adds every name of a pasted list, one a line, each with new pictures; or none (the
        refused lines go to ``roster_problems``). True when the list was added."""
        try:
            lines = pasted_names(text or "")
        except RosterUnreadable as unreadable:
            return self._unreadable(unreadable)
        return self._add_many(lines)

    def add_learners_csv(self, data: bytes | None) -> bool:
        """As add_learners, from a CSV file's bytes (course.store.roster_text reads and limits them)."""
        if not isinstance(data, bytes):
            self._say("roster-empty", "try")
            return False
        try:
            lines = csv_names(data)
        except RosterUnreadable as unreadable:
            return self._unreadable(unreadable)
        return self._add_many(lines)

    def _unreadable(self, unreadable: RosterUnreadable) -> bool:
        self.roster_problems = ()
        self._say(f"roster-{unreadable.reason}", "try", line=unreadable.line or 1)
        return False

    def _add_many(self, lines: list[RosterLine]) -> bool:
        klass = self.current_class()
        self.roster_problems = ()
        if klass is None:
            return False
        if not lines:
            self._say("roster-empty", "try")
            return False
        try:
            made = rosters.add_learners(klass.id, lines, as_educator=self.educator_id, locale=self.locale)
        except rosters.RosterTooLong:
            self._say("roster-too-many", "try", max=rosters.MAX_NAMES)
            return False
        except rosters.RosterRefused as refused:
            self.roster_problems = tuple(
                (LINE_REFUSED[r.reason], {"line": r.line, "name": r.name, "other": r.other_line or 0,
                                          "other_name": r.other_name or "", "max": NAME_LENGTH})
                for r in refused.lines)
            self._say("roster-refused", "try", count=len(refused.lines))
            return False
        sheet = self._cards.setdefault(klass.id, {})
        for learner in made:
            sheet[learner.learner_id] = Card(learner.learner_id, learner.display_name, learner.pictures)
        self.param.update(learners_version=self.learners_version + 1, cards_version=self.cards_version + 1)
        self._say("roster-added", count=len(made))
        return True

    def cards(self) -> tuple[Card, ...]:
        """The current class's cards not yet forgotten, in the order they were made."""
        klass = self.current_class()
        return tuple(self._cards.get(klass.id, {}).values()) if klass else ()

    def forget_cards(self) -> None:
        """The teacher has printed them (or will not): nothing of the pictures stays, even here."""
        klass = self.current_class()
        if klass is not None and self._cards.pop(klass.id, None) is not None:
            self.cards_version += 1
            self._say("cards-forgotten")

    def _drop_card(self, learner_id: int) -> None:
        for sheet in self._cards.values():
            if sheet.pop(learner_id, None) is not None:
                self.cards_version += 1

    def new_pictures(self, learner_id: int, name: str) -> tuple[str, ...]:
        """New pictures for one learner: their old card no longer works, and a new one can be printed."""
        pictures = random_sequence()
        classes.set_picture_password(learner_id, pictures, as_educator=self.educator_id)
        classes.reset_learner_lock(learner_id, as_educator=self.educator_id)
        self._drop_card(learner_id)
        if self.class_id is not None:
            self._cards.setdefault(self.class_id, {})[learner_id] = Card(learner_id, name, pictures)
        self.param.update(learners_version=self.learners_version + 1, cards_version=self.cards_version + 1)
        self._say("edu-learner-new-pictures", name=name, pictures=" ".join(pictures))
        return pictures

    def unlock(self, learner_id: int, name: str) -> None:
        classes.reset_learner_lock(learner_id, as_educator=self.educator_id)
        self.learners_version += 1
        self._say("edu-learner-unlocked", name=name)

    def unlock_class(self) -> None:
        """Every child of the class may sign in again now, after a run of wrong pictures."""
        klass = self.current_class()
        if klass is None:
            return
        classes.unlock_class(klass.id, as_educator=self.educator_id)
        self.learners_version += 1
        self._say("edu-class-unlocked", name=klass.name)

    def require_approval(self, approve: bool) -> None:
        klass = self.current_class()
        if klass is None or klass.approve_new_names == approve:
            return  # nothing changes (the view shows the stored setting and hears it back)
        classes.set_approve_new_names(klass.id, approve, as_educator=self.educator_id)
        self.learners_version += 1
        self._say("edu-approval-on" if approve else "edu-approval-off")

    def approve(self, request_id: int, name: str) -> None:
        try:
            classes.approve_join_request(request_id, as_educator=self.educator_id)
        except NameRefused as refused:  # the class took this name or a look-alike meanwhile
            self._say(NAME_REFUSED[refused.result], "try", name=name)
            return
        except NotFound:  # already approved or rejected (a second click, another tab)
            pass
        else:
            self._say("edu-name-approved", name=name)
        self.learners_version += 1

    def reject(self, request_id: int, name: str) -> None:
        try:
            classes.reject_join_request(request_id, as_educator=self.educator_id)
        except NotFound:  # already approved or rejected (a second click, another tab)
            pass
        else:
            self._say("edu-name-rejected", name=name)
        self.learners_version += 1

    def ask_delete(self, learner_id: int) -> None:
        """The first press of Delete: nothing is erased until ``delete`` confirms this learner."""
        self.pending = ("delete", learner_id)

    def delete(self, learner_id: int, name: str) -> None:
        """The confirm press: erases the learner, if the first press asked for that learner."""
        if not self._confirmed("delete", learner_id):
            return
        privacy.delete_learner(learner_id, as_educator=self.educator_id)
        self._drop_card(learner_id)
        self.learners_version += 1
        self._say("edu-learner-deleted", name=name)

    def export(self, learner_id: int) -> bytes:
        """Everything stored about one learner, for a family's request (JSON, UTF-8)."""
        data = privacy.export_learner(learner_id, as_educator=self.educator_id)
        return json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8")

    async def add_educator(self, username: str, display_name: str, password: str) -> None:
        """Hashes the new password in the pool: on the event loop it would stall every child's page."""
        try:
            await hashing(accounts.add_educator, self.educator_id, username, password, display_name)
        except NotAllowed:
            self._say("edu-admin-only", "try")
            return
        except ValueError as exc:
            log.info("educator not added: %s", exc)
            self._say("edu-educator-invalid", "try")
            return
        self._say("edu-educator-added", name=display_name or username)

    def locked_educators(self) -> set[int]:
        return accounts.locked_educators(as_educator=self.educator_id)

    def unlock_educator(self, educator_id: int, name: str) -> None:
        """The store checks that this educator is an admin; the page only offers the button."""
        try:
            accounts.unlock_educator(self.educator_id, educator_id)
        except NotAllowed:
            self._say("edu-admin-only", "try")
            return
        self._say("edu-educator-unlocked", name=name)


__all__ = ["EducatorState", "NotAllowed", "NotFound"]
