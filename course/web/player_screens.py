"""What the player shows, as plain data: the screen a learner is on, built from their state.

The player component (course/web/views/player.py) draws whatever this returns and sends back
only intents (pick, next, back, skip, check, hint...). Everything here is computed on the
server from the content and the store, so the screen can never hold a verdict or a place the
store does not. Each screen carries a ``marker``: what it shows (the card index, the question
and its attempt). An intent names the marker it was made on, and a late or doubled one is
ignored (course/web/learner_state.py).
"""
from __future__ import annotations

from typing import Any

from course.learning.choices import choice_order
from course.learning.quiz import Outcome, QuizRun
from course.web import assets, shared
from course.web.learner_state import LearnerState

KICKERS = {"choice": "player-what-would-you-do", "tip": "player-key-message", "recap": "player-recap"}

# The words the player needs on every screen, sent once with the page (not with each card).
UI_MESSAGES = ("player-back", "player-next", "player-start-quiz", "player-lessons", "player-skip",
               "player-choose-first", "read-aloud", "read-aloud-stop", "read-aloud-no-voice",
               "quiz-check", "quiz-hint", "quiz-hint-label", "quiz-next-question", "quiz-see-results",
               "quiz-answers-label", "quiz-pick-another", "quiz-exit", "results-retry", "results-back",
               "player-offline", "player-not-saved", "order-earlier", "order-later")

Screen = dict[str, Any]


def ui_words(locale: str, form: str | None = None) -> dict[str, str]:
    """The player's words, in the child's form of address (``form``: "f", "m" or None)."""
    t = shared.tr(locale).addressing(form)
    return {"dir": t.dir, "lang": t.lang, **{key: t(key) for key in UI_MESSAGES}}


def screen(state: LearnerState) -> Screen:
    """The screen for the state, or an empty one when the player is not on show."""
    if state.screen == "lesson" and state.entry is not None and state.current_step is not None:
        return lesson_screen(state)
    if state.screen == "quiz" and state.run is not None and state.entry is not None:
        return quiz_screen(state)
    if state.screen == "results" and state.entry is not None:
        return results_screen(state)
    return {}


def _image(rel: str | None) -> str | None:
    return assets.lesson_image(shared.content().catalogue.root, rel)


def _progress(t, current: int, total: int, label_id: str) -> dict:
    return {"current": current, "total": total, "label": t(label_id, current=current, total=total)}


def choice_seed(state: LearnerState) -> str:
    """One learner sees one lesson's choices in one order, however often they come back."""
    return f"{state.learner_id if state.learner_id is not None else 'preview'}:{state.lesson_id}"


def lesson_screen(state: LearnerState) -> Screen:
    t, entry, step = state.tr, state.entry, state.current_step
    assert entry is not None and step is not None
    prefix = f"{entry.id}-{step.id}"
    text = t(prefix)
    card: dict[str, Any] = {"kind": step.kind, "text": text, "image": _image(step.image),
                            "alt": (t.attr(prefix, "alt") or "") if step.image else ""}
    kicker = KICKERS.get(step.kind)
    if kicker:
        card["kicker"] = t(kicker)
    if getattr(step, "interactive", False):
        options = {o.id: o for o in step.options}
        order = choice_order(step, choice_seed(state))
        card["options"] = [{"id": oid, "label": t(f"{prefix}-{oid}")} for oid in order]
        card["picked"] = state.picked
        if state.picked in options:
            chosen = options[state.picked]
            card["feedback"] = {
                "good": chosen.best, "label": t(f"{prefix}-{chosen.id}"),
                "text": t.attr(f"{prefix}-{chosen.id}", "feedback") or "",
                "best": [] if chosen.best else [t(f"{prefix}-{oid}") for oid in order if options[oid].best],
                "best_label": t("player-best-choice")}
    last = state.step == state.total_steps - 1
    return {"screen": "lesson", "lesson": entry.id, "title": t(entry.id), "marker": str(state.step),
            "progress": _progress(t, state.step + 1, state.total_steps, "player-progress"),
            "card": card, "can_back": state.step > 0, "last": last,
            "next_label": t("player-start-quiz") if last else t("player-next"),
            "needs_choice": state.needs_choice()}


def _option_label(t, question, prefix: str, option_id: str) -> str:
    return t(f"{prefix}-{option_id}") if question.option_has_label else t(f"quiz-{option_id}")


