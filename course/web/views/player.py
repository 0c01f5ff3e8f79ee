"""The lesson player: one card at a time, "what would you do?" choices with kind feedback."""
from __future__ import annotations

import json
from collections.abc import Callable

import panel as pn
import param

from course import internals
from course.web import assets, shared
from course.web.learner_state import LearnerState
from course.web.views.common import arrows, button, button_bar, e, html
from course.web.views.speech import ReadAloud

MAX_OPTIONS = 5  # the content model allows 2-5 choices: buttons are made once and reused
KICKERS = {"choice": "player-what-would-you-do", "tip": "player-key-message", "recap": "player-recap"}
TAP_JS = "sent.value = JSON.stringify([action, shown.value, Date.now()]);"


class Taps:
    """Buttons whose taps tell the server what the screen showed when they were tapped.

    A Panel click carries nothing, and the second click of a double tap leaves the browser before
    the next card arrives: the server would take it for a tap on that card. So the server puts a
    marker (the card index, the question id) on the page in the same update as what it renders,
    each tap is sent with the marker then on screen, and LearnerState ignores a tap whose marker
    is no longer current. ``name`` tells the hidden inputs apart (css classes amaan-NAME-shown and
    amaan-NAME-taps), for tests and the load benchmark.
    """

    def __init__(self, name: str):
        self.shown = pn.widgets.TextInput(value="", visible=False, css_classes=[f"amaan-{name}-shown"])
        self.sent = internals.undelayed_text_input_class()(value="", visible=False, css_classes=[f"amaan-{name}-taps"])
        self._actions: dict[str, Callable[[str], None]] = {}
        self.sent.param.watch(self._received, "value")

    def on_tap(self, widget: pn.widgets.Button, action: str, callback: Callable[[str], None]) -> None:
        """Call ``callback(marker)`` for each tap on ``widget``, instead of on_click."""
        self._actions[action] = callback
        widget.js_on_click(args={"action": action, "shown": self.shown, "sent": self.sent}, code=TAP_JS)

    def show(self, marker: str) -> None:
        """Mark what the screen shows. Call it last in a render: should the update reach the browser
        in pieces, a tap before the marker arrives is then ignored, never taken for the new screen."""
        self.shown.value = marker

    def _received(self, event) -> None:
        try:
            action, marker, _time = json.loads(event.new)
            callback = self._actions[action]
        except (ValueError, TypeError, KeyError):
            return  # not a tap this page sends
        if isinstance(marker, str):
            # one update for the browser: a new card never shows before the marker that goes with it
            with pn.io.hold():
                callback(marker)

    @property
    def widgets(self) -> tuple[pn.widgets.TextInput, pn.widgets.TextInput]:
        return self.shown, self.sent


def progress_html(t, current: int, total: int, label_id: str) -> str:
    percent = round(100 * current / total) if total else 0
    label = t(label_id, current=current, total=total)
    return (f'<div class="progress"><div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="{total}" '
            f'aria-valuenow="{current}" aria-label="{e(label)}"><span style="inline-size:{percent}%"></span></div>'
            f'<span>{e(label)}</span></div>')


