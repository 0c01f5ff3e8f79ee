"""A child signing in to their class: join code, then their name, then a picture password.

Kept apart from the lesson state: it only ends by handing a learner id to LearnerState.
Every refusal is a message id the view shows in kind words; nothing is ever said about
another child except the names on the class list.
"""
from __future__ import annotations

import logging

import param
import tornado.web

from course.auth import ratelimit
from course.auth.pictures import LENGTH, PICTURES
from course.auth.secret import server_secret
from course.store import classes
from course.store.classes import SignInResult

log = logging.getLogger("course.web")
LEARNER_COOKIE = "amaan_learner"
LEARNER_COOKIE_DAYS = 120  # a school term: shared school tablets are signed out by the child or teacher
_limiter = ratelimit.MemoryLimiter()


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
    step = param.Selector(default="code", objects=["code", "name", "pictures"])
    code = param.String(default="")
    roster = param.List(default=[], doc="(learner id, display name) of the class")
    class_name = param.String(default="")
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
                          class_name=roster.class_name, step="name", error=None)

    def choose(self, learner_id: int) -> None:
        names = dict(self.roster)
        if learner_id not in names:
            return
        self.param.update(learner_id=learner_id, learner_name=names[learner_id], pictures=[], step="pictures",
                          error=None)

    def tap(self, picture: str) -> None:
        if picture not in PICTURES or len(self.pictures) >= LENGTH:
            return
        self.pictures = self.pictures + [picture]
        if len(self.pictures) == LENGTH:
            self._verify()

    def clear(self) -> None:
        self.param.update(pictures=[], error=None)

    def back(self) -> None:
        self.param.update(step="code" if self.step == "name" else "name", pictures=[], error=None)

    def _verify(self) -> None:
        result = classes.verify_picture_password(self.code, self.learner_id, self.pictures)
        if result.result is SignInResult.OK:
            self.param.update(error=None, signed_in=(result.learner_id, self.learner_name))
        elif result.result is SignInResult.WRONG_PICTURES:
            self.param.update(pictures=[], error=("signin-wrong-pictures", {"tries": result.tries_left or 0}))
        elif result.result is SignInResult.LOCKED:
            self.param.update(pictures=[], error=("signin-locked", {}))
        else:  # the class closed or the child was removed while signing in: start again
            self.param.update(pictures=[], step="code", error=("signin-wrong-code", {}))