def quiz_screen(state: LearnerState) -> Screen:
    t, entry, run = state.tr, state.entry, state.run
    assert entry is not None and run is not None
    q = run.current
    question = q.question
    prefix = f"{entry.quiz.id}-{question.id}"
    labels = {oid: _option_label(t, question, prefix, oid) for oid in q.order}
    hint = t.attr(prefix, "hint")
    data: dict[str, Any] = {"kind": question.kind, "text": t(prefix), "image": _image(question.image),
                            "alt": (t.attr(prefix, "alt") or "") if question.image else ""}
    own = getattr(question, "screen_data", None)
    if own is not None:
        # a kind that draws itself (order.js): the right answer only once the question is over
        data.update(own(t, prefix, q.order, reveal=q.finished))
        for item in data.get("items", ()):
            item["image"] = _image(item.get("image"))
        if q.checks:
            data["response"] = list(q.checks[-1].response)
    else:
        options = {o.id: o for o in getattr(question, "options", ())}
        data["selection"] = question.selection
        data["how"] = t("quiz-choose-all") if question.selection == "many" else t("quiz-choose-one")
        data["options"] = [{"id": oid, "label": labels[oid],
                            "image": _image(options[oid].image) if oid in options else None} for oid in q.order]
    screen_: Screen = {
        "screen": "quiz", "lesson": entry.id, "title": t(entry.id), "marker": state.quiz_marker(),
        "progress": _progress(t, run.index + 1, len(run.questions), "quiz-progress"),
        "question": data, "finished": q.finished, "last": run.finished,
        "hint": hint if hint and q.hint_used else None, "has_hint": bool(hint) and not q.hint_used and not q.finished,
        # the answer the last try had: Check waits for a different one (QuizRun.refusal decides)
        "tried": list(q.checks[-1].response) if q.checks else None}
    if q.checks:
        screen_["feedback"] = _feedback(t, run, prefix, labels)
    return screen_


def _feedback(t, run: QuizRun, prefix: str, labels: dict[str, str]) -> dict:
    q = run.current
    last = q.checks[-1]
    # an arrangement has no options of its own to explain: order.js explains the steps instead
    why = [] if q.question.selection == "order" else [
        {"label": labels[oid], "text": t.attr(f"{prefix}-{oid}", "feedback") or ""}
        for oid in q.order if oid in last.chosen]
    feedback: dict[str, Any] = {"good": last.outcome is Outcome.CORRECT,
                                "head": t("quiz-correct") if last.outcome is Outcome.CORRECT else t("quiz-wrong"),
                                "why": why}
    if last.outcome is Outcome.WRONG_RETRY:
        feedback["tries_left"] = t("quiz-tries-left", tries=run.tries_left())
    elif last.outcome is Outcome.WRONG_FINAL and q.question.selection != "order":  # order.js shows its own
        feedback["answer_head"] = t("quiz-answer-was")
        feedback["answer"] = [{"label": labels[oid], "text": t.attr(f"{prefix}-{oid}", "feedback") or ""}
                              for oid in q.order if oid in q.question.correct_ids]
    return feedback


def results_screen(state: LearnerState) -> Screen:
    t, entry = state.tr, state.entry
    assert entry is not None
    result = state.result
    data: Screen = {"screen": "results", "lesson": entry.id, "title": t("results-title"), "marker": "results",
                    "lesson_title": t(entry.id)}
    if result is None:
        return data
    if state.results_hidden:
        # the class shows scores to the educator only; each answer's feedback was still shown
        data["message"] = t("results-hidden")
    else:
        total = result.question_count
        if state.band == "under-9":
            # pre-readers count stars, not fractions: one filled star per answer right first time
            data["stars"] = {"got": result.correct_first_try, "total": total,
                             "label": t("results-score", correct=result.correct_first_try, total=total)}
        else:
            data["score"] = t("results-score", correct=result.correct_first_try, total=total)
        if result.mastered:
            data["badge"] = assets.url("badge.svg")
            data["mastered"] = t("results-mastered")
            data["badge_text"] = t("results-badge", lesson=t(entry.id))
        else:
            data["not_yet"] = (t("results-not-yet-stars", needed=result.needed) if "stars" in data
                               else t("results-not-yet", needed=t.number(result.needed) + "/" + t.number(total)))
    data["remember_title"] = t("results-remember")
    data["remember"] = [t(f"{entry.id}-{s.id}") for s in entry.lesson.steps if s.kind in ("tip", "recap")]
    return data
