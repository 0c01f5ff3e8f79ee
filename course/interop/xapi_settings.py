"""The xAPI settings, read from the environment once per command (README, "Settings")."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

# The actor's account.homePage and the base of every activity id. Changing it later gives every
# learner a new identity in the LRS, so a deployment sets COURSE_PUBLIC_URL once, before its first push.
DEFAULT_PUBLIC_URL = "http://localhost:5006"
YES = ("1", "true", "yes", "on")


class SettingsError(ValueError):
    """A setting that cannot work: the message names the variable."""


@dataclass(frozen=True)
class XapiSettings:
    public_url: str
    endpoint: str | None  # the LRS's xAPI base, e.g. https://lrs.example/xAPI/ (statements are under it)
    username: str | None
    password: str | None
    include_guests: bool  # guests' records leave the server only when the deployment opts in
    push_seconds: int  # 0: no background sender inside `course serve`

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> XapiSettings:
        env = os.environ if env is None else env
        public = (env.get("COURSE_PUBLIC_URL") or DEFAULT_PUBLIC_URL).rstrip("/")
        _check_url("COURSE_PUBLIC_URL", public)
        endpoint = env.get("COURSE_XAPI_ENDPOINT") or None
        if endpoint is not None:
            _check_url("COURSE_XAPI_ENDPOINT", endpoint)
        seconds = env.get("COURSE_XAPI_PUSH_SECONDS", "0") or "0"
        if not seconds.isdigit():
            raise SettingsError(f"COURSE_XAPI_PUSH_SECONDS is a number of seconds, not {seconds!r}")
        return cls(public, endpoint, env.get("COURSE_XAPI_USERNAME") or None, env.get("COURSE_XAPI_PASSWORD") or None,
                   env.get("COURSE_XAPI_GUESTS", "").strip().lower() in YES, int(seconds))


def _check_url(name: str, value: str) -> None:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"{name} must be an http(s) URL, not {value!r}")
