"""The end of a quiz: score, mastery, a badge, and what to remember. No timers, no streaks."""
from __future__ import annotations

import panel as pn
import param

from course.web import assets, shared
from course.web.learner_state import LearnerState
from course.web.views.common import button, button_bar, e, html


class ResultsView(pn.viewable.Viewer):
    state = param.ClassSelector(class_=LearnerState)

    def __init__(self, **params):
        super().__init__(**params)
        t = self._t = shared.tr(self.state.locale)
        self._body = html()
        self._retry = button(t("results-retry"), "retry")
        self._back = button(t("results-back"), "back-to-lessons", "primary")
        self._retry.on_click(lambda _e: self.state.retry_quiz())
        self._back.on_click(lambda _e: self.state.go_home())
        self._layout = pn.Column(self._body, button_bar(self._retry, self._back, justify="center"),
                                 sizing_mode="stretch_width")
        self.state.param.watch(self._render, ["screen"])
        self._render()

    def _render(self, *_events) -> None:
        # Only the store's verdict (state.result), never the browser-side run: another tab may
        # have answered first, and the database holds what counts.
        state, t, result = self.state, self._t, self.state.result
        if state.screen != "results" or result is None or state.entry is None:
            return
        lesson_id = state.entry.id
        total = result.question_count
        parts = [f'<h1>{e(t("results-title"))}</h1>']
        if state.results_hidden:
            # the class shows scores to the educator only; each answer's feedback was still shown
            parts.append(f'<p class="text">{e(t("results-hidden"))}</p>')
        else:
            parts.append(f'<p class="text">{e(t("results-score", correct=result.correct_first_try, total=total))}</p>')
            if result.mastered:
                parts.append(f'<img class="badge" src="{assets.url("badge.svg")}" alt="">'
                             f'<h2>{e(t("results-mastered"))}</h2><p>{e(t("results-badge", lesson=t(lesson_id)))}</p>')
            else:
                needed = t.number(result.needed) + "/" + t.number(total)
                parts.append(f'<p>{e(t("results-not-yet", needed=needed))}</p>')
        remember = [t(f"{lesson_id}-{s.id}") for s in state.entry.lesson.steps if s.kind in ("tip", "recap")]
        parts.append(f'<div class="card remember"><h2>{e(t("results-remember"))}</h2>'
                     + "".join(f"<p>{e(text)}</p>" for text in remember) + "</div>")
        self._body.object = f'<div class="results" role="status">{"".join(parts)}</div>'

    def __panel__(self):
        return self._layout
