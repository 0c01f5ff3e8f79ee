"""A tip or key message: the one sentence the child should keep."""
from typing import Literal

from course.content.kinds import step_kind
from course.content.model import Step


@step_kind("tip")
class TipStep(Step):
    kind: Literal["tip"]
