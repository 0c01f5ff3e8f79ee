"""Fixtures shared by all tests: the real content, and sandboxes made from it."""
from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "private-eye"


def copy_lesson(src: Path, dst: Path, lesson_id: str) -> None:
    """Copy one lesson with its quiz, pictures and every locale's messages."""
    import yaml

    lesson = yaml.safe_load((src / "lessons" / f"{lesson_id}.yaml").read_text("utf-8"))
    files = [Path("lessons") / f"{lesson_id}.yaml", Path("quizzes") / f"{lesson['quiz']}.yaml"]
    files += [p.relative_to(src) for p in (src / "lessons" / "images").glob(f"{lesson_id}-*.svg")]
    files += [p.relative_to(src) for p in (src / "locales").glob(f"*/lessons/{lesson_id}.ftl")]
    for rel in files:
        (dst / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / rel, dst / rel)


@pytest.fixture
def sample_root(tmp_path: Path) -> Path:
    """A content root holding only the sample lesson and the app's own messages: safe to break."""
    for ui in (ROOT / "locales").glob("*/*.ftl"):
        target = tmp_path / ui.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ui, target)
    copy_lesson(ROOT, tmp_path, SAMPLE)
    return tmp_path


def run_async(coroutine):
    """Run a coroutine to the end on a thread and event loop of its own: the browser tests'
    Playwright leaves a running loop in the main thread, where asyncio.run() refuses to start."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the whole run, shared by tests/browser, tests/deploy and tests/lti:
    Playwright's sync API refuses a second one while the first is running."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import ARGS, CHROMIUM

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Debian's chromium is required for browser tests (looked for {CHROMIUM})")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()
