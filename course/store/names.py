"""Names on a class list: tidied so that what is stored is what every classmate sees, and reduced to
a skeleton so that two names which look the same on a screen are told apart from two real names.

Only ``course.store.classes`` uses these (through its ``tidy_name`` and ``ClassNames``): one rule
for names, whichever way a name enters a class.
"""
from __future__ import annotations

import unicodedata

# Categories with nothing to see: controls (Cc), format characters (Cf: the bidi controls U+200E/F,
# U+202A-E, U+2066-9, U+061C, zero-width U+200B-D, U+2060, U+FEFF, soft hyphen, tags), surrogates,
# private use and unassigned code points. Whitespace among them (tab, newline) becomes a space first.
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
# Letters and marks that draw nothing or only stretch a letter: Hangul fillers, the blank Braille
# pattern, the combining grapheme joiner, variation selectors, Khmer inherent vowels, and the Arabic
# tatweel, which only lengthens the stroke between letters (a name never needs it).
BLANK = frozenset(
    [0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x2800, 0x3164, 0xFFA0, 0x0640]
    + list(range(0x180B, 0x1810)) + list(range(0xFE00, 0xFE10)) + list(range(0xE0100, 0xE01F0)))
# Combining marks kept on one letter: enough for Arabic (a hamza, shadda and a vowel) and Vietnamese;
# a pile of marks above and below a name (so-called Zalgo text) spills over the names next to it.
MAX_MARKS = 3

# Capital letters of other scripts drawn like Latin capitals (Unicode TR39's confusables, the
# common ones), before case folding separates them from the Latin they imitate. A capital I is
# drawn like a small l in the sans-serif fonts children see.
LOOKS_LATIN_CAPITAL = str.maketrans(
    "АВЕЅІЈКМНОРСТХУԜΑΒΕΖΗΙΚΜΝΟΡΤΥΧI",
    "ABESlJKMHOPCTXYWABEZHlKMNOPTYXl")
# After case folding: small letters of other scripts drawn like Latin ones, digits drawn like
# letters, and the Arabic letters children write for one another (hamza seats, alef maqsura, taa
# marbuta, the Persian kaf and yeh) or that only differ by a dot at the end of a word.
LOOKS_ALIKE = str.maketrans({
    **dict(zip("аеорсухіјѕԁһӏԝοαικνρυɑɡı01", "aeopcyxijsdhlwoaikvpuagiol", strict=True)),
    "ٱ": "ا", "ى": "ي", "ی": "ي", "ة": "ه", "ۃ": "ه", "ە": "ه", "ہ": "ه", "ک": "ك",
    **{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06F0 + d): str(d) for d in range(10)},
})


def _is_blank(ch: str) -> bool:
    return unicodedata.category(ch) in INVISIBLE_CATEGORIES or ord(ch) in BLANK


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


def _few_marks(text: str) -> str:
    """At most MAX_MARKS marks on each letter, and none on nothing (at the start, after a space)."""
    kept, marks = [], MAX_MARKS
    for ch in text:
        if _is_mark(ch):
            marks += 1
        else:
            marks = MAX_MARKS if ch.isspace() else 0
        if marks <= MAX_MARKS:
            kept.append(ch)
    return "".join(kept)


def tidy(name: str) -> str:
    """The name as it will show: compatibility forms folded (NFKC: full-width letters, Arabic
    presentation forms), invisible and direction-changing characters removed, runs of whitespace
    made one space, at most MAX_MARKS marks on a letter, then composed (NFC)."""
    text = unicodedata.normalize("NFKC", name or "")
    text = "".join(" " if ch.isspace() else ch for ch in text)
    text = "".join(ch for ch in text if not _is_blank(ch))
    text = _few_marks(unicodedata.normalize("NFD", text))
    return " ".join(unicodedata.normalize("NFC", text).split())


def skeleton(name: str) -> str:
    """What a tidied name looks like, reduced: two names with the same skeleton could not be told
    apart on the sign-in list. Case, marks (accents, Arabic harakat, hamza and madda), spaces and
    punctuation are dropped, and look-alike letters of other scripts become one letter."""
    text = unicodedata.normalize("NFKD", name.translate(LOOKS_LATIN_CAPITAL))
    text = "".join(ch for ch in text if not _is_mark(ch)).casefold().translate(LOOKS_ALIKE)
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LNS")
