"""The shipped curriculum keeps the promises of issues 6 and 7 and of docs/content-format.md.

Everything here reads the real content through the loader the app serves from and formats
the real Fluent files through the app's Translator, so what passes here is what children see.
"""
from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache

import pytest
from fluent.syntax import FluentParser, ast

from course.content.model import COP_SETS, RISKS
from course.content.report import load_content
from course.l10n import SUPPORTED, translator
from course.l10n.bundles import plain
from tests.conftest import ROOT

# The lessons issue 6 asks for, in the order the issue lists them, then issue 17's for the risks of 2026.
CHILDREN_BANDS = {
    "under-9": ("u9-right-to-play", "u9-screen-time", "u9-not-for-you", "u9-learning", "u9-privacy",
                "u9-grown-ups"),
    "9-12": ("know-your-rights", "private-eye", "truth-or-lie", "be-nice", "help", "danger", "anti-virus",
             "strong-passwords", "games-spending", "is-it-real", "games-voice-chat"),
    "13-18": ("net-rights", "net-fair", "net-cyberbullying", "net-screen-time", "net-meeting", "net-say-no",
              "net-upsetting", "net-privacy", "net-misinformation", "net-footprint", "net-ai-fakes",
              "net-sextortion", "net-self-harm", "net-recruiters", "net-account-security"),
}
# Issue 17: each new lesson, the band it belongs to, and the 4 Cs it must at least cover.
RISKS_OF_2026 = {
    "net-ai-fakes": ("13-18", {"content", "contact", "conduct"}),
    "net-sextortion": ("13-18", {"contact", "conduct"}),
    "net-self-harm": ("13-18", {"content"}),
    "net-recruiters": ("13-18", {"contact"}),
    "net-account-security": ("13-18", {"contract"}),
    "is-it-real": ("9-12", {"content"}),
    "games-voice-chat": ("9-12", {"contact", "contract"}),
    "edu-ai-abuse": ("educators", {"contact", "conduct"}),
}
IMAGES = ROOT / "lessons" / "images"
SVG_NS = "{http://www.w3.org/2000/svg}"
MAX_SVG_BYTES = 8 * 1024  # docs/content-format.md: "under 8 KB"
# docs/content-format.md, "Under 9": one idea per card, short sentences, short cards.
MAX_SENTENCE_WORDS = 15
MAX_CARD_WORDS = 40
# Sentence ends in the three locales; "؟" is the Arabic question mark.
SENTENCE_END = re.compile(r"[.!?؟…]+|\n")
# Small words that only French uses this often: a French lesson is full of them, a copy of the English is not.
FRENCH_WORDS = frozenset("le la les un une des du et est sont il elle tu vous ne pas pour avec dans sur qui que "
                         "ce cette ton ta tes son sa ses au aux mais ou".split())
ENGLISH_WORDS = frozenset("the a an and is are it you your to of in on for with not this that what who".split())
FRENCH_ACCENTS = re.compile(r"[éèêëàâçùûîïôœ]", re.IGNORECASE)


@pytest.fixture(scope="module")
def content():
    return load_content(ROOT)


@pytest.fixture(scope="module")
def catalogue(content):
    return content.catalogue


def texts(entry, locale: str) -> Iterator[tuple[str, str]]:
    """(label, formatted text) for every value and attribute of a lesson and its quiz in one locale."""
    tr = translator(locale, ROOT)
    for need in entry.lesson.messages() + entry.quiz.messages():
        for attr in ([None] if need.value else []) + sorted(need.attrs):
            text, folder = tr.lookup(need.id, attr)
            label = need.id + (f".{attr}" if attr else "")
            # a fallback from another locale would make the script and copy checks pass or fail for the wrong reason
            assert folder == locale, f"{locale}: {label} comes from {folder}"
            yield label, plain(text)


def text_of(locale: str, msg_id: str, attr: str | None = None) -> str:
    text, folder = translator(locale, ROOT).lookup(msg_id, attr)
    assert folder == locale, f"{locale}: {msg_id}{'.' + attr if attr else ''} comes from {folder}"
    return plain(text)


def words(text: str) -> list[str]:
    """Words as a reader counts them: a lone dash or a French "!" after a space is not a word."""
    return [w for w in text.split() if re.search(r"\w", w)]


def long_sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if len(words(s)) > MAX_SENTENCE_WORDS]


def arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum("ARABIC" in unicodedata.name(c, "") for c in letters) / len(letters)


