"""`course check` finds each kind of content error and names its file and line."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

from course import check
from course.content.report import load_content
from tests.conftest import ROOT


def problems(root: Path) -> list[str]:
    return [str(p) for p in sorted(load_content(root).problems)]


def edit(path: Path, old: str, new: str) -> int:
    """Replace ``old`` (which must occur once) and return the 1-based line where it stood."""
    text = path.read_text("utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {path}"
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new), "utf-8")
    return line


def test_sample_lesson_is_clean(sample_root):
    """The sample lesson alone checks clean, at 100% in every locale."""
    report = load_content(sample_root)
    assert report.problems == []
    assert [e.id for e in report.catalogue.entries] == ["private-eye"]
    assert all(c.percent == 100.0 and c.total > 50 for c in report.coverage.values())


def test_fluent_syntax_error_names_file_and_line(sample_root):
    ftl = sample_root / "locales/fr/lessons/private-eye.ftl"
    line = edit(ftl, "private-eye-recap = ", "private-eye-recap = { oops\n")
    found = problems(sample_root)
    # the parser stops where the placeable should have closed: the start of the next line
    assert any(p.startswith(f"locales/fr/lessons/private-eye.ftl:{line + 1}:1: FTL-SYNTAX E0003")
               and f"entry starting at line {line}" in p for p in found), found


def test_missing_translation_names_the_locale_file(sample_root):
    ftl = sample_root / "locales/fr/lessons/private-eye.ftl"
    text = ftl.read_text("utf-8")
    start = text.index("private-eye-private-info = ")
    end = text.index("\n", start) + 1
    edited = text[:start] + text[end:]
    ftl.write_text(edited, "utf-8")
    found = problems(sample_root)
    # reported where it should go back: before the next message the lesson needs
    expected_line = edited[: edited.index("private-eye-photo = ")].count("\n") + 1
    want = f"locales/fr/lessons/private-eye.ftl:{expected_line}:1: MISSING-MESSAGE fr lacks message 'private-eye-private-info'"
    assert want in found
    assert load_content(sample_root).coverage["fr"].percent < 100


def test_answer_pointing_at_no_option_is_reported(sample_root):
    quiz = sample_root / "quizzes/private-eye-quiz.yaml"
    line = edit(quiz, "      - id: drawing\n        correct: true\n", "      - id: drawing\n")
    found = problems(sample_root)
    assert any(p.startswith(f"quizzes/private-eye-quiz.yaml:{line - 4}:") or "BAD-ANSWER" in p for p in found)
    bad = [p for p in found if "BAD-ANSWER" in p]
    assert bad and bad[0].startswith("quizzes/private-eye-quiz.yaml:")
    assert "exactly one correct option, found 0" in bad[0]


def test_true_false_answer_must_be_a_boolean(sample_root):
    quiz = sample_root / "quizzes/private-eye-quiz.yaml"
    line = edit(quiz, "    answer: true\n", "    answer: maybe\n")
    found = problems(sample_root)
    assert any(p.startswith(f"quizzes/private-eye-quiz.yaml:{line}:") and "BAD-VALUE" in p for p in found), found


def test_missing_illustration_is_reported_at_its_line(sample_root):
    (sample_root / "lessons/images/private-eye-prize.svg").unlink()
    text = (sample_root / "lessons/private-eye.yaml").read_text("utf-8")
    line = text[: text.index("images/private-eye-prize.svg")].count("\n") + 1
    want = f"lessons/private-eye.yaml:{line}:12: MISSING-IMAGE no file lessons/images/private-eye-prize.svg"
    assert want in problems(sample_root)


def test_mismatched_variable_is_reported(sample_root):
    ftl = sample_root / "locales/en/lessons/private-eye.ftl"
    line = edit(ftl, "private-eye-recap = Your name", "private-eye-recap = { $name }, your name")
    found = problems(sample_root)
    assert any(p.startswith(f"locales/en/lessons/private-eye.ftl:{line}:") and "VARIABLES" in p and "$name" in p
               for p in found), found


def test_unknown_key_is_reported_with_its_line(sample_root):
    lesson = sample_root / "lessons/private-eye.yaml"
    line = edit(lesson, "minutes: 8\n", "minutes: 8\nminuts: 9\n") + 1
    found = problems(sample_root)
    assert f"lessons/private-eye.yaml:{line}:1: UNKNOWN-KEY unknown key 'minuts'" in found
    # a structurally broken lesson is left out, the rest still loads
    assert "private-eye" not in load_content(sample_root).catalogue


def test_unknown_step_kind_is_reported(sample_root):
    lesson = sample_root / "lessons/private-eye.yaml"
    line = edit(lesson, "    kind: tip\n", "    kind: poem\n")
    assert any(p.startswith(f"lessons/private-eye.yaml:{line}:11: UNKNOWN-KIND") for p in problems(sample_root))


def test_duplicate_message_id_is_reported(sample_root):
    ftl = sample_root / "locales/ar/lessons/private-eye.ftl"
    text = ftl.read_text("utf-8")
    ftl.write_text(text + "\nprivate-eye-recap = مكرر\n", "utf-8")
    line = text.count("\n") + 2
    assert any(p.startswith(f"locales/ar/lessons/private-eye.ftl:{line}:1: DUPLICATE-ID") for p in problems(sample_root))


def test_obsolete_message_is_reported(sample_root):
    ftl = sample_root / "locales/en/lessons/private-eye.ftl"
    text = ftl.read_text("utf-8")
    ftl.write_text(text + "private-eye-leftover = Nobody uses me.\n", "utf-8")
    assert any("OBSOLETE-MESSAGE 'private-eye-leftover'" in p for p in problems(sample_root))


def test_missing_attribute_is_reported(sample_root):
    ftl = sample_root / "locales/fr/lessons/private-eye.ftl"
    edit(ftl, "    .feedback = Oui. Ton adresse dit à n'importe qui où te trouver.\n", "")
    found = problems(sample_root)
    assert any("ATTRIBUTES" in p and "private-eye-quiz-which-private-address" in p and ".feedback" in p for p in found), found


def test_incomplete_arabic_plural_is_reported(sample_root):
    ui = sample_root / "locales/ar/ui.ftl"
    ui.write_text(ui.read_text("utf-8") + "\nplural-probe = { $n ->\n    [one] درس\n   *[other] دروس\n}\n", "utf-8")
    for loc in ("en", "fr"):
        p = sample_root / f"locales/{loc}/ui.ftl"
        # CLDR gives French a "many" category too (un million de leçons)
        probe = "\nplural-probe = { $n ->\n    [one] lesson\n    [many] lessons\n   *[other] lessons\n}\n"
        p.write_text(p.read_text("utf-8") + probe, "utf-8")
    found = [p for p in problems(sample_root) if "PLURALS" in p]
    assert len(found) == 1 and found[0].startswith("locales/ar/ui.ftl:") and "zero, two, few, many" in found[0]


def test_unfilled_text_is_reported(sample_root):
    ftl = sample_root / "locales/en/lessons/private-eye.ftl"
    edit(ftl, "private-eye-recap = Your name", "private-eye-recap = TODO Your name")
    assert any("UNFILLED 'private-eye-recap'" in p for p in problems(sample_root))


def test_check_output_format_and_exit_code(sample_root):
    out = io.StringIO()
    assert check.run(sample_root, out=out) == 0
    assert re.search(r"^ar 100\.0% \(\d+/\d+\)$", out.getvalue(), re.M)
    (sample_root / "lessons/images/private-eye-prize.svg").unlink()
    out = io.StringIO()
    assert check.run(sample_root, out=out) == 1
    assert re.match(r"^lessons/private-eye\.yaml:\d+:\d+: MISSING-IMAGE ", out.getvalue())


def test_check_json_lists_lessons_problems_and_coverage(sample_root):
    out = io.StringIO()
    check.run(sample_root, as_json=True, out=out)
    data = json.loads(out.getvalue())
    assert data["lessons"][0]["id"] == "private-eye"
    assert data["lessons"][0]["track"] == "9-12"
    assert data["lessons"][0]["quiz"] == "private-eye-quiz"
    assert data["lessons"][0]["locales"] == {"ar": 100.0, "en": 100.0, "fr": 100.0}
    assert data["problems"] == []
    assert set(data["coverage"]) == {"ar", "en", "fr"}


def test_course_check_command_runs_on_shipped_content():
    """`python -m course check` is the command authors run: it must be clean on what we ship."""
    result = subprocess.run([sys.executable, "-m", "course", "check"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "ar 100.0%" in result.stdout
