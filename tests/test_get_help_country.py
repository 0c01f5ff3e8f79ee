"""Get help shows a helpline only for the country the child lives in, as far as the app knows it
(issue 15, defect 1): the locale's region, the class's country, or the child's own choice.
Never the first country of the list, never a cookie value the child did not choose."""
from __future__ import annotations

import html

import pytest

from course.l10n.bundles import plain
from course.web import shared
from course.web.learner_page import OLD_COUNTRY_COOKIE, initial_state
from course.web.learner_state import LearnerState
from course.web.views.get_help import HelpView, country_options
from course.web.views.shell import LearnerShell
from tests.store.conftest import db_url, store  # noqa: F401  (fixtures, reused)

COOKIE = LearnerState.COUNTRY_COOKIE


def opened(locale: str = "ar", jar: dict | None = None) -> LearnerState:
    return initial_state({}, jar or {}, {"Accept-Language": locale})


def drawn_help(state: LearnerState) -> HelpView:
    """Get help as a page builds it, drawn into Bokeh models (where Panel once chose a value)."""
    view = HelpView(state=state)
    view.__panel__().get_root()
    return view


def help_text(view: HelpView) -> str:
    return plain(html.unescape(view._body.object))


@pytest.mark.parametrize("locale", ["ar", "en", "fr"])
def test_a_plain_locale_gives_no_country_and_drawing_get_help_chooses_none(store, locale):
    """Plain ar (or en, fr), an age band, the whole page drawn: no country, no country cookie.
    Before issue 15, drawing the page made Palestine (ar) or Algeria (en, fr) the child's country."""
    state = opened(locale)
    shell = LearnerShell(state=state)
    shell.__panel__().get_root()
    state.choose_band("9-12")
    assert state.country is None
    assert state.remember.get(COOKIE, "") == "" and "amaan_country" not in state.remember
    view = shell.view("help")
    assert "tel:" not in view._body.object
    assert plain(shared.tr(locale)("help-country-unknown")) in help_text(view)
    assert view._country.value == ""


def test_the_country_choice_lists_the_22_countries_by_name_with_nothing_chosen():
    t = shared.tr("ar")
    options = country_options(t)
    values = list(options.values())
    assert values[0] == "" and len(values) == 23 and len(set(values)) == 23
    assert list(options)[0] == t("help-country-choose")
    assert "الأردن" in options and options["الأردن"] == "JO"


def test_the_locales_region_is_the_country(store):
    """ar-EG: Egypt's line at once, with no question asked."""
    state = opened("ar-EG")
    assert state.country == "EG"
    view = drawn_help(state)
    assert 'href="tel:16000"' in view._body.object and view._country.value == "EG"
    assert state.remember.get(COOKIE, "") == ""  # a region is not a choice: nothing stored


def test_a_region_outside_the_league_is_not_a_country_we_know(store):
    assert opened("fr-FR").country is None


def test_the_childs_own_choice_shows_that_countrys_line_and_is_remembered(store):
    state = opened("ar")
    view = drawn_help(state)
    view._country.value = "JO"  # the child picks الأردن
    assert state.country == "JO" and state.remember[COOKIE] == "JO"
    assert 'href="tel:110"' in view._body.object
    assert opened("ar", {COOKIE: "JO"}).country == "JO"  # the next page opens on it
    view._country.value = ""  # "Choose your country" again: not known, and forgotten
    assert state.country is None and state.remember[COOKIE] == ""
    assert "tel:" not in view._body.object


def test_the_childs_choice_wins_over_the_locales_region(store):
    assert opened("ar-EG", {COOKIE: "JO"}).country == "JO"


@pytest.mark.parametrize("value", ["PS", "DZ", "EG"])
def test_the_old_silent_cookie_is_ignored_and_deleted(store, value):
    """amaan_country was written without the child choosing: its value is not trusted."""
    state = opened("ar", {OLD_COUNTRY_COOKIE: value})
    assert state.country is None
    assert state.remember[OLD_COUNTRY_COOKIE] == ""  # an empty value makes the browser drop it


@pytest.mark.parametrize("value", ["XX", "FR", "jo", "JO;", "", "<b>JO</b>", "J" * 4000])
def test_a_made_up_cookie_value_counts_as_not_known(store, value):
    state = opened("ar", {COOKIE: value})
    assert state.country is None
    view = drawn_help(state)
    assert "tel:" not in view._body.object and view._country.value == ""


@pytest.mark.parametrize("value", ["XX", "FR", "", None])
def test_choose_country_accepts_only_listed_countries(value):
    state = LearnerState(locale="en")
    state.choose_country(value)
    assert state.country is None and state.remember[COOKIE] == ""


def test_a_class_learner_gets_their_classs_country_and_it_is_not_stored_as_their_choice(store):
    from course.store import accounts, classes

    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    klass = classes.create_class(teacher, "5B", country="JO")
    learner = classes.add_learner(klass.id, "Layla", None, as_educator=teacher)
    state = opened("ar", {COOKIE: "EG"})
    view = drawn_help(state)
    state.signed_in(learner, "Layla")
    assert state.country == "JO"
    assert 'href="tel:110"' in view._body.object and view._country.value == "JO"
    assert state.remember.get(COOKIE, "") == ""  # the class decided, not the child


def test_a_class_without_a_country_leaves_it_unknown(store):
    from course.store import accounts, classes

    teacher = accounts.create_educator("teacher", "a long enough password", "Teacher")
    klass = classes.create_class(teacher, "5B")
    learner = classes.add_learner(klass.id, "Layla", None, as_educator=teacher)
    state = opened("ar")
    state.signed_in(learner, "Layla")
    assert state.country is None
