"""The recap card that closes a lesson before its quiz."""
from typing import Literal

from course.content.kinds import step_kind
from course.content.model import Step


@step_kind("recap")
class RecapStep(Step):
    kind: Literal["recap"]
