"""The vowelling measure: under-9 Arabic carries its vowel marks, as children's books do.

The calibration sentences below were written for this test, fully vowelled; the unvowelled ones
are the under-9 lessons' Arabic as it was in 2026-12.
"""
from __future__ import annotations

import io
import json
import re

import pytest

from course import check
from course.content import vowelling
from course.content.report import load_content
from tests.test_guessability import true_false, write_lesson

FULLY_VOWELLED = [
    "يَلْعَبُ حَمْزَةُ لُعْبَةً عَلَى هَاتِفِ العَائِلَةِ.",
    "قَبْلَ أَنْ تُرْسِلَ صُورَةً، اسْأَلْ أُمَّكَ أَوْ أَبَاكَ.",
    "إِذَا كَتَبَ لَكِ شَخْصٌ لَا تَعْرِفِينَهُ، فَلَا تُجِيبِي، وَأَخْبِرِي شَخْصًا كَبِيرًا تَثِقِينَ بِهِ.",
    "تَقُولُ لِينَا: الصُّورَةُ صُورَتِي، وَأَنَا الَّتِي أُقَرِّرُ.",
]
UNVOWELLED_2026_12 = [
    "يلعب حمزة لعبة على هاتف العائلة. فجأة تظهر نافذة: «ما اسمك؟ أين تسكن؟»",
    "يقول { -mascot }: اسمك الكامل وبيتك ومدرستك وصورتك أشياء خاصّة. اسأل شخصًا كبيرًا قبل أن تشاركها.",
    "التقط حمزة صورة مضحكة لأخته نور بملابس النوم. يريد أن يرسلها إلى مجموعة الأقارب.",
]
MARKS = re.compile("[\u064B-\u0652]")


def pausal(text: str) -> str:
    """The marks on the last letter before each comma, colon and full stop left out (a pause)."""
    return re.sub("[\u064B-\u0652]+(?=[.،:!؟])", "", text)


def share(text: str) -> float:
    found = vowelling.count(text).share
    assert found is not None
    return found


# ---- calibration --------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", FULLY_VOWELLED)
def test_a_fully_vowelled_sentence_reaches_every_letter(sentence):
    assert share(sentence) == 1.0


def test_pauses_stay_above_the_threshold_and_unvowelled_text_far_below():
    whole = " ".join(FULLY_VOWELLED)
    assert all(share(pausal(s)) >= vowelling.THRESHOLD for s in FULLY_VOWELLED)
    assert 0.92 < share(pausal(whole)) < 0.96
    # every sukun left out is no longer full vowelling once the pauses are bare too
    assert share(whole.replace("\u0652", "")) >= vowelling.THRESHOLD
    assert share(pausal(whole).replace("\u0652", "")) < vowelling.THRESHOLD
    for sentence in UNVOWELLED_2026_12:
        assert share(sentence) < 0.1
    # only the shaddas and tanwins of today's text: still far below
    assert share(MARKS.sub("", " ".join(FULLY_VOWELLED))) == 0.0


# ---- the rules -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "marked", "letters"), [
    ("قَالَ", 2, 2),  # alif of a long vowel: bare, not counted
    ("عَلَى", 2, 2),  # alif maqsura
    ("يَقُولُ", 3, 3),  # waw after a damma: a long vowel
    ("يقول", 0, 4),  # ...but not after a bare letter
    ("وَلَدٌ", 3, 3),  # a waw that starts a word needs its vowel
    ("كَبِيرٌ", 3, 3),  # yaa after a kasra
    ("بَيْتٌ", 3, 3),  # yaa with sukun (a diphthong) is marked
    ("الشَّمْسُ", 3, 3),  # the article's lam before a sun letter
    ("وَالْقَمَرُ", 5, 5),  # ...before a moon letter, with its sukun
    ("وَالقَمَرُ", 4, 4),  # ...or without
    ("لِلْبَيْتِ", 5, 5),  # lam of "to" + the article, with its sukun
    ("لِلبَيْتِ", 4, 4),  # ...or without
    ("أَنَا", 2, 2),  # a hamza seat carries its vowel
    ("أنا", 0, 2),
    ("إِلَى", 2, 2),
    ("آمِنٌ", 2, 2),  # alif madda carries its own mark
    ("هٰذَا", 2, 2),  # dagger alif
    ("WhatsApp ١٢٣", 0, 0),  # not Arabic letters
])
def test_which_letters_count(word, marked, letters):
    assert vowelling.count(word) == vowelling.Count(marked, letters)


