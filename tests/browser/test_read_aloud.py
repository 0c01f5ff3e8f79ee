"""Read aloud uses the device's own voice in the page's language; no voice, no button."""
from __future__ import annotations

import pytest

from tests.browser.conftest import PHONE, shot
from tests.browser.test_learner_flow import click

pytestmark = pytest.mark.browser

FAKE_SPEECH = """
window.__spoken = [];
const voices = %s;
Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: {
  speaking: false, onvoiceschanged: null,
  getVoices: () => voices,
  speak(u) { window.__spoken.push({text: u.text, lang: u.lang}); },
  cancel() {}, addEventListener() {},
}});
"""


def speech_page(browser, server, voices: str, lang: str = "ar"):
    ctx = browser.new_context(viewport=PHONE, extra_http_headers={"Accept-Language": lang})
    ctx.add_init_script(FAKE_SPEECH % voices)
    page = ctx.new_page()
    page.goto(server + "/")
    page.wait_for_selector(".amaan-get-help")
    page.locator(".amaan-bands button").nth(0).click()  # under 9: the pre-readers
    page.wait_for_selector(".amaan-open-u9-right-to-play button")
    click(page, "open-u9-right-to-play")
    page.wait_for_selector(".amaan-next button")
    return ctx, page


def test_read_aloud_reads_the_card_and_its_choices_in_arabic(browser, server):
    ctx, page = speech_page(browser, server, "[{lang: 'ar-SA', name: 'Arabic'}]")
    assert page.locator(".amaan-read-aloud button").is_visible()
    click(page, "read-aloud")
    page.wait_for_function("window.__spoken.length === 1")
    spoken = page.evaluate("window.__spoken[0]")
    assert spoken["lang"] == "ar"
    assert "يوسف" in spoken["text"]  # the card's story, as shown
    ctx.close()


def test_without_a_voice_for_the_language_the_button_is_hidden(browser, server):
    ctx, page = speech_page(browser, server, "[{lang: 'en-US', name: 'English only'}]")
    assert not page.locator(".amaan-read-aloud button").is_visible()
    shot(page, "lesson-u9-ar-phone-no-voice")
    ctx.close()


def test_picture_answers_show_their_pictures(browser, server):
    ctx, page = speech_page(browser, server, "[]")
    for _ in range(10):
        if page.locator(".amaan-check button").count():
            break
        click(page, "next")
        page.wait_for_timeout(200)
    page.wait_for_selector(".amaan-check button")
    for _ in range(4):
        if page.locator(".option-pictures img").count() >= 2:
            break
        page.locator(".amaan-answers-one label, .amaan-answers-many label").first.click()
        click(page, "check")
        click(page, "next-question")
    assert page.locator(".option-pictures img").count() >= 2
    shot(page, "quiz-u9-ar-phone-pictures")
    ctx.close()
