"""One try at a quiz: shuffled options, answers, tries per question, score and mastery.

Plain Python so it can be tested without a browser and rebuilt from stored answers:
the option order comes from a seed stored with the try, so a reload shows the same order.
"""
from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from course.content.model import Question, Quiz
from course.store.mastery import QuizResult, needed_to_pass, passes


class Outcome(StrEnum):
    CORRECT = "correct"
    WRONG_RETRY = "wrong-retry"  # wrong, and the learner may try again
    WRONG_FINAL = "wrong-final"  # wrong, no tries left: the right answer is shown


class Refusal(StrEnum):
    """Why a tap on Check uses no try."""

    STALE = "stale"  # tapped for a question that is no longer open: a late or doubled tap, ignored
    SAME_ANSWER = "same-answer"  # the answer the question's last try had: the child is asked for another


@dataclass(frozen=True)
class Check:
    question_id: str
    response: tuple[str, ...]  # as the question kind normalised it (Question.normalise)
    score: float  # 0..1 (Question.score, or the stored answer's)
    attempt: int
    outcome: Outcome
    hint_used: bool

    @property
    def chosen(self) -> frozenset[str]:
        return frozenset(self.response)

    @property
    def correct(self) -> bool:
        return self.score == 1.0


@dataclass
class QuestionState:
    question: Question
    order: tuple[str, ...]
    checks: list[Check] = field(default_factory=list)
    hint_used: bool = False

    @property
    def finished(self) -> bool:
        return bool(self.checks) and self.checks[-1].outcome != Outcome.WRONG_RETRY

    @property
    def first_try_correct(self) -> bool:
        return bool(self.checks) and self.checks[0].correct


def option_order(question: Question, seed: int) -> tuple[str, ...]:
    """The option order for one question in one try: stable for the same seed."""
    ids = list(question.option_ids)
    if question.shuffle:
        # str seeds hash with SHA-512 in random.Random: stable across processes and runs
        random.Random(f"{seed}:{question.id}").shuffle(ids)
    return tuple(ids)


class QuizRun:
    def __init__(self, quiz: Quiz, seed: int, mastery: float | None = None, tries_per_question: int | None = None):
        self.quiz = quiz
        self.seed = seed
        # copied when the try starts, so editing the quiz file cannot change a try in flight
        self.mastery = quiz.mastery if mastery is None else mastery
        self.tries = quiz.tries_per_question if tries_per_question is None else tries_per_question
        self.questions = [QuestionState(q, option_order(q, seed)) for q in quiz.questions]
        self.index = 0

    @property
    def current(self) -> QuestionState:
        return self.questions[self.index]

    @property
    def finished(self) -> bool:
        return all(q.finished for q in self.questions)

    def tries_left(self, state: QuestionState | None = None) -> int:
        state = state or self.current
        return max(0, self.tries - len(state.checks))

    def use_hint(self) -> None:
        self.current.hint_used = True

    def refusal(self, question_id: str, response: Iterable[str]) -> Refusal | None:
        """Why a Check tapped on question ``question_id`` with ``response`` would use no try, if it would not."""
        state = self.current
        if question_id != state.question.id or state.finished:
            return Refusal.STALE
        # the same answer again is a doubled tap or a slip, never a new try: it would spend the
        # retry and reveal the answer without the child having thought again
        if state.checks and _normalised(state.question, response) == state.checks[-1].response:
            return Refusal.SAME_ANSWER
        return None

    def submit(self, question_id: str, response: Iterable[str]) -> Check | Refusal:
        """A Check tapped on question ``question_id``: graded, or refused without using a try.

        Stored answers are replayed with ``replay``, as they were taken.
        """
        refused = self.refusal(question_id, response)
        return refused if refused is not None else self.check(response)

    def check(self, response: Iterable[str]) -> Check:
        """Grade the current question's answer. Raises ValueError for an impossible answer."""
        return self._take(self.current, response, None)

    def _take(self, state: QuestionState, response: Iterable[str], score: float | None) -> Check:
        if state.finished:
            raise ValueError(f"question {state.question.id!r} is already answered")
        normalised = state.question.normalise(tuple(response))
        if score is None:
            score = state.question.score(normalised)
        attempt = len(state.checks) + 1
        if score == 1.0:
            outcome = Outcome.CORRECT
        elif attempt >= self.tries:
            outcome = Outcome.WRONG_FINAL
        else:
            outcome = Outcome.WRONG_RETRY
        result = Check(state.question.id, normalised, score, attempt, outcome, state.hint_used)
        state.checks.append(result)
        return result

    def replay(self, question_id: str, response: Iterable[str], hint_used: bool = False,
               score: float | None = None) -> None:
        """Re-apply a stored answer (resume after a reload or on another device).

        ``score`` is the stored verdict: given, it stands instead of grading the response again.
        """
        for i, state in enumerate(self.questions):
            if state.question.id == question_id:
                self.index = i
                state.hint_used = state.hint_used or hint_used
                self._take(state, response, score)
                break
        self.index = self.next_open_index()

    def next_open_index(self) -> int:
        for i, state in enumerate(self.questions):
            if not state.finished:
                return i
        return len(self.questions) - 1

    def advance(self) -> bool:
        """Move to the next unanswered question; False when the quiz is over."""
        if not self.current.finished:
            return True
        if self.finished:
            return False
        self.index = self.next_open_index()
        return True

    @property
    def correct_first_try(self) -> int:
        return sum(q.first_try_correct for q in self.questions)

    @property
    def score(self) -> float:
        """Share of questions right at the first try; later tries are for learning only."""
        return self.correct_first_try / len(self.questions)

    @property
    def mastered(self) -> bool:
        return self.finished and passes(self.score, self.mastery)

    def needed_to_master(self) -> int:
        """How many first-try answers mastery takes."""
        return needed_to_pass(len(self.questions), self.mastery)

    def result(self) -> QuizResult:
        """The verdict of a finished run where nothing is stored (a guest): the rule the store applies.

        A learner's results come from the store (``TryInfo.result``), never from here.
        """
        if not self.finished:
            raise ValueError("the quiz is not finished")
        return QuizResult(self.score, self.mastery, len(self.questions))


def _normalised(question: Question, response: Iterable[str]) -> tuple[str, ...] | None:
    try:
        return question.normalise(tuple(response))
    except ValueError:
        return None  # not an answer at all: Check refuses it on its own
