"""pylti1p3 on Tornado: the request, cookie, session, redirect, OIDC-login and message-launch classes
it expects of a web framework (it ships Django and Flask ones; these follow their shape).

- Request: the handler's query and body arguments; https as Tornado sees it (behind nginx, with
  COURSE_USE_XHEADERS, from X-Forwarded-Proto).
- Cookies: only the OIDC state cookie, HttpOnly, five minutes. On https it is SameSite=None; Secure,
  because the platform posts the launch from its own site, and a Lax cookie would not come back
  with that POST; on plain http (a test on loopback, where tool and platform are one site) Lax.
- Session: pylti1p3 keeps nonces and launch data in a "session"; here it is the database
  (course.store.lti), shared by every process, since the login and the launch may reach different
  ones. A nonce is taken once the launch is checked, so an id_token replayed later is refused.
"""
from __future__ import annotations

import typing as t
from datetime import timedelta

import tornado.web
from pylti1p3.cookie import CookieService
from pylti1p3.launch_data_storage.base import LaunchDataStorage
from pylti1p3.message_launch import MessageLaunch
from pylti1p3.oidc_login import OIDCLogin
from pylti1p3.redirect import Redirect
from pylti1p3.request import Request
from pylti1p3.session import SessionService

from course.interop.lti_tool import ServiceTokens, ToolConf
from course.store import lti as store

STATE_SECONDS = 5 * 60  # pylti1p3's own lifetime for the state cookie


class TornadoRequest(Request):
    def __init__(self, handler: tornado.web.RequestHandler):
        self.handler = handler

    @property
    def session(self):  # pylti1p3 reaches the session only through SessionService's data storage
        raise NotImplementedError("LTI launch data lives in the database (StoreLaunchData)")

    def is_secure(self) -> bool:
        return self.handler.request.protocol == "https"

    def get_param(self, key: str) -> str:
        value = self.handler.get_argument(key, None)  # the query's or the form's, as the method has it
        return value  # type: ignore[return-value]  # pylti1p3 checks for None itself


class TornadoCookies(CookieService):
    def __init__(self, request: TornadoRequest):
        self.request = request

    def _name(self, name: str) -> str:
        return f"{self._cookie_prefix}-{name}"

    def get_cookie(self, name: str) -> str | None:
        return self.request.handler.get_cookie(self._name(name))

    def set_cookie(self, name: str, value: str | int, exp: int | None = 3600) -> None:
        secure = self.request.is_secure()
        self.request.handler.set_cookie(
            self._name(name), str(value), path="/", httponly=True, secure=secure,
            samesite="None" if secure else "Lax", expires_days=(exp or STATE_SECONDS) / 86400)


class StoreLaunchData(LaunchDataStorage[t.Any]):
    """Keys are random (nonces, uuid4 launch ids): no per-browser session id is needed to keep them
    apart, and none is used, so a launch never depends on a second cookie."""

    def get_session_cookie_name(self) -> str | None:
        return None

    def can_set_keys_expiration(self) -> bool:
        return True

    def get_value(self, key: str) -> t.Any:
        return store.get_value(self._prepare_key(key))

    def set_value(self, key: str, value: t.Any, exp: int | None = None) -> None:
        store.put_value(self._prepare_key(key), value, timedelta(seconds=exp or 3600))

    def check_value(self, key: str) -> bool:
        return store.get_value(self._prepare_key(key)) is not None

    def take(self, key: str) -> bool:
        return store.take_value(self._prepare_key(key))


# What of a checked launch is kept for a later request (the teacher's choice): what pylti1p3 needs to
# restore it and Amaan to answer it. Names, emails and whatever else a platform sends are not kept.
KEPT_CLAIMS = {"iss", "aud", "azp", "exp", "iat", "nonce", *(
    "https://purl.imsglobal.org/spec/lti/claim/" + name for name in (
        "message_type", "version", "deployment_id", "target_link_uri", "roles", "context", "resource_link",
        "launch_presentation", "custom")), "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"}


class StoreSession(SessionService):
    LAUNCH_SECONDS = 3600  # a teacher's deep-linking choice may take a while; nothing else needs it longer

    def __init__(self, request: TornadoRequest):
        self.storage = StoreLaunchData()
        self.storage.set_request(request)
        self.data_storage = self.storage
        self._launch_data_lifetime = self.LAUNCH_SECONDS

    def save_launch_data(self, key: str, jwt_body: t.Mapping[str, t.Any]) -> None:
        super().save_launch_data(key, {k: v for k, v in jwt_body.items() if k in KEPT_CLAIMS})

    def take_nonce(self, nonce: str) -> bool:
        """Use the login's nonce up: True the first time only."""
        return self.storage.take(self._get_key("nonce", nonce))

    def take_launch(self, launch_id: str) -> bool:
        return self.storage.take(self._get_key(launch_id, add_prefix=False))


class TornadoRedirect(Redirect[None]):
    def __init__(self, handler: tornado.web.RequestHandler, location: str):
        self.handler, self.location = handler, location

    def do_redirect(self) -> None:
        self.handler.set_header("Cache-Control", "no-store")
        self.handler.redirect(self.location)

    def do_js_redirect(self) -> None:
        self.do_redirect()  # a plain redirect works everywhere a script would

    def set_redirect_url(self, location: str) -> None:
        self.location = location

    def get_redirect_url(self) -> str:
        return self.location


class TornadoOIDCLogin(OIDCLogin[TornadoRequest, ToolConf, StoreSession, TornadoCookies, None]):
    def __init__(self, request: TornadoRequest, tool_config: ToolConf):
        super().__init__(request, tool_config, session_service=StoreSession(request),
                         cookie_service=TornadoCookies(request))
        self.tornado_request = request  # our own handle on it, not the library's private attribute

    def get_redirect(self, url: str) -> Redirect[None]:
        return TornadoRedirect(self.tornado_request.handler, url)


class TornadoLaunch(MessageLaunch[TornadoRequest, ToolConf, StoreSession, TornadoCookies]):
    def __init__(self, request: TornadoRequest, tool_config: ToolConf, *, session_service=None, cookie_service=None,
                 service_connector_cls=ServiceTokens, **kwargs):
        super().__init__(request, tool_config, session_service=session_service or StoreSession(request),
                         cookie_service=cookie_service or TornadoCookies(request),
                         service_connector_cls=service_connector_cls, **kwargs)
        self.tornado_request = request  # our own handle on it, not the library's private attribute

    def _get_request_param(self, key: str) -> str:
        return self.tornado_request.get_param(key)


def launch_from(handler: tornado.web.RequestHandler) -> TornadoLaunch:
    return TornadoLaunch(TornadoRequest(handler), ToolConf())


def restore(handler: tornado.web.RequestHandler, launch_id: str) -> TornadoLaunch:
    """A checked launch kept for a later request (the teacher's deep-linking choice)."""
    request = TornadoRequest(handler)
    return t.cast(TornadoLaunch, TornadoLaunch.from_cache(launch_id, request, ToolConf(),
                                                            service_connector_cls=ServiceTokens))