# ---- lessons per band ------------------------------------------------------------------------


@pytest.mark.parametrize("band", CHILDREN_BANDS)
def test_each_childrens_band_has_exactly_the_lessons_issues_6_and_17_name(catalogue, band):
    """Under 9 has 6 lessons, 9–12 has 11 and 13–18 has 15: the ones issues 6 and 17 list, in order."""
    assert tuple(e.id for e in catalogue.track(band)) == CHILDREN_BANDS[band]


@pytest.mark.parametrize("lesson_id", RISKS_OF_2026)
def test_each_lesson_for_the_risks_of_2026_is_whole(content, catalogue, lesson_id):
    """Issue 17: in its band, tagged with its risks, citing COP and at least one other public source,
    with a quiz of 5-6 questions that explains every option, complete in ar, en and fr."""
    band, risks = RISKS_OF_2026[lesson_id]
    assert lesson_id in catalogue
    entry = catalogue[lesson_id]
    assert entry.lesson.track == band
    assert risks <= set(entry.lesson.risks)
    assert entry.lesson.source.url.startswith("https://www.itu-cop-guidelines.com/")
    assert entry.lesson.references and all(r.url.startswith("https://") for r in entry.lesson.references)
    assert 5 <= len(entry.quiz.questions) <= 6
    assert [p for p in content.problems if lesson_id in str(p)] == []
    for locale in SUPPORTED:
        tr = translator(locale, ROOT)
        for need in entry.lesson.messages() + entry.quiz.messages():
            assert not need.value or tr.has(need.id), (locale, need.id)
            for attr in need.attrs:  # "feedback" on every option: the quiz explains each one
                assert tr.has(need.id, attr), (locale, need.id, attr)


def test_educators_and_parents_have_at_least_six_lessons_from_their_cop_set(catalogue):
    """The educators' track has at least 6 lessons, all drawn from the COP set for parents and educators."""
    educators = catalogue.track("educators")
    assert len(educators) >= 6
    assert {e.lesson.source.set for e in educators} == {"parents-educators"}


# ---- what every lesson has -------------------------------------------------------------------


def test_every_lesson_has_its_own_quiz(catalogue):
    """Each lesson's quiz exists, points back at that lesson and belongs to no other lesson."""
    assert len(catalogue) >= 25
    quizzes = [e.quiz.id for e in catalogue.entries]
    assert len(set(quizzes)) == len(quizzes)
    assert [e.id for e in catalogue.entries if e.quiz.lesson != e.id or e.lesson.quiz != e.quiz.id] == []


def test_every_lesson_cites_a_cop_set_and_section(catalogue):
    """Every lesson names the COP 2020 set and the section its facts come from."""
    missing = [e.id for e in catalogue.entries
               if e.lesson.source.set not in COP_SETS or len(e.lesson.source.section.strip()) < 3]
    assert missing == []


def test_every_lesson_is_tagged_with_its_risks_and_minutes(catalogue):
    """Every lesson names at least one of the 4 Cs, each once, and how many minutes it takes."""
    for e in catalogue.entries:
        assert e.lesson.risks and set(e.lesson.risks) <= set(RISKS), e.id
        assert len(set(e.lesson.risks)) == len(e.lesson.risks), e.id
        assert 1 <= e.lesson.minutes <= 60, e.id


def test_every_lesson_has_five_to_eight_cards_with_a_choice_a_tip_and_a_closing_recap(catalogue):
    """5–8 cards, at least one "what would you do?" choice and one key message, and a recap last."""
    wrong = {}
    for e in catalogue.entries:
        kinds = [s.kind for s in e.lesson.steps]
        if not (5 <= len(kinds) <= 8 and "choice" in kinds and "tip" in kinds and kinds[-1] == "recap"):
            wrong[e.id] = kinds
    assert wrong == {}


def test_quizzes_have_four_to_six_questions_and_three_to_four_under_nine(catalogue):
    """Quiz length follows issue 6: 3–4 questions under 9, 4–6 for everyone else."""
    wrong = {}
    for e in catalogue.entries:
        low, high = (3, 4) if e.track == "under-9" else (4, 6)
        if not low <= len(e.quiz.questions) <= high:
            wrong[e.id] = len(e.quiz.questions)
    assert wrong == {}


