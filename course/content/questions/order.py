"""Order these steps: the child puts 3 to 6 steps in order, for example what to do about a mean message.

The quiz file lists the items in the RIGHT order; the player starts them shuffled. An answer is the
whole arrangement, a permutation of every item id. It scores the share of items in their right
place, so the teacher sees how close a child came, but only the exact order counts as correct.

Each item's ``.feedback`` says why the step comes where it does (quiz answers always say why).
Shown in the right order, they are the explanation after the question is finished.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from course.content.kinds import question_kind
from course.content.model import Frozen, Id, ImagePath, MessageNeed, Question

if TYPE_CHECKING:
    from course.l10n.bundles import Translator


class OrderItem(Frozen):
    id: Id
    # a picture for the step; its label is then its alt text, as for picture options
    image: ImagePath | None = None


@question_kind("order")
class OrderSteps(Question):
    kind: Literal["order"]
    # 3 to 6 steps, checked in ``answer_problems`` to say so in the author's words
    items: tuple[OrderItem, ...]
    selection: ClassVar[Literal["one", "many", "order"]] = "order"
    shuffle: ClassVar[bool] = True

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items)

    @property
    def correct_ids(self) -> frozenset[str]:
        # every item is part of the answer; what is right is their order (``right_order``)
        return frozenset(self.option_ids)

    @property
    def right_order(self) -> tuple[str, ...]:
        return self.option_ids

    MIN_ITEMS: ClassVar[int] = 3  # fewer is no ordering task
    MAX_ITEMS: ClassVar[int] = 6  # more does not fit a phone screen

    def answer_problems(self) -> list[tuple[tuple, str]]:
        seen: set[str] = set()
        problems: list[tuple[tuple, str]] = []
        if not self.MIN_ITEMS <= len(self.items) <= self.MAX_ITEMS:
            problems.append((("items",), f"an order question lists {self.MIN_ITEMS} to {self.MAX_ITEMS} steps, "
                                         f"found {len(self.items)}"))
        for i, item in enumerate(self.items):
            if item.id in seen:
                problems.append((("items", i, "id"), f"item id {item.id!r} is used twice"))
            seen.add(item.id)
        return problems

    def normalise(self, response: Sequence[str]) -> tuple[str, ...]:
        """The response as a tuple of ids; ValueError unless it is every item exactly once."""
        # a str is a Sequence[str] too: "abc" must not pass as ("a", "b", "c")
        if isinstance(response, str) or not all(isinstance(r, str) for r in response):
            raise ValueError("an order answer is a list of item ids")
        given = tuple(response)
        if len(given) > 2 * self.MAX_ITEMS:  # a page can send anything: refuse a flood before counting it
            raise ValueError(f"an order answer lists every item of {self.id!r} once: {len(given)} ids sent")
        known = set(self.option_ids)
        counts = Counter(given)
        duplicates = sorted(r for r, n in counts.items() if n > 1)
        unknown = sorted(set(counts) - known)
        missing = sorted(known - set(counts))
        problems = []
        if duplicates:
            problems.append(f"repeated {duplicates}")
        if unknown:
            problems.append(f"unknown {unknown}")
        if missing:
            problems.append(f"missing {missing}")
        if problems:
            raise ValueError(f"an order answer lists every item of {self.id!r} once: " + "; ".join(problems))
        return given

    def score(self, response: tuple[str, ...]) -> float:
        """Share of items in their right place: 1.0 only for the exact order."""
        right = self.right_order
        if len(response) != len(right):  # not normalised: no credit rather than a wrong share
            return 0.0
        return sum(a == b for a, b in zip(response, right, strict=True)) / len(right)

    def grade(self, chosen: Iterable[str]) -> bool:
        # A set cannot say in which order the steps were put, and every set of all the ids would
        # match ``correct_ids``: an order-blind caller must never see it as right. An ordered
        # response (list or tuple) is graded by its score.
        if isinstance(chosen, (set, frozenset)):
            return False
        try:
            return self.score(self.normalise(tuple(chosen))) == 1.0
        except ValueError:
            return False

    def messages(self, prefix: str, where: tuple) -> list[MessageNeed]:
        qid = f"{prefix}-{self.id}"
        needs = [MessageNeed(qid, True, frozenset({"alt"}) if self.image else frozenset(),
                             frozenset({"hint"}), where)]
        for i, item in enumerate(self.items):
            needs.append(MessageNeed(f"{qid}-{item.id}", True, frozenset({"feedback"}), where=where + ("items", i)))
        return needs

    def start_order(self, order: Sequence[str]) -> tuple[str, ...]:
        """The order the steps are first shown in: ``order`` (the seeded shuffle), unless that is
        already the right order, which would give the answer away; then it is turned by one, so
        no step is in its place. Deterministic, so a reload shows the same start."""
        start = tuple(order)
        if start == self.right_order:
            start = start[1:] + start[:1]
        return start

    def screen_data(self, t: Translator, prefix: str, order: Sequence[str], *, reveal: bool = False) -> dict[str, Any]:
        """Plain JSON-able data for the player's ``order`` renderer (order.js).

        ``prefix`` is the question's message id, ``<quiz>-<question>`` (as the player builds it);
        ``order`` the seeded shuffle of the item ids. Images are paths under lessons/, for the
        player to turn into URLs. ``explanation`` (every step in the right order with why it
        goes there) is None until ``reveal``: sent earlier it would hand the page the answer
        before the child has tried, and a retry would be no retry.
        """
        by_id = {item.id: item for item in self.items}

        def item(item_id: str) -> dict[str, Any]:
            return {"id": item_id, "label": t(f"{prefix}-{item_id}"), "image": by_id[item_id].image}

        start = self.start_order(order)
        return {
            "selection": "order",
            "how": t("order-how"),
            "items": [item(i) for i in start],
            # the place numbers in the locale's own digits (ar-EG: ١ ٢ ٣)
            "positions": [t.number(n) for n in range(1, len(start) + 1)],
            "explanation": {
                "head": t("order-right-order"),
                "steps": [{**item(i), "why": t.attr(f"{prefix}-{i}", "feedback") or ""} for i in self.right_order],
            } if reveal else None,
        }
