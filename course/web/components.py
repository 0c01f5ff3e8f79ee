"""The /components/ route, answered only for our own modules that are already loaded.

Panel serves files listed on a class under ``/components/<module>/<class>/<attribute>/<path>``
(our stylesheets, font and script come that way: course/web/assets.py). Its handler imports
whatever module the URL names before it checks anything, so an anonymous GET could run any
importable module's top-level code inside the server: ``/components/certifi.__main__/...`` ran
certifi's command line and the server exited with status 2.

``course serve`` registers this handler ahead of Panel's for the same path. It answers 404, as
for a module that does not exist, unless the module is on ``SERVED`` and already imported; it
never imports anything. A module that ships files for our pages (a custom component's ES module
or stylesheet) adds its name with ``serve_files_of(__name__)``.
"""
from __future__ import annotations

import sys

from tornado.web import HTTPError

from course import internals

SERVED: set[str] = {"course.web.assets"}

_PanelHandler, COMPONENT_PATH = internals.component_resource_handler()


def serve_files_of(module: str) -> None:
    SERVED.add(module)


def allowed(url_path: str) -> bool:
    module = url_path.split("/", 1)[0]
    return module in SERVED and module in sys.modules


class AllowlistedComponentHandler(_PanelHandler):  # type: ignore[misc,valid-type]
    def parse_url_path(self, path: str) -> str:
        if not allowed(path):
            raise HTTPError(404, "Module not found")
        return super().parse_url_path(path)


def routes() -> list[tuple]:
    """Tornado routes to put before Panel's own (``extra_patterns`` come first)."""
    return [(f"/{COMPONENT_PATH}(.*)", AllowlistedComponentHandler, {})]
