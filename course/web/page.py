"""Our own page around Panel's components: <html lang dir>, our font, styles and script."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

import jinja2
import panel as pn

from course.l10n.bundles import Translator
from course.web import assets, delivery

TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=1)
def page_template() -> jinja2.Template:
    """Compiled once per process; the locale comes in as render variables."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=False)
    return env.get_template("page.html")


class _Page(pn.Template):
    """pn.Template without its notebook preview, which served pages never show.

    Panel 1.9 builds a Str, an HTML pane and a Button per template for that preview and, on
    add_panel, renders the repr of the whole layout into it: 27 ms and ~60 KB per visitor
    (benchmarks/classroom.py). Relies on _build_layout and add_panel as in Panel 1.9.
    """

    def _build_layout(self):
        return [SimpleNamespace(object="")]

    def __repr__(self) -> str:
        return type(self).__name__


def wrap(root: pn.viewable.Viewable, t: Translator, title: str) -> pn.Template:
    page = _Page(page_template())
    page.add_panel("main", root)
    page._render_variables.update(
        amaan_lang=t.tag, amaan_dir=t.dir, amaan_skip=t("skip-to-content"),
        amaan_icon=assets.url("mascot.svg"), amaan_fonts_css=assets.url("fonts.css"),
        amaan_page_css=assets.url("page.css"), amaan_js=assets.url("amaan.js"),
        amaan_preload_css=delivery.preload_stylesheets())
    page.title = title
    return page
