"""The order of a "what would you do?" card's options, shuffled stably (issue 15, item 10).

Authors tend to write the safest choice second (it was second in 60 of 79 cards): shown as
written, a child learns where the answer sits instead of why. The shuffle is seeded, as the
quiz's option order is (``course.learning.quiz.option_order``), so a reload shows the same order
to the same learner in the same lesson, and another learner or lesson gets another order.
"""
from __future__ import annotations

import random

from course.content.steps.choice import ChoiceStep


def choice_order(step: ChoiceStep, seed: str) -> tuple[str, ...]:
    """The option ids of ``step`` in the order to show them; the same for the same ``seed``.

    ``seed`` names whose view it is, e.g. the learner and the lesson ("<learner>:<lesson>").
    """
    ids = [option.id for option in step.options]
    # a str seed is hashed with SHA-512 by random.Random: the same order in every process and run
    random.Random(f"{seed}:{step.id}").shuffle(ids)
    return tuple(ids)
