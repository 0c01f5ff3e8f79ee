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
