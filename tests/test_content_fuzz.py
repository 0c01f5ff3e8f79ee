"""Mutated lesson, quiz and Fluent files never take the loader down (security item 7).

A 200 s fuzz of mutated YAML once escaped the loader 13,579 times. Here hypothesis inserts,
deletes and replaces bytes and the tokens that did it (anchors, aliases, tags, complex keys,
deep nesting, control characters, broken UTF-8) in a real lesson, and checks that loading gives
problems with a file and line, never an exception, and that the other lesson is still served.
Derandomized and without a database, so every run (and CI) tries the same cases; about 17 s of CPU here.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course.content.report import load_content
from course.l10n import bundles
from tests.conftest import ROOT, copy_lesson

YAML_TOKENS = [
    b"&a ", b"*a", b"&a [*a]", b"x: &a [*a]\n", b"!!", b"!!int ", b"!!binary ", b"!!python/object:os.system ",
    b"!<tag:yaml.org,2002:str> ", b"%TAG ! tag:yaml.org,2002:\n", b"? ", b"? [a, b]\n: ", b"[", b"]", b"{", b"}",
    b"[" * 300, b"{a: " * 100, b"- " * 100, b": ", b"- ", b"\n", b"\n  ", b"\n    - ", b"'", b'"', b"|", b">",
    b"#", b"---\n", b"...\n", b"<<: ", b"=", b"~", b"2026-02-30", b"0b_", b"0x", b"1e999", b"9" * 5000,
    b"\x00", b"\x07", b"\x1b", b"\x7f", b"\t", b"\r", b"\xef\xbb\xbf", b"\xc2\x85", b"\xc2\x9b", b"\xe2\x80\xa8", b"\xff",
]
FTL_TOKENS = [
    b"{", b"}", b"{ ", b" }", b"{ " * 2000, b"{ " * 70, b" }" * 70, b"NUMBER(" * 300, b"-t(" * 100, b"(", b")",
    b'"', b'"{"', b"\\", b"->", b" $n ->\n", b"\n", b"\n    ", b"\n   *[other] ", b"\n    [one] ", b"[", b"]", b"*",
    b"$n", b"{ -mascot }", b"-mascot", b"\n    .alt = ", b"\n.alt", b"#", b"\n# ", b"\nx = ", b"\n-t = ", b"=",
    b"\x00", b"\x07", b"\r", b"\xff", b"\xef\xbb\xbf",
]
LESSON_FILES = ["lessons/private-eye.yaml", "quizzes/private-eye-quiz.yaml"]
FTL_FILE = "locales/fr/lessons/private-eye.ftl"
LINE_BREAKS = "\n\r\x85\u2028\u2029"  # what YAML counts as a new line


@pytest.fixture(scope="module")
def content(tmp_path_factory) -> Path:
    """Two lessons: the one mutated and the one that must stay served. Each example restores its file."""
    root = tmp_path_factory.mktemp("fuzz")
    for lesson in ("private-eye", "danger"):
        copy_lesson(ROOT, root, lesson)
    return root


def mutations(tokens: list[bytes]):
    """A few edits: insert a token, delete a run of bytes, replace a run with a token, or replace the
    value of the next ``key: value`` (``id = text`` in Fluent), where a token is not a syntax error
    at once and reaches the later stages."""
    token = st.one_of(st.sampled_from(tokens), st.text(min_size=1, max_size=4).map(str.encode))
    edit = st.tuples(st.sampled_from(["insert", "delete", "replace", "value"]), st.integers(0, 1 << 16),
                     st.integers(1, 40), token)
    return st.lists(edit, min_size=1, max_size=6)


def mutate(data: bytes, edits, separator: bytes) -> bytes:
    for op, at, length, token in edits:
        at %= len(data) + 1
        if op == "value":  # the rest of the line after the next separator
            found = data.find(separator, at)
            if found < 0:
                continue
            at = found + len(separator)
            end = data.find(b"\n", at)
            length = (len(data) if end < 0 else end) - at
        cut = 0 if op == "insert" else length
        data = data[:at] + (b"" if op == "delete" else token) + data[at + cut:]
    return data


def load_mutated(root: Path, rel: str, edits):
    """Load the content with one file mutated; the file is restored whatever happens."""
    path = root / rel
    original = path.read_bytes()
    mutated = mutate(original, edits, b"= " if rel.endswith(".ftl") else b": ")
    path.write_bytes(mutated)
    try:
        report = load_content(root)
        bundles.reset()
        fr = bundles.Translator("fr", root.resolve())
        # texts of both lessons still format from what the bundles kept
        shown = {msg_id: fr(msg_id) for msg_id in ("danger", "private-eye", "private-eye-recap")}
    finally:
        path.write_bytes(original)
        bundles.reset()
    return mutated, report, shown


def assert_problems_are_placed(report, rel: str, mutated: bytes) -> None:
    lines = sum(mutated.decode("utf-8", "replace").count(ch) for ch in LINE_BREAKS) + 1
    for problem in report.problems:
        assert problem.line >= 1 and problem.col >= 1, problem
        if problem.path == rel:
            assert problem.line <= lines, problem
    assert "danger" in report.catalogue, [str(p) for p in report.problems]


@settings(max_examples=80, deadline=None, derandomize=True, database=None)
@given(which=st.sampled_from(LESSON_FILES), edits=mutations(YAML_TOKENS))
def test_a_mutated_lesson_or_quiz_gives_problems_never_an_exception(content, which, edits):
    mutated, report, _shown = load_mutated(content, which, edits)
    assert_problems_are_placed(report, which, mutated)
    if "private-eye" not in report.catalogue:  # a lesson is never left out without saying why
        assert {p.path for p in report.problems} & set(LESSON_FILES), [str(p) for p in report.problems]


@settings(max_examples=80, deadline=None, derandomize=True, database=None)
@given(edits=mutations(FTL_TOKENS))
def test_a_mutated_fluent_file_gives_problems_never_an_exception(content, edits):
    mutated, report, shown = load_mutated(content, FTL_FILE, edits)
    assert_problems_are_placed(report, FTL_FILE, mutated)
    assert "private-eye" in report.catalogue  # words only: the lesson itself is still served
    assert all(isinstance(text, str) and text for text in shown.values())
