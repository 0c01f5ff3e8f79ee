"""A child signing in to their class: join code, then their name, then a picture password.

Kept apart from the lesson state: it only ends by handing a learner id to LearnerState.
Every refusal is a message id the view shows in kind words; nothing is ever said about
another child except the names on the class list, nor how many tries are left. The store
decides everything (course.store.classes); this only turns its results into steps and words.
"""
from __future__ import annotations

import logging
from datetime import timedelta

import param

from course.auth import ratelimit
from course.auth.pictures import LENGTH, PICTURES
from course.store import classes, sessions, signin_limits
from course.store.classes import SignIn, SignInResult
from course.web import cookies

log = logging.getLogger("course.web")
LEARNER_COOKIE = "amaan_learner"
# A school term. Sooner, the session behind it ends: the child signs out, the teacher gives new
# pictures or archives the class (course.store.sessions).
LEARNER_COOKIE_DAYS = 120
# The one sign-in limiter (educators' too): in the database on PostgreSQL, so that N processes
# allow ratelimit.LIMIT wrong join codes per client, not N times as many.
_limiter: ratelimit.Limiter = signin_limits.SIGN_IN
ROSTER_PAGE = 40  # names a page: a usual class fits on one
Say = tuple[str, str]  # (message id, step to show it on)
# What a child is told when the store refuses; one table for picking a name and for adding it.
REFUSED: dict[SignInResult, Say] = {
    SignInResult.WRONG_PICTURES: ("signin-wrong-pictures", "pictures"),
    SignInResult.LOCKED: ("signin-locked", "pictures"),
    SignInResult.RESTING: ("signin-resting", "pictures"),
    SignInResult.NAME_INVALID: ("signin-new-name-needed", "new-name"),
    SignInResult.NAME_TAKEN: ("signin-name-taken", "new-name"),
    SignInResult.TOO_MANY_NEW: ("signin-too-many-new", "new-name"),
}
# The class closed, or the child was removed, while they were signing in: start again.
START_AGAIN: Say = ("signin-wrong-code", "code")


def open_learner_session(learner_id: int) -> str:
    """A new session for a child who just signed in; its token, for their cookie only."""
    return sessions.open_session("learner", learner_id, timedelta(days=LEARNER_COOKIE_DAYS))


def sign_learner(token: str) -> str:
    """The learner cookie's value for a session token (signed: a made-up value is refused unread)."""
    return cookies.sign_session(LEARNER_COOKIE, token)


def learner_session(value: str | None) -> tuple[str, int] | None:
    """(session token, learner id) for a learner cookie whose session is still valid."""
    found = cookies.signed_session(LEARNER_COOKIE, value, "learner", LEARNER_COOKIE_DAYS)
    return (found[0], found[1].subject_id) if found is not None else None


def learner_ticket(token: str) -> str:
    """A ticket for the browser to keep the session's HttpOnly cookie (course.web.cookies)."""
    return cookies.issue(keep={LEARNER_COOKIE: (sign_learner(token), timedelta(days=LEARNER_COOKIE_DAYS))},
                         session=token)


