"""How far a quiz can be passed without reading it: a test-wise strategy, per quiz and per locale.

The strategy answers from the look of the options alone, as a test-wise child would:

- single choice: the option whose text is longest (ties: the first in file order);
- "choose all" (multiple): every option except the shortest (ties: the first shortest is left out);
- true or false: always "false";
- any other kind (order these steps...): it has no trick, so it scores 0.

An option's text is its message's value in that locale, formatted as the app shows it; its length
is counted in the characters a reader sees (vowel marks and the invisible direction marks the app
puts around placeables are not counted). The strategy masters a quiz when its share of questions
right passes the quiz's ``mastery`` threshold by the app's own rule (``course.mastery``).

Per locale, pooled over every quiz (educators' included), the targets are (issue 17):

- the strategy masters at most ``MASTERED_AT_MOST`` quizzes;
- the right answer of a single-choice question is (one of) the longest options in at most
  ``LONGEST_RIGHT_AT_MOST`` of them;
- ``FALSE_SHARE`` (low, high) of true/false answers are "false";
- every "choose all" question has at least ``WRONG_AT_LEAST`` wrong options, and no one number
  of right options is shared by more than ``SAME_RIGHT_AT_MOST`` of the choose-all questions.

A share is judged only over at least ``MIN_POOL`` questions (two questions say nothing of a
habit). ``warnings`` turns missed targets into warnings for ``course check``; they never make it
fail. Which answers are right, and how many options a question has, is the same in every locale,
so those warnings are given once; lengths differ by language, so those are per locale.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from course.content.model import Catalogue, Question, Quiz
from course.content.questions.multiple import MultipleChoice
from course.content.questions.single import SingleChoice
from course.content.questions.true_false import TrueFalse
from course.mastery import passes
from course.problems import Problem

MASTERED_AT_MOST = 2
LONGEST_RIGHT_AT_MOST = 0.40
FALSE_SHARE = (0.40, 0.60)
WRONG_AT_LEAST = 2
SAME_RIGHT_AT_MOST = 0.5
MIN_POOL = 5

# Not seen as length: combining marks (Arabic vowels, shadda) and format characters (bidi isolates).
_UNSEEN = frozenset({"Mn", "Me", "Cf"})

# (locale, message id) -> the text the app shows
TextOf = Callable[[str, str], str]
# quiz id -> question id -> (line, column) of the question in its quiz file
QuestionLines = dict[str, dict[str, tuple[int, int]]]


def seen_length(text: str) -> int:
    """Characters a reader sees: vowel marks and invisible direction marks do not count."""
    return sum(1 for ch in text if unicodedata.category(ch) not in _UNSEEN)


@dataclass(frozen=True)
class QuestionFigures:
    """What the strategy does with one question in one locale."""

    id: str
    kind: str
    right: bool  # the strategy's answer is right
    longest_right: bool | None = None  # single: the right option is (one of) the longest
    right_options: int | None = None  # multiple: how many options are right...
    wrong_options: int | None = None  # ...and how many wrong

    def as_json(self) -> dict:
        out: dict = {"kind": self.kind, "strategy_right": self.right}
        if self.longest_right is not None:
            out["longest_right"] = self.longest_right
        if self.right_options is not None:
            out["right_options"] = self.right_options
            out["wrong_options"] = self.wrong_options
        return out


@dataclass(frozen=True)
class QuizFigures:
    quiz: str
    lesson: str
    track: str
    mastery: float
    questions: tuple[QuestionFigures, ...]

    @property
    def file(self) -> str:
        return f"quizzes/{self.quiz}.yaml"

    @property
    def right(self) -> int:
        return sum(q.right for q in self.questions)

    @property
    def score(self) -> float:
        return self.right / len(self.questions) if self.questions else 0.0

    @property
    def masters(self) -> bool:
        return bool(self.questions) and passes(self.score, self.mastery)

    def as_json(self) -> dict:
        return {"file": self.file, "lesson": self.lesson, "track": self.track, "mastery": self.mastery,
                "questions": len(self.questions), "strategy_right": self.right,
                "strategy_score": round(self.score, 3), "strategy_masters": self.masters,
                "by_question": {q.id: q.as_json() for q in self.questions}}


@dataclass(frozen=True)
class LocaleFigures:
    """The strategy over every quiz of one locale, and the pooled figures the targets are about."""

    locale: str
    quizzes: tuple[QuizFigures, ...] = field(default=())

    def quiz(self, quiz_id: str) -> QuizFigures:
        return next(q for q in self.quizzes if q.quiz == quiz_id)

    def _of(self, kind: str) -> list[QuestionFigures]:
        return [q for quiz in self.quizzes for q in quiz.questions if q.kind == kind]

    @property
    def mastered(self) -> list[str]:
        return [q.quiz for q in self.quizzes if q.masters]

    @property
    def single(self) -> tuple[int, int]:
        """(single questions whose right answer is (one of) the longest, single questions)."""
        qs = self._of("single")
        return sum(bool(q.longest_right) for q in qs), len(qs)

    @property
    def true_false(self) -> tuple[int, int]:
        """(true/false questions whose answer is "false", true/false questions)."""
        qs = self._of("true-false")
        return sum(q.right for q in qs), len(qs)  # "always false" is right exactly when the answer is false

    @property
    def right_counts(self) -> Counter[int]:
        """How many choose-all questions have 1, 2, 3... right options."""
        return Counter(q.right_options or 0 for q in self._of("multiple"))

    @property
    def few_wrong(self) -> list[tuple[str, str, int]]:
        """(quiz, question, wrong options) for each choose-all question with too few wrong options."""
        return [(quiz.quiz, q.id, q.wrong_options or 0) for quiz in self.quizzes for q in quiz.questions
                if q.kind == "multiple" and (q.wrong_options or 0) < WRONG_AT_LEAST]

    # ---- the targets ----

    @property
    def too_many_mastered(self) -> bool:
        return len(self.mastered) > MASTERED_AT_MOST

    @property
    def longest_too_often(self) -> bool:
        hits, total = self.single
        return total >= MIN_POOL and hits / total > LONGEST_RIGHT_AT_MOST + 1e-9

    @property
    def false_off_balance(self) -> bool:
        hits, total = self.true_false
        low, high = FALSE_SHARE
        return total >= MIN_POOL and not low - 1e-9 <= hits / total <= high + 1e-9

    @property
    def same_right(self) -> tuple[int, int] | None:
        """(the most shared number of right options, how many questions have it) when too many do."""
        counts = self.right_counts
        total = sum(counts.values())
        if total < MIN_POOL:
            return None
        right, most = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return (right, most) if most / total > SAME_RIGHT_AT_MOST + 1e-9 else None

    def as_json(self) -> dict:
        long_hits, singles = self.single
        false, tfs = self.true_false
        counts = self.right_counts
        return {
            "quizzes_mastered": {"count": len(self.mastered), "target_at_most": MASTERED_AT_MOST,
                                 "quizzes": self.mastered, "ok": not self.too_many_mastered},
            "single_longest_right": {"count": long_hits, "of": singles, "share": _share(long_hits, singles),
                                     "target_at_most": LONGEST_RIGHT_AT_MOST, "ok": not self.longest_too_often},
            "true_false_false": {"count": false, "of": tfs, "share": _share(false, tfs),
                                 "target_between": list(FALSE_SHARE), "ok": not self.false_off_balance},
            "choose_all": {"questions": sum(counts.values()),
                           "by_right_options": {str(k): counts[k] for k in sorted(counts)},
                           "same_right_at_most": SAME_RIGHT_AT_MOST,
                           "wrong_options_at_least": WRONG_AT_LEAST,
                           "too_few_wrong": [f"{quiz}/{question}" for quiz, question, _n in self.few_wrong],
                           "ok": self.same_right is None and not self.few_wrong},
            "quizzes": {q.quiz: q.as_json() for q in self.quizzes},
        }


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def _pct(hits: int, total: int) -> str:
    return f"{100 * hits / total:.0f}%" if total else "-"


def question_figures(quiz: Quiz, question: Question, locale: str, text: TextOf) -> QuestionFigures:
    """The strategy's answer to one question in one locale."""
    def length(option_id: str) -> int:
        return seen_length(text(locale, f"{quiz.id}-{question.id}-{option_id}"))

    if isinstance(question, SingleChoice):
        lengths = [length(o.id) for o in question.options]
        longest = max(lengths)
        pick = question.options[lengths.index(longest)]
        right_len = [n for o, n in zip(question.options, lengths, strict=True) if o.correct]
        return QuestionFigures(question.id, "single", pick.correct, longest_right=bool(right_len) and max(right_len) == longest)
    if isinstance(question, MultipleChoice):
        lengths = [length(o.id) for o in question.options]
        left_out = question.options[lengths.index(min(lengths))].id
        picked = frozenset(o.id for o in question.options if o.id != left_out)
        right = len(question.correct_ids)
        return QuestionFigures(question.id, "multiple", picked == question.correct_ids,
                               right_options=right, wrong_options=len(question.options) - right)
    if isinstance(question, TrueFalse):
        return QuestionFigures(question.id, "true-false", question.answer is False)
    return QuestionFigures(question.id, question.kind, False)