def answer_options(entry) -> Iterator[tuple[str, bool]]:
    """(message id, has a label) of every quiz option and every choice option of a lesson."""
    for q in entry.quiz.questions:
        for oid in q.option_ids:
            yield f"{entry.quiz.id}-{q.id}-{oid}", q.option_has_label
    for step in entry.lesson.steps:
        for option in getattr(step, "options", ()):
            yield f"{entry.id}-{step.id}-{option.id}", True


@pytest.mark.parametrize("locale", SUPPORTED)
def test_every_answer_has_feedback_that_says_more_than_its_label(catalogue, locale):
    """Each quiz and choice option's feedback is written and is not just its label repeated."""
    wrong = []
    for e in catalogue.entries:
        for msg_id, labelled in answer_options(e):
            feedback = text_of(locale, msg_id, "feedback").strip()
            label = text_of(locale, msg_id).strip() if labelled else ""
            if not words(feedback) or feedback.casefold() == label.casefold():
                wrong.append(f"{msg_id}: {feedback!r}")
    assert wrong == []


# ---- language --------------------------------------------------------------------------------


def test_arabic_messages_are_written_in_arabic_script(catalogue):
    """At least 80% of the letters of every Arabic lesson text are Arabic (Latin brand names allowed)."""
    latin = [f"{label} ({arabic_share(text):.0%}): {text}"
             for e in catalogue.entries for label, text in texts(e, "ar") if arabic_share(text) < 0.8]
    assert latin == []


def test_arabic_script_check_catches_a_sentence_left_in_english():
    """The script share tells an English sentence with one Arabic word from an Arabic one with a brand name."""
    assert arabic_share("Ask Mama before you share your photo, قال هدهد.") < 0.8
    assert arabic_share("أرسلت مريم الصورة إلى مجموعة العائلة على WhatsApp بعد أن سألت أمها.") >= 0.8


def same_as_english_allowed(text: str) -> bool:
    """No letters (a password like "123456") or one short word French shares with English ("Contact")."""
    letter_words = [w for w in text.split() if re.search(r"[^\W\d_]", w)]
    return not letter_words or (len(letter_words) == 1 and len(letter_words[0]) <= 8)


@pytest.mark.parametrize("locale", ["ar", "fr"])
def test_arabic_and_french_messages_are_not_copies_of_the_english(catalogue, locale):
    """No Arabic or French lesson text equals its English counterpart, short names and numbers aside."""
    def comparable(text: str, loc: str) -> str:
        # an English line pasted over would still name the mascot in its own locale's spelling
        return text.replace(mascot_name(loc), "-mascot").strip().casefold()

    copies = []
    for e in catalogue.entries:
        english = {label: comparable(text, "en") for label, text in texts(e, "en")}
        for label, text in texts(e, locale):
            if comparable(text, locale) == english[label] and not same_as_english_allowed(text):
                copies.append(f"{label}: {text}")
    assert copies == []


def test_french_lessons_read_as_french(catalogue):
    """Each French lesson is full of French small words and accents, and nearly free of English ones."""
    wrong = {}
    for e in catalogue.entries:
        text = " ".join(t for _label, t in texts(e, "fr"))
        tokens = re.findall(r"[^\W\d_]+", text.casefold())
        french = sum(t in FRENCH_WORDS for t in tokens) / len(tokens)
        english = sum(t in ENGLISH_WORDS for t in tokens) / len(tokens)
        accents = len(FRENCH_ACCENTS.findall(text))
        if french < 0.2 or english > 0.05 or accents < 20:
            wrong[e.id] = f"French words {french:.0%}, English words {english:.0%}, {accents} accents"
    assert wrong == {}


# ---- readability under 9 ---------------------------------------------------------------------


def under_nine_texts(catalogue, locale: str) -> Iterator[tuple[str, str]]:
    """Everything an under-9 child reads or hears in a lesson: cards, choices, feedback, quiz, alt texts."""
    for e in catalogue.track("under-9"):
        yield from texts(e, locale)


@pytest.mark.parametrize("locale", SUPPORTED)
def test_under_nine_sentences_have_at_most_15_words(catalogue, locale):
    """No sentence an under-9 child reads is longer than 15 words."""
    long = [f"{label} ({len(words(s))} words): {s}"
            for label, text in under_nine_texts(catalogue, locale) for s in long_sentences(text)]
    assert long == []


@pytest.mark.parametrize("locale", SUPPORTED)
def test_under_nine_cards_have_at_most_40_words(catalogue, locale):
    """No under-9 card, choice, feedback or quiz text is longer than 40 words."""
    long = [f"{label} ({len(words(text))} words)" for label, text in under_nine_texts(catalogue, locale)
            if len(words(text)) > MAX_CARD_WORDS]
    assert long == []


