"""The authoring steps of docs/authoring.md, done as an author would: new lesson, check, write the
texts in three locales, add the picture, check clean; and a translator's missing -> fill -> merge."""
from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast

from course.authoring.l10n_merge import merge
from course.authoring.l10n_missing import missing
from course.authoring.l10n_status import as_json, render
from course.authoring.scaffold import ScaffoldError, new_lesson
from course.content.report import load_content
from course.l10n.ftl import UNFILLED_MARK
from tests.conftest import ROOT

LESSON = "safe-sharing"
PICTURE = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 200">'
           '<rect width="320" height="200" fill="#8ecae6"/><circle cx="160" cy="100" r="40" fill="#ffb703"/></svg>\n')
WORDS = {"ar": "نصّ كتبه المؤلّف", "en": "Text the author wrote", "fr": "Texte écrit par l'auteur"}
COMPARE_LOCALES = Path(sys.executable).with_name("compare-locales")


def course(*args: str, root: Path) -> subprocess.CompletedProcess:
    """Run the real `course` command with COURSE_CONTENT_DIR pointing at a content root."""
    env = {**os.environ, "COURSE_CONTENT_DIR": str(root)}
    return subprocess.run([sys.executable, "-m", "course", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def fill(path: Path, words: str) -> int:
    """Write a text over every TODO of a Fluent file, as an author would; returns how many."""
    counter = itertools.count(1)
    text, count = re.subn(rf"= {UNFILLED_MARK}[^\n]*", lambda _m: f"= {words} {next(counter)}", path.read_text("utf-8"))
    path.write_text(text, "utf-8")
    return count


def codes(report) -> dict[str, int]:
    out: dict[str, int] = {}
    for problem in report.problems:
        out[problem.code] = out.get(problem.code, 0) + 1
    return out


def messages_in(path: Path) -> dict[str, ast.Message]:
    resource = FluentParser().parse(path.read_text("utf-8"))
    assert not [i for i in resource.body if isinstance(i, ast.Junk)], f"{path} is not valid Fluent"
    return {i.id.name: i for i in resource.body if isinstance(i, ast.Message)}


# ---- a new lesson, start to finish ------------------------------------------------------------


def test_author_creates_fills_and_checks_a_lesson_in_three_locales(sample_root):
    """new-lesson -> check reports UNFILLED and MISSING-IMAGE -> write every text and draw the picture -> clean."""
    made = course("new-lesson", LESSON, "--band", "9-12", "--locales", "ar,en,fr", root=sample_root)
    assert made.returncode == 0, made.stderr
    assert f"lessons/images/{LESSON}-meet.svg" in made.stdout and "MISSING-IMAGE" in made.stdout
    for rel in (f"lessons/{LESSON}.yaml", f"quizzes/{LESSON}-quiz.yaml",
                *(f"locales/{loc}/lessons/{LESSON}.ftl" for loc in ("ar", "en", "fr"))):
        assert (sample_root / rel).is_file(), rel

    checked = course("check", "--json", root=sample_root)
    assert checked.returncode == 1
    found = json.loads(checked.stdout)
    lesson = next(e for e in found["lessons"] if e["id"] == LESSON)
    assert lesson["locales"] == {"ar": 0.0, "en": 0.0, "fr": 0.0}
    problem_codes = {p["code"] for p in found["problems"]}
    assert problem_codes == {"UNFILLED", "MISSING-IMAGE"}, found["problems"]
    image = [p for p in found["problems"] if p["code"] == "MISSING-IMAGE"]
    assert [p["path"] for p in image] == [f"lessons/{LESSON}.yaml"]

    texts = load_content(sample_root).lesson_coverage[LESSON]["ar"].total
    for loc in ("ar", "en", "fr"):
        assert fill(sample_root / f"locales/{loc}/lessons/{LESSON}.ftl", WORDS[loc]) == texts
    assert {p.code for p in load_content(sample_root).problems} == {"MISSING-IMAGE"}
    (sample_root / f"lessons/images/{LESSON}-meet.svg").write_text(PICTURE, "utf-8")

    clean = course("check", root=sample_root)
    assert clean.returncode == 0, clean.stdout
    assert "2 lessons, 0 problem(s)" in clean.stdout
    status = json.loads(course("l10n", "status", "--json", root=sample_root).stdout)
    lesson = next(e for e in status["lessons"] if e["id"] == LESSON)
    assert {loc: c["percent"] for loc, c in lesson["coverage"].items()} == {"ar": 100.0, "en": 100.0, "fr": 100.0}


def test_scaffold_holds_exactly_the_messages_the_checker_needs(tmp_path):
    """Every message and attribute the model asks for is in each locale's file, each one unfilled."""
    made = new_lesson(tmp_path, LESSON, "13-18", ["ar", "en", "fr"], "meet:story,later:story,choice,tip,recap")
    needs = made.lesson.messages() + made.quiz.messages()
    for loc in ("ar", "en", "fr"):
        found = messages_in(tmp_path / f"locales/{loc}/lessons/{LESSON}.ftl")
        assert list(found) == [n.id for n in needs]
        for need in needs:
            message = found[need.id]
            assert (message.value is not None) == need.value
            assert {a.id.name for a in message.attributes} == need.attrs
            patterns = [a.value for a in message.attributes] + ([message.value] if message.value else [])
            assert all(p.elements[0].value.startswith(f"{UNFILLED_MARK}: ") for p in patterns)
    report = load_content(tmp_path)
    assert codes(report) == {"UNFILLED": 3 * made.texts, "MISSING-IMAGE": 2}
    assert made.images == (f"lessons/images/{LESSON}-meet.svg", f"lessons/images/{LESSON}-later.svg")
    assert [s.image for s in made.lesson.steps if s.kind != "story"] == [None, None, None]


def test_new_lesson_takes_the_next_order_in_its_band(sample_root):
    """private-eye is 9-12 order 2 in the sample: the new one comes after it."""
    assert new_lesson(sample_root, LESSON, "9-12", ["ar"]).lesson.order == 3
    assert new_lesson(sample_root, "tiny-steps", "under-9", ["ar"]).lesson.order == 1


def test_new_lesson_refuses_to_overwrite_a_lesson(sample_root):
    """The lesson's files, or any locale's file of that id, keep it from being written again."""
    first = course("new-lesson", LESSON, "--band", "9-12", root=sample_root)
    assert first.returncode == 0, first.stderr
    ftl = sample_root / f"locales/fr/lessons/{LESSON}.ftl"
    fill(ftl, WORDS["fr"])
    written = ftl.read_text("utf-8")
    again = course("new-lesson", LESSON, "--band", "13-18", root=sample_root)
    assert again.returncode == 1 and "already exists" in again.stderr
    assert ftl.read_text("utf-8") == written
    with pytest.raises(ScaffoldError, match="already exists"):
        new_lesson(sample_root, "private-eye", "9-12", ["ar"])


@pytest.mark.parametrize("lesson_id", ["Safe_Sharing", "9-lives", "-x", "a" * 44, "two--hyphens"])
def test_new_lesson_rejects_a_bad_id(tmp_path, lesson_id):
    with pytest.raises(ScaffoldError, match="lower-case words"):
        new_lesson(tmp_path, lesson_id, "9-12", ["ar"])
    assert not (tmp_path / "lessons").exists()


def test_new_lesson_rejects_a_bad_band_locale_or_step(tmp_path):
    with pytest.raises(ScaffoldError, match="band"):
        new_lesson(tmp_path, LESSON, "adults", ["ar"])
    with pytest.raises(ScaffoldError, match="locales"):
        new_lesson(tmp_path, LESSON, "9-12", ["de"])
    with pytest.raises(ScaffoldError, match="unknown step kind"):
        new_lesson(tmp_path, LESSON, "9-12", ["ar"], "story,video")
    with pytest.raises(ScaffoldError, match="used twice"):
        new_lesson(tmp_path, LESSON, "9-12", ["ar"], "a:tip,a:recap")
    bad_band = course("new-lesson", LESSON, "--band", "adults", root=tmp_path)
    assert bad_band.returncode == 2 and "invalid choice" in bad_band.stderr
    assert not (tmp_path / "lessons").exists()


def test_status_table_shows_each_lesson_in_each_locale(sample_root):
    new_lesson(sample_root, LESSON, "9-12", ["ar", "en", "fr"])
    report = load_content(sample_root)
    table = render(report)
    row = next(line for line in table.splitlines() if line.startswith(LESSON))
    assert row.split()[1:] == ["9-12"] + ["0.0%", f"0/{report.lesson_coverage[LESSON]['ar'].total}", "*"] * 3
    assert re.search(r"^private-eye\s+9-12\s+100\.0%", table, re.MULTILINE)
    assert "course l10n missing" in table
    data = as_json(report)
    assert [e["id"] for e in data["lessons"]] == ["private-eye", LESSON]
    assert data["total"]["fr"]["total"] == report.coverage["fr"].total


# ---- a translator's round trip ----------------------------------------------------------------


def _app_message_without_placeables(root: Path) -> str:
    """An app message of the sample whose Arabic text is plain (a translator's text fits it as is)."""
    for name, message in messages_in(root / "locales/ar/ui.ftl").items():
        if message.value and not message.attributes and all(isinstance(e, ast.TextElement) for e in message.value.elements):
            return name
    raise AssertionError("ui.ftl has no plain message")


def _drop(path: Path, message: str) -> None:
    text = path.read_text("utf-8")
    found = re.search(rf"(?m)^{re.escape(message)} =.*\n(    \..*\n)*", text)
    assert found, message
    path.write_text(text[:found.start()] + text[found.end():], "utf-8")


def _walk(node):
    """Every node of a Fluent syntax tree, in source order."""
    yield node
    for value in vars(node).values():
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, ast.SyntaxNode):
                yield from _walk(child)


def test_translator_round_trip_missing_fill_merge_checks_clean(sample_root, tmp_path):
    """French lacks a message, an attribute, a whole lesson and an app text, and has one unfilled:
    `l10n missing fr` lists exactly those with the Arabic above; filled and merged, check is clean."""
    fr = sample_root / "locales/fr/lessons/private-eye.ftl"
    _drop(fr, "private-eye-recap")
    text = fr.read_text("utf-8")
    text = re.sub(r"(?m)^(private-eye-private-info = )", rf"\1{UNFILLED_MARK} ", text)
    text = re.sub(r"(?m)^(private-eye-photo = .*\n)    \.alt = .*\n", r"\1", text)
    fr.write_text(text, "utf-8")
    app_message = _app_message_without_placeables(sample_root)
    _drop(sample_root / "locales/fr/ui.ftl", app_message)
    made = new_lesson(sample_root, LESSON, "9-12", ["ar", "en"])
    for loc in ("ar", "en"):
        fill(sample_root / f"locales/{loc}/lessons/{LESSON}.ftl", WORDS[loc])
    (sample_root / f"lessons/images/{LESSON}-meet.svg").write_text(PICTURE, "utf-8")
    before = {p: p.read_text("utf-8") for p in (sample_root / "locales").rglob("*.ftl")}
    assert codes(load_content(sample_root)) == {"MISSING-MESSAGE": 2, "UNFILLED": 1, "ATTRIBUTES": 1, "MISSING-FILE": 1}

    out = tmp_path / "fr-todo.ftl"
    listed = course("l10n", "missing", "fr", "--out", str(out), root=sample_root)
    assert listed.returncode == 0, listed.stderr
    todo = messages_in(out)
    lesson_ids = [n.id for n in made.lesson.messages() + made.quiz.messages()]
    assert list(todo) == ["private-eye-private-info", "private-eye-photo", "private-eye-recap", *lesson_ids, app_message]
    ar_recap = messages_in(sample_root / "locales/ar/lessons/private-eye.ftl")["private-eye-recap"]
    # its first words, wherever they stand (the Arabic may select on $address first)
    first_text = next(node.value for node in _walk(ar_recap.value) if isinstance(node, ast.TextElement))
    comment = todo["private-eye-recap"].comment.content
    assert comment.startswith("ar:\nprivate-eye-recap =") and first_text[:20] in comment
    assert "### locale: fr" in out.read_text("utf-8")

    fill(out, WORDS["fr"])
    merged = course("l10n", "merge", str(out), root=sample_root)
    assert merged.returncode == 0, merged.stderr
    assert "wrote locales/fr/lessons/safe-sharing.ftl" in merged.stdout
    report = load_content(sample_root)
    assert report.problems == [] and report.coverage["fr"].percent == 100.0
    assert course("check", root=sample_root).returncode == 0

    # Only the merged entries changed: every other file is byte for byte what it was.
    changed = {p.relative_to(sample_root).as_posix() for p, t in before.items() if p.read_text("utf-8") != t}
    assert changed == {"locales/fr/lessons/private-eye.ftl", "locales/fr/ui.ftl"}
    fr_text = fr.read_text("utf-8")
    assert fr_text.count("\n\n") == before[fr].count("\n\n"), "blank lines between groups stay"
    assert f"private-eye-private-info = {WORDS['fr']}" in fr_text
    assert "private-eye-photo = Omar" in fr_text, "the written text of a message that lacked .alt stays"


def test_merge_never_overwrites_written_text_with_todo(sample_root, tmp_path):
    fr = sample_root / "locales/fr/lessons/private-eye.ftl"
    before = fr.read_text("utf-8")
    todo_file = tmp_path / "todo.ftl"
    todo_file.write_text("### locale: fr\n\nprivate-eye-recap = TODO: translate\n", "utf-8")
    result = merge(sample_root, todo_file.read_text("utf-8"))
    assert result.ok and result.actions == {"unchanged": ["private-eye-recap"]}
    assert fr.read_text("utf-8") == before


def test_merge_refuses_a_broken_file_and_writes_nothing(sample_root):
    fr = sample_root / "locales/fr/lessons/private-eye.ftl"
    before = fr.read_text("utf-8")
    unknown = merge(sample_root, "### locale: fr\n\nprivate-eye-recap = Bien\nprivate-eye-typo = Oups\n")
    assert unknown.errors == ["'private-eye-typo' is not a message any lesson or the app uses: check its id"]
    broken = merge(sample_root, "### locale: fr\n\nprivate-eye-recap = { oops\n")
    assert broken.errors and broken.errors[0].startswith("line 3: E0")
    no_locale = merge(sample_root, "private-eye-recap = Bien\n")
    assert "locale" in no_locale.errors[0]
    assert fr.read_text("utf-8") == before


def test_missing_for_a_complete_locale_holds_no_message(sample_root):
    found = missing(sample_root, "en")
    assert found.messages == 0 and found.texts == 0
    assert messages_in_text(found.text) == {}


def messages_in_text(text: str) -> dict[str, ast.Message]:
    resource = FluentParser().parse(text)
    return {i.id.name: i for i in resource.body if isinstance(i, ast.Message)}


# ---- Mozilla's compare-locales ----------------------------------------------------------------


def compare_locales(base: Path, cwd: Path) -> dict:
    """compare-locales' JSON summary per locale, with l10n.toml read from ``cwd``."""
    assert COMPARE_LOCALES.exists(), "compare-locales is a test dependency (pip install -e .[test])"
    run = subprocess.run([str(COMPARE_LOCALES), "--json", "-", "l10n.toml", str(base), "en", "fr"],
                         cwd=cwd, capture_output=True, text=True, timeout=300)
    assert run.stderr == "", run.stderr
    return json.loads(run.stdout)[0]


def test_compare_locales_runs_clean_on_our_fluent_files():
    """Mozilla's own checker finds no error, warning, missing or obsolete string in en and fr."""
    found = compare_locales(ROOT, ROOT)
    assert found["details"] == {}
    for loc in ("en", "fr"):
        summary = found["summary"][loc]
        assert (summary["errors"], summary["warnings"], summary["missing"], summary["obsolete"]) == (0, 0, 0, 0), summary
        assert summary["changed"] > 1000


def test_compare_locales_reports_a_missing_string_and_a_syntax_error(tmp_path):
    """The same run fails on a broken copy, so the clean result above means something."""
    shutil.copytree(ROOT / "locales", tmp_path / "locales")
    shutil.copy(ROOT / "l10n.toml", tmp_path / "l10n.toml")
    _drop(tmp_path / "locales/fr/lessons/private-eye.ftl", "private-eye-recap")
    with (tmp_path / "locales/en/lessons/private-eye.ftl").open("a", encoding="utf-8") as f:
        f.write("private-eye-oops = { broken\n")
    found = compare_locales(tmp_path, tmp_path)
    assert found["summary"]["fr"]["missing"] == 1
    assert found["summary"]["en"]["errors"] == 1
    assert {"missingEntity": "private-eye-recap"} in found["details"]["locales"]["fr/lessons/private-eye.ftl"]


def test_compare_locales_accepts_a_new_lesson_filled_in_three_locales(sample_root):
    """A scaffolded lesson, filled in, is as valid to Mozilla's tools as to ours."""
    new_lesson(sample_root, LESSON, "9-12", ["ar", "en", "fr"])
    for loc in ("ar", "en", "fr"):
        fill(sample_root / f"locales/{loc}/lessons/{LESSON}.ftl", WORDS[loc])
    shutil.copy(ROOT / "l10n.toml", sample_root / "l10n.toml")
    found = compare_locales(sample_root, sample_root)
    assert found["details"] == {}
    assert found["summary"]["fr"]["errors"] == found["summary"]["fr"]["missing"] == 0


def test_new_lesson_refuses_message_ids_another_lesson_uses(sample_root):
    """Lesson "private" with a step "eye" would give "private-eye", the sample lesson's title."""
    with pytest.raises(ScaffoldError, match="'private-eye' is already used in locales/ar/lessons/private-eye.ftl"):
        new_lesson(sample_root, "private", "9-12", ["ar"], "eye:tip,recap")
    assert not (sample_root / "lessons/private.yaml").exists()


def test_authoring_commands_survive_hostile_content_files(sample_root):
    """`course new-lesson` reads every lesson's order and `course l10n missing` every .ftl file:
    a tag that cannot be built, lists nested 5,000 deep or 2,000 nested placeables (which
    crashed both with a traceback) are left for `course check` to report."""
    (sample_root / "lessons" / "hostile.yaml").write_text("order: !!int abc\n" + "[" * 5000 + "]" * 5000 + "\n")
    (sample_root / "locales" / "en" / "hostile.ftl").write_text("m = " + "{ " * 2000 + "$x" + " }" * 2000 + "\n")
    assert new_lesson(sample_root, LESSON, "9-12", ["ar"]).lesson.order == 3
    assert missing(sample_root, "fr").messages > 0
