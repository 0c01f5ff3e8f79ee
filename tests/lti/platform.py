"""A real LTI 1.3 platform on loopback, built on ``lti1p3platform`` (an independent platform
implementation, not the tool library Amaan uses), served by Tornado on a thread of the test process.

It does what Moodle does for an external tool: starts the OIDC third-party login, answers the tool's
authentication request with a signed id_token posted to the tool, takes the deep-linking response
and makes the chosen resource link and its line item, issues service access tokens against the
tool's JWKS, and receives scores on its AGS endpoint. What it received stays in ``self.links`` and
``self.scores`` for the test to read.
"""
from __future__ import annotations

import asyncio
import json
import threading
import typing as t
from html import escape
from urllib.parse import parse_qsl, urlsplit

import tornado.web
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from lti1p3platform.ltiplatform import LTI1P3PlatformConfAbstract
from lti1p3platform.message_launch import LTIAdvantageMessageLaunchAbstract
from lti1p3platform.oidc_login import OIDCLoginAbstract
from lti1p3platform.registration import Registration
from lti1p3platform.request import Request, TRequest
from lti1p3platform.service_connector import AssignmentsGradesService
from tornado.httpserver import HTTPServer

from tests.serving import free_port

CLIENT_ID = "amaan-tool"
DEPLOYMENT_ID = "deployment-1"
COURSE = {"id": "course-42", "title": "Digital citizenship 5B", "label": "DC5B"}
TEACHER = {"sub": "moodle-user-7", "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"],
           "given_name": "Huda", "family_name": "Haddad", "name": "Huda Haddad", "email": "huda@school.example"}
STUDENT = {"sub": "moodle-user-1001", "roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"],
           "given_name": "Sara", "family_name": "Nasser", "name": "Sara Nasser", "email": "sara@school.example"}
USERS = {u["sub"]: u for u in (TEACHER, STUDENT)}


