"""Certificates: a child earns one for a track by mastering every lesson of it.

The dashboard that offers a certificate and the page that prints it both ask ``certificate_tracks``,
so what is offered and what prints cannot disagree. Mastery, not completion: a certificate says
the child passed every quiz, and tapping through the cards completes nothing.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select

from course.content.model import CHILD_TRACKS
from course.store import db
from course.store.models import LessonProgress


def certificate_tracks(learner_id: int, lessons: Sequence[Mapping]) -> list[str]:
    """The children's tracks whose every lesson among ``lessons`` (catalogue dicts with ``id`` and
    ``track``) the learner has mastered, in track order. A track with no lessons earns nothing."""
    by_track: dict[str, set[str]] = {}
    for lesson in lessons:
        by_track.setdefault(str(lesson["track"]), set()).add(str(lesson["id"]))
    with db.read() as s:
        mastered = set(s.scalars(select(LessonProgress.lesson_id).where(
            LessonProgress.learner_id == learner_id, LessonProgress.mastered_at.isnot(None))))
    return [track for track in CHILD_TRACKS if by_track.get(track) and by_track[track] <= mastered]