class PlayerView(pn.viewable.Viewer):
    state = param.ClassSelector(class_=LearnerState)

    def __init__(self, **params):
        super().__init__(**params)
        t = self._t = shared.tr(self.state.locale)
        back_arrow, next_arrow = arrows(t.dir)
        self._next_arrow = next_arrow
        self._card = html()  # the progress bar and the card in one pane
        # choice buttons are made when a card first needs them: story cards need none
        self._options: list[pn.widgets.Button] = []
        self._feedback = html(visible=False)
        self._back = button(f"{back_arrow} {t('player-back')}", "back")
        self._next = button("", "next", "primary")
        self._home = button(t("player-lessons"), "lessons")
        self._speech = ReadAloud(t("read-aloud"))
        self._taps = Taps("lesson")
        self._taps.on_tap(self._back, "back", lambda marker: self._tapped(self.state.back, marker))
        self._taps.on_tap(self._next, "next", lambda marker: self._tapped(self.state.next, marker))
        self._home.on_click(lambda _e: self.state.go_home())
        self._layout = pn.Column(
            self._card, self._feedback, button_bar(self._back, self._speech.button, self._next),
            self._home, self._speech.source, *self._taps.widgets, sizing_mode="stretch_width")
        self.state.param.watch(self._render, ["lesson_id", "step"])
        self.state.param.watch(self._render_feedback, ["picked"])
        self._render()

    @staticmethod
    def _tapped(move: Callable[[int], None], marker: str) -> None:
        if marker.isdecimal():  # the index of the card the tap was on
            move(int(marker))

    def _pick(self, index: int) -> None:
        step = self.state.current_step
        if step is not None and index < len(getattr(step, "options", ())):
            self.state.pick(step.options[index].id)

    def _render(self, *_events) -> None:
        state, t = self.state, self._t
        entry, step = state.entry, state.current_step
        if entry is None or step is None:
            return
        prefix = f"{entry.id}-{step.id}"
        image = assets.lesson_image(shared.content().catalogue.root, step.image)
        alt = (t.attr(prefix, "alt") or "") if step.image else ""
        kicker = KICKERS.get(step.kind)
        text = t(prefix)
        self._card.object = (
            progress_html(t, state.step + 1, state.total_steps, "player-progress")
            + '<div class="card">'
            + (f'<img src="{image}" alt="{e(alt)}">' if image else "")
            + (f'<div class="kicker">{e(t(kicker))}</div>' if kicker else "")
            + f'<h1 class="sr-only">{e(t(entry.id))}</h1><p class="text">{e(text)}</p></div>')
        options = getattr(step, "options", ())
        self._ensure_options(len(options))
        labels = []
        for i, widget in enumerate(self._options):
            if i < len(options):
                label = t(f"{prefix}-{options[i].id}")
                labels.append(label)
                widget.param.update(label=label, visible=True, color="default", disabled=False)
            else:
                widget.visible = False
        self._feedback.visible = False
        last = state.step == state.total_steps - 1
        self._back.disabled = state.step == 0
        self._next.label = t("player-start-quiz") if last else f"{t('player-next')} {self._next_arrow}"
        self._speech.say(text, *labels)
        self._taps.show(str(state.step))

    def _ensure_options(self, count: int) -> None:
        """Add choice buttons (below the card) up to ``count``; they are hidden when not needed."""
        if count <= len(self._options):
            return
        for i in range(len(self._options), min(count, MAX_OPTIONS)):
            widget = button("", f"choice-{i}", "default", visible=False, sizing_mode="stretch_width")
            widget.on_click(lambda _e, i=i: self._pick(i))
            self._options.append(widget)
        self._layout.objects = [self._card, *self._options, *self._layout.objects[self._layout.objects.index(self._feedback):]]

    def _render_feedback(self, *_events) -> None:
        state, t = self.state, self._t
        step = state.current_step
        if step is None or not state.picked or not hasattr(step, "options"):
            self._feedback.visible = False
            return
        prefix = f"{state.entry.id}-{step.id}"
        chosen = next(o for o in step.options if o.id == state.picked)
        for option, widget in zip(step.options, self._options, strict=True):
            widget.color = "primary" if option.id == chosen.id else "default"
        parts = [f'<strong>{e(t(f"{prefix}-{chosen.id}"))}</strong>',
                 f'<p>{e(t.attr(f"{prefix}-{chosen.id}", "feedback"))}</p>']
        if not chosen.best:
            best = [t(f"{prefix}-{o.id}") for o in step.options if o.best]
            parts.append(f'<p><b>{e(t("player-best-choice"))}:</b> {e(" / ".join(best))}</p>')
        kind = "good" if chosen.best else "try"
        self._feedback.object = f'<div class="feedback {kind}" role="status">{"".join(parts)}</div>'
        self._feedback.visible = True

    def __panel__(self):
        return self._layout
