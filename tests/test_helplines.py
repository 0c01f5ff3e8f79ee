"""The Get-help directory (help/helplines.yaml): a child only ever sees checked, sourced numbers.

A number may be marked verified only under the two-source rule of shared/guides/cop-content.md
("Review of 2026-12"): two independent public sources, one of them official (a ministry or other
public body, the operator, or Child Helpline International), checked within the last two years.
A verified entry that breaks it is a content error at its file and line, and is never shown.
"""
from __future__ import annotations

import datetime as dt
import html
import textwrap
import unicodedata
from pathlib import Path

import pytest

from course.content.helplines import HELPLINES_FILE, RULE, Helpline, load_directory
from course.content.report import load_content
from course.l10n import SUPPORTED, translator
from course.l10n.bundles import plain
from course.l10n.locales import ARAB_LEAGUE
from course.web.views.get_help import helpline_html
from tests.conftest import ROOT

# The 22 member states of the League of Arab States (ISO 3166 codes; PS for Palestine).
ARAB_LEAGUE_STATES = frozenset({
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR",
    "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE",
})
# What the search of 2026-12-03 could confirm under the rule: the line each child is shown.
SHOWN = {"EG": ["16000"], "SA": ["116111"], "JO": ["110"], "PS": ["121"], "AE": ["116111"], "BH": ["998"]}


@pytest.fixture(scope="module")
def report():
    return load_content(ROOT)


@pytest.fixture(scope="module")
def directory(report):
    return report.helplines


def entry(directory, entry_id: str) -> Helpline:
    return next(e for e in directory.entries if e.id == entry_id)


def test_the_directory_lists_all_22_arab_league_states(directory):
    """Every member state is listed once, and the app's country picker offers the same 22."""
    assert len(directory.countries) == len(set(directory.countries)) == 22
    assert set(directory.countries) == ARAB_LEAGUE_STATES
    assert set(ARAB_LEAGUE) == ARAB_LEAGUE_STATES


def test_every_entry_has_its_sources_and_a_date_they_were_checked(directory):
    """Each entry names the public pages it came from, who published each, and a check date not in the future."""
    assert directory.entries, "the directory is empty"
    for line in directory.entries:
        assert line.sources, line.id
        for source in line.sources:
            assert source.url.startswith(("https://", "http://")) and "." in source.site, line.id
            assert source.publisher.strip(), line.id
        assert dt.date(2020, 1, 1) <= line.checked <= dt.date.today(), line.id


def test_numbers_are_strings_of_digits(directory):
    """A number is digits only, so the tel: link dials it as written."""
    assert [(e.id, e.number) for e in directory.entries if not e.number.isdigit()] == []


# ---- the two-source rule --------------------------------------------------------------------------

def test_the_shipped_directory_breaks_no_rule(report):
    """`course check` finds no verified entry that breaks the rule in the shipped file."""
    assert [str(p) for p in report.problems if p.path == HELPLINES_FILE] == []


def test_every_verified_entry_has_two_sites_one_official_checked_within_two_years(directory):
    """The rule, read straight off the data: two different sites, one official, a recent check."""
    today = dt.date.today()
    verified = [e for e in directory.entries if e.verified]
    assert verified
    for line in verified:
        assert len({s.site for s in line.sources}) >= 2, line.id
        assert any(s.official for s in line.sources), line.id
        assert today - line.checked <= dt.timedelta(days=2 * 366), line.id
        assert line.meets_rule(), line.id


def test_every_helpline_shown_to_a_child_is_verified_and_meets_the_rule(directory):
    """Across every country, what for_child returns is verified, meets the rule, and is in that country."""
    shown = 0
    for country in ARAB_LEAGUE_STATES:
        for line in directory.for_child(country):
            assert line.verified and line.meets_rule(), line.id
            assert line.country == country
            shown += 1
    assert shown >= 1  # the check above must have something to check


def test_the_countries_whose_children_see_a_line_are_the_ones_checked_under_the_rule(directory):
    assert {c: [e.number for e in directory.for_child(c)] for c in ARAB_LEAGUE_STATES if directory.for_child(c)} == SHOWN


# Lebanon has no entry; Tunisia's sources conflict; Morocco, Algeria, Qatar, Sudan and Somalia have
# press sources only; Kuwait's 147 and Oman's 1100 have no official page found yet.
@pytest.mark.parametrize("country", ["LB", "TN", "MA", "DZ", "QA", "SD", "SO", "KW", "OM", None, "FR", "XX"])
def test_a_country_with_no_verified_entry_gives_the_child_no_number(directory, country):
    """A country with no verified entry, no country, or one outside the League: no number for the child."""
    assert directory.for_child(country) == []


