""""What would you do?" options are shuffled stably (issue 15, item 10)."""
from __future__ import annotations

from collections import Counter

import pytest

from course.content.report import load_content
from course.content.steps.choice import ChoiceStep
from course.learning.choices import choice_order
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def choice_steps() -> list[tuple[str, ChoiceStep]]:
    catalogue = load_content(ROOT).catalogue
    return [(e.id, s) for e in catalogue.entries for s in e.lesson.steps if isinstance(s, ChoiceStep)]


def make_step(n: int, best: int = 1) -> ChoiceStep:
    return ChoiceStep.model_validate({
        "kind": "choice", "id": "what-now",
        "options": [{"id": f"o{i}", "best": i == best} for i in range(n)]})


def test_the_same_seed_gives_the_same_order(choice_steps):
    for lesson, step in choice_steps:
        seed = f"learner-7:{lesson}"
        assert choice_order(step, seed) == choice_order(step, seed)  # a reload shows the same order


def test_every_option_is_shown_once(choice_steps):
    for lesson, step in choice_steps:
        for n in range(20):
            assert sorted(choice_order(step, f"{n}:{lesson}")) == sorted(o.id for o in step.options)


@pytest.mark.parametrize("count", [2, 3, 4, 5])
def test_the_best_option_lands_in_every_place_across_learners(count):
    step = make_step(count, best=1)  # written second, as authors tend to
    places = Counter(choice_order(step, f"learner-{n}:be-nice").index("o1") for n in range(200))
    assert set(places) == set(range(count))
    # no place gets most of them: roughly uniform, not merely "each place once"
    assert max(places.values()) < 200 * 2 / count


def test_another_learner_or_card_may_see_another_order():
    step = make_step(4)
    assert len({choice_order(step, f"learner-{n}:be-nice") for n in range(50)}) > 1
    other = step.model_copy(update={"id": "photo-choice"})
    assert any(choice_order(step, f"s{n}") != choice_order(other, f"s{n}") for n in range(10))


def test_the_best_option_of_the_shipped_cards_is_not_always_in_one_place(choice_steps):
    """The reason for item 10: as written, the best choice sits second in most cards."""
    best = [next(i for i, o in enumerate(s.options) if o.best) for _lesson, s in choice_steps]
    shown = [choice_order(s, f"learner-1:{lesson}").index(next(o.id for o in s.options if o.best))
             for lesson, s in choice_steps]
    assert Counter(shown).most_common(1)[0][1] < Counter(best).most_common(1)[0][1]