# ---- in course check ---------------------------------------------------------------------------

def write_arabic(root, lesson_id: str, texts: dict[str, str]) -> dict[str, int]:
    """Set the ar text of some of a lesson's messages; returns each one's line."""
    path = root / f"locales/ar/lessons/{lesson_id}.ftl"
    lines = path.read_text("utf-8").splitlines()
    found = {}
    for i, line in enumerate(lines):
        msg_id = line.split(" =", 1)[0]
        if msg_id in texts:
            lines[i] = f"{msg_id} = {texts[msg_id]}"
            found[msg_id] = i + 1
    assert set(found) == set(texts)
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return found


def test_an_under_9_message_short_of_vowels_warns_at_its_line(tmp_path):
    write_lesson(tmp_path, "little", [true_false("tf", True)], track="under-9")
    lines = write_arabic(tmp_path, "little", {
        "little": FULLY_VOWELLED[0],
        "little-key": "يَقُولُ { -mascot }: " + FULLY_VOWELLED[1],  # the placeable is not the message's own text
        "little-quiz-tf": UNVOWELLED_2026_12[0],
    })
    report = load_content(tmp_path)
    assert report.problems == []
    warned = [w for w in report.warnings if w.code == "VOWELLING"]
    assert [(w.path, w.line) for w in warned] == [("locales/ar/lessons/little.ftl", lines["little-quiz-tf"])]
    assert "'little-quiz-tf'" in warned[0].message and "85%" in warned[0].message
    figures = {m.id: m.count.share for m in report.vowelling.lessons["little"]}
    assert figures["little"] == figures["little-key"] == 1.0
    assert figures["little-quiz-tf"] is not None and figures["little-quiz-tf"] < 0.1


def test_an_attribute_short_of_vowels_pulls_its_message_under(tmp_path):
    write_lesson(tmp_path, "little", [true_false("tf", True)], track="under-9")
    lines = write_arabic(tmp_path, "little", {"little": FULLY_VOWELLED[2]})
    path = tmp_path / "locales/ar/lessons/little.ftl"
    path.write_text(path.read_text("utf-8").replace("    .summary = What it is about.",
                                                    f"    .summary = {UNVOWELLED_2026_12[2]}"), "utf-8")
    warned = [(w.line, w.code) for w in load_content(tmp_path).warnings]
    assert (lines["little"], "VOWELLING") in warned


def test_older_bands_are_not_measured(tmp_path):
    write_lesson(tmp_path, "older", [true_false("tf", True)], track="9-12")
    write_arabic(tmp_path, "older", {"older-key": UNVOWELLED_2026_12[1]})
    report = load_content(tmp_path)
    assert report.problems == []
    assert report.vowelling.lessons == {}
    assert "VOWELLING" not in {w.code for w in report.warnings}


def test_check_prints_and_reports_vowelling_without_failing(tmp_path):
    write_lesson(tmp_path, "little", [true_false("tf", True)], track="under-9")
    write_arabic(tmp_path, "little", {"little": FULLY_VOWELLED[3], "little-key": UNVOWELLED_2026_12[1]})
    out = io.StringIO()
    assert check.run(tmp_path, out=out) == 0
    assert re.search(r"^locales/ar/lessons/little\.ftl:\d+:1: warning VOWELLING 'little-key'", out.getvalue(), re.M)
    assert "vowelling, under-9 ar: " in out.getvalue()
    out = io.StringIO()
    assert check.run(tmp_path, as_json=True, out=out) == 0
    data = json.loads(out.getvalue())["vowelling"]
    assert (data["threshold"], data["messages"], data["below"]) == (vowelling.THRESHOLD, 2, 1)
    assert data["lessons"]["little"]["messages"]["little"]["share"] == 1.0
