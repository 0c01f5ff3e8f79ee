"""A "what would you do?" card: a prompt, two or more choices, kind feedback for each.

It is not graded: ``best`` marks the safest choice(s) so the feedback can say so, and
so the player can show the best choice after any pick.
"""
from typing import Annotated, ClassVar, Literal

from pydantic import Field

from course.content.kinds import step_kind
from course.content.model import ChoiceOption, MessageNeed, Step


@step_kind("choice")
class ChoiceStep(Step):
    kind: Literal["choice"]
    options: Annotated[tuple[ChoiceOption, ...], Field(min_length=2, max_length=5)]
    interactive: ClassVar[bool] = True

    def messages(self, prefix: str, where: tuple) -> list[MessageNeed]:
        needs = super().messages(prefix, where)
        for i, option in enumerate(self.options):
            needs.append(MessageNeed(f"{prefix}-{self.id}-{option.id}", True, frozenset({"feedback"}),
                                     where=where + ("options", i)))
        return needs

    def answer_problems(self) -> list[tuple[tuple, str]]:
        problems = _duplicate_ids(self.options)
        if not any(o.best for o in self.options):
            problems.append((("options",), "no choice is marked best: true"))
        return problems


def _duplicate_ids(options) -> list[tuple[tuple, str]]:
    seen: set[str] = set()
    problems = []
    for i, option in enumerate(options):
        if option.id in seen:
            problems.append((("options", i, "id"), f"option id {option.id!r} is used twice"))
        seen.add(option.id)
    return problems
