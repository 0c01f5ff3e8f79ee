"""Reach: every page works offline, is light, and can be used by every child.

- nothing is fetched from beyond the server, on any page, the 404 included;
- responses are compressed, hashed files are cached for years, unused bundles are left out;
- axe-core (vendored from the npm registry, tests/browser/vendor/axe-core) finds no serious or
  critical violation on any page, in Arabic, English and French;
- a lesson and its quiz can be done with the keyboard alone, with the focus always visible;
- at 360x640, and with text at 200%, nothing scrolls sideways and no text is cut off;
- screenshots of every page in Arabic and English, phone and desktop, go to
  test-artifacts/screenshots/ (reach-*.png).
"""
from __future__ import annotations

import gzip
import hashlib
import re
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, Watch, launch, shot
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
STATIC = ROOT / "course" / "web" / "static"
LESSON = "private-eye"
LOCALES = ("ar", "en", "fr")
YEAR = 365 * 24 * 3600

# Walks every element, through Bokeh's open shadow roots.
ALL_ELEMENTS_JS = """
function amaanAll(root = document, out = []) {
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) amaanAll(el.shadowRoot, out);
  }
  return out;
}
"""

# Text that sticks out of the viewport, or is cut off by a box too small for it. Skips what
# is hidden on purpose: the skip link until focused, screen-reader-only text, hidden inputs.
LAYOUT_PROBLEMS_JS = """
() => {
""" + ALL_ELEMENTS_JS + """
  const width = document.documentElement.clientWidth;
  const problems = [];
  // (checkVisibility: false in a closed <details> too, whose content Chromium lays out but skips)
  const hiddenOnPurpose = el => el.closest('.amaan-skip, .sr-only') || !el.checkVisibility() ||
    (el.getRootNode().host && el.getRootNode().host.closest && el.getRootNode().host.closest('.sr-only'));
  const describe = el => {
    const host = el.getRootNode().host;
    return `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` +
      (host ? ` in ${host.tagName.toLowerCase()}.${[...host.classList].join('.')}` : '') +
      ` "${(el.innerText || el.value || '').trim().slice(0, 40)}"`;
  };
  if (document.documentElement.scrollWidth > width + 1) {
    problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
  }
  for (const el of amaanAll()) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || hiddenOnPurpose(el)) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const hasText = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (hasText && (box.right > width + 1 || box.left < -1)) {
      problems.push(`off screen (${Math.round(box.left)}..${Math.round(box.right)} of ${width}): ${describe(el)}`);
    }
    const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
    if (hasText && clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
      const sizes = `${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`;
      problems.push(`text cut off (${sizes}): ${describe(el)}`);
    }
  }
  // text drawn under a button (a button that covers a title, say)
  const buttons = amaanAll().filter(el => el.tagName === 'BUTTON' && el.getBoundingClientRect().width > 0);
  for (const el of amaanAll()) {
    for (const node of el.childNodes) {
      if (node.nodeType !== 3 || !node.textContent.trim() || el.closest('button') || hiddenOnPurpose(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        for (const b of buttons) {
          const box = b.getBoundingClientRect();
          const w = Math.min(r.right, box.right) - Math.max(r.left, box.left);
          const h = Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
          const text = node.textContent.trim().slice(0, 30), label = b.innerText.trim().slice(0, 30);
          if (w > 2 && h > 2) problems.push(`text under a button: "${text}" under "${label}"`);
        }
      }
    }
  }
  return problems;
}
"""

# The element that really has the focus (through shadow roots), the classes of the
# components around it, and whether a focus indicator is drawn.
FOCUS_JS = """
() => {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return null;
  const classes = [];
  for (let node = el; node; ) {
    if (node.classList) classes.push(...node.classList);
    node = node.parentElement || (node.getRootNode() && node.getRootNode().host);
  }
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const ring = style.boxShadow && style.boxShadow !== 'none';
  const box = el.getBoundingClientRect();
  return {tag: el.tagName.toLowerCase(), type: el.type || '', text: (el.innerText || el.labels?.[0]?.innerText || '').trim(),
          classes, visible: outline || ring, onScreen: box.width > 0 && box.height > 0};
}
"""


# ---- helpers ----------------------------------------------------------------------------------

def serious_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text("utf-8"))  # inline: no request leaves the page
    found = page.evaluate("""async () => {
        const result = await axe.run(document, {resultTypes: ['violations']});
        return result.violations.filter(v => ['serious', 'critical'].includes(v.impact)).map(v =>
            `${v.impact} ${v.id}: ${v.help} -- ` + v.nodes.slice(0, 4).map(n => n.target.join(' > ')).join(' | '));
    }""")
    return found


