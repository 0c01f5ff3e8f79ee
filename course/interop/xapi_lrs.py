"""A small HTTP client for an xAPI 1.0.3 Learning Record Store: post statements, read them back.

The standard library is enough for two JSON calls with basic auth; the app gains no dependency.
"""
from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode, urljoin

from course.interop.xapi_settings import SettingsError, XapiSettings

VERSION_HEADER = {"X-Experience-API-Version": "1.0.3"}
# Statuses after which the same statements may well go through later: the LRS or the network is
# down or busy, or its credentials are being fixed. Anything else says something about the statements.
TRANSIENT = {401, 403, 408, 425, 429, 500, 502, 503, 504}


class LrsError(Exception):
    """A send that did not go through. ``status`` is None when no HTTP answer came back at all."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status

    @property
    def transient(self) -> bool:
        return self.status is None or self.status in TRANSIENT


class Lrs:
    def __init__(self, endpoint: str, username: str | None = None, password: str | None = None,
                 timeout: float = 30.0):
        self.base = endpoint if endpoint.endswith("/") else endpoint + "/"
        self.timeout = timeout
        self.headers = dict(VERSION_HEADER)
        if username is not None:
            pair = f"{username}:{password or ''}".encode()
            self.headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")

    @classmethod
    def from_settings(cls, settings: XapiSettings) -> Lrs:
        if not settings.endpoint:
            raise SettingsError("COURSE_XAPI_ENDPOINT is not set: no LRS to push to")
        return cls(settings.endpoint, settings.username, settings.password)

    def _call(self, method: str, url: str, body: Any = None) -> tuple[int, Any]:
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = dict(self.headers)
        if data is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (http(s) only: settings)
                raw = response.read()
                return response.status, json.loads(raw) if raw else None
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace")
            raise LrsError(f"LRS answered {exc.code}: {detail}", exc.code) from exc
        except (TimeoutError, urllib.error.URLError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise LrsError(f"LRS unreachable: {reason}") from exc
        except ValueError as exc:  # a reply that is not JSON: not an LRS, or a proxy's error page
            raise LrsError(f"LRS answered something that is not JSON: {exc}") from exc

    def post(self, statements: list[dict[str, Any]]) -> None:
        """Store ``statements`` (each with its id). Statements the LRS already has count as stored:
        it answers 200 with the new ids, or 204 when it had every one."""
        status, _ids = self._call("POST", urljoin(self.base, "statements"), statements)
        if status not in (200, 204):
            raise LrsError(f"LRS answered {status} to a POST of statements", status)

    def statements(self, **params: str) -> Iterator[dict[str, Any]]:
        """Every statement the LRS returns for ``params`` (GET /statements), following ``more``."""
        url = urljoin(self.base, "statements") + (f"?{urlencode(params)}" if params else "")
        while url:
            _status, page = self._call("GET", url)
            yield from page.get("statements", [])
            more = page.get("more")
            url = urljoin(self.base, more) if more else ""
