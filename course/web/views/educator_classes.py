"""Educators' class management: classes, join codes, learners and their picture passwords."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import panel as pn
import param

from course.auth.pictures import PICTURES
from course.l10n.locales import ARAB_LEAGUE
from course.store.records import ClassInfo
from course.store.roster_text import MAX_TEXT_CHARS
from course.web import assets, shared
from course.web.educator_state import LEARNERS_PER_PAGE, Card, EducatorState
from course.web.page import html_templates
from course.web.views.action_list import ActionList
from course.web.views.common import button, button_bar, e, html, widget_css
from course.web.views.get_help import country_name
from course.web.views.locale_forms import date_text
from course.web.views.pager import Pager
from course.web.views.signin import picture_svg

# Refused lines listed under the Add-many button; the rest are counted ("...and 40 more lines").
PROBLEMS_SHOWN = 50


def pictures_html(t, ids: list[str]) -> str:
    return "".join(f'<span class="pic" title="{e(t("picture-" + p))}">{picture_svg(p)}'
                   f'<span>{e(t("picture-" + p))}</span></span>' for p in ids)


def cards_document(t, klass: ClassInfo, cards: Sequence[Card]) -> str:
    """The sheet of sign-in cards, a whole HTML document. The pictures are our own static files
    (the ones pictures_html draws), by URL: twelve files the browser caches, not three inline
    drawings a card for a class of hundreds."""
    shown = {p: {"src": assets.url(f"pic-{p}.svg"), "label": t("picture-" + p)} for p in PICTURES}
    return html_templates().get_template("signin_cards.html").render(
        lang=t.tag, dir=t.dir, title=t("cards-title", klass=klass.name), fonts_css=assets.url("fonts.css"),
        cards_css=assets.url("cards.css"), print_label=t("cards-print"), hint=t("cards-hint"),
        class_name=klass.name, join_code=klass.join_code, code_label=t("cards-code"),
        pictures_label=t("cards-pictures"),
        cards=[{"name": card.name, "pictures": [shown[p] for p in card.pictures]} for card in cards])


def cards_frame(t, document: str) -> str:
    """The sheet in a frame of the page: printed from inside it (its own Print button calls the
    frame's window.print()), so the paper gets the cards and nothing of the page around them. A
    srcdoc frame has the page's origin and policy: it loads nothing from anywhere else either, and
    the pictures stay in this page, never at an address another tab or a history could open."""
    return (f'<iframe class="amaan-cards-frame" title="{e(t("cards-open"))}" srcdoc="{e(document)}" '
            'style="display:block;width:100%;height:75vh;border:1px solid #c9d3d1;border-radius:8px;'
            'background:#fff"></iframe>')


class ClassesView(pn.viewable.Viewer):
    state = param.ClassSelector(class_=EducatorState)

    def __init__(self, **params):
        super().__init__(**params)
        t = self._t = shared.tr(self.state.locale)
        css = widget_css()
        self._notice = html(visible=False)
        self._pick = pn.widgets.Select(label=t("edu-class"), options={}, stylesheets=css, css_classes=["amaan-class-pick"])
        # only a change of class: filling the options (or showing the class the state holds)
        # selects it too, and each choice redrew the list again
        self._pick.param.watch(lambda ev: ev.new != self.state.class_id and self.state.choose_class(ev.new), "value")
        countries = sorted(((country_name(t.tag, c), c) for c in ARAB_LEAGUE), key=lambda nc: nc[0])
        self._new_name = pn.widgets.TextInput(label=t("edu-class-name"), stylesheets=css, css_classes=["amaan-class-name"])
        self._new_country = pn.widgets.Select(label=t("edu-class-country"), options={"—": ""} | dict(countries),
                                              stylesheets=css)
        # a group of one: Bokeh 3.9's single Checkbox draws its text in a <div> that is not the
        # box's label, so screen readers announce an unnamed checkbox (axe: critical "label")
        self._new_self = pn.widgets.CheckBoxGroup(options={t("edu-class-self-register"): True}, value=[],
                                                  stylesheets=css, css_classes=["amaan-class-self"])
        create = button(t("edu-create-class"), "create-class", "primary")
        create.on_click(lambda _e: self.state.create_class(self._new_name.value_input or self._new_name.value,
                                                           self._new_country.value, bool(self._new_self.value)))
        self._class_box = html()
        new_code = button(t("edu-new-code"), "new-code")
        new_code.on_click(lambda _e: self.state.new_code())
        self._archive = button(t("edu-archive"), "archive-class")
        self._archive_confirm = button(t("edu-delete-confirm"), "archive-confirm", "warning", visible=False)
        self._archive.on_click(lambda _e: self.state.ask_archive())
        self._archive_confirm.on_click(lambda _e: self.state.archive())
        # Nothing is lost by opening sign-in again, so no second click to confirm it.
        unlock_class = button(t("edu-unlock-class"), "unlock-class")
        unlock_class.on_click(lambda _e: self.state.unlock_class())
        self._approve = pn.widgets.CheckBoxGroup(options={t("edu-class-approve-names"): True}, value=[],
                                                 stylesheets=css, css_classes=["amaan-class-approve"])
        self._approve.param.watch(lambda ev: self.state.require_approval(bool(ev.new)), "value")
        self._waiting = pn.Column(sizing_mode="stretch_width")
        self._learner_name = pn.widgets.TextInput(label=t("edu-learner-name"), stylesheets=css,
                                                  css_classes=["amaan-learner-name"])
        add = button(t("edu-add"), "add-learner", "primary")
        add.on_click(self._add)
        # Many names at once: pasted, or a CSV file. The limits are checked again on the server
        # (course.store.roster_text): max_length only spares the teacher a paste that would be refused.
        self._roster_text = pn.widgets.TextAreaInput(
            label=t("roster-paste"), rows=8, max_length=MAX_TEXT_CHARS, css_classes=["amaan-roster-text"],
            stylesheets=[*css, ":host textarea { font-size: 1rem; line-height: 1.5; }"], sizing_mode="stretch_width")
        self._roster_file = pn.widgets.FileInput(accept=".csv,text/csv,.txt,text/plain", stylesheets=css,
                                                 css_classes=["amaan-roster-file"], sizing_mode="stretch_width")
        add_many = button(t("roster-add"), "add-many", "primary")
        add_many.on_click(self._add_many)
        self._roster_problems = html(visible=False, css_classes=["amaan-roster-problems"])
        self._cards_note = html(css_classes=["amaan-cards-note"])
        open_cards = button(t("cards-open"), "open-cards", "primary")
        open_cards.on_click(self._open_cards)
        self._close_cards = button(t("cards-close"), "close-cards", visible=False)
        self._close_cards.on_click(lambda _e: self._show_sheet(False))
        forget_cards = button(t("cards-forget"), "forget-cards")
        forget_cards.on_click(lambda _e: self.state.forget_cards())
        self._sheet = html(visible=False, css_classes=["amaan-cards-sheet"])
        self._cards = pn.Column(self._cards_note, button_bar(open_cards, self._close_cards, forget_cards,
                                                             justify="flex-start"),
                                self._sheet, sizing_mode="stretch_width", visible=False)
        self._learners_title = html()
        # Found on Enter: a class of 2,000 is listed a page at a time (LEARNERS_PER_PAGE rows).
        self._find = pn.widgets.TextInput(label=t("dash-search"), placeholder=t("dash-search-enter"),
                                          stylesheets=css, css_classes=["amaan-learner-find"])
        self._find.param.watch(lambda ev: self.state.find_learners(ev.new), "value")
        # the page's learners, a row each with its buttons, drawn in the browser (action_list.py)
        self._list = ActionList(self._pressed, "amaan-learner-row", sizing_mode="stretch_width", margin=0)
        self._page: tuple = ()  # the learners on show, as the list draws them
        self._empty = html(visible=False)
        self._learner_pages = Pager(t, "learners-page", self.state.turn_learners_page)
        self._selected = pn.Column(
            pn.FlexBox(new_code, unlock_class, self._archive, self._archive_confirm), self._approve, self._waiting,
            html(f'<h2>{e(t("edu-add-learner"))}</h2>'), pn.FlexBox(self._learner_name, add, align_items="flex-end"),
            html(f'<h2>{e(t("roster-title"))}</h2><p class="note">{e(t("roster-help"))}</p>'),
            self._roster_text, self._roster_file, add_many, self._roster_problems, self._cards,
            self._learners_title, self._find, self._list, self._empty, self._learner_pages,
            sizing_mode="stretch_width")
        self._layout = pn.Column(
            self._notice, self._pick, self._class_box, self._selected,
            pn.Card(self._new_name, self._new_country, self._new_self, create, title=t("edu-new-class"),
                    collapsed=False, sizing_mode="stretch_width", stylesheets=css),
            sizing_mode="stretch_width")
        self.state.param.watch(self._refresh_classes, ["classes_version"])
        self.state.param.watch(self._refresh_learners, ["learners_version", "class_id", "learner_search",
                                                        "learner_offset"])
        self.state.param.watch(self._show_notice, ["notice"])
        self.state.param.watch(self._show_pending, ["pending"])
        self.state.param.watch(self._show_problems, ["roster_problems"])
        self.state.param.watch(self._show_cards, ["cards_version", "class_id"])
        self._refresh_classes()

    def _add(self, _event) -> None:
        if self.state.add_learner(self._learner_name.value_input or self._learner_name.value):
            self._learner_name.value = self._learner_name.value_input = ""

    def _add_many(self, _event) -> None:
        data = self._roster_file.value
        if self.state.add_list(self._roster_text.value_input or self._roster_text.value, data):
            self._roster_text.value = self._roster_text.value_input = ""
        if data:  # used or refused, the file is set aside: it is still on the teacher's disk to fix
            self._roster_file.clear()

    def _show_problems(self, *_events) -> None:
        """Every refused line, each saying why (the first PROBLEMS_SHOWN; the rest counted)."""
        t, problems = self._t, self.state.roster_problems
        if not problems:
            self._roster_problems.visible = False
            return
        items = "".join(f"<li>{e(t(message_id, **args))}</li>" for message_id, args in problems[:PROBLEMS_SHOWN])
        more = (f'<p>{e(t("roster-more", count=len(problems) - PROBLEMS_SHOWN))}</p>'
                if len(problems) > PROBLEMS_SHOWN else "")
        self._roster_problems.object = (f'<div class="feedback try" role="alert"><p>'
                                        f'{e(t("roster-refused", count=len(problems)))}</p><ul>{items}</ul>{more}</div>')
        self._roster_problems.visible = True

    def _show_cards(self, *_events) -> None:
        count = len(self.state.cards())
        self._cards.visible = count > 0
        if not count:
            self._show_sheet(False)
            return
        self._cards_note.object = f'<p class="feedback good" role="status">{e(self._t("cards-ready", count=count))}</p>'
        if self._sheet.visible:  # open: it shows the cards as they are now
            self._open_cards()

    def _open_cards(self, *_events) -> None:
        klass, cards = self.state.current_class(), self.state.cards()
        if klass is None or not cards:
            return
        self._sheet.object = cards_frame(self._t, cards_document(self._t, klass, cards))
        self._show_sheet(True)

    def _show_sheet(self, shown: bool) -> None:
        self._sheet.visible = self._close_cards.visible = shown
        if not shown:  # out of the page, not only hidden
            self._sheet.object = ""

    def _refresh_classes(self, *_events) -> None:
        mine = self.state.classes()
        self._pick.options = {c.name: c.id for c in mine}
        if mine and self.state.class_id not in {c.id for c in mine}:
            self.state.class_id = mine[0].id
        if self.state.class_id is not None:
            self._pick.value = self.state.class_id
        self._refresh_learners()

    def _refresh_learners(self, *_events) -> None:
        t, klass = self._t, self.state.current_class()
        self._pick.visible = self._selected.visible = klass is not None
        if klass is None:
            self._class_box.object = f'<p>{e(t("edu-no-class"))}</p>'
            self._page = ()
            self._show_pending()
            return
        now = dt.datetime.now(dt.UTC)
        resting = (f'<p class="feedback try" role="status">{e(t("edu-class-resting"))}</p>'
                   if klass.pictures_resting(now) else "")
        self._class_box.object = (
            f'<div class="card"><h2>{e(klass.name)}</h2><p>{e(t("edu-join-code"))}: '
            f'<strong class="code" dir="ltr">{e(klass.join_code)}</strong></p>'
            f'<p class="note">{e(t("edu-join-code-help"))}</p>{resting}</div>')
        self._approve.visible = klass.allow_self_register
        self._approve.value = [True] if klass.approve_new_names else []
        self._waiting.objects = self._waiting_rows()
        page = self.state.learners_page()
        learners = self._page = page.learners if page else ()
        self._learners_title.object = f'<h2>{e(t("edu-learners", count=page.matched if page else 0))}</h2>'
        if self._find.value != self.state.learner_search:  # a new class starts with no search
            self._find.value = self.state.learner_search
        self._learner_pages.show(page.offset // LEARNERS_PER_PAGE + 1 if page else 1,
                                 -(-page.matched // LEARNERS_PER_PAGE) if page else 1, page.matched if page else 0)
        if not learners and self.state.learner_search:
            self._empty.object = f'<p>{e(t("dash-no-learners"))}</p>'
        self._empty.visible = not learners and bool(self.state.learner_search)
        self._show_pending()

    def _rows(self) -> list[dict]:
        t, now = self._t, dt.datetime.now(dt.UTC)
        rows = []
        for learner in self._page:
            locked = learner.locked_until is not None and learner.locked_until > now
            # the day on the school server's clock (as datetime_text): 01:30 in Amman is still yesterday in UTC
            seen = date_text(t, learner.last_active_at.astimezone().date()) if learner.last_active_at else ""
            buttons = [{"act": "unlock", "label": t("edu-unlock"), "kind": "primary"}] if locked else []
            buttons += [{"act": "new-pictures", "label": t("edu-new-pictures")},
                        {"act": "export", "label": t("edu-export")},
                        {"act": "delete", "label": t("edu-delete")}]
            if self.state.pending == ("delete", learner.id):  # the confirmation the first press asked for
                buttons.append({"act": "delete-confirm", "label": t("edu-delete-confirm"), "kind": "warning"})
            rows.append({"key": str(learner.id), "text": learner.display_name, "strong": True,
                         "status": t("edu-locked") if locked else None,
                         "lines": [[t("edu-last-active"), seen]], "buttons": buttons})
        return rows

    def _pressed(self, act: str, key: str) -> None:
        """A press in the list (ActionList checked the button is on a row shown)."""
        learner_id = int(key)
        name = next(x.display_name for x in self._page if x.id == learner_id)
        if act == "unlock":
            self.state.unlock(learner_id, name)
        elif act == "new-pictures":
            self.state.new_pictures(learner_id, name)
        elif act == "export":
            self._list.download(f"amaan-learner-{learner_id}.json", self.state.export(learner_id).decode("utf-8"))
        elif act == "delete":
            self.state.ask_delete(learner_id)
        elif act == "delete-confirm":
            self.state.delete(learner_id, name)

    def _show_pending(self, *_events) -> None:
        """The confirm button of what the state waits to have confirmed, and no other."""
        pending = self.state.pending
        self._archive_confirm.visible = pending == ("archive", self.state.class_id)
        self._list.show(self._rows())

    def _waiting_rows(self) -> list:
        """Names children added themselves, each with approve and reject (nothing else is lost by
        rejecting: the child has not signed in yet, and may add themselves again)."""
        t, waiting = self._t, self.state.waiting()
        if not waiting:
            return []
        rows = [html(f'<h2>{e(t("edu-waiting", count=len(waiting)))}</h2><p class="note">{e(t("edu-waiting-help"))}</p>')]
        for request in waiting:
            approve = button(t("edu-approve"), f"approve-{request.id}", "primary")
            approve.on_click(lambda _e, r=request: self.state.approve(r.id, r.display_name))
            reject = button(t("edu-reject"), f"reject-{request.id}")
            reject.on_click(lambda _e, r=request: self.state.reject(r.id, r.display_name))
            rows.append(pn.Row(html(f'<strong><bdi>{e(request.display_name)}</bdi></strong>'),
                               pn.FlexBox(approve, reject), sizing_mode="stretch_width",
                               css_classes=["amaan-waiting-row"]))
        return rows

    def _show_notice(self, *_events) -> None:
        if not self.state.notice:
            self._notice.visible = False
            return
        message_id, args, kind = self.state.notice
        t = self._t
        shown = dict(args)
        pictures = shown.get("pictures", "").split() if "pictures" in shown else []
        if pictures:
            shown["pictures"] = "، ".join(t("picture-" + p) for p in pictures) if t.lang == "ar" else \
                ", ".join(t("picture-" + p) for p in pictures)
        extra = f'<div class="pics">{pictures_html(t, pictures)}</div>' if pictures else ""
        self._notice.object = f'<div class="feedback {kind}" role="status"><p>{e(t(message_id, **shown))}</p>{extra}</div>'
        self._notice.visible = True

    def __panel__(self):
        return self._layout
