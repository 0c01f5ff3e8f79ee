"""Previous, "page 2 of 40 · 2,000 learners", Next: long lists drawn a page at a time.

The dashboard's grid and needs-help flags, the Classes tab's learners and the sign-in names of
a class of 2,000 each draw one page; the server holds where the page is.
"""
from __future__ import annotations

import panel as pn

from course.web.views.common import arrows, button, button_bar, e, html


class Pager(pn.viewable.Viewer):
    """Previous, "page 2 of 40 · 2,000 learners", Next: a long list drawn a page at a time.

    ``turn(pages)`` moves the state; the state clamps it, and ``show`` draws where it landed.
    Hidden while everything fits on one page.
    """

    def __init__(self, t, name: str, turn, **params):
        super().__init__(**params)
        self._t, self._name = t, name
        back, forward = arrows(t.dir)
        self._previous = button(f"{back} {t('dash-page-previous')}", f"{name}-previous")
        self._next = button(f"{t('dash-page-next')} {forward}", f"{name}-next")
        self._previous.on_click(lambda _e: turn(-1))
        self._next.on_click(lambda _e: turn(1))
        self._where = html(css_classes=[f"amaan-{name}-where"], sizing_mode="stretch_width")
        self._layout = button_bar(self._previous, self._where, self._next, justify="space-between")

    def show(self, page: int, pages: int, count: int) -> None:
        t = self._t
        self._layout.visible = pages > 1
        self._where.object = (f'<p class="note pager" role="status">'
                              f'{e(t("dash-page", page=page, pages=pages, count=count))}</p>')
        self._previous.disabled = page <= 1
        self._next.disabled = page >= pages

    def __panel__(self):
        return self._layout
