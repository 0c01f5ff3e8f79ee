"""How the author preview writes its menus and table cells: mixed-direction labels kept readable,
languages named in their own script, long texts cut between words.

Pure functions of their arguments (and the shared Fluent bundles), tested without a browser.
"""
from __future__ import annotations

import unicodedata

from course.content.model import LessonEntry
from course.l10n.locales import SUPPORTED
from course.web import shared
from course.web.home_screen import band_label

FSI, PDI = "\u2068", "\u2069"
ELLIPSIS = "…"
CELL_LIMIT = 120  # characters of a text shown in the string table; the whole text is in its tooltip


def isolate(text: str) -> str:
    """``text`` in First Strong Isolate marks, so that its direction does not reorder its neighbours.

    A <select>'s options are plain text (they cannot hold <bdi>): an Arabic title next to a Latin
    id came out as "t-to-play) · وقتُ اللعب! (under-9" without them (issue 16)."""
    return f"{FSI}{text}{PDI}"


def lesson_label(t, entry: LessonEntry) -> str:
    """"age band · title (id)", each part isolated: the band and title in the page's language,
    the id as the files spell it, so an author finds the file."""
    return f"{isolate(band_label(t, entry.track))} · {isolate(t(entry.id))} ({isolate(entry.id)})"


def lesson_options(t, entries) -> dict[str, str]:
    """label -> lesson id, for the lesson menu (Select options)."""
    return {lesson_label(t, entry): entry.id for entry in entries}


def language_name(tag: str) -> str:
    """A language named as its speakers write it (العربية, English, Français): the same
    ``language-name`` message the learner and educator pages' language links show."""
    return shared.tr(tag)("language-name")


def language_options(extra: tuple[tuple[str, str], ...] = ()) -> dict[str, str]:
    """name -> tag for a language menu, each name isolated (an Arabic name among Latin ones)."""
    return {**{label: value for label, value in extra},
            **{isolate(language_name(tag)): tag for tag in SUPPORTED}}


def shorten(text: str, limit: int = CELL_LIMIT) -> str:
    """``text`` at most ``limit`` characters long (ellipsis included), cut between words.

    A cut mid-word read as another word ("What can Youse" for "What can you see"). A single word
    longer than the limit is cut inside it, never between a letter and its marks (Arabic vowel
    signs, shadda), and an isolate mark left open by the cut is closed."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = max(limit - len(ELLIPSIS), 1)
    cut = text[:room + 1]
    space = cut.rfind(" ")
    if space > 0:
        head = cut[:space]
    else:
        head = text[:room]
        while head and unicodedata.combining(text[len(head)]):
            head = head[:-1]
    head = head.rstrip(" ,.;:،؛")
    opened = sum(head.count(mark) for mark in ("\u2066", "\u2067", FSI)) - head.count(PDI)
    return head + PDI * max(opened, 0) + ELLIPSIS
