"""The author preview without a browser (issue 16): panes that move together, menu labels that keep
their direction, languages by name, table texts cut between words, and the note on when edits show."""
from __future__ import annotations

import re
import unicodedata
from html import escape

import pytest

from course.l10n.locales import SUPPORTED
from course.web import shared
from course.web.views.author import NO_COMPARE, dev_note_html, sources_html
from course.web.views.author_position import PreviewPosition
from course.web.views.author_text import ELLIPSIS, FSI, PDI, isolate, language_options, lesson_label, lesson_options, shorten
from course.web.views.player import PlayerView

LESSON = "private-eye"  # 9-12: story, story, choice, tip, choice, recap
MARKS = re.compile("[\u2066-\u2069]")


def plain(text: str) -> str:
    return MARKS.sub("", text)


def advance(state) -> None:
    """One card on, as the pane's Next (or Skip, on an unanswered choice) would."""
    if state.needs_choice():
        state.skip(state.step)
    else:
        state.next(state.step)


def to_quiz(state) -> None:
    while state.screen == "lesson":
        advance(state)


@pytest.fixture
def panes():
    """Arabic next to English, each with the player that draws it."""
    position = PreviewPosition()
    ar, en = position.open(LESSON, ["ar", "en"])
    return position, ar, en, PlayerView(state=ar), PlayerView(state=en)


# ---- the panes move together -----------------------------------------------------------------


def test_moving_either_pane_moves_the_other_to_the_same_card(panes):
    position, ar, en, ar_view, en_view = panes
    for _ in range(3):
        advance(ar)
    assert (ar.step, en.step, position.step) == (3, 3, 3)
    assert en.current_step.id == ar.current_step.id
    assert en_view._player.shown["marker"] == ar_view._player.shown["marker"] == "3"
    assert en_view._player.shown["card"]["text"] != ar_view._player.shown["card"]["text"]  # each in its language
    en.back(3)
    en.back(2)
    assert (ar.step, en.step) == (1, 1)
    assert ar_view._player.shown["marker"] == "1"


def test_a_tap_from_the_card_a_pane_has_left_moves_nothing(panes):
    """The other pane's stale Next (sent from card 0 after the position moved on) is ignored."""
    _position, ar, en, _ar_view, _en_view = panes
    ar.next(0)
    en.next(0)
    assert (ar.step, en.step) == (1, 1)


def test_a_pane_left_behind_moves_nothing():
    """Another language was chosen: a late tap in the pane it replaced does not move the new ones."""
    position = PreviewPosition()
    old_ar, _old_en = position.open(LESSON, ["ar", "en"])
    ar, fr = position.open(LESSON, ["ar", "fr"])
    old_ar.next(0)
    assert (position.step, ar.step, fr.step) == (0, 0, 0)
    fr.next(0)
    assert (position.step, ar.step) == (1, 1)


def test_a_choice_picked_in_one_pane_shows_its_feedback_in_both(panes):
    _position, ar, en, ar_view, en_view = panes
    while not en.needs_choice():
        advance(en)
    option = en_view._player.shown["card"]["options"][0]["id"]
    en.pick_on(en.step, option)
    assert ar.picked == option
    assert ar_view._player.shown["card"]["feedback"]["label"] != en_view._player.shown["card"]["feedback"]["label"]
    assert [o["id"] for o in ar_view._player.shown["card"]["options"]] == [
        o["id"] for o in en_view._player.shown["card"]["options"]]  # one order: the same card


def test_the_quiz_is_one_try_shown_in_both_languages(panes):
    position, ar, en, ar_view, en_view = panes
    to_quiz(ar)
    assert en.screen == "quiz" and en.run is ar.run is position.run
    assert en_view._player.shown["marker"] == ar_view._player.shown["marker"]
    first = ar.run.current.question.id
    wrong = next(o for o in en.run.current.order if o not in en.run.current.question.correct_ids)
    en.check_on(en.quiz_marker(), [wrong])  # a Check in the English pane...
    assert len(ar.run.current.checks) == 1  # ...is the Arabic pane's try too, drawn with its verdict
    assert ar_view._player.shown["feedback"]["head"] == shared.tr("ar")("quiz-wrong")
    assert en_view._player.shown["feedback"]["head"] == shared.tr("en")("quiz-wrong")
    while not ar.run.current.finished:
        right = sorted(ar.run.current.question.correct_ids)
        ar.check_on(ar.quiz_marker(), right)
    en.next_question_on(en.quiz_marker())
    assert ar.run.current.question.id != first
    assert ar_view._player.shown["progress"]["current"] == en_view._player.shown["progress"]["current"] == 2
    while ar.screen == "quiz":
        right = sorted(ar.run.current.question.correct_ids)
        ar.check_on(ar.quiz_marker(), right)
        ar.next_question_on(ar.quiz_marker())
    assert en.screen == "results" and en.result is ar.result is not None
    assert en_view._player.shown["screen"] == "results"


