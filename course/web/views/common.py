"""Small helpers every screen uses: escaped HTML, shared stylesheets, arrows that mirror."""
from __future__ import annotations

from html import escape

import panel as pn

from course.web import assets


def widget_css() -> list[str]:
    return [assets.url("widgets.css")]


def choices_css() -> list[str]:
    return [assets.url("widgets.css"), assets.url("choices.css")]


def content_css() -> list[str]:
    return [assets.url("content.css")]


def html(text: str = "", **kwargs) -> pn.pane.HTML:
    """An HTML pane with our content stylesheet; callers escape any text they put in."""
    kwargs.setdefault("sizing_mode", "stretch_width")
    return pn.pane.HTML(text, stylesheets=content_css(), **kwargs)


def button(label: str, name: str, kind: str = "default", **kwargs) -> pn.widgets.Button:
    """``name`` is stable across locales: tests and the load benchmark find widgets by it."""
    kwargs.setdefault("margin", (4, 4))
    widget = pn.widgets.Button(label=label, color=kind, stylesheets=widget_css(), **kwargs)
    widget.css_classes = [f"amaan-{name}"]
    widget.tags = [name]
    return widget


def button_bar(*widgets, justify: str = "space-between") -> pn.Row:
    """Buttons across the width that wrap on a narrow phone. A Row with flex-wrap rather than a
    FlexBox, which is a ReactiveHTML and costs more per page (benchmarks/classroom.py)."""
    return pn.Row(*widgets, sizing_mode="stretch_width",
                  stylesheets=[f":host {{ flex-wrap: wrap; justify-content: {justify}; }}"])


def e(text: str | None) -> str:
    return escape(text or "", quote=True)


def arrows(direction: str) -> tuple[str, str]:
    """(back, next) arrows for the reading direction: in Arabic "next" points left."""
    return ("→", "←") if direction == "rtl" else ("←", "→")