def write_directory(root: Path, entry_yaml: str) -> int:
    """A helplines file with one entry; returns the line of its `verified:` key."""
    text = "countries: [BH]\nentries:\n" + textwrap.indent(textwrap.dedent(entry_yaml).strip("\n"), "  ") + "\n"
    (root / "help").mkdir(parents=True, exist_ok=True)
    (root / HELPLINES_FILE).write_text(text, "utf-8")
    return next(i for i, line in enumerate(text.splitlines(), 1) if line.strip().startswith("verified:"))


OFFICIAL = """\
      - url: https://www.bahrain.bh/service
        publisher: Bahrain national portal (government)
        official: true"""
PRESS = """\
      - url: https://www.gdnonline.com/Details/1
        publisher: Gulf Daily News (press)"""
SAME_SITE_PRESS = """\
      - url: https://bahrain.bh/other-page
        publisher: Bahrain national portal again"""
OLD_OFFICIAL = """\
      - url: https://www.bahrain.bh/service
        publisher: Bahrain national portal (government)
        official: false"""


def an_entry(sources: str, checked: str = "2026-12-01", verified: str = "true") -> str:
    return (f"- id: bh-cpc\n  country: BH\n  number: \"998\"\n  kind: helpline\n  sources:\n"
            f"{textwrap.indent(textwrap.dedent(sources), '  ')}\n  verified: {verified}\n  checked: {checked}\n"
            f"  confidence: two-sources\n")


@pytest.mark.parametrize(("sources", "checked", "why"), [
    (OFFICIAL, "2026-12-01", "two independent public sources"),
    (OFFICIAL + "\n" + SAME_SITE_PRESS, "2026-12-01", "two independent public sources"),
    (OLD_OFFICIAL + "\n" + PRESS, "2026-12-01", "none of its sources is official"),
    (OFFICIAL + "\n" + PRESS, "2024-11-30", "more than 2 years ago"),
    (OFFICIAL + "\n" + PRESS, "2026-12-05", "a day still to come"),
], ids=["one-source", "one-site-twice", "no-official", "checked-too-long-ago", "checked-in-the-future"])
def test_a_verified_entry_that_breaks_the_rule_is_an_error_at_its_line_and_never_shown(tmp_path, sources, checked, why):
    line = write_directory(tmp_path, an_entry(sources, checked))
    loaded = load_directory(tmp_path, today=dt.date(2026, 12, 3))
    found = [str(p) for p in loaded.problems]
    assert len(found) == 1 and found[0].startswith(f"{HELPLINES_FILE}:{line}:"), found
    assert f" {RULE} helpline 'bh-cpc' is marked verified but " in found[0] and why in found[0], found
    # kept for the educator, with its sources; never for a child
    assert [e.id for e in loaded.directory.entries] == ["bh-cpc"]
    assert not loaded.directory.entries[0].verified
    assert loaded.directory.for_child("BH") == []


def test_an_entry_that_meets_the_rule_loads_clean_and_is_shown(tmp_path):
    write_directory(tmp_path, an_entry(OFFICIAL + "\n" + PRESS, "2024-12-03"))  # exactly two years before
    loaded = load_directory(tmp_path, today=dt.date(2026, 12, 3))
    assert loaded.problems == []
    assert [e.number for e in loaded.directory.entries if e.verified] == ["998"]


def test_an_unverified_entry_may_have_a_single_press_source(tmp_path):
    write_directory(tmp_path, an_entry(PRESS, "2019-01-01", verified="false"))
    loaded = load_directory(tmp_path, today=dt.date(2026, 12, 3))
    assert loaded.problems == [] and loaded.directory.for_child("BH") == []


def test_an_entry_without_sources_is_refused(tmp_path):
    write_directory(tmp_path, an_entry("[]", verified="false").replace("sources:\n  []", "sources: []"))
    loaded = load_directory(tmp_path)
    assert [p.code for p in loaded.problems] == ["BAD-VALUE"] and "sources" in loaded.problems[0].message
    assert loaded.directory.entries == []


def test_a_line_that_ages_past_two_years_stops_being_shown_by_itself(directory):
    """for_child applies the rule on the day it is asked: a line not checked again disappears."""
    bahrain = entry(directory, "bh-cpc")
    later = bahrain.checked.replace(year=bahrain.checked.year + 2) + dt.timedelta(days=1)
    assert bahrain.meets_rule(bahrain.checked) and not bahrain.meets_rule(later)


# ---- the review of 2026-12 --------------------------------------------------------------------------

def test_the_uae_federal_116111_is_shown_to_every_child_in_the_uae(directory):
    moi = entry(directory, "ae-moi")
    assert (moi.number, moi.region, moi.verified) == ("116111", None, True)
    assert any(s.official and s.site == "adpolice.gov.ae" for s in moi.sources)
    assert [e.id for e in directory.for_child("AE")] == ["ae-moi"]


