"""Select all that apply: right only when exactly the correct options are chosen."""
from typing import ClassVar, Literal

from course.content.kinds import question_kind
from course.content.questions.options import ListedOptions


@question_kind("multiple")
class MultipleChoice(ListedOptions):
    kind: Literal["multiple"]
    selection: ClassVar[Literal["one", "many"]] = "many"

    def answer_problems(self):
        problems = super().answer_problems()
        if not self.correct_ids:
            problems.append((("options",), "a select-all question needs at least one correct option"))
        return problems
