"""The quiz: nothing preselected, feedback for each chosen option that says why, hints, retries."""
from __future__ import annotations

import panel as pn
import param

from course.learning.quiz import Outcome, Refusal
from course.web import assets, shared
from course.web.learner_state import LearnerState
from course.web.views.common import button, button_bar, choices_css, e, html
from course.web.views.player import Taps, progress_html
from course.web.views.speech import ReadAloud


class QuizView(pn.viewable.Viewer):
    state = param.ClassSelector(class_=LearnerState)

    def __init__(self, **params):
        super().__init__(**params)
        t = self._t = shared.tr(self.state.locale)
        self._question = html()  # the progress bar and the question in one pane
        self._one = pn.widgets.RadioBoxGroup(options=[], inline=False, stylesheets=choices_css(),
                                             sizing_mode="stretch_width", label=t("quiz-answers-label"),
                                             css_classes=["amaan-answers-one"])
        self._many = pn.widgets.CheckBoxGroup(options=[], inline=False, stylesheets=choices_css(),
                                              sizing_mode="stretch_width", label=t("quiz-answers-label"),
                                              css_classes=["amaan-answers-many"], visible=False)
        for widget in (self._one, self._many):
            widget.param.watch(self._on_select, "value")
        self._feedback = html(visible=False)
        self._same_answer = html(f'<p class="note" role="status">{e(t("quiz-pick-another"))}</p>', visible=False)
        self._hint = button(t("quiz-hint"), "hint")
        self._check = button(t("quiz-check"), "check", "primary", disabled=True)
        self._next = button(t("quiz-next-question"), "next-question", "primary", visible=False)
        self._speech = ReadAloud(t("read-aloud"))
        self._hint.on_click(lambda _e: self.state.use_hint())
        self._taps = Taps("quiz")
        self._taps.on_tap(self._check, "check", self._on_check)
        self._next.on_click(lambda _e: self.state.next_question())
        self._layout = pn.Column(
            self._question, self._one, self._many, self._feedback, self._same_answer,
            button_bar(self._hint, self._speech.button, self._check, self._next),
            self._speech.source, *self._taps.widgets, sizing_mode="stretch_width")
        self._shown: tuple | None = None
        self.state.param.watch(self._render, ["quiz_version"])
        self._render()

    # ---- events ------------------------------------------------------------------------

    def _chosen(self) -> list[str]:
        run = self.state.run
        if run is None:
            return []
        if run.current.question.selection == "many":
            return list(self._many.value or [])
        return [self._one.value] if self._one.value else []

    def _on_select(self, _event) -> None:
        run = self.state.run
        chosen = self._chosen()
        # the quiz's own rule: Check waits for an answer it would take, and says so when the
        # answer is the one just tried
        refusal = run.refusal(run.current.question.id, chosen) if run else Refusal.STALE
        self._check.disabled = not chosen or refusal is not None
        self._same_answer.visible = bool(chosen) and refusal is Refusal.SAME_ANSWER

    def _on_check(self, question_id: str) -> None:
        self.state.check(question_id, self._chosen())

    # ---- rendering ---------------------------------------------------------------------

    def _render(self, *_events) -> None:
        state, t, run = self.state, self._t, self.state.run
        if run is None or state.entry is None:
            return
        q = run.current
        question = q.question
        prefix = f"{state.entry.quiz.id}-{question.id}"
        labels = {oid: self._label(prefix, oid) for oid in q.order}
        key = (state.try_id, id(run), run.index)
        if key != self._shown:  # a new question: new options, nothing selected
            self._shown = key
            options = {labels[oid]: oid for oid in q.order}
            many = question.selection == "many"
            self._one.visible, self._many.visible = not many, many
            if many:
                self._many.param.update(options=options, value=[])
            else:
                self._one.options = options
                self._one.value = None  # never preselect an answer
        hint = t.attr(prefix, "hint")
        how = t("quiz-choose-all") if question.selection == "many" else t("quiz-choose-one")
        self._question.object = (
            progress_html(t, run.index + 1, len(run.questions), "quiz-progress")
            + '<div class="card">' + self._question_image(question, prefix)
            + f'<p class="text">{e(t(prefix))}</p>' + self._option_pictures(q, labels)
            + f'<p class="note">{e(how)}</p>'
            + (f'<p class="hint"><b>{e(t("quiz-hint-label"))}:</b> {e(hint)}</p>' if hint and q.hint_used else "")
            + "</div>")
        self._hint.visible = bool(hint) and not q.hint_used and not q.finished
        finished = q.finished
        for widget in (self._one, self._many):
            widget.disabled = finished
        self._check.visible = not finished
        self._on_select(None)
        self._next.visible = finished
        self._next.label = t("quiz-see-results") if run.finished else t("quiz-next-question")
        self._render_feedback(prefix, labels)
        self._speech.say(t(prefix), *labels.values())
        self._taps.show(question.id)

    def _question_image(self, question, prefix: str) -> str:
        url = assets.lesson_image(shared.content().catalogue.root, question.image)
        return f'<img src="{url}" alt="{e(self._t.attr(prefix, "alt") or "")}">' if url else ""

    def _option_pictures(self, q, labels: dict[str, str]) -> str:
        """Picture answers (for pre-readers): each picture above its label, in the options' order."""
        root = shared.content().catalogue.root
        options = {o.id: o for o in getattr(q.question, "options", ())}
        figures = []
        for oid in q.order:
            url = assets.lesson_image(root, options[oid].image) if oid in options else None
            if url:
                figures.append(f'<figure><img src="{url}" alt=""><figcaption>{e(labels[oid])}</figcaption></figure>')
        return f'<div class="option-pictures">{"".join(figures)}</div>' if figures else ""

    def _label(self, prefix: str, option_id: str) -> str:
        if self.state.run.current.question.option_has_label:
            return self._t(f"{prefix}-{option_id}")
        return self._t(f"quiz-{option_id}")

    def _render_feedback(self, prefix: str, labels: dict[str, str]) -> None:
        t, run = self._t, self.state.run
        checks = run.current.checks
        if not checks:
            self._feedback.visible = False
            return
        last = checks[-1]
        items = "".join(
            f'<li><b>{e(labels[oid])}</b>: {e(t.attr(f"{prefix}-{oid}", "feedback"))}</li>'
            for oid in run.current.order if oid in last.chosen)
        if last.outcome is Outcome.CORRECT:
            head, kind, extra = t("quiz-correct"), "good", ""
        elif last.outcome is Outcome.WRONG_RETRY:
            head, kind = t("quiz-wrong"), "try"
            extra = f'<p>{e(t("quiz-tries-left", tries=run.tries_left()))}</p>'
        else:
            head, kind = t("quiz-wrong"), "try"
            right = run.current.question.correct_ids
            answer = "".join(
                f'<li><b>{e(labels[oid])}</b>: {e(t.attr(f"{prefix}-{oid}", "feedback"))}</li>'
                for oid in run.current.order if oid in right)
            extra = f'<p><b>{e(t("quiz-answer-was"))}</b></p><ul>{answer}</ul>'
        self._feedback.object = (f'<div class="feedback {kind}" role="status"><strong>{e(head)}</strong>'
                                 f'<ul>{items}</ul>{extra}</div>')
        self._feedback.visible = True

    def __panel__(self):
        return self._layout
