"""Shared base for question kinds whose options are listed in the quiz file."""
from typing import Annotated

from pydantic import Field

from course.content.model import Question, QuizOption


class ListedOptions(Question):
    options: Annotated[tuple[QuizOption, ...], Field(min_length=2, max_length=6)]

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset(o.id for o in self.options if o.correct)

    def answer_problems(self) -> list[tuple[tuple, str]]:
        seen: set[str] = set()
        problems = []
        for i, option in enumerate(self.options):
            if option.id in seen:
                problems.append((("options", i, "id"), f"option id {option.id!r} is used twice"))
            seen.add(option.id)
        return problems