def test_leaving_the_quiz_starts_the_lesson_again_in_every_pane(panes):
    """A preview has no lesson list: "back to the lessons" goes back to the first card, in both."""
    position, ar, en, _ar_view, en_view = panes
    to_quiz(en)
    moves = position.moves
    en.go_home()
    assert (ar.screen, en.screen, ar.step, en.step) == ("lesson", "lesson", 0, 0)
    assert ar.run is en.run is None
    assert en_view._player.shown["screen"] == "lesson"
    assert position.moves > moves


def test_the_string_table_follows_the_panes(panes):
    """The table is drawn once every pane is in place (``moves``), from the first pane."""
    position, ar, en, _ar_view, _en_view = panes
    drawn = []
    position.param.watch(lambda _e: drawn.append(sources_html(ar.entry, ar)), "moves")
    advance(en)
    assert ar.step == 1 and f"{LESSON}-{ar.current_step.id}" in drawn[-1]


# ---- menus: direction isolates, languages by name ------------------------------------------


def test_lesson_labels_isolate_each_part():
    t = shared.tr("ar")
    entry = shared.content().catalogue[LESSON]
    label = lesson_label(t, entry)
    band = t("band-9-12", **{"from": 9, "to": 12})
    assert label == f"{FSI}{band}{PDI} · {FSI}{t(LESSON)}{PDI} ({FSI}{LESSON}{PDI})"
    assert plain(label) == f"{plain(band)} · {t(LESSON)} ({LESSON})"
    assert isolate("x") == f"{FSI}x{PDI}"
    options = lesson_options(t, shared.content().catalogue.entries)
    assert len(options) == len(shared.content().catalogue.entries)
    assert all(label.count(FSI) >= 3 and label.count(FSI) == label.count(PDI) for label in options)


def test_the_language_menu_names_each_language_in_its_own_script():
    options = language_options()
    assert {plain(name): tag for name, tag in options.items()} == {"العربية": "ar", "English": "en", "Français": "fr"}
    assert all(name.startswith(FSI) and name.endswith(PDI) for name in options)
    compare = language_options(((NO_COMPARE, NO_COMPARE),))
    assert list(compare.values()) == [NO_COMPARE, *SUPPORTED]


# ---- the string table: cut between words, full text kept -------------------------------------


def test_shorten_cuts_between_words_with_an_ellipsis():
    text = "What can you see in the picture? Look at the window, the bright colours and the big prize."
    short = shorten(text, 20)
    assert short == "What can you see in…"
    assert len(short) <= 20
    for limit in range(8, len(text)):
        cut = shorten(text, limit)
        assert len(cut) <= limit and cut.endswith(ELLIPSIS)
        assert text.startswith(cut[:-1]) and text[len(cut) - 1] in " ,?."  # the cut falls between words
    assert shorten(text, len(text)) == text
    assert shorten("  two   words \n") == "two words"


def test_shorten_in_arabic_keeps_words_and_their_vowel_marks_whole():
    text = "مَرْيَمُ في العاشِرَةِ مِنْ عُمُرِها، وتُحِبُّ لُعْبَةَ الأَلْغازِ كَثيرًا جِدًّا"
    for limit in range(len("مَرْيَمُ") + 2, len(text)):
        cut = shorten(text, limit)
        assert cut.endswith(ELLIPSIS) and len(cut) <= limit
        kept = cut[:-1]
        assert text.startswith(kept) and text[len(kept)] in " ،"
    word = "جِدًّاجِدًّاجِدًّاجِدًّا"  # one word longer than the limit: cut inside it, never before a mark
    for limit in range(3, len(word)):
        cut = shorten(word, limit)
        assert not unicodedata.combining(word[len(cut) - 1]), limit
        assert len(cut) <= limit


def test_shorten_closes_an_isolate_it_cut_open():
    text = f"Hello {FSI}Mariam Al-Hassan the very long name{PDI} and more words here"
    cut = shorten(text, 24)
    assert cut.count(FSI) == cut.count(PDI) == 1 and cut.endswith(PDI + ELLIPSIS)


def test_string_table_cells_carry_the_whole_text_in_a_tooltip():
    position = PreviewPosition()
    (en,) = position.open(LESSON, ["en"])
    html = sources_html(en.entry, en)
    full = shared.tr("en")(f"{LESSON}-meet")
    assert len(full) > 80
    assert f'title="{full}"' in html
    assert f">{full}<" in html or f">{shorten(full)}<" in html
    assert "العربية" in html and "Français" in html  # columns named by language, not by code
    assert 'class="sources-box"' in html


# ---- when edits show --------------------------------------------------------------------------


@pytest.mark.parametrize("locale", SUPPORTED)
def test_the_page_says_how_to_see_edits(locale):
    t = shared.tr(locale)
    hint = dev_note_html(t, dev=False)
    assert '<code dir="ltr">course serve --dev</code>' in hint
    assert "\ue000" not in hint and "{" not in hint
    live = dev_note_html(t, dev=True)
    assert "course serve" not in live and escape(plain(t("author-dev-live")), quote=True) in plain(live)
