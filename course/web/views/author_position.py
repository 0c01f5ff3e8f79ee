"""Where the author is in the previewed lesson: one position that every language pane draws from.

Each pane keeps its own LearnerState (its own language and words), but the place in the lesson is
held here, once: the screen, the card, the choice picked on it, and the quiz try itself. A move
made in any pane is written here and from here into every other pane, so Arabic on card 4 means
English on card 4 (issue 16).

The quiz try (QuizRun) is shared as one object rather than copied: it holds only question and
option ids, the same in every language, so a Check in one pane is the same try in all of them and
each pane shows its own words for the same verdict.
"""
from __future__ import annotations

from functools import partial

import param

from course.web.learner_state import LearnerState

SCREENS = ("lesson", "quiz", "results")
# What a pane's state says about its place; a change to any of them is a move.
MOVES = ["screen", "lesson_id", "step", "picked", "quiz_version"]


class PreviewPosition(param.Parameterized):
    lesson_id = param.String(default=None, allow_None=True)
    screen = param.Selector(default="lesson", objects=list(SCREENS))
    step = param.Integer(default=0, bounds=(0, None))
    picked = param.String(default=None, allow_None=True)
    run = param.Parameter(default=None, doc="the quiz try every pane shows (course.learning.quiz.QuizRun)")
    result = param.Parameter(default=None, doc="the finished try's result, for the results screen")
    quiz_version = param.Integer(default=0, doc="bumped when the shared try changed in place")
    moves = param.Integer(default=0, doc="bumped once every pane is in place: watch this one, not the others")

    def __init__(self, **params):
        super().__init__(**params)
        self._panes: list[LearnerState] = []
        # per pane: its own quiz_version when last seen, and the position's quiz_version it shows
        self._pane_version: dict[int, int] = {}
        self._shows: dict[int, int] = {}
        self._moving = False

    @property
    def panes(self) -> tuple[LearnerState, ...]:
        return tuple(self._panes)

    def open(self, lesson_id: str, locales: list[str]) -> tuple[LearnerState, ...]:
        """A pane per locale, all on the lesson's first card (a preview resumes nothing)."""
        self._panes = [LearnerState(locale=locale, preview=True) for locale in locales]
        self._pane_version, self._shows = {}, {}
        for pane in self._panes:
            pane.param.watch(partial(self._moved, pane), MOVES)
        self._start(lesson_id)
        return self.panes

    def _start(self, lesson_id: str) -> None:
        self._moving = True
        try:
            for pane in self._panes:
                pane.open_lesson(lesson_id)
        finally:
            self._moving = False
        self.param.update(lesson_id=lesson_id, screen="lesson", step=0, picked=None, run=None, result=None)
        self._bring_all(source=None)
        self.moves += 1

    def _moved(self, source: LearnerState, *_events) -> None:
        """A pane moved (an intent from its player): that is the position now, for every pane."""
        if self._moving or source not in self._panes:
            # a pane being brought here, not a move of its own; or a pane of a lesson or language
            # the author has left, moved by a late tap from its player: it moves nothing here
            return
        if source.screen not in SCREENS or source.lesson_id != self.lesson_id:
            # "Back to the lessons" from the quiz or results: a preview has no lesson list, so
            # every pane starts the lesson again rather than keep a screen nothing can leave.
            if self.lesson_id is not None:
                self._start(self.lesson_id)
            return
        in_place = source.quiz_version != self._pane_version.get(id(source))
        self.param.update(screen=source.screen, step=source.step, picked=source.picked, run=source.run,
                          result=source.result, quiz_version=self.quiz_version + (1 if in_place else 0))
        self._pane_version[id(source)], self._shows[id(source)] = source.quiz_version, self.quiz_version
        self._bring_all(source)
        self.moves += 1

    def _bring_all(self, source: LearnerState | None) -> None:
        self._moving = True
        try:
            for pane in self._panes:
                if pane is not source:
                    self._bring(pane)
        finally:
            self._moving = False

    def _bring(self, pane: LearnerState) -> None:
        """Put one pane where the position is: the try first, so the screen it draws has it."""
        stale = (pane.run is not self.run or pane.result is not self.result
                 or self._shows.get(id(pane)) != self.quiz_version)
        pane.run, pane.result = self.run, self.result
        with param.parameterized.batch_call_watchers(pane):
            pane.param.update(screen=self.screen, step=self.step, picked=self.picked)
            if stale:
                pane.quiz_version += 1  # its player redraws the quiz from the shared try
        self._pane_version[id(pane)], self._shows[id(pane)] = pane.quiz_version, self.quiz_version
