"""Our own page around Panel's components: <html lang dir>, our font, styles and script."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2
import panel as pn

from course import internals
from course.l10n.bundles import Translator
from course.web import assets, delivery

TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=1)
def html_templates() -> jinja2.Environment:
    """Our own server-rendered pages (printouts, sign-in cards, the ministry view): every value
    escaped, built once per process."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True)


@lru_cache(maxsize=1)
def page_template() -> jinja2.Template:
    """Compiled once per process; the locale comes in as render variables."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=False)
    return env.get_template("page.html")


def wrap(root: pn.viewable.Viewable, t: Translator, title: str, prefetch: tuple[str, ...] = ()) -> pn.Template:
    """``prefetch``: files a later screen of this page needs (``delivery.later_stylesheets``)."""
    internals.panel_files_from_this_server(pn.state.curdoc)  # first: no model built may name the CDN
    page = internals.previewless_template_class()(page_template())
    page.add_panel("main", root)
    internals.set_render_variables(
        page, amaan_lang=t.tag, amaan_dir=t.dir, amaan_skip=t("skip-to-content"),
        amaan_icon=assets.url("mascot.svg"), amaan_fonts_css=assets.url("fonts.css"),
        amaan_page_css=assets.url("page.css"), amaan_js=assets.url("amaan.js"),
        amaan_tables_standin_js=assets.url("tables-standin.js"),
        amaan_preload_css=delivery.preload_stylesheets(), amaan_prefetch=prefetch)
    page.title = title
    return page