@cache
def mascot_name(locale: str) -> str:
    """The term's text as written in the locale's ui.ftl, read with the Fluent parser."""
    resource = FluentParser().parse((ROOT / "locales" / locale / "ui.ftl").read_text("utf-8"))
    term = next(e for e in resource.body if isinstance(e, ast.Term) and e.id.name == "mascot")
    return "".join(el.value for el in term.value.elements if isinstance(el, ast.TextElement)).strip()


@pytest.mark.parametrize("locale", SUPPORTED)
def test_the_mascots_name_counts_as_one_word_once_formatted(locale):
    """`{ -mascot }` is counted as the one word the child sees, not as the tokens of its source."""
    text = text_of(locale, "u9-privacy-private")
    assert "{" not in text and "-mascot" not in text
    assert mascot_name(locale) in text and len(words(mascot_name(locale))) == 1


def test_the_readability_check_can_fail():
    """A 16-word sentence and a 41-word card are caught; Arabic question marks end sentences."""
    sixteen = " ".join(["word"] * 16) + "."
    assert long_sentences(sixteen) == [sixteen[:-1]]
    assert long_sentences(" ".join(["كلمة"] * 8) + "؟ " + " ".join(["كلمة"] * 8) + ".") == []
    assert len(words(" ".join(["mot"] * 41) + " !")) == 41 > MAX_CARD_WORDS


# ---- illustrations ---------------------------------------------------------------------------


SVGS = sorted(IMAGES.glob("*.svg"))


def test_there_are_illustrations_to_check():
    """The illustration checks below run over the lessons' real pictures."""
    assert len(SVGS) >= 25


@pytest.mark.parametrize("path", SVGS, ids=lambda p: p.name)
def test_illustration_follows_the_content_format(path):
    """viewBox 0 0 320 200, no text, no script, nothing fetched from elsewhere, under 8 KB."""
    size = path.stat().st_size
    assert size < MAX_SVG_BYTES, f"{path.name} is {size} bytes"
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 320 200"
    tags = {el.tag.removeprefix(SVG_NS) for el in root.iter()}
    # text would need translating; images and foreign objects are how pictures pull in outside files
    assert not tags & {"text", "tspan", "textPath", "script", "image", "foreignObject", "use", "style"}, tags
    for el in root.iter():
        for name, value in el.attrib.items():
            local = name.rsplit("}", 1)[-1]
            assert not local.startswith("on"), f"{path.name}: event handler {name}"
            if local in {"href", "src"}:
                assert value.startswith("#"), f"{path.name}: {name}={value}"
            for ref in re.findall(r"url\(\s*['\"]?([^)'\"]*)", value):
                assert ref.startswith("#"), f"{path.name}: url({ref})"


def test_every_illustration_belongs_to_a_lesson(catalogue):
    """Every picture in lessons/images is used by a lesson or quiz, and every used picture is there."""
    used = set()
    for e in catalogue.entries:
        used |= {e.lesson.image} | {s.image for s in e.lesson.steps}
        used |= {o.image for s in e.lesson.steps for o in getattr(s, "options", ())}
        used |= {q.image for q in e.quiz.questions}
        used |= {o.image for q in e.quiz.questions for o in getattr(q, "options", ())}
    used.discard(None)
    assert used == {f"images/{p.name}" for p in SVGS}


@pytest.mark.parametrize("locale", SUPPORTED)
def test_every_pictured_card_question_and_option_has_alt_text(catalogue, locale):
    """A step or question picture has its .alt; an option picture has its label as alt text."""
    missing = []
    for e in catalogue.entries:
        pictured = [(f"{e.id}-{s.id}", "alt") for s in e.lesson.steps if s.image]
        pictured += [(f"{e.id}-{s.id}-{o.id}", None) for s in e.lesson.steps
                     for o in getattr(s, "options", ()) if o.image]
        pictured += [(f"{e.quiz.id}-{q.id}", "alt") for q in e.quiz.questions if q.image]
        pictured += [(f"{e.quiz.id}-{q.id}-{o.id}", None) for q in e.quiz.questions
                     for o in getattr(q, "options", ()) if o.image]
        missing += [f"{m}{'.' + a if a else ''}" for m, a in pictured if not words(text_of(locale, m, a))]
    assert missing == []