class SignInState(param.Parameterized):
    step = param.Selector(default="code", objects=["code", "name", "new-name", "pictures", "waiting"])
    code = param.String(default="")
    roster = param.List(default=[], doc="(learner id, display name) of the class")
    roster_search = param.String(default="", doc="part of a name: the names shown are those it finds")
    roster_offset = param.Integer(default=0, bounds=(0, None), doc="the first name shown: the page")
    class_name = param.String(default="")
    can_register = param.Boolean(default=False, doc="the class lets children add themselves")
    registering = param.Boolean(default=False, doc="a new child choosing their own pictures")
    learner_id = param.Integer(default=None, allow_None=True)
    learner_name = param.String(default="")
    pictures = param.List(default=[])
    error = param.Parameter(default=None, doc="(message id, args) to show, or None")
    signed_in = param.Parameter(default=None, doc="(learner id, display name) once signed in")

    def __init__(self, client: str = "unknown", **params):
        super().__init__(**params)
        self._client = client

    def enter_code(self, code: str) -> None:
        code = classes.normalise_join_code(code or "")
        key = f"join:{self._client}"
        if not _limiter.allowed(key):
            self.error = ("signin-too-many", {})
            return
        if len(code) != classes.CODE_LENGTH:
            # Said plainly rather than "no class with this code": a child who missed a letter
            # looks at the code again. A code of the wrong length opens nothing, so it is not
            # counted as a failed try either.
            self.error = ("signin-code-length", {"length": classes.CODE_LENGTH, "typed": len(code)})
            return
        roster = classes.learners_in_class(code)
        if roster is None:
            _limiter.failed(key)
            self.error = ("signin-wrong-code", {})
            return
        self.param.update(code=code, roster=[(e.learner_id, e.display_name) for e in roster.learners],
                          class_name=roster.class_name, can_register=roster.allow_self_register,
                          roster_search="", roster_offset=0,
                          registering=False, step="name", error=None)

    def roster_page(self) -> tuple[list[tuple[int, str]], int, int]:
        """(the names of the page shown, how many names the search kept, the page's offset): a button
        each, ROSTER_PAGE at most, so a class of 2,000 on a parents' evening is not 2,000 buttons."""
        found = [(lid, name) for lid, name in self.roster if classes.name_matches(self.roster_search, name)]
        offset = min(self.roster_offset, max(0, (len(found) - 1) // ROSTER_PAGE * ROSTER_PAGE))
        return found[offset:offset + ROSTER_PAGE], len(found), offset

    def find_name(self, search: str) -> None:
        self.param.update(roster_search=search or "", roster_offset=0)

    def turn_roster_page(self, pages: int) -> None:
        _names, found, offset = self.roster_page()
        last = max(0, (found - 1) // ROSTER_PAGE * ROSTER_PAGE)
        self.roster_offset = min(last, max(0, offset + pages * ROSTER_PAGE))

    def choose(self, learner_id: int) -> None:
        names = dict(self.roster)
        if learner_id not in names:
            return
        self.param.update(learner_id=learner_id, learner_name=names[learner_id], pictures=[], step="pictures",
                          registering=False, error=None)

    def new_learner(self) -> None:
        if self.can_register:
            self.param.update(step="new-name", registering=True, pictures=[], error=None)

    def choose_name(self, name: str) -> None:
        """A new child's display name, as the class list will show it; their pictures come next."""
        check = classes.check_new_name(self.code, name or "", client=self._client)
        if check.result is SignInResult.OK:
            self.param.update(learner_name=check.display_name, step="pictures", pictures=[], error=None)
        else:
            self._refused(check.result)

    def tap(self, picture: str) -> None:
        if picture not in PICTURES or len(self.pictures) >= LENGTH:
            return
        self.pictures = self.pictures + [picture]
        if len(self.pictures) == LENGTH:
            self._register() if self.registering else self._verify()

    def clear(self) -> None:
        self.param.update(pictures=[], error=None)

    def back(self) -> None:
        self.param.update(step="code" if self.step == "name" else "name", pictures=[], error=None,
                          registering=False)

    def _register(self) -> None:
        result = classes.self_register(self.code, self.learner_name, self.pictures, client=self._client)
        if result.result is SignInResult.PENDING:  # the teacher approves the name first
            self.param.update(pictures=[], step="waiting", registering=False, error=None)
        else:
            self._answer(result)

    def _verify(self) -> None:
        self._answer(classes.verify_picture_password(self.code, self.learner_id, self.pictures,
                                                     client=self._client))

    def _answer(self, result: SignIn) -> None:
        if result.result is SignInResult.OK:
            self.param.update(error=None, signed_in=(result.learner_id, self.learner_name))
        else:
            self._refused(result.result)

    def _refused(self, result: SignInResult) -> None:
        message_id, step = REFUSED.get(result, START_AGAIN)
        self.param.update(pictures=[], step=step, error=(message_id, {}),
                          registering=self.registering and step != "code")
