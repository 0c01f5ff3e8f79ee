"""Read aloud uses the device's own voice in the page's language. The button stays in one place
beside the progress bar; without a voice for the language it says so instead of vanishing
(issue 15, item 7)."""
from __future__ import annotations

import re

import pytest

from course.l10n import translator
from course.l10n.bundles import plain
from tests.browser.conftest import PHONE, Watch, shot
from tests.browser.test_learner_flow import click, control, wait_text
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

# The device's speech synthesis, stubbed: ``voices`` are what it has. The utterance is a plain
# object too (a real one accepts only a real SpeechSynthesisVoice as its voice).
FAKE_SPEECH = """
window.__spoken = [];
const voices = %s;
window.SpeechSynthesisUtterance = class {
  constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.rate = 1; }
  addEventListener() {}
};
Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: {
  speaking: false, onvoiceschanged: null,
  getVoices: () => voices,
  speak(u) { window.__spoken.push({text: u.text, lang: u.lang, voice: u.voice && u.voice.name}); },
  cancel() {}, addEventListener() {},
}});
"""
ARABIC_VOICE = "[{lang: 'ar-SA', name: 'Arabic'}]"
ENGLISH_ONLY = "[{lang: 'en-US', name: 'English only'}]"


def speech_page(browser, server, voices: str, lang: str = "ar", lesson: str = "u9-right-to-play"):
    ctx = browser.new_context(viewport=PHONE, extra_http_headers={"Accept-Language": lang})
    ctx.add_init_script(FAKE_SPEECH % voices)
    page = ctx.new_page()
    watch = Watch(server)
    page.on("request", watch.request)
    page.on("console", watch.console)
    page.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    page._amaan_watch = watch
    page.goto(server + "/")
    page.wait_for_selector(".amaan-get-help")
    page.locator(".amaan-bands button").nth(0).click()  # under 9: the pre-readers
    page.wait_for_selector(f".amaan-open-{lesson} button")
    click(page, f"open-{lesson}")
    page.wait_for_selector("button.amaan-next")
    return ctx, page


def test_read_aloud_reads_the_card_and_its_choices_in_arabic(browser, server):
    ctx, page = speech_page(browser, server, ARABIC_VOICE)
    assert control(page, "read-aloud").is_visible()
    click(page, "read-aloud")
    page.wait_for_function("window.__spoken.length === 1")
    spoken = page.evaluate("window.__spoken[0]")
    assert spoken["lang"].startswith("ar") and spoken["voice"] == "Arabic"
    # the card's story, as shown (under-9 Arabic is fully vowelled: compare the letters)
    assert "يوسف" in re.sub("[\u064b-\u0652\u0670]", "", spoken["text"])
    # on a choice card it reads the question and its choices
    click(page, "next")
    page.locator("button.amaan-choice").first.wait_for()
    click(page, "read-aloud")
    page.wait_for_function("window.__spoken.length === 2")
    text = page.evaluate("window.__spoken[1].text")
    for label in page.locator("button.amaan-choice").all_inner_texts():
        assert label.strip() in text
    page._amaan_watch.assert_clean()
    ctx.close()


def test_without_a_voice_for_the_language_the_button_stays_and_says_so(browser, server):
    """Cheap phones often have no Arabic voice: the button is still there, in the same place, and
    tapping it tells the child (instead of the button silently disappearing)."""
    ctx, page = speech_page(browser, server, ENGLISH_ONLY)
    button = control(page, "read-aloud")
    assert button.is_visible()
    click(page, "read-aloud")
    wait_text(page, plain(translator("ar", ROOT)("read-aloud-no-voice")))
    assert page.evaluate("window.__spoken.length") == 0
    shot(page, "lesson-u9-ar-phone-no-voice")
    page._amaan_watch.assert_clean()
    ctx.close()
