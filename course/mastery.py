"""The mastery rule, written once: a score passes when it reaches the threshold.

A shared module (it imports no course package) so that every layer applies the same rule: the
store when a try is finished (``course.store.mastery``, which builds on it), and the content
checker when it asks whether a test-wise reader would master a quiz (``course.content.guessability``).
Scores are shares of questions (4/5 is 0.8 only give or take rounding), so a score within
``TOLERANCE`` below the threshold passes.
"""
from __future__ import annotations

TOLERANCE = 1e-9


def passes(score: float | None, threshold: float) -> bool:
    """Whether ``score`` (0..1; None for an unscored try) meets ``threshold``."""
    return score is not None and score + TOLERANCE >= threshold
