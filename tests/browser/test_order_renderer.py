"""The "order these steps" renderer (course/content/questions/order.js) in Chromium, on its own.

It is loaded as the player loads it, concatenated into an ES module after ``const kinds = {}``,
and driven by keyboard and by tap at 360 px, right to left and left to right.
"""
from __future__ import annotations

import json

import pytest

from tests.browser.conftest import PHONE, shot
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

RENDERER = (ROOT / "course/content/questions/order.js").read_text("utf-8")
ITEMS = [("block-report", "Block and report"), ("dont-reply", "Don't reply"),
         ("tell-adult", "Tell a trusted adult"), ("screenshot", "Take a screenshot")]
WORDS = {"order-earlier": "Move earlier", "order-later": "Move later"}


def mount(browser, dir_: str = "ltr", locked: bool = False, explanation=None, response=None):
    page = browser.new_page(viewport=PHONE)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.set_content(f'<!doctype html><html dir="{dir_}"><body><p id="question-text">Put them in order</p>'
                     '<div id="host"></div></body></html>')
    data = {"selection": "order", "how": "Use the arrows", "positions": ["1", "2", "3", "4"],
            "items": [{"id": i, "label": label, "image": None} for i, label in ITEMS],
            "explanation": explanation}
    harness = f"""
const kinds = {{}};
{RENDERER}
window.changes = [];
const words = {json.dumps(WORDS)};
const ctx = {{dir: {json.dumps(dir_)}, say: (key) => words[key] || key, locked: {json.dumps(locked)},
             response: {json.dumps(response)}, onChange: (ids) => window.changes.push(ids)}};
document.getElementById("host").append(kinds.order.render({json.dumps(data)}, ctx));
window.mounted = true;
"""
    page.add_script_tag(content=harness, type="module")
    page.wait_for_function("window.mounted === true")
    return page, errors


def shown(page) -> list[str]:
    return page.eval_on_selector_all(".amaan-order-item", "rows => rows.map(r => r.dataset.id)")


def focused_key(page) -> str | None:
    return page.evaluate("document.activeElement && document.activeElement.dataset.key")


@pytest.mark.parametrize("dir_", ["rtl", "ltr"])
def test_keyboard_moves_keep_focus_on_the_moved_step(browser, dir_):
    page, errors = mount(browser, dir_)
    assert shown(page) == [i for i, _ in ITEMS]
    assert page.is_disabled('[data-key="order:block-report:earlier"]')  # first: nothing earlier
    page.focus('[data-key="order:block-report:later"]')
    page.keyboard.press("Enter")
    assert shown(page)[:2] == ["dont-reply", "block-report"]
    assert focused_key(page) == "order:block-report:later"  # the keyboard stays with the moved step
    page.keyboard.press("Enter")
    page.keyboard.press("Space")
    assert shown(page)[-1] == "block-report"
    # at the bottom "later" is disabled: focus moves to the step's other button, not to the page
    assert focused_key(page) == "order:block-report:earlier"
    changes = page.evaluate("window.changes")
    assert len(changes) == 3 and changes[-1] == ["dont-reply", "tell-adult", "screenshot", "block-report"]
    assert page.inner_text(".amaan-order-live") == "4 \u2014 Block and report"
    assert page.get_attribute('[data-key="order:tell-adult:earlier"]', "aria-label") == "Move earlier: Tell a trusted adult"
    shot(page, f"order-renderer-{dir_}")
    assert errors == []
    page.close()


def test_taps_reorder_to_the_right_answer(browser):
    page, errors = mount(browser)
    page.click('[data-key="order:screenshot:earlier"]')
    page.click('[data-key="order:screenshot:earlier"]')
    page.click('[data-key="order:dont-reply:earlier"]')
    for _ in range(3):
        page.click('[data-key="order:block-report:later"]')
    assert page.evaluate("window.changes")[-1] == ["dont-reply", "screenshot", "tell-adult", "block-report"]
    assert errors == []
    page.close()


@pytest.mark.parametrize("dir_", ["rtl", "ltr"])
def test_buttons_are_at_least_48px_and_the_layout_follows_the_direction(browser, dir_):
    page, errors = mount(browser, dir_)
    sizes = page.eval_on_selector_all(".amaan-order-move",
                                      "bs => bs.map(b => [b.getBoundingClientRect().width, b.getBoundingClientRect().height])")
    assert sizes and all(w >= 48 and h >= 48 for w, h in sizes), sizes
    place = page.eval_on_selector(".amaan-order-place", "e => e.getBoundingClientRect().left")
    label = page.eval_on_selector(".amaan-order-label", "e => e.getBoundingClientRect().left")
    assert (place > label) if dir_ == "rtl" else (place < label)  # the number comes first in reading order
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # no sideways scrolling
    assert errors == []
    page.close()


def test_locked_shows_the_childs_order_and_the_explanation_without_buttons(browser):
    explanation = {"head": "The right order, and why:",
                   "steps": [{"id": "dont-reply", "label": "Don't reply", "image": None, "why": "First, stop."}]}
    response = ["dont-reply", "screenshot", "tell-adult", "block-report"]
    page, errors = mount(browser, locked=True, explanation=explanation, response=response)
    assert shown(page) == response
    assert page.query_selector(".amaan-order-move") is None
    assert "The right order, and why:" in page.inner_text(".amaan-order-answer")
    assert "First, stop." in page.inner_text(".amaan-order-answer")
    assert errors == []
    page.close()
