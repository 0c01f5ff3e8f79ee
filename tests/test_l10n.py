"""Locales: fallback chains, Arabic plurals, digits, text direction and negotiation."""
from __future__ import annotations

import pytest

from course.l10n import locales
from course.l10n.bundles import Translator, plain, translator
from tests.conftest import ROOT


def t(tag: str) -> Translator:
    return translator(tag, ROOT)


@pytest.mark.parametrize("count, expected", [
    (0, "لا دروس"), (1, "درس واحد"), (2, "درسان"), (3, "3 دروس"), (11, "11 درسًا"), (100, "100 درس"),
])
def test_arabic_plural_categories_choose_the_right_form(count, expected):
    assert plain(t("ar")("home-lessons", count=count)) == expected


def test_egyptian_arabic_uses_arabic_indic_digits_and_the_same_plurals():
    assert plain(t("ar-EG")("home-lessons", count=11)) == "١١ درسًا"
    assert plain(t("ar-SA")("player-progress", current=3, total=7)) == "البطاقة ٣ من ٧"
    assert t("ar-EG").number(1234) == "١٬٢٣٤"


def test_plain_and_maghreb_arabic_keep_latin_digits():
    """CLDR's default for ar, ar-MA and ar-DZ is Latin digits: we follow it on purpose."""
    assert plain(t("ar")("player-progress", current=3, total=7)) == "البطاقة 3 من 7"
    assert plain(t("ar-MA")("player-progress", current=3, total=7)) == "البطاقة 3 من 7"


def test_bidi_isolation_stays_on():
    """Numbers and names inside Arabic text are isolated, so they keep their order."""
    text = t("ar")("player-progress", current=3, total=7)
    assert "\u20683\u2069" in text


def test_text_direction_per_locale():
    assert (t("ar").dir, t("ar-EG").dir, t("en").dir, t("fr-MA").dir) == ("rtl", "rtl", "ltr", "ltr")
    assert locales.direction("ar") == "rtl"


def test_regional_locales_fall_back_to_their_base_language():
    assert t("fr-MA").chain[0] == "fr"
    assert plain(t("fr-MA")("player-next")) == "Suivant"
    assert plain(t("ar-EG")("player-next")) == "التالي"


def test_a_message_missing_in_english_falls_back_to_arabic_not_to_its_id(tmp_path):
    for loc, body in {"ar": "only-ar = عربي\nboth = كلاهما\n", "en": "both = both\n"}.items():
        (tmp_path / "locales" / loc).mkdir(parents=True)
        (tmp_path / "locales" / loc / "ui.ftl").write_text(body, "utf-8")
    en = Translator("en", tmp_path)
    assert en("both") == "both"
    assert en("only-ar") == "عربي"
    assert en.lookup("only-ar") == ("عربي", "ar")
    assert en("nowhere") == "nowhere"


def test_french_plural_many_exists_in_cldr():
    assert "many" in locales.plural_categories("fr")
    assert plain(t("fr")("home-lessons", count=1)) == "Une leçon"
    assert plain(t("fr")("home-lessons", count=4)) == "4 leçons"


@pytest.mark.parametrize("header, expected", [
    (None, "ar"), ("", "ar"), ("en-US,en;q=0.9", "en-US"), ("fr-MA,fr;q=0.8,ar;q=0.5", "fr-MA"),
    ("de-DE,de;q=0.9", "ar"), ("de,fr;q=0.4,en;q=0.6", "en"), ("ar-EG", "ar-EG"), ("en;q=0", "ar"),
    ("xx-YY-ZZ, ar-SA;q=0.7", "ar-SA"),
])
def test_accept_language_negotiation(header, expected):
    assert locales.negotiate(header) == expected


def test_unknown_tags_get_the_arabic_default():
    assert t("zz").tag == "ar"
    assert locales.normalise("EN_gb") == "en-GB"
    assert locales.normalise("ar-XX") == "ar"


def test_bundles_are_shared_between_visitors():
    assert translator("en", ROOT) is translator("en", ROOT)


def test_number_options_set_before_local_digits_are_kept():
    """NUMBER($n, minimumFractionDigits: 3) on a value that is already a Fluent number keeps its
    options in Arabic-Indic digits too (they were dropped: 3.5 came out as ٣٫٥)."""
    from babel import Locale
    from fluent.runtime.types import fluent_number

    from course.l10n.numbers import local_number

    number = local_number(fluent_number(3.5, minimumFractionDigits=3))
    assert number.format(Locale.parse("ar_EG")) == "٣٫٥٠٠"
