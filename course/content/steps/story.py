"""A story card: a short scene with an illustration, read (or read aloud) before choosing."""
from typing import Literal

from course.content.kinds import step_kind
from course.content.model import ImagePath, Step


@step_kind("story")
class StoryStep(Step):
    kind: Literal["story"]
    image: ImagePath  # a story always has its picture: pre-readers follow the image
