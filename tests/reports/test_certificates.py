"""Certificates: every lesson of the track mastered, the one rule behind the dashboard and the print."""
from __future__ import annotations

from course.reports.certificates import certificate_tracks
from tests.reports.conftest import BE_KIND, FAIR_DEAL, PRIVATE_EYE, read_cards, take_quiz

TRACKS = [{**PRIVATE_EYE, "track": "9-12"}, {**BE_KIND, "track": "9-12"}, {**FAIR_DEAL, "track": "13-18"}]


def test_a_certificate_needs_every_lesson_of_the_track_mastered(hand_made):
    """Badr mastered private-eye: no certificate until he masters be-kind too; 13-18 is not his."""
    assert certificate_tracks(hand_made.badr, TRACKS) == []
    read_cards(hand_made.badr, BE_KIND, 2, 10)
    assert certificate_tracks(hand_made.badr, TRACKS) == []
    take_quiz(hand_made.badr, BE_KIND, [("k1", ["no"])])
    assert certificate_tracks(hand_made.badr, TRACKS) == ["9-12"]


def test_completed_is_not_enough(hand_made):
    """Amal finished private-eye's quiz twice without passing; she masters be-kind: still no certificate."""
    read_cards(hand_made.amal, BE_KIND, 2, 10)
    take_quiz(hand_made.amal, BE_KIND, [("k1", ["no"])])
    assert certificate_tracks(hand_made.amal, TRACKS) == []


def test_every_card_of_every_lesson_without_a_quiz_earns_nothing(hand_made):
    """Dana read every card of private-eye; now of be-kind too, and answered nothing."""
    read_cards(hand_made.dana, BE_KIND, 2, 5)
    assert certificate_tracks(hand_made.dana, TRACKS) == []


def test_a_track_without_lessons_earns_nothing(hand_made):
    assert certificate_tracks(hand_made.badr, []) == []
