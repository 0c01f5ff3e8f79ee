"""Fluent files read for checking: every message with where it stands and what it uses.

``FluentBundle`` silently drops syntax errors (Junk) and keeps the first of duplicate
ids, so the checker parses with ``fluent.syntax`` itself and reports both.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import FluentParser, ast, visitor

from course.l10n.locales import plural_categories
from course.problems import Problem

PLURAL_KEYS = frozenset({"zero", "one", "two", "few", "many", "other"})
UNFILLED_MARK = "TODO"


@dataclass
class Part:
    """The value (name None) or one attribute of a message."""

    name: str | None
    line: int
    col: int
    text: str
    variables: frozenset[str]
    plurals: list[tuple[int, int, frozenset[str]]]  # (line, col, keys) of each plural select

    @property
    def unfilled(self) -> bool:
        return self.text.lstrip().startswith(UNFILLED_MARK)


@dataclass
class Entry:
    id: str
    term: bool
    path: str
    line: int
    col: int
    parts: dict[str | None, Part] = field(default_factory=dict)

    @property
    def attrs(self) -> frozenset[str]:
        return frozenset(k for k in self.parts if k is not None)


class _Walk(visitor.Visitor):
    def __init__(self, pos):
        super().__init__()
        self.pos = pos
        self.variables: set[str] = set()
        self.plurals: list[tuple[int, int, frozenset[str]]] = []
        self.text: list[str] = []

    def visit_VariableReference(self, node):
        self.variables.add(node.id.name)

    def visit_TextElement(self, node):
        self.text.append(node.value)

    def visit_SelectExpression(self, node):
        keys = frozenset(v.key.name if isinstance(v.key, ast.Identifier) else v.key.value for v in node.variants)
        is_number = isinstance(node.selector, ast.FunctionReference) and node.selector.id.name == "NUMBER"
        if is_number or (keys & PLURAL_KEYS) - {"other"}:
            self.plurals.append((*self.pos(node.span.start), keys))
        self.generic_visit(node)


def _start(node: ast.SyntaxNode) -> int:
    # read_locale parses with_spans=True, so every node it reaches has a span.
    assert node.span is not None, f"{type(node).__name__} parsed without a span"
    return node.span.start


def _part(name: str | None, pattern: ast.Pattern, pos: Callable[[int], tuple[int, int]], span_start: int) -> Part:
    walk = _Walk(pos)
    walk.visit(pattern)
    return Part(name, *pos(span_start), "".join(walk.text), frozenset(walk.variables), walk.plurals)


@dataclass
class LocaleFiles:
    """Every entry of one locale folder, and the problems found reading it."""

    folder: str
    entries: dict[str, Entry] = field(default_factory=dict)
    terms: dict[str, Entry] = field(default_factory=dict)
    files: dict[str, list[Entry]] = field(default_factory=dict)


def read_locale(root: Path, folder: str, problems: list[Problem]) -> LocaleFiles:
    out = LocaleFiles(folder)
    parser = FluentParser(with_spans=True)
    for path in sorted((root / "locales" / folder).rglob("*.ftl")):
        rel = path.relative_to(root).as_posix()
        try:
            source = path.read_text("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(Problem(rel, 1, 1, "ENCODING", f"not UTF-8: {exc.reason}"))
            continue
        starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]

        def pos(offset: int, starts: list[int] = starts) -> tuple[int, int]:
            line = bisect.bisect_right(starts, offset)
            return line, offset - starts[line - 1] + 1

        resource = parser.parse(source)
        out.files[rel] = []
        for item in resource.body:
            if isinstance(item, ast.Junk):
                for note in item.annotations:
                    offset = note.span.start if note.span else _start(item)
                    first = pos(_start(item))[0]
                    problems.append(Problem(rel, *pos(offset), "FTL-SYNTAX",
                                            f"{note.code}: {note.message} (in the entry starting at line {first})"))
                continue
            if not isinstance(item, (ast.Message, ast.Term)):
                continue
            is_term = isinstance(item, ast.Term)
            entry = Entry(item.id.name, is_term, rel, *pos(_start(item)))
            if item.value is not None:
                entry.parts[None] = _part(None, item.value, pos, _start(item))
            for attribute in item.attributes:
                entry.parts[attribute.id.name] = _part(attribute.id.name, attribute.value, pos, _start(attribute))
            table = out.terms if is_term else out.entries
            if entry.id in table:
                earlier = table[entry.id]
                what = "term" if is_term else "message"
                problems.append(Problem(rel, entry.line, entry.col, "DUPLICATE-ID",
                                        f"{what} '{'-' if is_term else ''}{entry.id}'"
                                        f" is already defined at {earlier.path}:{earlier.line}"))
                continue
            table[entry.id] = entry
            out.files[rel].append(entry)
    return out


def plural_problems(files: LocaleFiles, tag: str) -> list[Problem]:
    """Plural selects must list every CLDR category of the locale (Arabic has six)."""
    needed = plural_categories(tag)
    problems = []
    for entry in list(files.entries.values()) + list(files.terms.values()):
        for part in entry.parts.values():
            for line, col, keys in part.plurals:
                missing = sorted(needed - keys, key=["zero", "one", "two", "few", "many", "other"].index)
                if missing:
                    problems.append(Problem(entry.path, line, col, "PLURALS",
                                            f"'{entry.id}' lacks the {tag} plural categories: {', '.join(missing)}"))
    return problems
