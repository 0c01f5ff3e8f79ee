"""`course serve`: the learner app (and later the educator and author pages) on one Panel server.

Settings that matter on a school network:
- --unused-session-lifetime 180 s: Bokeh's default (15 s) drops a page that takes longer
  to load over shared Wi-Fi, and the rebuilt session points its stylesheets at the CDN
  (platform-notes.md);
- lesson pictures mounted as static files with long cache lifetimes;
- listens on 127.0.0.1 unless told otherwise.

Several processes behind a load balancer (docs/deploy.md) share only the database: they refuse to
start on PostgreSQL without the shared COURSE_SECRET_KEY, each names itself for the balancer's
sticky routing (COURSE_ROUTE, course/web/routing.py), trusts the proxy's X-Forwarded-* headers when
told to (COURSE_USE_XHEADERS), logs the content's version hash at start and answers /healthz
(course/web/health.py); a page whose process is gone reloads onto another (course/web/failover.py).
"""
from __future__ import annotations

import gc
import logging
import os
import warnings

import panel as pn
from bokeh.util.warnings import BokehUserWarning

from course import internals, paths
from course.web import assets, auth, components, delivery, failover, health, ministry_page, printing, routing, shared

log = logging.getLogger("course.web")
UNUSED_SESSION_LIFETIME_MS = 180_000
# How long the token embedded in a page lets it (re)connect its websocket. Bokeh's 300 s meant a
# page open longer than 5 minutes could not reconnect after a Wi-Fi drop or a failover at all (the
# handshake is refused before anything else), and stayed frozen. The token is no credential here:
# it holds the preference cookies only (course/web/cookies.py), and a session it names that this
# process does not hold gets a page reload, never the page (course/web/failover.py).
SESSION_TOKEN_SECONDS = 30 * 24 * 3600
XHEADERS_ENV = "COURSE_USE_XHEADERS"
WS_ORIGIN_ENV = "COURSE_ALLOW_WS_ORIGIN"


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def _extra_origins() -> list[str]:
    """Hosts (host[:port]) browsers reach the app by through a proxy: their websockets are let in."""
    return [o.strip() for o in os.environ.get(WS_ORIGIN_ENV, "").split(",") if o.strip()]


def check_settings() -> None:
    """Refuse to start, with a clear message, on a setting that would split or break a deployment."""
    from course.auth.secret import MissingSecret, require_shared_key
    from course.store import db

    try:
        require_shared_key(db.database_url())
        routing.route_name()
        db.pool_settings()
    except (MissingSecret, routing.RouteError, db.SettingError) as exc:
        raise SystemExit(f"course serve: {exc}") from None


def routes() -> dict:
    from course.web.author_page import author_page
    from course.web.educator_page import educator_page
    from course.web.learner_page import learner_page

    return {"/": learner_page, "/educator": educator_page, "/author": author_page}


def serve(port: int = 5006, address: str = "127.0.0.1", show: bool = False, dev: bool = False,
          websocket_origin: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # db.upgrade logs the one line that matters
    # Bokeh warns (instead of failing, since bokeh PR 12915) when a browser's patch re-sends a
    # model the server already holds; its maintainers call the case recoverable, and Panel hides
    # it too (panel PR 5007). A teacher's walk logged 39 of these and nothing else went wrong.
    warnings.filterwarnings("ignore", message="reference already known", category=BokehUserWarning)
    internals.check_versions()  # before anything relies on those libraries' private parts
    check_settings()
    shared.database_ready()
    report = shared.content()
    log.info("serving %d lessons from %s, content version %s (route %s)", len(report.catalogue),
             paths.content_root(), health.content_version(), routing.route_name() or "-")
    assets.mount_lesson_images()
    if dev:
        from course.web import author_page, devreload

        author_page.DEV["reload"] = True
        devreload.watch()
    origins = (websocket_origin or [f"{address}:{port}", f"localhost:{port}", f"127.0.0.1:{port}"]) + _extra_origins()
    base = f"http://{'127.0.0.1' if address in ('0.0.0.0', '') else address}:{port}"
    print(f"Amaan is running: open {base}/ (educators: {base}/educator)", flush=True)
    auth.announce_setup(base)
    # imports every page's modules before the freeze; a websocket without its session reloads
    app_routes = {path: failover.page(page) for path, page in routes().items()}
    # What is loaded by now (Panel, Bokeh, content, bundles) lives as long as the process:
    # frozen, the collector no longer walks it on every full collection, which paused the
    # server for up to 0.5 s at a time with 40 open pages (benchmarks/classroom.py).
    gc.collect()
    gc.freeze()
    # Every screen a learner opens makes a few thousand objects that live as long as it does.
    # With the default young-generation threshold (700) the collector promoted them so fast
    # that, with 300 open pages, a full collection (1.5-2 s of one core, the server frozen)
    # came every ~12 s: action p95 1.6 s. At 10,000: p95 150 ms, for ~0.4 MB more RSS per
    # open page, garbage waiting longer for its collection (benchmarks/classroom.py).
    gc.set_threshold(10_000, 10, 10)
    # Pages whose websocket never opens: a short life and a cap per client (security issue 6).
    from course.web import session_cap

    session_cap.install()
    # Sign-in cookies kept out of page tokens, their ticket route, hourly tidying (issues 9 and 10).
    from course.web import cookies, housekeeping

    housekeeping.start()
    from course.interop import xapi_sender  # xAPI to an LRS, when configured (docs/xapi.md)
    xapi_sender.start(paths.content_root())
    # A page whose websocket dropped (shared Wi-Fi) reconnects to its own session, with backoff;
    # the player resends an intent the server had not answered (course/web/player/player.js).
    pn.config.reconnect = True
    from course.web import lti_pages  # LTI 1.3 launches and grade passback (docs/lti.md)
    pn.serve(
        app_routes, port=port, address=address, show=show,
        websocket_origin=origins,
        static_dirs={assets.LESSON_IMAGES_ROUTE: str(paths.content_root() / "lessons" / "images")},
        unused_session_lifetime=UNUSED_SESSION_LIFETIME_MS,
        check_unused_sessions=10_000,
        session_token_expiration=SESSION_TOKEN_SECONDS,
        # Behind nginx: the child's address (rate limits, the page cap per client) and https come
        # from X-Forwarded-For / X-Forwarded-Proto. Only behind a proxy: anyone else could forge them.
        use_xheaders=_env_flag(XHEADERS_ENV),
        num_procs=1, autoreload=False, verbose=False,
        **delivery.server_settings(),  # gzip and permessage-deflate: page weight on slow Wi-Fi
        auth_provider=auth.Auth(), cookie_secret=auth.cookie_secret(),
        **cookies.server_settings(),  # only preference cookies are copied into a page's session token
        # components.routes() first: it shadows Panel's /components/ route, which imports any module
        extra_patterns=[*components.routes(), (auth.SETUP_URL, auth.SetupHandler), *printing.routes(),
                        *cookies.routes(), *health.routes(), *lti_pages.routes(), *ministry_page.routes()],
    )
