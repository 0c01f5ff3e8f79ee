"""Every kind of content error leaves the rest of the content served, and preview shows it."""
from __future__ import annotations

import pytest

from course.web import shared
from tests.conftest import ROOT, copy_lesson


def break_syntax(root):
    p = root / "locales/fr/lessons/private-eye.ftl"
    p.write_text(p.read_text("utf-8").replace("private-eye-recap = ", "private-eye-recap = { oops\n"), "utf-8")


def break_translation(root):
    p = root / "locales/fr/lessons/private-eye.ftl"
    lines = [line for line in p.read_text("utf-8").splitlines() if not line.startswith("private-eye-private-info")]
    p.write_text("\n".join(lines) + "\n", "utf-8")


def break_answer(root):
    p = root / "quizzes/private-eye-quiz.yaml"
    p.write_text(p.read_text("utf-8").replace("      - id: drawing\n        correct: true\n", "      - id: drawing\n"), "utf-8")


def break_image(root):
    (root / "lessons/images/private-eye-prize.svg").unlink()


def break_variable(root):
    p = root / "locales/en/lessons/private-eye.ftl"
    p.write_text(p.read_text("utf-8").replace("private-eye-recap = Your name", "private-eye-recap = { $name }"), "utf-8")


def break_key(root):
    p = root / "lessons/private-eye.yaml"
    p.write_text(p.read_text("utf-8").replace("minutes: 8\n", "minutes: 8\nminuts: 9\n"), "utf-8")


ERRORS = {"FTL-SYNTAX": break_syntax, "MISSING-MESSAGE": break_translation, "BAD-ANSWER": break_answer,
          "MISSING-IMAGE": break_image, "VARIABLES": break_variable, "UNKNOWN-KEY": break_key}


@pytest.fixture
def content(sample_root, monkeypatch):
    copy_lesson(ROOT, sample_root, "danger")
    monkeypatch.setenv("COURSE_CONTENT_DIR", str(sample_root))
    yield sample_root
    monkeypatch.delenv("COURSE_CONTENT_DIR")
    shared.reload_content()


@pytest.mark.parametrize("code", list(ERRORS))
def test_a_content_error_leaves_the_other_lessons_served_and_preview_shows_it(content, code):
    from course.web.views.author import AuthorView

    ERRORS[code](content)
    report = shared.reload_content()
    assert "danger" in report.catalogue  # the rest is still served
    assert any(p.code == code for p in report.problems)
    view = AuthorView(locale="en")
    if "private-eye" in report.catalogue:
        view._lesson.value = "private-eye"
    shown = view._problems.object
    assert code in shown and ("private-eye" in shown)
