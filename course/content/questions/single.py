"""Single choice: exactly one option is right."""
from typing import Literal

from course.content.kinds import question_kind
from course.content.questions.options import ListedOptions


@question_kind("single")
class SingleChoice(ListedOptions):
    kind: Literal["single"]

    def answer_problems(self):
        problems = super().answer_problems()
        count = len(self.correct_ids)
        if count != 1:
            problems.append((("options",), f"a single-choice question needs exactly one correct option, found {count}"))
        return problems
