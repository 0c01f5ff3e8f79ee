"""A child signing in to their class: join code, then their name, then a picture password.

Kept apart from the lesson state: it only ends by handing a learner id to LearnerState.
Every refusal is a message id the view shows in kind words; nothing is ever said about
another child except the names on the class list, nor how many tries are left. The store
decides everything (course.store.classes); this only turns its results into steps and words.
"""
from __future__ import annotations

import logging

import param
import tornado.web

from course.auth import ratelimit
from course.auth.pictures import LENGTH, PICTURES
from course.auth.secret import server_secret
from course.store import classes
from course.store.classes import SignIn, SignInResult

log = logging.getLogger("course.web")
LEARNER_COOKIE = "amaan_learner"
LEARNER_COOKIE_DAYS = 120  # a school term: shared school tablets are signed out by the child or teacher
_limiter = ratelimit.MemoryLimiter()
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


def sign_learner(learner_id: int) -> str:
    return tornado.web.create_signed_value(server_secret().hex(), LEARNER_COOKIE, str(learner_id)).decode()


def learner_from_cookie(value: str | None) -> int | None:
    if not value:
        return None
    raw = tornado.web.decode_signed_value(server_secret().hex(), LEARNER_COOKIE, value,
                                          max_age_days=LEARNER_COOKIE_DAYS)
    try:
        return int(raw) if raw else None
    except ValueError:
        return None


class SignInState(param.Parameterized):
    step = param.Selector(default="code", objects=["code", "name", "new-name", "pictures", "waiting"])
    code = param.String(default="")
    roster = param.List(default=[], doc="(learner id, display name) of the class")
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
        roster = classes.learners_in_class(code) if code else None
        if roster is None:
            _limiter.failed(key)
            self.error = ("signin-wrong-code", {})
            return
        self.param.update(code=code, roster=[(e.learner_id, e.display_name) for e in roster.learners],
                          class_name=roster.class_name, can_register=roster.allow_self_register,
                          registering=False, step="name", error=None)

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