def measure(catalogue: Catalogue, text: TextOf, locales: Iterable[str]) -> dict[str, LocaleFigures]:
    """The strategy over every quiz of the catalogue, per locale."""
    out = {}
    for loc in locales:
        quizzes = tuple(
            QuizFigures(e.quiz.id, e.id, e.track, e.quiz.mastery,
                        tuple(question_figures(e.quiz, q, loc, text) for q in e.quiz.questions))
            for e in catalogue.entries)
        out[loc] = LocaleFigures(loc, quizzes)
    return out


def warnings(figures: dict[str, LocaleFigures], lines: QuestionLines) -> list[Problem]:
    """Warnings for the targets the content misses; each names the quiz file (and question) to change.

    A figure pooled over the whole locale with no one place to fix (true/false balance, the same
    number of right options everywhere) is reported at ``quizzes`` with line 0.
    """
    out: list[Problem] = []
    if not figures:
        return out

    def at(quiz: str, question: str | None = None) -> tuple[int, int]:
        return lines.get(quiz, {}).get(question, (1, 1)) if question else (1, 1)

    any_locale = next(iter(figures.values()))
    by_quiz = {q.quiz: q for q in any_locale.quizzes}

    # The strategy masters too many quizzes: each quiz it masters, in the locales over the target.
    over = [f for f in figures.values() if f.too_many_mastered]
    for quiz_id, quiz in by_quiz.items():
        where = [(f, f.quiz(quiz_id)) for f in over if f.quiz(quiz_id).masters]
        if not where:
            continue
        scores = ", ".join(f"{f.locale} {q.right} of {len(q.questions)}" for f, q in where)
        counts = ", ".join(f"{len(f.mastered)} in {f.locale}" for f, _q in where)
        out.append(Problem(quiz.file, *at(quiz_id), "GUESSABLE",
                           f"a child who does not read (picks the longest option, all but the shortest in choose-all,"
                           f" always 'false') gets {scores} right: that masters this quiz (mastery {quiz.mastery:g})."
                           f" Quizzes mastered so: {counts}; target at most {MASTERED_AT_MOST} per locale"))

    # The right single answer is the longest too often: each such question, in the locales over the target.
    long_over = [f for f in figures.values() if f.longest_too_often]
    if long_over:
        shares = ", ".join(f"{f.locale} {_pct(*f.single)}" for f in long_over)
        for quiz_id, quiz in by_quiz.items():
            for i, question in enumerate(quiz.questions):
                if question.kind != "single":
                    continue
                locs = [f.locale for f in long_over if f.quiz(quiz_id).questions[i].longest_right]
                if locs:
                    out.append(Problem(quiz.file, *at(quiz_id, question.id), "LONGEST-RIGHT",
                                       f"'{question.id}': the right answer is the longest option in {', '.join(locs)}."
                                       f" It is in {shares} of single questions; target at most"
                                       f" {LONGEST_RIGHT_AT_MOST:.0%}: make a wrong option as long and careful"))

    # Which answers are right, and how many options there are, is the same in every locale: once.
    false, tfs = any_locale.true_false
    if any_locale.false_off_balance:
        low, high = FALSE_SHARE
        more = "true" if false / tfs > high else "false"
        out.append(Problem("quizzes", 0, 0, "TRUE-FALSE-BALANCE",
                           f"{false} of {tfs} true/false answers are 'false' ({_pct(false, tfs)}); target"
                           f" {low:.0%} to {high:.0%}: make some statements {more}"))
    same = any_locale.same_right
    if same is not None:
        right, most = same
        total = sum(any_locale.right_counts.values())
        out.append(Problem("quizzes", 0, 0, "CHOOSE-ALL-SAME",
                           f"{most} of {total} choose-all questions have {right} right option(s); at most"
                           f" {SAME_RIGHT_AT_MOST:.0%} may share one number: vary how many are right"))
    for quiz_id, question_id, wrong in any_locale.few_wrong:
        out.append(Problem(by_quiz[quiz_id].file, *at(quiz_id, question_id), "CHOOSE-ALL-WRONG",
                           f"'{question_id}' has {wrong} wrong option(s); give it at least {WRONG_AT_LEAST}"
                           " plausible wrong options (mistakes children really make)"))
    return out


def summary(figures: LocaleFigures) -> str:
    """One line per locale for ``course check``: each figure with its target in brackets, and ``!`` when it misses it."""
    long_hits, singles = figures.single
    false, tfs = figures.true_false
    counts = figures.right_counts
    spread = " ".join(f"{k}:{counts[k]}" for k in sorted(counts)) or "-"
    flag = {True: " !", False: ""}
    return (f"{figures.locale} quizzes mastered {len(figures.mastered)} [<= {MASTERED_AT_MOST}]{flag[figures.too_many_mastered]}"
            f" | longest is right in {_pct(long_hits, singles)} of {singles} single"
            f" [<= {LONGEST_RIGHT_AT_MOST:.0%}]{flag[figures.longest_too_often]}"
            f" | 'false' {_pct(false, tfs)} of {tfs} true/false"
            f" [{FALSE_SHARE[0]:.0%}-{FALSE_SHARE[1]:.0%}]{flag[figures.false_off_balance]}"
            f" | choose-all by right options {spread}{flag[figures.same_right is not None or bool(figures.few_wrong)]}")
