"""The Get-help directory (help/helplines.yaml): a child only ever sees checked, sourced numbers."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from course.content.report import load_content
from course.l10n import SUPPORTED, translator
from course.l10n.bundles import plain
from course.l10n.locales import ARAB_LEAGUE
from tests.conftest import ROOT

# The 22 member states of the League of Arab States (ISO 3166 codes; PS for Palestine).
ARAB_LEAGUE_STATES = frozenset({
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR",
    "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE",
})
# shared/guides/cop-content.md, "Child helplines in Arab League states": the numbers it rates
# "several sources" or "two sources". The file's rule is that only these may be verified.
GUIDE_TRUSTED = frozenset({
    ("SA", "116111"), ("EG", "16000"), ("JO", "110"), ("PS", "121"), ("KW", "147"), ("AE", "800111"),
    ("OM", "1100"),
})
TRUSTED_CONFIDENCE = frozenset({"several-sources", "two-sources"})


@pytest.fixture(scope="module")
def directory():
    return load_content(ROOT).helplines


def test_the_directory_lists_all_22_arab_league_states(directory):
    """Every member state is listed once, and the app's country picker offers the same 22."""
    assert len(directory.countries) == len(set(directory.countries)) == 22
    assert set(directory.countries) == ARAB_LEAGUE_STATES
    assert set(ARAB_LEAGUE) == ARAB_LEAGUE_STATES


def test_every_entry_has_a_source_url_and_a_date_it_was_checked(directory):
    """Each entry names the public page it came from and a check date that is not in the future."""
    assert directory.entries, "the directory is empty"
    for line in directory.entries:
        assert line.source.startswith(("https://", "http://")) and "." in line.source, line.id
        assert dt.date(2020, 1, 1) <= line.checked <= dt.date.today(), line.id


def test_numbers_are_strings_of_digits(directory):
    """A number is digits only, so the tel: link dials it as written."""
    assert [(e.id, e.number) for e in directory.entries if not e.number.isdigit()] == []


def test_every_helpline_shown_to_a_child_is_verified_and_sourced(directory):
    """Across every country, what for_child returns is verified, sourced, and in that country."""
    shown = 0
    for country in ARAB_LEAGUE_STATES:
        for line in directory.for_child(country):
            assert line.verified and line.source.startswith(("https://", "http://")), line.id
            assert line.country == country
            shown += 1
    # the check above must have something to check
    assert shown >= 1


def test_a_child_in_egypt_is_shown_the_16000_line(directory):
    """Egypt's verified line, 16000, is what an Egyptian child sees."""
    assert [(e.id, e.number) for e in directory.for_child("EG")] == [("eg-nccm", "16000")]


# Lebanon has no entry; Tunisia's is conflicting, Morocco's one source, Bahrain's and Algeria's unverified.
@pytest.mark.parametrize("country", ["LB", "TN", "MA", "BH", "DZ", None, "FR", "XX"])
def test_a_country_with_no_verified_entry_gives_the_child_no_number(directory, country):
    """A country with no verified entry, no country, or one outside the League: no number for the child."""
    assert directory.for_child(country) == []


def test_countries_without_a_verified_entry_are_the_ones_the_guide_could_not_confirm(directory):
    """Exactly the countries with a number the guide rates two or more sources have a line for children."""
    with_line = {c for c in ARAB_LEAGUE_STATES if directory.for_child(c)}
    assert with_line == {country for country, _number in GUIDE_TRUSTED}


def test_verified_entries_follow_the_guides_confidence_rule(directory):
    """An entry is verified only if the guide rates its number several or two sources, and then it is."""
    for line in directory.entries:
        key = (line.country, line.number)
        if line.verified:
            assert key in GUIDE_TRUSTED, f"{line.id} is verified but the guide does not rate {key} two sources"
            assert line.confidence in TRUSTED_CONFIDENCE, line.id
        else:
            assert key not in GUIDE_TRUSTED, f"{line.id}: the guide trusts {key} but the entry is not verified"
    # later searches may rate a number higher (the file's `confidence`); `verified` still follows the guide
    assert {(e.country, e.number) for e in directory.entries if e.verified} == GUIDE_TRUSTED


@pytest.mark.parametrize("locale", SUPPORTED)
def test_every_organisation_is_named_in_every_locale(directory, locale):
    """Each entry's helpline-<id> message exists in the locale itself, not by fallback, and is not empty."""
    tr = translator(locale, ROOT)
    for line in directory.entries:
        text, folder = tr.lookup(line.message_id)
        assert folder == locale, f"{line.message_id} in {locale} comes from {folder}"
        assert plain(text).strip(), line.message_id


def test_organisation_names_in_arabic_are_written_in_arabic_script(directory):
    """An Arabic-speaking child reads the organisation's name in Arabic letters."""
    tr = translator("ar", ROOT)
    for line in directory.entries:
        letters = [c for c in plain(tr(line.message_id)) if c.isalpha()]
        assert letters and all("ARABIC" in unicodedata.name(c, "") for c in letters), line.message_id