def layout_problems(page) -> list[str]:
    return page.evaluate(LAYOUT_PROBLEMS_JS)


def progress(page) -> str:
    return page.locator(".progress .count").inner_text()


def control(page, name: str):
    """The player's own buttons (button.amaan-NAME) or a Panel one (.amaan-NAME button)."""
    return page.locator(f"button.amaan-{name}, .amaan-{name} button")


def press(page, name: str) -> None:
    control(page, name).first.click()


def next_card(page) -> None:
    before = progress(page)
    if page.locator("button.amaan-skip").count():  # "what would you do?" waits for a choice
        page.locator("button.amaan-choice").first.click()
        page.locator("button.amaan-choice[aria-pressed=true]").wait_for()
    press(page, "next")
    expect(page.locator(".progress .count")).not_to_have_text(before)


def click_option(page, index: int) -> None:
    """Click the index-th answer of whichever group (one or many) the current question shows."""
    for _ in range(20):
        for group in (".amaan-answers-one", ".amaan-answers-many"):
            if page.locator(group).is_visible():
                try:
                    page.locator(f"{group} label").nth(index).click(timeout=3_000)
                    return
                except PlaywrightTimeout:  # the question changed under us: look again
                    pass
        page.wait_for_timeout(250)
    raise AssertionError(f"no answer {index} to click")


def answer_question(page) -> None:
    """Answer the current question: the first option, and the second too if that was not enough."""
    for attempt in range(2):
        click_option(page, attempt)
        press(page, "check")
        try:
            control(page, "next-question").wait_for(timeout=3_000)
            return
        except PlaywrightTimeout:  # one more try
            continue


class Walk:
    """A child's way through every learner page, stopping at each to look at it."""

    def __init__(self, page, label: str, look):
        self.page, self.label, self.look = page, label, look

    def run(self) -> None:
        page = self.page
        page.locator(".amaan-bands button").nth(1).wait_for()
        self.look("home")
        page.locator(".amaan-bands button").nth(1).click()
        page.locator(f".amaan-open-{LESSON} button").wait_for()
        self.look("home-lessons")
        press(page, f"open-{LESSON}")
        control(page, "next").wait_for()
        self.look("lesson-card")
        next_card(page)
        next_card(page)
        page.locator("button.amaan-choice").first.wait_for()
        self.look("lesson-choice")
        page.locator("button.amaan-choice").first.click()
        page.locator(".feedback[role=status]").first.wait_for()
        self.look("lesson-choice-feedback")
        for _ in range(3):
            next_card(page)
        press(page, "next")  # the last card starts the quiz
        control(page, "check").wait_for()
        self.look("quiz")
        for number in range(5):
            answer_question(page)
            if number == 0:
                self.look("quiz-feedback")
            before = progress(page)
            press(page, "next-question")
            if number < 4:
                expect(page.locator(".progress .count")).not_to_have_text(before)
        page.locator(".results").first.wait_for()
        self.look("results")
        press(page, "get-help")
        page.locator(".amaan-country select").wait_for()
        page.locator(".help").first.wait_for()
        self.look("get-help")


def open_learner(browser, server, locale: str, size: dict):
    context = browser.new_context(viewport=size, locale=locale, extra_http_headers={"Accept-Language": locale})
    page = context.new_page()
    watch = Watch(server)
    page.on("request", watch.request)
    page.on("console", watch.console)
    page.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    page.goto(f"{server}/?lang={locale}")
    page.wait_for_selector(".amaan-get-help", timeout=30_000)
    return context, page, watch


# ---- offline and weight -------------------------------------------------------------------------

