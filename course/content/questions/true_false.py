"""True or false: the options are fixed; the quiz file gives the answer.

The option labels come from the app's own messages (quiz-true, quiz-false); the lesson's
Fluent file gives only the feedback for each, so option messages need no value.
"""
from typing import ClassVar, Literal

from course.content.kinds import question_kind
from course.content.model import Question


@question_kind("true-false")
class TrueFalse(Question):
    kind: Literal["true-false"]
    answer: bool
    option_has_label: ClassVar[bool] = False
    shuffle: ClassVar[bool] = False

    @property
    def option_ids(self) -> tuple[str, ...]:
        return ("true", "false")

    @property
    def correct_ids(self) -> frozenset[str]:
        return frozenset({"true" if self.answer else "false"})