def test_dubais_800111_is_kept_with_its_region(directory):
    dubai = entry(directory, "ae-dfwac")
    assert (dubai.number, dubai.region, dubai.hours_per_day) == ("800111", "Dubai", 24)


def test_bahrains_998_meets_the_rule_with_the_national_portal(directory):
    bahrain = entry(directory, "bh-cpc")
    assert bahrain.verified and bahrain.hours_per_day == 24
    assert [s.site for s in bahrain.sources if s.official] == ["bahrain.bh"]


def test_saudi_arabias_line_answers_day_and_night_and_palestines_16_hours(directory):
    assert entry(directory, "sa-nfsp").hours_per_day == 24
    assert entry(directory, "ps-sawa").hours_per_day == 16


def test_egypts_line_has_a_recent_source(directory):
    egypt = entry(directory, "eg-nccm")
    assert egypt.verified and max(s.published or 0 for s in egypt.sources) >= 2025


# ---- what the child reads ---------------------------------------------------------------------------

def shown_text(locale: str, line: Helpline) -> str:
    return plain(html.unescape(helpline_html(translator(locale, ROOT), line)))


@pytest.mark.parametrize("locale", SUPPORTED)
def test_the_child_reads_the_region_a_line_serves_in_their_language(directory, locale):
    dubai = entry(directory, "ae-dfwac")
    tr = translator(locale, ROOT)
    region = tr.attr(dubai.message_id, "region")
    assert region and region.strip()
    text = shown_text(locale, dubai)
    assert plain(tr("help-helpline-region", region=region)) in text
    assert 'class="region"' in helpline_html(tr, dubai)


@pytest.mark.parametrize("locale", SUPPORTED)
def test_the_child_reads_a_lines_hours(directory, locale):
    tr = translator(locale, ROOT)
    sawa = entry(directory, "ps-sawa")
    assert plain(tr("help-helpline-hours", hours=16)) in shown_text(locale, sawa)
    assert plain(tr("help-helpline-hours", hours=24)) in shown_text(locale, entry(directory, "sa-nfsp"))
    assert plain(tr("help-helpline-hours", hours=16)) != plain(tr("help-helpline-hours", hours=24))


def test_a_line_for_the_whole_country_with_unknown_hours_shows_neither(directory):
    jordan = entry(directory, "jo-jrf")
    assert jordan.region is None and jordan.hours_per_day is None
    shown = helpline_html(translator("ar", ROOT), jordan)
    assert 'class="region"' not in shown and 'class="hours"' not in shown and 'href="tel:110"' in shown


@pytest.mark.parametrize(("hours", "form"), [
    (1, "سَاعَةً وَاحِدَةً"), (2, "سَاعَتَيْنِ"), (3, "3 سَاعَاتٍ"), (16, "16 سَاعَةً"), (100, "100 سَاعَةٍ"),
    (24, "لَيْلًا وَنَهَارًا"),
])
def test_arabic_hours_agree_with_the_number(hours, form):
    """Arabic counts hours with one form for 1, 2, 3-10, 11-99 and 100; 24 reads 'day and night'."""
    assert form in plain(translator("ar", ROOT)("help-helpline-hours", hours=hours))


def test_in_egyptian_arabic_the_hours_are_in_arabic_digits():
    assert "١٦ سَاعَةً" in plain(translator("ar-EG", ROOT)("help-helpline-hours", hours=16))


def test_every_line_with_a_region_names_it_in_every_locale(directory):
    for line in directory.entries:
        for locale in SUPPORTED:
            tr = translator(locale, ROOT)
            text, folder = tr.lookup(line.message_id, "region")
            if line.region:
                assert folder == locale and text and text.strip(), (line.id, locale)
            else:
                assert text is None, (line.id, locale)


@pytest.mark.parametrize("locale", SUPPORTED)
def test_every_organisation_is_named_in_every_locale(directory, locale):
    """Each entry's helpline-<id> message exists in the locale itself, not by fallback, and is not empty."""
    tr = translator(locale, ROOT)
    for line in directory.entries:
        text, folder = tr.lookup(line.message_id)
        assert folder == locale, f"{line.message_id} in {locale} comes from {folder}"
        assert plain(text).strip(), line.message_id


def test_organisation_and_region_names_in_arabic_are_written_in_arabic_script(directory):
    """An Arabic-speaking child reads the organisation's name, and its region, in Arabic letters."""
    tr = translator("ar", ROOT)
    for line in directory.entries:
        texts = [tr(line.message_id)] + ([tr.attr(line.message_id, "region") or ""] if line.region else [])
        for text in texts:
            letters = [c for c in plain(text) if c.isalpha()]
            assert letters and all("ARABIC" in unicodedata.name(c, "") for c in letters), line.message_id
