"""How fully the Arabic of the under-9 lessons is vowelled: the share of letters that carry a mark.

Children learning to read need every short vowel written, as their books have it; unvowelled,
many words read two ways («تعيرها»: "lends her" or "shames her"). Per message (its value and
every attribute together) of each under-9 lesson's Arabic file, the measure is

    letters that carry a mark / letters that should carry one

where a mark is a harakah, tanwin, shadda or sukun (U+064B to U+0652) or the dagger alif (U+0670),
and a letter is any Arabic letter (U+0621 to U+064A, and alif wasla U+0671). A letter counts only
when it carries a mark or is one that a fully vowelled text marks; these stay bare there and are
left out when bare:

- alif as a long vowel or a silent seat: ا ٱ آ (آ carries its madda), and alif maqsura ى;
- و after a letter with a damma, and ي after a letter with a kasra: the long vowels ū and ī
  (in unvowelled text that letter has no damma or kasra, so the و or ي still counts against);
- the lam of the article when bare: ال at the start of a word, alone or after one of و ف ب ك,
  and the second lam of لل (silent before a sun letter; its sukun is often left out before the
  others).

أ and إ are counted: vowelled text writes أَ أُ إِ. A letter at the end of a sentence left
without its case ending (a pause) counts against, which is what the margin below allows for.
Text in placeables (the mascot's name, variables) is not the message's own and is not measured.

Calibration (the sentences are in tests/test_vowelling.py): fully vowelled children's sentences
reach 100%; the same with the last letter before every comma and full stop left bare (pauses),
94% (91-95% a sentence); with every sukun left out, 87%; with both, 82%. The under-9 lessons of
2026-12 reach 4-8% a lesson, and no message more than 25%. ``THRESHOLD`` is 85%: fully vowelled
text less a margin for pauses, names and loanwords. A message below it gets a ``VOWELLING``
warning at its line; a message with no letter that counts (only a placeable) is not judged.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from course.content.model import Catalogue
from course.l10n import ftl
from course.problems import Problem

LOCALE = "ar"
TRACK = "under-9"
THRESHOLD = 0.85

MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670"}
DAMMA, KASRA = "\u064F", "\u0650"
_BARE_OK = frozenset("اٱآى")
_ARTICLE_PREFIXES = frozenset({"ا", "ٱ", "وا", "فا", "با", "كا", "ل", "ول", "فل"})
# a word: Arabic letters and the marks on them
_WORD = re.compile("[\u0621-\u063A\u0641-\u064A\u0671\u064B-\u0652\u0670]+")


@dataclass(frozen=True)
class Count:
    marked: int = 0
    letters: int = 0  # the letters that count: marked, or bare where a mark belongs

    def __add__(self, other: Count) -> Count:
        return Count(self.marked + other.marked, self.letters + other.letters)

    @property
    def share(self) -> float | None:
        return self.marked / self.letters if self.letters else None


def _letters(word: str) -> list[tuple[str, str]]:
    """(letter, the marks on it) for each letter of a word."""
    out: list[tuple[str, str]] = []
    for ch in word:
        if ch in MARKS:
            if out:  # a mark with no letter before it marks nothing
                out[-1] = (out[-1][0], out[-1][1] + ch)
        else:
            out.append((ch, ""))
    return out


def count(text: str) -> Count:
    """Marked letters and letters that count, by the rules in this module's docstring."""
    marked = letters = 0
    for match in _WORD.finditer(text):
        word = _letters(match.group())
        for i, (letter, marks) in enumerate(word):
            if marks:
                marked += 1
                letters += 1
            elif not _bare_ok(word, i, letter):
                letters += 1
    return Count(marked, letters)


def _bare_ok(word: list[tuple[str, str]], i: int, letter: str) -> bool:
    if letter in _BARE_OK:
        return True
    before = word[i - 1][1] if i else ""
    if letter == "و":
        return DAMMA in before
    if letter == "ي":
        return KASRA in before
    if letter == "ل":
        return "".join(c for c, _m in word[:i]) in _ARTICLE_PREFIXES
    return False


@dataclass(frozen=True)
class MessageFigures:
    id: str
    path: str
    line: int
    count: Count

    @property
    def below(self) -> bool:
        share = self.count.share
        return share is not None and share < THRESHOLD


@dataclass(frozen=True)
class Figures:
    """Every measured message, by lesson."""

    lessons: dict[str, list[MessageFigures]] = field(default_factory=dict)

    @property
    def messages(self) -> list[MessageFigures]:
        return [m for ms in self.lessons.values() for m in ms]

    @property
    def total(self) -> Count:
        return sum((m.count for m in self.messages), Count())

    @property
    def below(self) -> list[MessageFigures]:
        return [m for m in self.messages if m.below]

    def as_json(self) -> dict:
        total = self.total
        return {
            "locale": LOCALE, "track": TRACK, "threshold": THRESHOLD,
            "marked": total.marked, "letters": total.letters, "share": _round(total.share),
            "messages": len(self.messages), "below": len(self.below),
            "lessons": {
                lesson: {
                    "share": _round(sum((m.count for m in ms), Count()).share),
                    "messages": {m.id: {"path": m.path, "line": m.line, "marked": m.count.marked,
                                        "letters": m.count.letters, "share": _round(m.count.share)}
                                 for m in ms},
                }
                for lesson, ms in self.lessons.items()
            },
        }


def _round(share: float | None) -> float | None:
    return None if share is None else round(share, 3)


def measure(catalogue: Catalogue, files: ftl.LocaleFiles | None, tracks: Iterable[str] = (TRACK,)) -> Figures:
    """Each message of the Arabic file of every lesson on ``tracks`` (texts still TODO are skipped)."""
    out = Figures()
    if files is None:
        return out
    for entry in catalogue.entries:
        if entry.track not in tracks:
            continue
        rel = f"locales/{LOCALE}/lessons/{entry.id}.ftl"
        measured = []
        for message in files.files.get(rel, []):
            parts = [p for p in message.parts.values() if not p.unfilled]
            total = sum((count(p.text) for p in parts), Count())
            if total.letters:  # no Arabic of its own (only a placeable): nothing to judge
                measured.append(MessageFigures(message.id, message.path, message.line, total))
        out.lessons[entry.id] = measured
    return out


def warnings(figures: Figures) -> list[Problem]:
    return [Problem(m.path, m.line, 1, "VOWELLING",
                    f"'{m.id}': {m.count.share:.0%} of its letters carry their vowel marks ({m.count.marked} of"
                    f" {m.count.letters}); under-9 Arabic is fully vowelled, at least {THRESHOLD:.0%}")
            for m in figures.below]


def summary(figures: Figures) -> str:
    total = figures.total
    share = f"{total.share:.0%}" if total.share is not None else "-"
    return (f"vowelling, {TRACK} {LOCALE}: {share} of letters marked; {len(figures.below)} of"
            f" {len(figures.messages)} messages under {THRESHOLD:.0%}")
