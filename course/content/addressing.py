"""Girls are addressed as girls: which messages must select on the learner's form of address.

The app passes every message it formats for a learner the Fluent variable ``$address``: ``f``
when the child asked to be spoken to as a girl, ``m`` as a boy. Unchosen, it is ``m``, and ``*[m]``
is always the default variant, so a message formats as it always did (course.l10n.bundles).
A message that speaks to the child in a gendered form selects on it::

    quiz-correct = { $address ->
        [f] أَحْسَنْتِ!
       *[m] أَحْسَنْتَ!
    }

This module finds the messages that should and do not, as ``ADDRESS`` warnings (docs/authoring.md,
"Girls are addressed as girls", is the authors' description of these rules):

1. The app's own words (ui.ftl, help.ftl): the ids in ``APP_MESSAGES`` must select on
   ``$address`` in the locale listed, anywhere in the message (its value or an attribute).
2. The child tracks' lessons and quizzes (not the educators', which speak to adults): each part
   of a message (its value and each attribute, one warning each) is read outside its ``$address``
   selects, and warned about when it holds a marker of the masculine second person:

   ar, any of
   - a word ending in ``ـْتَ`` (sukun, then ta with fatha): أَنْتَ لَسْتَ كُنْتَ أَحْسَنْتَ اخْتَرْتَ;
   - a word ending in the pronoun ``ـكَ`` with its fatha: لَكَ مَعَكَ صَدِيقُكَ يُمْكِنُكَ;
   - an imperative or a verb from ``AR_WORDS``, with or without its vowels (اضغط، اختر، اسأل…),
     or one from ``AR_VOWELLED_IMPERATIVES`` written with its final sukun (أَخْبِرْ, حَاوِلْ:
     unvowelled, أخبر is also "he told");
   - ``لا`` then a verb from ``AR_PROHIBITIONS`` (لا ترسل، لا تقلق…);
   - ``تثق`` ("you trust": شخصًا بالغًا تثق به).
   A word may carry و or ف before it (وَأَخْبِرْ، فَاسْأَلْ). Words that end like a marker but are
   not one (ذٰلِكَ، تَحْتَ، شَارَكَ) are in ``AR_NOT_MARKERS``.

   fr, in a sentence, any of
   - a masculine adjective or participle from ``FR_ADJECTIVES`` (seul, sûr, prêt, fier…), or any
     word ending in ``-é``/``-és``, within three words after "tu es", "tu n'es pas", "es-tu",
     "sois", "tu te sens", "tu restes" and the like (``_FR_COPULA``);
   - "seul" or "tout seul" in a sentence that speaks to the child (tu, te, t', toi).

Not found (the limits, documented for authors): unvowelled Arabic whose writing is the same for
a girl (أنت، لك، أحسنت): only its vowels, or the verb beside it, tell; present-tense verbs
(تفعل is also "she does": ماذا تفعل ليلى؟) other than تثق; adjectives in Arabic (متأكدًا،
مضطرًّا); a French adjective away from its verb ("Prêt ?"). A message that only seems to
address the child (a marker in a story about a boy) is let off by a comment above it that says
``address: none``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from course.content.model import CHILD_TRACKS, Catalogue
from course.l10n import ftl
from course.problems import Problem

FORMS, DEFAULT = ftl.FORMS, ftl.DEFAULT_FORM  # the variant keys; "m" is the default variant
LOCALES = ("ar", "fr")  # English needs no selects
LET_OFF = "address: none"  # in a message's comment: it does not speak to the child

# The app's own messages that speak to the child in a gendered form, by locale.
APP_MESSAGES: dict[str, frozenset[str]] = {
    "ar": frozenset("""
        skip-to-content home-choose-band lesson-start lesson-continue lesson-review home-guest-note
        home-join-class home-done-hint home-farewell-left home-farewell-ended home-teacher-sees
        home-teacher-sees-later player-start-quiz player-what-would-you-do player-recap player-skip
        player-choose-first read-aloud-no-voice player-not-saved quiz-choose-one quiz-choose-all
        quiz-try-again quiz-tries-left quiz-pick-another quiz-exit results-title results-score
        results-mastered results-not-yet results-not-yet-stars results-remember results-retry results-hidden
        order-how order-earlier order-later help-button help-intro help-trusted-adult help-what-to-do
        help-helpline-call help-no-helpline help-country-where help-country-choose help-country-unknown
        status-saving-failed busy-retry signin-title signin-code-help signin-wrong-code signin-too-many
        signin-pick-name signin-pictures signin-start-again signin-wrong-pictures signin-locked
        signin-resting signin-guest signin-as signin-new signin-new-help signin-new-name
        signin-new-name-needed signin-name-taken signin-too-many-new signin-wait-teacher
        signin-choose-pictures signin-code-length
    """.split()),
    # French agrees only adjectives and participles with the child
    "fr": frozenset("home-guest-note signin-guest signin-as signin-new".split()),
}
# Not listed, on purpose: what the child says to the app («اقرأ لي»، «تحقّق من إجابتي»، «أرني
# نتيجتي»: the app is spoken to, not the child), words for no one in particular (التالي، رجوع), the
# educators' pages (they speak to adults), and texts no learner page shows (app-tagline, error-body).


# ---- Arabic -------------------------------------------------------------------------------

FATHA, SUKUN, SHADDA = "\u064E", "\u0652", "\u0651"
_AR_MARKS = re.compile("[\u064B-\u0652\u0670\u0640]")  # vowel marks, and the tatweel
_AR_WORD = re.compile("[\u0621-\u063A\u0641-\u064A\u0671\u064B-\u0652\u0670\u0640]+")

# Verbs that speak to one boy whatever their vowels: imperatives that cannot be read as a past
# tense (اِخْتَرْ, not اخْتَارَ), and prohibitions' verbs after لا (AR_PROHIBITIONS).
AR_WORDS = frozenset("""
اختر اسأل اطلب احتفظ احظر ابحث استعمل استخدم اضغط انتظر ابتعد اترك اكتب انظر اقرأ اذهب اخرج انتقل
اعرف اسمع احذف اجلس ارفض التقط اتصل اشرح اجعل اتبع اذكر استمتع العب اهدأ اصبر احترم اعتذر امسح
اغلق افتح ارجع اعلم استمر اكمل اقفل ارسل احك احم ابق ادخل اخبر انشر
قل كن خذ دع ضع قف
""".split())
# Imperatives whose letters are also a past tense (أخبر: "tell!" or "he told"): a marker only
# when written with the imperative's final sukun (أَخْبِرْ).
AR_VOWELLED_IMPERATIVES = frozenset("""
أخبر أبلغ أرسل أغلق حاول جرب فكر تذكر تكلم تابع توقف راجع تأكد تحقق واصل ساعد شارك أعد
أجب أكمل تمهل لاحظ انتبه
""".split())
AR_PROHIBITIONS = frozenset("""
ترد ترسل تنشر تحذف تدفع تضغط تفتح تقلق تخف تصدق تشارك تقبل تعط تخبر تحزن تخجل تلم تنس تبق تكتب
تلتق تذهب تعطه
""".split())
# Words that end like a marker (ـْتَ, ـكَ) but are not the child: demonstratives, nouns, past verbs.
AR_NOT_MARKERS = frozenset("""
ذلك تلك هنالك هناك أولئك كذلك لذلك بذلك فذلك وذلك ولذلك وكذلك
تحت وقت بيت بنت صوت أخت زيت موت سبت ليت ثبت نبت
شارك ترك ضحك أمسك ملك أدرك حرك بارك اشترك سلك هلك فك شك تحرك تمسك استدرك تبارك انهمك
""".split())
# verbs whose root ends in ك, with any prefix: يُشَارِكَ، نَتْرُكَ
AR_NOT_MARKER_ENDINGS = ("شارك", "ترك", "مسك", "درك", "ملك", "حرك", "شترك", "ضحك", "بارك")
_AR_CONJUNCTIONS = ("و", "ف")
_PAST_ENDING = re.compile("[\u064B-\u064D\u064E\u064F]")  # tanwin, fatha, damma


def _bare(word: str) -> str:
    return _AR_MARKS.sub("", word).replace("ٱ", "ا")


def _stems(bare: str) -> list[str]:
    """The word, and the word without a leading و or ف (a conjunction): وَأَخْبِرْ، فَكُنْ. Not before
    a two-letter imperative that would make another word with it (وضع، وقف، ودع)."""
    out = [bare]
    if len(bare) > 2 and bare[0] in _AR_CONJUNCTIONS and (len(bare) > 3 or bare[1:] in ("كن", "قل", "خذ")):
        out.append(bare[1:])
    return out


def _letters(word: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for ch in word:
        if _AR_MARKS.fullmatch(ch):
            if out and ch != "\u0640":
                out[-1] = (out[-1][0], out[-1][1] + ch)
        else:
            out.append((ch, ""))
    return out


def _is_article(bare: str) -> bool:
    return any(s.startswith(("ال", "بال", "كال", "لل")) for s in _stems(bare))


def arabic_markers(text: str) -> list[str]:
    """The masculine second-person markers in ``text``, as written (module docstring, rule 2)."""
    words = _AR_WORD.findall(text)
    return [word for i, word in enumerate(words) if _arabic_marker(word, _bare(words[i - 1]) if i else "")]


def _arabic_marker(word: str, before: str) -> bool:
    bare = _bare(word)
    stems = _stems(bare)
    letters = _letters(word)
    if not letters:
        return False
    last, last_marks = letters[-1]
    if any(s in AR_WORDS for s in stems):
        # vowelled with a fatha or damma on its last letter, it is a past tense (وَاسْتَعْمَلَ)
        return not _PAST_ENDING.search(last_marks) or "ابق" in stems
    if any(s.startswith("تثق") and len(s) <= 5 and not s.endswith("ين") for s in stems):
        return True
    if any(s in AR_VOWELLED_IMPERATIVES for s in stems) and SUKUN in last_marks and before not in ("لم", "لن"):
        return True
    if before == "لا" and any(s in AR_PROHIBITIONS for s in stems):
        return True
    if any(s in AR_NOT_MARKERS or s.endswith(AR_NOT_MARKER_ENDINGS) for s in stems) or _is_article(bare):
        return False
    if len(letters) > 1 and last == "ت" and FATHA in last_marks and SUKUN in letters[-2][1]:
        return True  # ـْتَ: the past tense's "you" (أَحْسَنْتَ) and أَنْتَ، لَسْتَ
    return len(letters) > 1 and last == "ك" and FATHA in last_marks  # ـكَ: "your", "you"


# ---- French -------------------------------------------------------------------------------

FR_ADJECTIVES = frozenset("""
seul sûr prêt fier content désolé gentil prudent heureux inquiet certain fatigué perdu gêné blessé choqué
obligé forcé curieux courageux nerveux jaloux bienvenu invité connecté honteux anxieux énervé fâché
effrayé surpris attentif vigilant méchant nouveau petit grand fort intelligent malin tranquillisé rassuré
embarrassé stressé
""".split())
# "tu es", "tu n'es pas", "es-tu", "sois", "tu te sens", "reste" (the imperative: first in its
# clause, or after "ne" or "et") and the like; then the adjective, after words like "pas" or "très"
_FR_COPULA = re.compile(
    r"(?:\btu\s+(?:ne\s+|n['’]\s*)?(?:es|étais|seras|serais|restes|resteras|deviens|te\s+sens|te\s+sentiras|"
    r"te\s+sentais|t['’]es|as\s+été|sembles|as\s+l['’]air)|\bes-tu|\bsois|\bte\s+sens-tu|"
    r"(?:^|[,;]|\bet|\bne)\s*reste)\b", re.IGNORECASE)
_FR_FILLERS = frozenset("pas plus jamais vraiment très bien trop déjà toujours si tellement assez encore tout toute"
                        " complètement peut-être".split())
_FR_WORD = re.compile(r"[\w’'-]+", re.UNICODE)
_FR_SENTENCE = re.compile(r"[^.!?…:;]+")
_FR_YOU = re.compile(r"\b(?:tu|te|toi|t['’])(?=\W|$)|-toi\b", re.IGNORECASE)
# "seul" standing for the child: "tout seul", "toi seul", or "seul" ending its clause or before
# "ou", "avec", "et", "face": not "le mot de passe seul ne suffit pas"
_FR_ALONE = re.compile(r"\b(?:tout\s+seul|toi\s+seul|seul(?=\s*(?:[,.!?…)]|$)|\s+(?:ou|avec|et|face|devant|contre)\b))",
                       re.IGNORECASE)


def _fr_agrees(word: str) -> bool:
    lower = word.lower()
    return lower in FR_ADJECTIVES or (lower.endswith("s") and lower[:-1] in FR_ADJECTIVES) or bool(
        re.fullmatch(r"\w+ée?s?", lower) and not lower.endswith("ée") and lower not in _FR_NOT_PARTICIPLES)


# words ending in -é after "tu es" that are not participles
_FR_NOT_PARTICIPLES = frozenset("été né".split())


def french_markers(text: str) -> list[str]:
    """The masculine agreements with the child, "tu" (module docstring, rule 2)."""
    found = []
    for sentence in _FR_SENTENCE.findall(text):
        for copula in _FR_COPULA.finditer(sentence):
            for word in _FR_WORD.findall(sentence[copula.end():])[:5]:
                if word.lower() in _FR_FILLERS:
                    continue
                if _fr_agrees(word):
                    found.append(f"{copula.group().strip(' ,;')} … {word}")
                break
        if _FR_YOU.search(sentence) and not any(f.endswith("seul") for f in found):
            found += [m.group() for m in _FR_ALONE.finditer(sentence)]
    return found


MARKERS = {"ar": arabic_markers, "fr": french_markers}

# ---- the check ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unselected:
    """A message (or one part of it) that speaks to the child and does not select on $address."""

    locale: str
    id: str
    part: str | None  # None: the value, else an attribute's name
    path: str
    line: int
    markers: tuple[str, ...]  # empty for a listed app message

    @property
    def label(self) -> str:
        return self.id + (f".{self.part}" if self.part else "")


@dataclass
class Figures:
    """What still has to select, and each select on $address that is malformed."""

    unselected: list[Unselected] = field(default_factory=list)
    selecting: dict[str, int] = field(default_factory=dict)  # locale -> messages that select
    malformed: list[Problem] = field(default_factory=list)

    def by_file(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for u in self.unselected:
            out[u.path] = out.get(u.path, 0) + 1
        return dict(sorted(out.items()))

    def as_json(self) -> dict:
        return {
            "variable": ftl.ADDRESS, "forms": list(FORMS), "default": DEFAULT,
            "selecting": self.selecting,
            "unselected": len(self.unselected),
            "by_file": self.by_file(),
            "messages": [{"locale": u.locale, "id": u.label, "path": u.path, "line": u.line,
                          "markers": list(u.markers)} for u in self.unselected],
        }


def _selects(entry: ftl.Entry) -> bool:
    return any(part.address_selects for part in entry.parts.values())


def _let_off(entry: ftl.Entry) -> bool:
    return LET_OFF in entry.comment


def measure(catalogue: Catalogue, files: dict[str, ftl.LocaleFiles],
            tracks: Iterable[str] = CHILD_TRACKS) -> Figures:
    out = Figures()
    tracks = tuple(tracks)
    for locale, loc_files in files.items():
        everything = [*loc_files.entries.values(), *loc_files.terms.values()]
        out.malformed += [p for entry in everything for p in _malformed(entry)]
        out.selecting[locale] = sum(1 for entry in loc_files.entries.values() if _selects(entry))
        if locale not in LOCALES:
            continue
        for msg_id in sorted(APP_MESSAGES.get(locale, ())):
            entry = loc_files.entries.get(msg_id)
            if entry is not None and not _selects(entry) and not _let_off(entry) and not _lesson(entry.path):
                out.unselected.append(Unselected(locale, msg_id, None, entry.path, entry.line, ()))
        markers = MARKERS[locale]
        for lesson in catalogue.entries:
            if lesson.track not in tracks:
                continue
            for entry in loc_files.files.get(f"locales/{locale}/lessons/{lesson.id}.ftl", []):
                if _let_off(entry):
                    continue
                for name, part in entry.parts.items():
                    if part.unfilled:
                        continue
                    found = markers(part.unaddressed)
                    if found:
                        out.unselected.append(Unselected(locale, entry.id, name, entry.path, part.line,
                                                         tuple(dict.fromkeys(found))))
    out.unselected.sort(key=lambda u: (u.path, u.line, u.part or ""))
    return out


def _lesson(path: str) -> bool:
    return "/lessons/" in path


def _malformed(entry: ftl.Entry) -> list[Problem]:
    """A select on $address has exactly the variants [f] and *[m]: any other key would never be
    chosen, and another default would change what a child who chose nothing reads."""
    out = []
    for name, part in entry.parts.items():
        label = entry.id + (f".{name}" if name else "")
        for line, col, keys, default in part.address_selects:
            if keys != set(FORMS) or default != DEFAULT:
                shown = ", ".join(("*" if k == default else "") + f"[{k}]" for k in sorted(keys))
                out.append(Problem(entry.path, line, col, "ADDRESS-VARIANTS",
                                   f"'{label}' selects on ${ftl.ADDRESS} with {shown}: it takes exactly [f] and"
                                   " *[m] (m is the default)"))
    return out


def warnings(figures: Figures) -> list[Problem]:
    out = []
    for u in figures.unselected:
        if u.markers:
            why = f"speaks to the child as a boy ({'، '.join(u.markers) if u.locale == 'ar' else '; '.join(u.markers)})"
        else:
            why = "speaks to the child (a listed app message)"
        out.append(Problem(u.path, u.line, 1, "ADDRESS",
                           f"'{u.label}' {why} without selecting on ${ftl.ADDRESS}: "
                           f"{{ ${ftl.ADDRESS} -> [f] … *[m] … }}"))
    return out


def summary(figures: Figures) -> str:
    by_locale: dict[str, int] = {}
    for u in figures.unselected:
        by_locale[u.locale] = by_locale.get(u.locale, 0) + 1
    counts = ", ".join(f"{loc} {by_locale.get(loc, 0)}" for loc in LOCALES)
    selecting = ", ".join(f"{loc} {figures.selecting.get(loc, 0)}" for loc in LOCALES)
    return f"form of address (${ftl.ADDRESS}): still to select {counts}; selecting now {selecting}"
