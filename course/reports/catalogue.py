"""The plain lesson dicts the reports take, made from catalogue entries by the caller.

Reports never load content: the dashboard holds the catalogue and passes these dicts in. They are
``course.store.demo.lesson_dicts`` (id, quiz_id, version, track, steps, mastery, questions with
their options and correct ids) plus the lesson's ``risks`` (the four Cs it covers) and ``order``.
Hand-made dicts in tests need only the keys the report reads: ``id`` everywhere, ``risks`` for
coverage, ``quiz_id`` and ``questions`` for the lesson report.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from course.store.demo import lesson_dicts as _store_dicts


def lesson_dicts(entries: Iterable) -> list[dict]:
    """One dict per catalogue entry (anything with .lesson, .quiz, .version), in catalogue order."""
    entries = list(entries)
    return [{**plain, "risks": list(e.lesson.risks), "order": e.lesson.order}
            for plain, e in zip(_store_dicts(entries), entries, strict=True)]


def lesson_ids(lessons: Sequence[Mapping]) -> list[str]:
    """The ids of the lesson dicts, in order, each once."""
    if isinstance(lessons, Mapping):
        raise TypeError("lessons is a list of lesson dicts")
    return list(dict.fromkeys(str(lesson["id"]) for lesson in lessons))