def _pem_pair() -> tuple[str, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return private, public


class TornadoPlatformRequest(Request):
    def build_metadata(self, request: t.Any) -> TRequest:
        handler: tornado.web.RequestHandler = request
        body = handler.request.body or b""
        content_type = handler.request.headers.get("Content-Type", "")
        form = {k: v[-1].decode() for k, v in handler.request.body_arguments.items()}
        return {
            "method": handler.request.method, "form_data": form,
            "get_data": {k: v[-1].decode() for k, v in handler.request.query_arguments.items()},
            "headers": handler.request.headers, "content_type": content_type, "path": handler.request.path,
            "json": json.loads(body) if "json" in content_type and body else None,
        }


class Platform:
    def __init__(self, tool: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.issuer = self.url
        self.tool = tool
        self.private_key, self.public_key = _pem_pair()
        self.links: dict[str, dict] = {}  # resource link id -> content item (with its line item id)
        self.lineitems: dict[str, dict] = {}
        self.scores: list[dict] = []
        self.received = threading.Condition()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: HTTPServer | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="lti-platform")

    # ---- lti1p3platform's pieces -----------------------------------------------------------------

    def conf(self) -> LTI1P3PlatformConfAbstract:
        platform = self

        class Conf(LTI1P3PlatformConfAbstract):
            def init_platform_config(self, **kwargs: t.Any) -> None:
                self._registration = platform.registration()

            def get_registration_by_params(self, **kwargs: t.Any) -> Registration:
                return platform.registration()

        return Conf()

    def registration(self) -> Registration:
        return (Registration().set_iss(self.issuer).set_client_id(CLIENT_ID).set_deployment_id(DEPLOYMENT_ID)
                .set_launch_url(self.tool + "/lti/launch").set_deeplink_launch_url(self.tool + "/lti/launch")
                .set_oidc_login_url(self.tool + "/lti/login").set_tool_key_set_url(self.tool + "/lti/jwks.json")
                .set_platform_public_key(self.public_key).set_platform_private_key(self.private_key))

    def ags(self, handler, lineitem_id: str | None = None) -> AssignmentsGradesService:
        platform = self

        class Ags(AssignmentsGradesService):
            def find_lineitems(self, page=1, limit=None, line_item_id=None, resource_link_id=None,
                               resource_id=None, tag=None):
                items = [i for i in platform.lineitems.values()
                         if (tag is None or i.get("tag") == tag) and (resource_id is None or i.get("resourceId") == resource_id)]
                return {"content": items, "has_next": False, "next": None}

            def find_lineitem(self, line_item_id):
                return platform.lineitems[line_item_id]

            def create_lineitem(self, creation_data):
                return platform.new_lineitem(dict(creation_data))

            def update_lineitem(self, update_data):
                platform.lineitems[update_data["id"]].update(update_data)
                return platform.lineitems[update_data["id"]]

            def delete_lineitem(self, line_item_id):
                platform.lineitems.pop(line_item_id, None)

            def update_score(self, line_item_id, score):
                from lti1p3platform.exceptions import LineItemNotFoundException
                from lti1p3platform.score import UpdateScoreStatus

                if line_item_id not in platform.lineitems:
                    raise LineItemNotFoundException()
                with platform.received:
                    platform.scores.append({"lineitem": line_item_id, **score})
                    platform.received.notify_all()
                return UpdateScoreStatus.SUCCESS

            def get_results(self, line_item_id, page=1, limit=None, user_id=None):
                return {"content": [], "has_next": False, "next": None}

        return Ags(TornadoPlatformRequest(handler), self.conf(), lineitems_url=self.url + "/lineitems",
                   lineitem_url=lineitem_id and f"{self.url}/lineitems/{lineitem_id}")

    def new_lineitem(self, data: dict) -> dict:
        lineitem_id = str(len(self.lineitems) + 1)
        item = {**data, "id": f"{self.url}/lineitems/{lineitem_id}"}
        self.lineitems[lineitem_id] = item
        return item

    # ---- what the test calls -----------------------------------------------------------------

    def start_url(self, user: dict, link: str | None = None) -> str:
        """Where a browser starts a launch: the deep-linking request without ``link``."""
        return f"{self.url}/start?user={user['sub']}" + (f"&link={link}" if link else "")

    def wait_for_score(self, count: int = 1, seconds: float = 60) -> list[dict]:
        with self.received:
            self.received.wait_for(lambda: len(self.scores) >= count, timeout=seconds)
            return list(self.scores)

    def __enter__(self) -> Platform:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        platform = self
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop

        class Base(tornado.web.RequestHandler):
            def check_xsrf_cookie(self) -> None:
                pass

        class Start(Base):
            def get(self) -> None:
                user = USERS[self.get_query_argument("user")]
                link = self.get_query_argument("link", None)

                class Login(OIDCLoginAbstract):
                    def set_lti_message_hint(self, **kwargs: t.Any) -> None:
                        self._lti_message_hint = json.dumps(kwargs)

                    def get_redirect(self, url: str) -> str:
                        return url

                login = Login(TornadoPlatformRequest(self), platform.conf())
                login.set_lti_message_hint(link=link)
                if link is None:
                    login.set_deeplinking_launch_url()
                self.redirect(login.initiate_login(user["sub"]))

        class Auth(Base):
            """The OIDC authentication endpoint: the tool sends the browser here after its login step."""

            def get(self) -> None:
                hint = json.loads(self.get_query_argument("lti_message_hint"))
                user = USERS[self.get_query_argument("login_hint")]
                link = hint.get("link")
                handler = self

                class Launch(LTIAdvantageMessageLaunchAbstract):
                    def get_preflight_response(self) -> dict:
                        return {k: v[-1].decode() for k, v in handler.request.query_arguments.items()}

                    def render_launch_form(self, launch_data: dict, **kwargs: t.Any) -> str:
                        inputs = "".join(f'<input type="hidden" name="{k}" value="{escape(str(v))}">'
                                         for k, v in launch_data.items() if k != "launch_url")
                        return (f'<!DOCTYPE html><title>Launching</title><form id="f" method="post" '
                                f'action="{escape(launch_data["launch_url"])}">{inputs}</form>'
                                '<script>document.getElementById("f").submit()</script>')

                launch = Launch(TornadoPlatformRequest(self), platform.conf())
                launch.set_user_data(user["sub"], user["roles"], full_name=user["name"], email_address=user["email"])
                launch.set_extra_claims({"given_name": user["given_name"], "family_name": user["family_name"],
                                         "https://purl.imsglobal.org/spec/lti/claim/launch_presentation":
                                         {"locale": "en", "document_target": "window"}})
                launch.set_launch_context_claim(COURSE["id"], ["http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"],
                                                COURSE["title"], COURSE["label"])
                if link is None:
                    launch.set_dl(platform.url + "/deep-link-return", title="Amaan", accept_types={"ltiResourceLink"})
                else:
                    item = platform.links[link]
                    launch.set_resource_link_claim(link, title=item.get("title"))
                    launch.set_custom_parameters_claim(item.get("custom") or {})
                    launch.set_ags(lineitems_url=platform.url + "/lineitems", lineitem_url=item["lineitem"])
                self.write(launch.lti_launch())

        class DeepLinkReturn(Base):
            def post(self) -> None:
                items = platform.conf().validate_deeplinking_resp({"JWT": self.get_body_argument("JWT")})
                for item in items:
                    link = f"link-{len(platform.links) + 1}"
                    line = item.get("lineItem")
                    item["lineitem"] = platform.new_lineitem(line)["id"] if line else None
                    platform.links[link] = item
                self.write(f"<!DOCTYPE html><title>Added</title><p id='added'>{escape(json.dumps(list(platform.links)))}</p>")

        class Token(Base):
            def post(self) -> None:
                form = {k: v[-1].decode() for k, v in self.request.body_arguments.items()}
                self.set_header("Content-Type", "application/json")
                self.write(json.dumps(platform.conf().get_access_token(form)))

        class Jwks(Base):
            def get(self) -> None:
                conf = platform.conf()
                self.write(json.dumps(conf.get_jwks()))

        class Scores(Base):
            def post(self, lineitem_id: str) -> None:
                ags = platform.ags(self, lineitem_id)
                response = ags.handle_resp(ags.handle_update_score, line_item_id=lineitem_id)
                self.set_status(response.code)
                self.write(json.dumps({"message": response.message}))

        class LineItems(Base):
            def get(self) -> None:
                ags = platform.ags(self)
                response = ags.handle_resp(ags.handle_get_lineitems)
                self.set_status(response.code)
                self.write(json.dumps(response.result["content"] if response.result else []))

        app = tornado.web.Application([
            ("/start", Start), ("/auth", Auth), ("/deep-link-return", DeepLinkReturn), ("/token", Token),
            ("/jwks", Jwks), (r"/lineitems/([^/]+)/scores", Scores), ("/lineitems", LineItems),
        ])
        self._server = HTTPServer(app)
        self._server.listen(self.port, address="127.0.0.1")
        self._ready.set()
        loop.run_forever()
        self._server.stop()
        loop.close()


def query(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query))
