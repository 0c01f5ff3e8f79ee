"""The page a visitor gets instead of a new session while their address holds too many pages
that have not connected yet (course/web/session_cap.py).

It builds no session and loads no Panel: a few hundred bytes in the visitor's language, which
load the page again by themselves. The wait is drawn from a range so that a class refused at
the same moment does not come back at the same moment.
"""
from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

import jinja2

from course.web import assets, shared

TEMPLATES = Path(__file__).resolve().parent / "templates"
RETRY_SECONDS = (4, 10)


def retry_seconds() -> int:
    return random.randint(*RETRY_SECONDS)


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True)
    return env.get_template("busy.html")


def page(request, wait: int) -> str:
    """The page for a Tornado request, in the language the learner's page would have used."""
    from course.web.learner_page import request_locale

    cookies = {name: morsel.value for name, morsel in request.cookies.items()}
    t = shared.tr(request_locale(dict(request.arguments), cookies, dict(request.headers)))
    # a guest's form of address, from their cookie (a class learner's is in the database: not read here)
    t = t.addressing(cookies.get("amaan_form_of_address"))
    return _template().render(
        lang=t.tag, dir=t.dir, wait=wait, title=t("busy-title"), body=t("busy-body"), retry=t("busy-retry"),
        app_name=t("app-title"), fonts_css=assets.url("fonts.css"), page_css=assets.url("page.css"),
        form_css=assets.url("form.css"), icon=assets.url("mascot.svg"))
