"""The content model: frozen objects built once from the structure files.

Structure files hold ids, order, kinds, answers, images and metadata; every word a
person reads lives in Fluent files under ``locales/``. The message ids are derived
from the ids here (see ``MessageNeed``), so authors never type them twice.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

TRACKS: tuple[str, ...] = ("under-9", "9-12", "13-18", "educators")
CHILD_TRACKS: tuple[str, ...] = TRACKS[:3]
RISKS: tuple[str, ...] = ("content", "contact", "conduct", "contract")
COP_SETS: tuple[str, ...] = ("children", "parents-educators", "industry", "policy-makers")

# Ids become Fluent message ids, which must start with a letter.
Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$", max_length=48)]
Track = Literal["under-9", "9-12", "13-18", "educators"]
Risk = Literal["content", "contact", "conduct", "contract"]
ImagePath = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_./-]+\.svg$")]


class Frozen(BaseModel):
    """Unknown keys are errors (a typo must not pass silently) and nothing mutates after load."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class MessageNeed:
    """One Fluent message the content uses: its id, whether it needs a value, which attributes.

    ``where`` is the path inside the structure file that asks for it, so a missing
    translation can be traced back to the step or option that needs it.
    """

    id: str
    value: bool = True
    attrs: frozenset[str] = frozenset()
    optional_attrs: frozenset[str] = frozenset()
    where: tuple = ()


class Source(Frozen):
    """Where the facts come from in the ITU COP 2020 guidelines (the set and its section)."""

    set: Literal["children", "parents-educators", "industry", "policy-makers"]
    section: Annotated[str, StringConstraints(min_length=3)]
    url: str | None = None


class Reference(Frozen):
    """A further source cited by the lesson, beyond the COP guidelines."""

    title: Annotated[str, StringConstraints(min_length=3)]
    url: Annotated[str, StringConstraints(pattern=r"^https?://")]


# ---- lesson steps ---------------------------------------------------------------------------


class Step(Frozen):
    """Base of every step kind; subclasses register themselves in ``kinds.STEP_KINDS``."""

    kind: str
    id: Id
    image: ImagePath | None = None
    interactive: ClassVar[bool] = False

    def answer_problems(self) -> list[tuple[tuple, str]]:
        """(path inside the step, message) for choices that make no sense."""
        return []

    def messages(self, prefix: str, where: tuple) -> list[MessageNeed]:
        alt = frozenset({"alt"}) if self.image else frozenset()
        return [MessageNeed(f"{prefix}-{self.id}", True, alt, where=where)]


class ChoiceOption(Frozen):
    id: Id
    best: bool = False
    image: ImagePath | None = None


class QuizOption(Frozen):
    id: Id
    correct: bool = False
    image: ImagePath | None = None


# ---- quiz questions -------------------------------------------------------------------------


class Question(Frozen):
    """Base of every question kind; subclasses register themselves in ``kinds.QUESTION_KINDS``.

    ``selection`` tells the player which control to draw: "one" (radio) or "many" (checkboxes).
    """

    kind: str
    id: Id
    image: ImagePath | None = None
    selection: ClassVar[Literal["one", "many", "order"]] = "one"
    # Fixed orders (true before false) read oddly when shuffled.
    shuffle: ClassVar[bool] = True

    @property
    def option_ids(self) -> tuple[str, ...]:
        raise NotImplementedError

    @property
    def correct_ids(self) -> frozenset[str]:
        raise NotImplementedError

    def normalise(self, response: Sequence[str]) -> tuple[str, ...]:
        """The learner's response as it is scored and stored; ValueError if it cannot be an answer.

        For the choice kinds the order of taps means nothing: the ids, sorted, each once. A kind
        whose response is an ordering overrides this (and ``score``) to keep the order.
        """
        ids = tuple(response)
        if not ids:
            raise ValueError("no option chosen")
        unknown = set(ids) - set(self.option_ids)
        if unknown:
            raise ValueError(f"unknown options {sorted(unknown)}")
        chosen = tuple(sorted(set(ids)))
        if self.selection == "one" and len(chosen) != 1:
            raise ValueError("this question takes exactly one answer")
        return chosen

    def score(self, response: tuple[str, ...]) -> float:
        """How right a normalised response is, 0..1; a choice is right only with exactly the correct set."""
        return 1.0 if frozenset(response) == self.correct_ids else 0.0

    def grade(self, chosen: Iterable[str]) -> bool:
        return self.score(self.normalise(tuple(chosen))) == 1.0

    def answer_problems(self) -> list[tuple[tuple, str]]:
        """(path inside the question, message) for answers that cannot be right."""
        return []

    def messages(self, prefix: str, where: tuple) -> list[MessageNeed]:
        qid = f"{prefix}-{self.id}"
        needs = [MessageNeed(qid, True, frozenset({"alt"}) if self.image else frozenset(),
                             frozenset({"hint"}), where)]
        for i, oid in enumerate(self.option_ids):
            needs.append(MessageNeed(f"{qid}-{oid}", self.option_has_label,
                                     frozenset({"feedback"}), where=where + ("options", i)))
        return needs

    option_has_label: ClassVar[bool] = True


class Lesson(Frozen):
    id: Id
    track: Track
    order: Annotated[int, Field(ge=1, le=999)]
    minutes: Annotated[int, Field(ge=1, le=60)]
    risks: Annotated[list[Risk], Field(min_length=1)]
    source: Source
    references: list[Reference] = []
    quiz: Id
    image: ImagePath | None = None
    steps: Annotated[tuple[Step, ...], Field(min_length=1)]

    def messages(self) -> list[MessageNeed]:
        needs = [MessageNeed(self.id, True, frozenset({"summary"}), where=("id",))]
        for i, step in enumerate(self.steps):
            needs += step.messages(self.id, ("steps", i))
        return needs


class Quiz(Frozen):
    id: Id
    lesson: Id
    # Scoring counts each question's first answer; later tries are for learning only.
    mastery: Annotated[float, Field(gt=0, le=1)] = 0.8
    tries_per_question: Annotated[int, Field(ge=1, le=5)] = 2
    questions: Annotated[tuple[Question, ...], Field(min_length=1)]

    def messages(self) -> list[MessageNeed]:
        needs: list[MessageNeed] = []
        for i, q in enumerate(self.questions):
            needs += q.messages(self.id, ("questions", i))
        return needs


@dataclass(frozen=True)
class LessonEntry:
    """A lesson with its quiz, as served: ``version`` hashes every file they are made of."""

    lesson: Lesson
    quiz: Quiz
    version: str
    files: tuple[str, ...] = field(default=(), compare=False)

    @property
    def id(self) -> str:
        return self.lesson.id

    @property
    def track(self) -> str:
        return self.lesson.track


@dataclass(frozen=True)
class Catalogue:
    """Every lesson that loaded cleanly enough to serve, in track and lesson order."""

    entries: tuple[LessonEntry, ...]
    root: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {e.id: e for e in self.entries})

    def __getitem__(self, lesson_id: str) -> LessonEntry:
        return self._by_id[lesson_id]  # type: ignore[attr-defined]

    def __contains__(self, lesson_id: str) -> bool:
        return lesson_id in self._by_id  # type: ignore[attr-defined]

    def __len__(self) -> int:
        return len(self.entries)

    def track(self, track: str) -> tuple[LessonEntry, ...]:
        return tuple(e for e in self.entries if e.track == track)
