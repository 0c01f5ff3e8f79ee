"""Content files that once crashed `course check` and kept the server from starting (security item 7).

Each is now one Problem at its file, line and column, and every other shipped lesson is still in
the catalogue: a broken file leaves out only the lesson made of it.
"""
from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path

import pytest

from course.content.report import ContentReport, load_content
from course.content.yamlsrc import YamlError, load_yaml
from course.l10n import bundles, ftl
from course.problems import MAX_FILE_BYTES, Problem
from tests.conftest import ROOT
from tests.test_checker import edit

LESSON = "lessons/private-eye.yaml"
SHIPPED = sorted(p.stem for p in (ROOT / "lessons").glob("*.yaml"))


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A copy of all the shipped content, safe to break."""
    for folder in ("lessons", "quizzes", "locales", "help"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def append(path: Path, text: str) -> int:
    """Add ``text`` at the end of the file; return the 1-based line it starts on."""
    old = path.read_text("utf-8")
    path.write_text(old + text, "utf-8")
    return old.count("\n") + 1


def only_problem(root: Path, rel: str, code: str, line: int, col: int, left_out: tuple[str, ...] = ()) -> ContentReport:
    """The problem is reported where it is, nothing else is, and every other lesson is still served."""
    report = load_content(root)
    found = [str(p) for p in sorted(report.problems)]
    assert any(p.startswith(f"{rel}:{line}:{col}: {code} ") for p in found), found
    assert {p.path for p in report.problems} == {rel}, found
    assert sorted(e.id for e in report.catalogue.entries) == [i for i in SHIPPED if i not in left_out]
    return report


@pytest.mark.parametrize("char", ["\x00", "\x07"], ids=["NUL", "BEL"])
def test_a_control_character_in_yaml_is_reported_at_its_place(shipped, char):
    line = edit(shipped / LESSON, "minutes: 8\n", f"minutes: 8{char}\n")
    only_problem(shipped, LESSON, "CONTROL-CHAR", line, 11, left_out=("private-eye",))


def test_a_self_referencing_alias_is_refused(shipped):
    line = append(shipped / LESSON, "x: &a [*a]\n")
    report = only_problem(shipped, LESSON, "YAML-ALIAS", line, 4, left_out=("private-eye",))
    assert "not allowed" in report.problems[0].message
    # the author page lists the lesson as left out, with why, reading the file the same safe way
    assert [p.code for p in report.left_out()["private-eye"]] == ["YAML-ALIAS"]


def test_billion_laughs_is_refused_at_the_first_anchor_in_no_time(shipped):
    laughs = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    laughs += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    line = append(shipped / LESSON, "\n".join(laughs) + "\n")
    start = time.perf_counter()
    with pytest.raises(YamlError):
        load_yaml((shipped / LESSON).read_text("utf-8"))
    assert time.perf_counter() - start < 1  # it took 29 s and then a MemoryError
    only_problem(shipped, LESSON, "YAML-ALIAS", line, 5, left_out=("private-eye",))


def test_lists_nested_5000_deep_are_refused_at_the_65th_level(shipped):
    line = append(shipped / LESSON, "x: " + "[" * 5000 + "]" * 5000 + "\n")
    # the mapping is level 1, so the 64th "[" (column 4 + 63) is level 65
    only_problem(shipped, LESSON, "YAML-TOO-DEEP", line, 67, left_out=("private-eye",))


@pytest.mark.parametrize("value", ["!!int abc", "!!binary AAAA"])
def test_an_explicit_tag_is_refused(shipped, value):
    line = edit(shipped / LESSON, "minutes: 8\n", f"minutes: {value}\n")
    only_problem(shipped, LESSON, "YAML-TAG", line, 10, left_out=("private-eye",))


def test_a_list_as_a_key_is_refused(shipped):
    line = append(shipped / LESSON, "? [a, b]\n: 1\n")
    only_problem(shipped, LESSON, "YAML-KEY", line, 3, left_out=("private-eye",))


# The same refusals on their own (fast): each variant, where it stands, and what is still allowed.
@pytest.mark.parametrize(("text", "code", "where"), [
    ("a: 1\x1b\n", "CONTROL-CHAR", (1, 5)),
    ("a: \x7f\n", "CONTROL-CHAR", (1, 4)),
    ("a: \x9b\n", "CONTROL-CHAR", (1, 4)),  # a C1 control, as pasted from some terminals
    ("a: [1, *b]\n", "YAML-ALIAS", (1, 8)),  # an alias with no anchor, too
    ("a: !!python/object:os.system x\n", "YAML-TAG", (1, 4)),
    ("a: !<tag:yaml.org,2002:int> 8\n", "YAML-TAG", (1, 4)),
    ("a: !!str [x]\n", "YAML-TAG", (1, 4)),  # a tag that does not match its node
    ("a: !!bool maybe\n", "YAML-TAG", (1, 4)),
    ("a: ! 12\n", "YAML-TAG", (1, 4)),
    ("a:\n  {b: 1}: x\n", "YAML-KEY", (2, 3)),
    ("a: 1\na: 2\n", "YAML-KEY", (2, 1)),
    ("a: 2026-13-01\n", "YAML-VALUE", (1, 4)),
    ("a: 0b_\n", "YAML-VALUE", (1, 4)),
    ("<<: {b: 1}\n", "YAML-VALUE", (1, 1)),
    ("a: [b\n", "YAML-SYNTAX", (2, 1)),
    ("a: b\n---\nc: d\n", "YAML-SYNTAX", (2, 1)),
    ("a:\n" + "".join(f"{'  ' * i}- \n" for i in range(70)), "YAML-TOO-DEEP", (65, 127)),
])
def test_each_refusal_names_its_code_line_and_column(text, code, where):
    with pytest.raises(YamlError) as refused:
        load_yaml(text)
    assert (refused.value.code, refused.value.line, refused.value.col) == (code, *where), str(refused.value)


def test_what_lesson_files_use_is_still_read():
    assert load_yaml("a: !!str 9-12\nb: [x, {c: 1}]\nc: \"x\ty\"\r\nd: 2026-11-23\n").data == {
        "a": "9-12", "b": ["x", {"c": 1}], "c": "x\ty", "d": dt.date(2026, 11, 23)}
    assert load_yaml("x: " + "[" * 63 + "]" * 63 + "\n").data["x"]  # 64 levels, the root mapping included


def test_a_broken_quiz_leaves_out_only_its_lesson(shipped):
    rel = "quizzes/private-eye-quiz.yaml"
    line = append(shipped / rel, "x: &a [*a]\n")
    only_problem(shipped, rel, "YAML-ALIAS", line, 4, left_out=("private-eye",))


def test_a_date_that_does_not_exist_is_reported_in_the_helplines(shipped):
    rel = "help/helplines.yaml"
    first = "    checked: 2026-11-23\n    confidence: several-sources\n\n  # Guide: several sources. Also: ksa"
    line = edit(shipped / rel, first, first.replace("2026-11-23", "2026-02-30"))
    report = only_problem(shipped, rel, "YAML-VALUE", line, 14)
    assert report.helplines.entries == []  # no unchecked number reaches a child


def test_a_file_over_the_size_cap_is_refused_unread(shipped):
    lesson = shipped / LESSON
    lesson.write_bytes(lesson.read_bytes() + b"# padding\n" * (MAX_FILE_BYTES // 10))
    only_problem(shipped, LESSON, "TOO-BIG", 1, 1, left_out=("private-eye",))


FR = "locales/fr/lessons/private-eye.ftl"


def where(problem: Problem) -> tuple[str, int, int]:
    return problem.path, problem.line, problem.col


def served_from(root: Path, msg_id: str) -> str | None:
    """The locale folder the French pages take a message from."""
    bundles.reset()
    try:
        return bundles.Translator("fr", root.resolve()).lookup(msg_id)[1]
    finally:
        bundles.reset()


def test_2000_nested_placeables_leave_out_that_ftl_file_only(shipped):
    prefix = "private-eye-deep = "
    line = append(shipped / FR, prefix + "{ " * 2000 + " }" * 2000 + "\n")
    report = load_content(shipped)
    deep = [p for p in report.problems if p.code == "FTL-TOO-DEEP"]
    assert [where(p) for p in deep] == [(FR, line, len(prefix) + 2 * 64 + 1)]  # the 65th "{"
    # the file is left out whole (reported as untranslated); every lesson is still served
    assert {p.code for p in report.problems} == {"FTL-TOO-DEEP", "MISSING-FILE"}
    assert {p.path for p in report.problems} == {FR}
    assert sorted(e.id for e in report.catalogue.entries) == SHIPPED
    # the served bundles leave it out too: its texts come from the fallback, the rest of fr is intact
    assert served_from(shipped, "danger") == "fr"
    assert served_from(shipped, "private-eye") not in ("fr", None)


def test_deeply_nested_function_calls_are_refused_too(shipped):
    prefix = "private-eye-deep = { "
    line = append(shipped / FR, prefix + "NUMBER(" * 2000 + "1" + ")" * 2000 + " }\n")
    report = load_content(shipped)
    deep = [where(p) for p in report.problems if p.code == "FTL-TOO-DEEP"]
    assert deep == [(FR, line, len(prefix) + len("NUMBER(") * 64)]  # the 64th "(" is level 65
    assert sorted(e.id for e in report.catalogue.entries) == SHIPPED


def test_nesting_that_gets_past_the_scan_is_still_caught_by_both_readers(shipped, monkeypatch):
    # Without the scan, the parsers' RecursionError is the last line of defence.
    monkeypatch.setattr(ftl, "MAX_NESTING", 10**6)
    append(shipped / FR, "private-eye-deep = " + "{ " * 2000 + " }" * 2000 + "\n")
    report = load_content(shipped)
    assert [where(p) for p in report.problems if p.code == "FTL-TOO-DEEP"] == [(FR, 1, 1)]
    assert sorted(e.id for e in report.catalogue.entries) == SHIPPED
    assert served_from(shipped, "danger") == "fr"
    assert served_from(shipped, "private-eye") not in ("fr", None)


def test_the_nesting_scan_agrees_with_the_parser_on_every_shipped_file():
    from fluent.syntax import FluentParser, ast

    def depth(node) -> int:
        if isinstance(node, list):
            return max(map(depth, node), default=0)
        if not isinstance(node, ast.BaseNode):
            return 0
        inner = max(map(depth, vars(node).values()), default=0)
        return inner + isinstance(node, (ast.Placeable, ast.CallArguments))

    parser = FluentParser(with_spans=False)
    for path in sorted((ROOT / "locales").rglob("*.ftl")):
        source = path.read_text("utf-8")
        assert ftl.nesting(source)[0] == depth(parser.parse(source)), path
