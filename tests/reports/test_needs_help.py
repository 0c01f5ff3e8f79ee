"""Needs-help flags with their rule as data, and dismissing them until something new happens."""
from __future__ import annotations

from datetime import timedelta

import pytest

from course.reports.needs_help import FAILED_TWICE, MANY_WRONG, STUCK, dismiss_flag, needs_help
from course.store import db
from course.store.errors import NotAllowed
from tests.reports.conftest import LESSONS, PRIVATE_EYE, backdate_activity, backdate_lesson, read_cards, take_quiz, touch


def flags(hand_made, **kw):
    return [(f.display_name, f.rule, f.params) for f in
            needs_help(hand_made.class_id, LESSONS, as_educator=hand_made.teacher, **kw).flags]


def test_each_flag_names_its_rule_and_its_parameters(hand_made):
    """Amal failed private-eye's quiz twice and got 4 of her 6 first attempts wrong; Carim is stuck on card 2."""
    assert flags(hand_made) == [
        ("Amal", FAILED_TWICE, {"lesson_id": "private-eye", "quiz_id": "private-eye-quiz", "failed": 2,
                                "best_score": pytest.approx(2 / 3)}),
        ("Amal", MANY_WRONG, {"wrong": 4, "answered": 6}),
        ("Carim", STUCK, {"lesson_id": "private-eye", "card": 2, "cards": 4, "days": 10}),
    ]


def test_mastering_the_quiz_at_last_clears_the_failed_twice_flag(hand_made):
    take_quiz(hand_made.amal, PRIVATE_EYE, [("q1", ["b"]), ("q2", ["t"]), ("q3", ["x", "y"])])
    assert FAILED_TWICE not in [rule for _, rule, _ in flags(hand_made)]


def test_a_learner_who_stayed_away_is_not_stuck(hand_made):
    """Eli stopped on card 2 ten days ago too, but has not been back since."""
    read_cards(hand_made.eli, PRIVATE_EYE, 1, 20)
    backdate_lesson(hand_made.eli, "private-eye", timedelta(days=10))
    backdate_activity(hand_made.eli, timedelta(days=10))
    assert "Eli" not in [name for name, _, _ in flags(hand_made)]


def test_a_card_that_moved_recently_is_not_stuck(hand_made):
    """Six days is under the default of seven; a stricter threshold raises the flag."""
    read_cards(hand_made.eli, PRIVATE_EYE, 1, 20)
    backdate_lesson(hand_made.eli, "private-eye", timedelta(days=6))
    touch(hand_made.eli)
    assert "Eli" not in [name for name, _, _ in flags(hand_made)]
    assert ("Eli", STUCK) in [(name, rule) for name, rule, _ in flags(hand_made, stuck_days=5)]


def test_many_wrong_first_tries_looks_at_the_recent_ones_only(hand_made):
    """After a perfect try, Amal's last 6 first attempts hold 3 wrong (half: flagged), her last 3 none."""
    take_quiz(hand_made.amal, PRIVATE_EYE, [("q1", ["b"]), ("q2", ["t"]), ("q3", ["x", "y"])])
    assert ("Amal", MANY_WRONG, {"wrong": 3, "answered": 6}) in flags(hand_made, recent=6)
    assert MANY_WRONG not in [rule for _, rule, _ in flags(hand_made, recent=3, min_answers=3)]


def test_a_dismissed_flag_stays_hidden_until_something_new_happens(hand_made):
    """Dismissing hides Amal's failed-twice flag; a third failed try raises it again, now with 3."""
    dismiss_flag(hand_made.amal, FAILED_TWICE, as_educator=hand_made.teacher)
    report = needs_help(hand_made.class_id, LESSONS, as_educator=hand_made.teacher)
    assert [(f.display_name, f.rule) for f in report.flags] == [("Amal", MANY_WRONG), ("Carim", STUCK)]
    assert report.hidden == 1
    take_quiz(hand_made.amal, PRIVATE_EYE, [("q1", ["a"]), ("q1", ["b"]), ("q2", ["t"]), ("q3", ["x", "y"])])
    again = [f for f in needs_help(hand_made.class_id, LESSONS, as_educator=hand_made.teacher).flags
             if f.rule == FAILED_TWICE]
    assert [(f.display_name, f.params["failed"]) for f in again] == [("Amal", 3)]


def test_a_stuck_flag_comes_back_when_the_learner_is_stuck_again(hand_made):
    """Carim's flag is dismissed; he moves on one card, comes back later, and the card stays put ten days."""
    dismiss_flag(hand_made.carim, STUCK, as_educator=hand_made.teacher)
    assert STUCK not in [rule for _, rule, _ in flags(hand_made)]
    read_cards(hand_made.carim, PRIVATE_EYE, 2, 20)
    later = db.utcnow() + timedelta(days=10)
    assert ("Carim", STUCK) not in [(n, r) for n, r, _ in flags(hand_made, now=later)]  # not back since
    touch(hand_made.carim)
    assert ("Carim", STUCK, {"lesson_id": "private-eye", "card": 3, "cards": 4, "days": 10}) in \
        flags(hand_made, now=later)


def test_dismissing_again_moves_the_dismissal_forward(hand_made):
    first = dismiss_flag(hand_made.amal, MANY_WRONG, as_educator=hand_made.teacher)
    second = dismiss_flag(hand_made.amal, MANY_WRONG, as_educator=hand_made.teacher)
    assert second >= first


def test_only_known_rules_can_be_dismissed(hand_made):
    with pytest.raises(ValueError):
        dismiss_flag(hand_made.amal, "made-up", as_educator=hand_made.teacher)


def test_another_educators_class_or_learner_is_refused(hand_made):
    with pytest.raises(NotAllowed):
        needs_help(hand_made.class_id, LESSONS, as_educator=hand_made.other_teacher)
    with pytest.raises(NotAllowed):
        dismiss_flag(hand_made.amal, FAILED_TWICE, as_educator=hand_made.other_teacher)
