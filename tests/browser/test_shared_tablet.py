"""A shared school tablet: the next child never finds the last one's band, lessons or progress."""
from __future__ import annotations

import time

import pytest

from tests.browser.conftest import PHONE, shot
from tests.browser.test_learner_flow import click, lesson_button_says, open_lesson, wait_text

pytestmark = pytest.mark.browser
DAY = 24 * 60 * 60


def wait_cookie(ctx, name: str, present: bool = True, seconds: float = 15) -> dict | None:
    """The browser's cookie ``name`` once it is there (or gone): the page's script sets sign-in
    cookies by a request of its own, a moment after the tap."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = {c["name"]: c for c in ctx.cookies()}.get(name)
        if (found is not None) == present:
            return found
        time.sleep(0.1)
    raise AssertionError(f"cookie {name} {'never came' if present else 'stayed'}")


def test_a_guest_taps_im_done_and_the_next_child_finds_a_fresh_home(open_page, browser):
    page, _ = open_page("/", PHONE, "ar")
    ctx = page.context
    open_lesson(page)
    click(page, "next")
    wait_text(page, "البطاقة 2 من 6")
    guest = wait_cookie(ctx, "amaan_guest")
    assert guest["httpOnly"] and guest["sameSite"] == "Lax"
    assert 29 * DAY < guest["expires"] - time.time() <= 30 * DAY  # the retention period, not a year
    time.sleep(1.1)
    page.goto(page.url.split("?")[0])  # the guest comes back to the home page: recognised, and their cookie renewed
    page.wait_for_selector(".amaan-done button")
    deadline = time.monotonic() + 15
    while wait_cookie(ctx, "amaan_guest")["expires"] <= guest["expires"] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert wait_cookie(ctx, "amaan_guest")["expires"] > guest["expires"]
    assert lesson_button_says(page) == "تابع"
    wait_text(page, "عندما تنتهي، اضغط «انتهيتُ» ليبدأ الطفل التالي من جديد.")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot(page, "home-guest-im-done-ar-phone")
    click(page, "done")
    wait_text(page, "أحسنت! صار هذا الجهاز جاهزًا لطفل آخر.")
    page.locator(".amaan-open-private-eye").wait_for(state="detached")  # no band, so no lessons
    assert page.locator(".amaan-done button").is_hidden()
    shot(page, "home-guest-after-im-done-ar-phone")
    wait_cookie(ctx, "amaan_guest", present=False)

    child, _ = open_page("/", PHONE, "ar", context=ctx)  # the next child, on the same browser
    assert child.locator(".amaan-bands button[aria-pressed=true]").count() == 0
    assert starts_afresh(child)

    # A copy of the cookie taken before "I'm done" opens nothing either: the token was forgotten.
    elsewhere = browser.new_context(viewport=PHONE, locale="ar", extra_http_headers={"Accept-Language": "ar"})
    elsewhere.add_cookies([guest])
    copy, _ = open_page("/", PHONE, "ar", context=elsewhere)
    assert starts_afresh(copy)


def starts_afresh(page) -> bool:
    page.locator(".amaan-bands button").nth(1).click()
    page.wait_for_selector(".amaan-open-private-eye button")
    wait_text(page, "أنت تتعلّم زائرًا")
    return lesson_button_says(page) == "ابدأ"
