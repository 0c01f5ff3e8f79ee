"""Amaan as an LTI 1.3 tool: pylti1p3's tool configuration over the store, and what a launch means.

pylti1p3 (the maintained fork, ``pylti1p3next``) checks every launch: the OIDC state and nonce, the
id_token's signature against the platform's key set, the registration, the deployment and the
message's required claims. This module gives it the registrations (``ToolConf``) and reads the
checked claims into what Amaan needs (``Claims``); course.store.lti decides the rest. Nothing is
read from a claim that Amaan does not keep or use: the user's email and family name never leave
the id_token, whatever the platform sends.
"""
from __future__ import annotations

import threading
import typing as t
from dataclasses import dataclass
from datetime import datetime, timedelta

from pylti1p3.deep_link_resource import DeepLinkResource
from pylti1p3.deployment import Deployment
from pylti1p3.lineitem import LineItem
from pylti1p3.registration import Registration
from pylti1p3.request import Request
from pylti1p3.roles import DesignerRole, StaffRole, TeacherRole, TeachingAssistantRole
from pylti1p3.service_connector import ServiceConnector
from pylti1p3.tool_config import ToolConfAbstract

from course.interop import lti_keys
from course.store import lti as store

LTI = "https://purl.imsglobal.org/spec/lti/claim/"
AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS_CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"
SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
LESSON_PARAM = "lesson"  # the custom parameter a deep-linked resource carries: the lesson's id
# The line item a deep-linked lesson asks the platform to make: a percentage in its gradebook. Scores
# go as shares of 1 (scoreMaximum 1.0), which the platform scales to this (AGS 2.0, Moodle does).
LINE_ITEM_MAXIMUM = 100
LINE_ITEM_TAG = "amaan-mastery"


def registration(platform: store.PlatformInfo) -> Registration:
    key = lti_keys.current()
    reg = Registration()
    reg.set_issuer(platform.issuer).set_client_id(platform.client_id).set_auth_login_url(
        platform.auth_login_url).set_auth_token_url(platform.auth_token_url).set_key_set_url(
        platform.key_set_url).set_tool_private_key(key.private_pem).set_tool_public_key(key.public_pem)
    if platform.auth_audience:
        reg.set_auth_audience(platform.auth_audience)
    return reg


class ToolConf(ToolConfAbstract[Request]):
    """Registrations from the store (course lti add-platform), looked up by issuer and client id.

    Every issuer is treated as one that may have several client ids (pylti1p3's recommended mode):
    its class-level table of issuers is never written, so no state is shared between requests."""

    def check_iss_has_one_client(self, iss: str) -> bool:
        return False

    def check_iss_has_many_clients(self, iss: str) -> bool:
        return True

    def find_registration_by_issuer(self, iss: str, *args, **kwargs) -> Registration:
        return self.find_registration_by_params(iss, None, *args, **kwargs)

    def find_registration_by_params(self, iss: str, client_id: str | None, *args, **kwargs) -> Registration:
        # None for an unknown platform: pylti1p3 tests for it ("Could not find registration details"),
        # as its own ToolConfDict returns it, though its signature does not say so
        platform = store.find_platform(iss, client_id)
        return registration(platform) if platform is not None else t.cast(Registration, None)

    def find_deployment(self, iss: str, deployment_id: str) -> Deployment | None:
        return self.find_deployment_by_params(iss, deployment_id, None)

    def find_deployment_by_params(self, iss: str, deployment_id: str, client_id: str | None,
                                  *args, **kwargs) -> Deployment | None:
        platform = store.find_platform(iss, client_id)
        if platform is None or deployment_id not in platform.deployment_ids:
            return None
        return Deployment().set_deployment_id(deployment_id)


class ServiceTokens(ServiceConnector):
    """pylti1p3's service connector with its access tokens kept in this process until they expire
    (a minute early): one token request per platform and scope set an hour, not one per grade."""

    _tokens: t.ClassVar[dict[str, tuple[str, datetime]]] = {}
    _lock: t.ClassVar[threading.Lock] = threading.Lock()

    def _get_cached_access_token(self, scope_key: str) -> str | None:
        with self._lock:
            found = self._tokens.get(scope_key)
        return found[0] if found is not None and found[1] > datetime.now() else None

    def _cache_access_token(self, scope_key: str, access_token: str, expires_in: float) -> None:
        with self._lock:
            self._tokens[scope_key] = (access_token, datetime.now() + timedelta(seconds=max(expires_in - 60, 0)))


def platform_of(body: t.Mapping[str, t.Any]) -> store.PlatformInfo:
    aud = body.get("aud")
    client_id = aud[0] if isinstance(aud, list) else aud
    found = store.find_platform(str(body.get("iss", "")), str(client_id or ""))
    if found is None:  # pylti1p3 found it while validating: it was removed since
        raise LookupError("the platform is no longer registered")
    return found


@dataclass(frozen=True)
class Claims:
    """What Amaan reads from a checked launch, and nothing more."""

    subject: str  # the platform's opaque user id
    name: str | None  # a first name only: given_name, else the first word of name
    instructor: bool
    context_id: str | None
    context_title: str | None
    context_label: str | None
    resource_link_id: str | None
    lesson_id: str | None
    locale: str | None
    ags: dict[str, t.Any] | None  # the AGS claim, when it lets Amaan post scores

    @classmethod
    def of(cls, body: t.Mapping[str, t.Any]) -> Claims:
        context = body.get(LTI + "context") or {}
        link = body.get(LTI + "resource_link") or {}
        custom = body.get(LTI + "custom") or {}
        presentation = body.get(LTI + "launch_presentation") or {}
        ags = body.get(AGS_CLAIM)
        given = str(body.get("given_name") or "").strip()
        words = str(body.get("name") or "").split()
        name = given or (words[0] if words else None)
        lesson = custom.get(LESSON_PARAM) if isinstance(custom, dict) else None
        return cls(
            subject=str(body.get("sub") or ""),
            name=name,
            instructor=any(role(t.cast(t.Any, body)).check()
                           for role in (TeacherRole, TeachingAssistantRole, DesignerRole, StaffRole)),
            context_id=str(context["id"]) if context.get("id") else None,
            context_title=context.get("title"), context_label=context.get("label"),
            resource_link_id=str(link["id"]) if link.get("id") else None,
            lesson_id=str(lesson) if lesson else None,
            locale=presentation.get("locale") if isinstance(presentation, dict) else None,
            ags=dict(ags) if isinstance(ags, dict) and SCORE_SCOPE in (ags.get("scope") or ()) else None,
        )


def lesson_resource(launch_url: str, lesson_id: str, title: str) -> DeepLinkResource:
    """The content item a teacher's choice becomes: a resource link to the lesson, opened in a new
    window (the child's page must be the top page for its sign-in cookie and Amaan's framing rules),
    with a line item for its mastery."""
    line_item = (LineItem().set_score_maximum(LINE_ITEM_MAXIMUM).set_label(title)
                 .set_resource_id(lesson_id).set_tag(LINE_ITEM_TAG))
    return _WindowResource().set_url(launch_url).set_title(title).set_custom_params(
        {LESSON_PARAM: lesson_id}).set_lineitem(line_item)


class _WindowResource(DeepLinkResource):
    def to_dict(self) -> dict[str, object]:
        return {**super().to_dict(), "window": {"targetName": "amaan"}}
