"""Get help in Arabic: Egypt shows its checked helpline; Lebanon, with none, shows the adult guidance only."""
from __future__ import annotations

import pytest

from course.l10n import translator
from course.l10n.bundles import plain
from course.web.views.get_help import country_name
from tests.browser.conftest import PHONE, shot
from tests.browser.test_learner_flow import wait_text
from tests.conftest import ROOT

pytestmark = pytest.mark.browser


def arabic(msg_id: str) -> str:
    return plain(translator("ar", ROOT)(msg_id))


def open_help_in_arabic(open_page):
    page, _ = open_page("/", PHONE, "ar")
    page.locator(".amaan-get-help button").click()
    page.wait_for_selector(".amaan-country select")
    wait_text(page, arabic("help-trusted-adult"))
    return page


def choose_country(page, code: str) -> None:
    page.locator(".amaan-country select").select_option(label=country_name("ar", code))


def help_text(page) -> str:
    return plain(page.locator(".help").inner_text())


def test_a_child_in_egypt_sees_the_16000_line_and_who_runs_it(open_page):
    """Choosing مصر shows the trusted-adult advice, a call link to 16000 and the council's Arabic name."""
    page = open_help_in_arabic(open_page)
    assert page.locator(".helpline").count() == 0
    choose_country(page, "EG")
    page.locator(".helpline").wait_for(timeout=15_000)
    assert page.locator(".helpline a.call").get_attribute("href") == "tel:16000"
    text = help_text(page)
    assert "16000" in text
    assert arabic("helpline-eg-nccm") in text
    assert arabic("help-trusted-adult") in text
    assert arabic("help-no-helpline") not in text
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot(page, "help-ar-phone-egypt")


def test_a_child_in_lebanon_sees_only_the_trusted_adult_guidance(open_page):
    """Lebanon has no checked line: no number, the trusted-adult advice and the "no checked helpline" note."""
    page = open_help_in_arabic(open_page)
    choose_country(page, "EG")
    page.locator(".helpline").wait_for(timeout=15_000)
    # switching country replaces Egypt's line rather than adding to it
    choose_country(page, "LB")
    wait_text(page, arabic("help-no-helpline"))
    assert page.locator(".helpline").count() == 0
    assert page.locator("a[href^='tel:']").count() == 0
    text = help_text(page)
    assert arabic("help-trusted-adult") in text and arabic("help-what-to-do") in text
    assert "16000" not in text
    shot(page, "help-ar-phone-lebanon")


# ---- whose helpline: the country comes only from the region, the class or the child (issue 15) --

COUNTRY_COOKIE = "amaan_lives_in"


def cookies_of(page) -> dict[str, str]:
    return {c["name"]: c["value"] for c in page.context.cookies()}


def wait_cookie_value(page, name: str, value: str, seconds: float = 15) -> None:
    """The page's script writes preference cookies a moment after the tap."""
    for _ in range(int(seconds * 10)):
        if cookies_of(page).get(name) == value:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"cookie {name} is {cookies_of(page).get(name)!r}, not {value!r}")


def open_help(page) -> None:
    page.locator(".amaan-get-help button").click()
    page.wait_for_selector(".amaan-country select")
    wait_text(page, arabic("help-trusted-adult"))


def chosen_label(page) -> str:
    return page.locator(".amaan-country select").evaluate("s => s.options[s.selectedIndex].text")


def assert_no_number_and_the_question(page) -> None:
    """Unknown country: the trusted-adult advice and "Where do you live?", no one's number."""
    page.wait_for_timeout(500)  # a late patch would bring a number: give it time to come
    assert page.locator(".helpline").count() == 0
    assert page.locator("a[href^='tel:']").count() == 0
    text = help_text(page)
    assert arabic("help-trusted-adult") in text and arabic("help-country-unknown") in text
    assert "121" not in text and "16000" not in text
    assert page.locator(".amaan-country select").is_visible()
    assert plain(chosen_label(page)) == arabic("help-country-choose")
    assert arabic("help-country-where") in plain(page.locator(".amaan-country label").first.inner_text())


def test_a_plain_arabic_browser_is_never_told_another_countrys_helpline(open_page):
    """Before issue 15: picking an age band stored amaan_country=PS (the list's first country) and,
    after a reload, Get help told every child to call 121 (Sawa, Palestine)."""
    page, _ = open_page("/", PHONE, "ar")
    page.locator(".amaan-bands button").nth(1).click()
    page.locator(".amaan-open-private-eye button").wait_for()
    wait_cookie_value(page, "amaan_band", "9-12")
    page.reload()
    page.wait_for_selector(".amaan-open-private-eye button", timeout=30_000)
    assert "amaan_country" not in cookies_of(page) and COUNTRY_COOKIE not in cookies_of(page)
    open_help(page)
    assert_no_number_and_the_question(page)
    shot(page, "help-ar-phone-unknown-country")
    choose_country(page, "JO")
    page.locator(".helpline a.call").wait_for(timeout=15_000)
    assert page.locator(".helpline a.call").get_attribute("href") == "tel:110"
    assert page.locator("a[href^='tel:']").count() == 1
    assert arabic("help-country-unknown") not in help_text(page)
    wait_cookie_value(page, COUNTRY_COOKIE, "JO")
    shot(page, "help-ar-phone-jordan")
    page.reload()
    page.wait_for_selector(".amaan-get-help", timeout=30_000)
    open_help(page)
    page.locator(".helpline a.call").wait_for(timeout=15_000)
    assert page.locator("a[href^='tel:']").evaluate_all("links => links.map(a => a.href)") == ["tel:110"]
    assert chosen_label(page) == country_name("ar", "JO")


@pytest.mark.parametrize("old_cookie", [False, True])
def test_an_egyptian_arabic_browser_sees_egypts_line_at_once(open_page, browser, server, old_cookie):
    """ar-EG: Egypt's line with no question asked, even where an old page once stored Palestine."""
    ctx = browser.new_context(viewport=PHONE, locale="ar-EG", extra_http_headers={"Accept-Language": "ar-EG"})
    if old_cookie:
        ctx.add_cookies([{"name": "amaan_country", "value": "PS", "url": server}])
    page, _ = open_page("/", PHONE, "ar-EG", context=ctx)
    open_help(page)
    page.locator(".helpline a.call").wait_for(timeout=15_000)
    assert page.locator("a[href^='tel:']").evaluate_all("links => links.map(a => a.href)") == ["tel:16000"]
    assert chosen_label(page) == country_name("ar", "EG")
    assert COUNTRY_COOKIE not in cookies_of(page)  # the region is not stored as a choice


@pytest.mark.parametrize("cookie", [{"name": "amaan_country", "value": "PS"},
                                    {"name": COUNTRY_COOKIE, "value": "XX<script>"}])
def test_a_country_cookie_the_child_did_not_choose_is_not_believed(open_page, browser, server, cookie):
    """Old pages wrote amaan_country=PS without the child choosing: ignored, then deleted. A made-up
    value of the new cookie is not a country either."""
    ctx = browser.new_context(viewport=PHONE, locale="ar", extra_http_headers={"Accept-Language": "ar"})
    ctx.add_cookies([{**cookie, "url": server}])
    page, _ = open_page("/", PHONE, "ar", context=ctx)
    open_help(page)
    assert_no_number_and_the_question(page)
    if cookie["name"] == "amaan_country":
        for _ in range(100):
            if "amaan_country" not in cookies_of(page):
                break
            page.wait_for_timeout(100)
        assert "amaan_country" not in cookies_of(page)