def fetch(url: str, accept: str = "gzip") -> tuple[dict, bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": accept})
    with urllib.request.urlopen(request, timeout=30) as response:
        return {k.lower(): v for k, v in response.headers.items()}, response.read()


def test_responses_are_gzipped_and_hashed_files_cached_for_years(server):
    """The page, its scripts and styles come gzipped; the versioned ones may be kept ten years."""
    headers, body = fetch(server + "/?lang=en")
    assert headers.get("content-encoding") == "gzip"
    assert headers.get("cache-control") == "no-store"  # the page carries a session token
    html = gzip.decompress(body).decode("utf-8")
    assets = re.findall(r'(?:src|href)="([^"#]+)"', html)
    assert any(a.endswith(".css") or ".css?" in a for a in assets) and any(".js?" in a for a in assets)
    fonts_css = next(a for a in assets if "fonts.css" in a)
    woff2 = re.findall(r'url\("([^"]+\.woff2(?:\?v=\w+)?)"\)', gzip.decompress(fetch(server + fonts_css)[1]).decode())
    assert woff2
    for asset in assets:
        url = server + "/" + asset.lstrip("/")
        headers, _ = fetch(url)
        if asset.split("?")[0].endswith((".js", ".css", ".svg")):
            assert headers.get("content-encoding") == "gzip", asset
        max_age = int(re.search(r"max-age=(\d+)", headers.get("cache-control", "max-age=0")).group(1))
        assert max_age >= YEAR, f"{asset}: {headers.get('cache-control')}"
    # the fonts are already compressed (woff2): served as they are, cached as long
    for font in woff2:
        headers, _ = fetch(server + fonts_css.split("?")[0].rsplit("/", 1)[0] + "/" + font)
        assert "font/woff2" in headers["content-type"]
        assert int(re.search(r"max-age=(\d+)", headers.get("cache-control", "max-age=0")).group(1)) >= YEAR, font


def test_the_arabic_font_covers_the_arabic_content_and_is_versioned():
    """Every Arabic-script character of the content is in the bundled font's unicode-range (the
    font is a subset: anything else would fall back to boxes on a bare device), and each font
    URL carries its file's hash, so it can be cached for years yet never go stale."""
    css = (STATIC / "fonts.css").read_text("utf-8")
    covered: set[int] = set()
    for ranges in re.findall(r"unicode-range:([^;]+);", css):
        for part in ranges.split(","):
            low, _, high = part.strip().removeprefix("U+").partition("-")
            covered.update(range(int(low, 16), int(high or low, 16) + 1))
    arabic_blocks = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
    missing = {}
    for path in [*(ROOT / "locales").rglob("*.ftl"), *(ROOT / "help").rglob("*.*")]:
        for char in set(path.read_text("utf-8", errors="ignore")):
            if any(low <= ord(char) <= high for low, high in arabic_blocks) and ord(char) not in covered:
                missing.setdefault(f"U+{ord(char):04X} {char}", path.relative_to(ROOT).as_posix())
    assert missing == {}, f"Arabic characters the font subset lacks (course/web/static/fonts.css): {missing}"
    for name, version in re.findall(r'url\("([^"?]+\.woff2)\?v=([0-9a-f]+)"\)', css):
        assert hashlib.sha256((STATIC / name).read_bytes()).hexdigest()[:10] == version, name
    assert len(re.findall(r'url\("', css)) == len(re.findall(r'url\("[^"?]+\.woff2\?v=', css))


def test_the_page_loads_only_the_bundles_it_uses(server):
    """BokehJS core and widgets, our stand-in for the tables bundle (panel.min.js needs one class of
    it, no page shows a table), then Panel; no WebGL, MathJax or module shim."""
    html = gzip.decompress(fetch(server + "/")[1]).decode("utf-8")
    scripts = [s.split("?")[0].rsplit("/", 1)[-1] for s in re.findall(r'<script[^>]*src="([^"]+)"', html)]
    assert [s for s in scripts if s.endswith(".js") and s != "amaan.js"] == [
        "bokeh.min.js", "bokeh-widgets.min.js", "tables-standin.js", "panel.min.js"]
    assert "esms-options" not in html and "mathjax" not in html.lower()


def test_a_missing_page_is_a_plain_404_that_fetches_nothing(browser, server):
    """/nonexistent and missing static files get Tornado's plain error page (Panel's own links
    Google Fonts): nothing fetched from elsewhere."""
    context = browser.new_context(viewport=PHONE)
    try:
        for path in ("/nonexistent", "/static/js/nonexistent.js", "/components/nonexistent.css"):
            page = context.new_page()
            watch = Watch(server)
            page.on("request", watch.request)
            response = page.goto(server + path)
            page.wait_for_load_state("load")
            assert response.status == 404, path
            assert watch.external == [], f"{path}: {watch.external}"
            assert "googleapis" not in page.content() and "cdn" not in page.content().lower()
    finally:
        context.close()


# ---- every learner page: offline, axe, phone layout, screenshots ---------------------------------

def walk_and_judge(browser, server, locale: str, size: dict, *, axe: bool, shots: str | None,
                   text_scale: float = 1.0, shot_only: tuple = ()) -> dict[str, list[str]]:
    """Walk every learner page; return what is wrong on each (axe, layout), saving screenshots
    named reach-<page>-<locale>-<shots>.png. Requests beyond the server or console errors fail."""
    context, page, watch = open_learner(browser, server, locale, size)
    if text_scale != 1.0:
        base = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
        page.add_style_tag(content=f"html {{ font-size: {text_scale * base}px !important; }}")
        assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == text_scale * base
    problems: dict[str, list[str]] = {}

    def look(name: str) -> None:
        page.wait_for_timeout(300)  # let the last patch settle before judging the page
        found = (serious_violations(page) if axe else []) + layout_problems(page)
        if found:
            problems[name] = found
        if shots and (not shot_only or name in shot_only):
            shot(page, f"reach-{name}-{locale}-{shots}")

    try:
        Walk(page, locale, look).run()
    finally:
        context.close()
    watch.assert_clean()
    return problems


def report(problems: dict[str, list[str]]) -> str:
    return "\n".join(f"{page}: {found}" for page, found in problems.items())


@pytest.mark.parametrize("locale", LOCALES)
def test_every_learner_page_passes_axe_and_fits_a_phone(browser, server, locale):
    """Home, lesson card, choice feedback, quiz, quiz feedback, results and Get help at 360x640:
    no serious or critical axe violation, nothing off screen or cut off, nothing fetched from elsewhere."""
    problems = walk_and_judge(browser, server, locale, PHONE, axe=True,
                              shots="phone" if locale in ("ar", "en") else None)
    assert problems == {}, report(problems)


@pytest.mark.parametrize("locale", ("ar", "en"))
def test_every_learner_page_on_a_desktop(browser, server, locale):
    """The same walk at 1280x800: nothing off screen, screenshots for people to look at."""
    problems = walk_and_judge(browser, server, locale, DESKTOP, axe=False, shots="desktop")
    assert problems == {}, report(problems)


@pytest.mark.parametrize("locale", ("ar", "en"))
def test_text_at_200_percent_still_fits_a_phone(browser, server, locale):
    """With the root font size doubled (a child's "largest text" setting), at 360x640, no page
    scrolls sideways, no text is cut off and no button covers text."""
    problems = walk_and_judge(browser, server, locale, PHONE, axe=False, shots="phone-text200", text_scale=2.0,
                              shot_only=("home", "lesson-card", "lesson-choice", "quiz", "results"))
    assert problems == {}, report(problems)


# ---- the keyboard alone --------------------------------------------------------------------------

def focused(page) -> dict | None:
    return page.evaluate(FOCUS_JS)


def tab_to(page, want, seen: list, limit: int = 80) -> dict:
    """Press Tab until `want(focus)` holds; every focus on the way must be visible."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focus = focused(page)
        if focus is None:
            continue
        seen.append(focus)
        assert focus["visible"], f"focus without a visible indicator: {focus}"
        if want(focus):
            return focus
    raise AssertionError(f"Tab never reached the control; last focus: {seen[-3:]}")


def on(name: str):
    return lambda focus: f"amaan-{name}" in focus["classes"] and focus["tag"] == "button"


def test_a_lesson_and_its_quiz_with_the_keyboard_alone(browser, server):
    """Tab, Enter, Space and the arrow keys take a child from the home page to the results,
    and the focus is visible at every step."""
    context, page, watch = open_learner(browser, server, "en", DESKTOP)
    seen: list[dict] = []
    try:
        page.locator(".amaan-bands button").nth(1).wait_for()
        tab_to(page, lambda f: "amaan-bands" in f["classes"] and "12" in f["text"], seen)
        page.keyboard.press("Enter")
        page.locator(f".amaan-open-{LESSON} button").wait_for()
        tab_to(page, on(f"open-{LESSON}"), seen)
        page.keyboard.press("Enter")
        control(page, "next").wait_for()
        safest = {2: "Close the window and show Mum.", 4: "Pick a picture that shows no place"}
        for card in range(6):
            if card in safest:  # a "what would you do?" card: pick the safest answer
                tab_to(page, lambda f, label=safest[card]: on("choice")(f) and label in f["text"], seen)
                page.keyboard.press("Enter")
                page.locator(".feedback[role=status]").first.wait_for()
            before = progress(page)
            tab_to(page, on("next"), seen)
            page.keyboard.press("Enter")
            if card < 5:
                expect(page.locator(".progress .count")).not_to_have_text(before)
        control(page, "check").wait_for()
        right = {1: ["Your home address", "Your password", "The name of your school"],
                 2: ["Stop and ask a trusted adult first."], 3: ["False"],
                 4: ["A drawing or an avatar you made"], 5: ["True"]}
        for number, labels in right.items():
            expect(page.locator(".progress .count")).to_contain_text(f"{number}")
            for label in labels:
                focus = tab_to(page, lambda f, label=label: f["tag"] == "input" and label in f["text"]
                               or (f["type"] == "radio" and "amaan-answers-one" in f["classes"]), seen)
                if focus["type"] == "radio":
                    # a radio group is one Tab stop: the arrow keys move through it and choose
                    for _ in range(6):
                        if label in focused(page)["text"]:
                            break
                        page.keyboard.press("ArrowDown")
                    assert label in focused(page)["text"], f"arrow keys never reached {label!r}"
                    page.keyboard.press("Space")
                else:
                    page.keyboard.press("Space")
            tab_to(page, on("check"), seen)
            page.keyboard.press("Enter")
            control(page, "next-question").wait_for()
            tab_to(page, on("next-question"), seen)
            page.keyboard.press("Enter")
        page.locator(".results").first.wait_for()
        expect(page.locator(".results").first).to_contain_text("You mastered this lesson!")
        shot(page, "reach-keyboard-results-en-desktop")
    finally:
        context.close()
    assert any(f["tag"] == "input" for f in seen) and any(on("next")(f) for f in seen)
    watch.assert_clean()


# ---- educator pages and the child's sign-in ----------------------------------------------------

@pytest.fixture(scope="module")
def own_server(tmp_path_factory):
    """A server of this module's own: its one-time setup link is ours to use."""
    with launch(tmp_path_factory.mktemp("reach-data")) as url:
        yield url


@pytest.fixture(scope="module")
def educator(browser, own_server):
    """A browser context signed in as the first educator (made through the setup link)."""
    context = browser.new_context(viewport=DESKTOP, locale="en", extra_http_headers={"Accept-Language": "en"})
    page = context.new_page()
    page.goto(own_server.setup_link())
    page.fill("#f-display_name", "Ms Huda")
    page.fill("#f-username", "huda")
    page.fill("#f-password", "a long enough password")
    page.fill("#f-password2", "a long enough password")
    page.click("button[type=submit]")
    page.wait_for_selector(".amaan-create-class button", timeout=30_000)
    page.close()
    yield context
    context.close()


@pytest.mark.parametrize("locale", LOCALES)
def test_sign_in_pages_pass_axe(browser, own_server, locale):
    """The educator's sign-in form and the child's join-a-class screen, in each language."""
    context = browser.new_context(viewport=PHONE, locale=locale, extra_http_headers={"Accept-Language": locale})
    watch = Watch(own_server)
    context.on("request", watch.request)
    found = {}
    try:
        page = context.new_page()
        page.goto(f"{own_server}/educator/login?lang={locale}")
        page.wait_for_selector("form")
        found["educator-login"] = serious_violations(page) + layout_problems(page)
        if locale != "fr":
            shot(page, f"reach-educator-login-{locale}-phone")
        page = context.new_page()
        page.goto(f"{own_server}/?lang={locale}")
        page.locator(".amaan-join-class button").click()
        page.locator(".amaan-join-code input").wait_for()
        page.wait_for_timeout(300)
        found["child-sign-in"] = serious_violations(page) + layout_problems(page)
        if locale != "fr":
            shot(page, f"reach-child-sign-in-{locale}-phone")
    finally:
        context.close()
    assert {k: v for k, v in found.items() if v} == {}
    assert watch.external == []


@pytest.mark.parametrize("locale", LOCALES)
def test_the_educator_dashboard_passes_axe(educator, own_server, locale):
    """The educator's pages after signing in, in each language."""
    page = educator.new_page()
    watch = Watch(own_server)
    page.on("request", watch.request)
    page.on("console", watch.console)
    try:
        page.goto(f"{own_server}/educator?lang={locale}")
        page.wait_for_selector(".amaan-create-class button", timeout=30_000)
        page.wait_for_timeout(500)
        found = serious_violations(page)
        if locale != "fr":
            shot(page, f"reach-educator-dashboard-{locale}-desktop")
    finally:
        page.close()
    assert found == []
    watch.assert_clean()
