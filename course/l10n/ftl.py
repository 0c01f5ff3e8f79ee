"""Fluent files read for checking: every message with where it stands and what it uses.

``FluentBundle`` silently drops syntax errors (Junk) and keeps the first of duplicate
ids, so the checker parses with ``fluent.syntax`` itself and reports both.

Both Fluent parsers recurse once per nested placeable or call, so a few thousand ``{`` in one
message exhaust Python's recursion limit. ``read_source`` refuses such a file before any parser
sees it, for the checker and for the served bundles alike (course.l10n.bundles), so the two
never disagree about which files are in use.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import FluentParser, ast, visitor

from course.l10n.locales import plural_categories
from course.problems import Problem, position, read_content_file

# The learner's form of address, passed to every message the app formats for a learner:
# "f" (speak to me as a girl) or "m" (as a boy, the default variant). See docs/authoring.md.
ADDRESS = "address"
FORMS = ("f", "m")  # the variant keys of a select on $address
DEFAULT_FORM = "m"  # its default variant: an unchosen form reads as the app always did
PLURAL_KEYS = frozenset({"zero", "one", "two", "few", "many", "other"})
UNFILLED_MARK = "TODO"
# Real messages nest two or three deep; the parser fails somewhere near 150 (the runtime formats
# recursively too, from a deeper stack), so 64 keeps every file well clear of either limit.
MAX_NESTING = 64
_SPECIAL = re.compile(r'[{}()\]"\n#]')
_STRING_REST = re.compile(r'(?:[^"\\\n]|\\.)*"?')  # a string literal ends at its quote or at the line's end
_VARIANT_LINE = re.compile(r" *[\[*}]")  # a variant key or the select's closing brace ends a variant's text
_ENTRY_START = re.compile(r"[a-zA-Z#-]")  # where the parser starts afresh after a syntax error


@dataclass
class Part:
    """The value (name None) or one attribute of a message."""

    name: str | None
    line: int
    col: int
    text: str
    variables: frozenset[str]
    plurals: list[tuple[int, int, frozenset[str]]]  # (line, col, keys) of each plural select
    # the text outside any select on $address (placeables count as a space), and each such select
    # as (line, col, variant keys, default key): course.content.addressing reads them
    unaddressed: str = ""
    address_selects: list[tuple[int, int, frozenset[str], str]] = field(default_factory=list)

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
    comment: str = ""  # the comment attached to it (``# ...`` on the lines right above)

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
        self.unaddressed: list[str] = []
        self.address_selects: list[tuple[int, int, frozenset[str], str]] = []
        self._in_address = 0

    def visit_VariableReference(self, node):
        self.variables.add(node.id.name)

    def visit_TextElement(self, node):
        self.text.append(node.value)
        if not self._in_address:
            self.unaddressed.append(node.value)

    def visit_Placeable(self, node):
        if not self._in_address:
            self.unaddressed.append(" ")
        self.generic_visit(node)

    def visit_SelectExpression(self, node):
        keys = frozenset(_key(v.key) for v in node.variants)
        is_number = isinstance(node.selector, ast.FunctionReference) and node.selector.id.name == "NUMBER"
        if is_number or (keys & PLURAL_KEYS) - {"other"}:
            self.plurals.append((*self.pos(node.span.start), keys))
        if isinstance(node.selector, ast.VariableReference) and node.selector.id.name == ADDRESS:
            default = next(_key(v.key) for v in node.variants if v.default)
            self.address_selects.append((*self.pos(node.span.start), keys, default))
            self._in_address += 1
            self.generic_visit(node)
            self._in_address -= 1
            return
        self.generic_visit(node)


def _key(key: ast.Identifier | ast.NumberLiteral) -> str:
    return key.name if isinstance(key, ast.Identifier) else key.value


def _start(node: ast.SyntaxNode) -> int:
    # read_locale parses with_spans=True, so every node it reaches has a span.
    assert node.span is not None, f"{type(node).__name__} parsed without a span"
    return node.span.start


def _part(name: str | None, pattern: ast.Pattern, pos: Callable[[int], tuple[int, int]], span_start: int) -> Part:
    walk = _Walk(pos)
    walk.visit(pattern)
    return Part(name, *pos(span_start), "".join(walk.text), frozenset(walk.variables), walk.plurals,
                "".join(walk.unaddressed), walk.address_selects)


@dataclass
class LocaleFiles:
    """Every entry of one locale folder, and the problems found reading it."""

    folder: str
    entries: dict[str, Entry] = field(default_factory=dict)
    terms: dict[str, Entry] = field(default_factory=dict)
    files: dict[str, list[Entry]] = field(default_factory=dict)


def nesting(source: str) -> tuple[int, int]:
    """How deep placeables and calls nest (stopping past MAX_NESTING), and the offset of the deepest opener.

    Read as valid Fluent, and again as the parser recovers from a syntax error (it starts afresh
    at the next line that begins an entry): an unclosed ``{`` must not hide a deep message after it.
    """
    return max(_scan(source, resync=False), _scan(source, resync=True), key=lambda found: found[0])


def _scan(source: str, resync: bool) -> tuple[int, int]:
    # Follows the parser's modes: in text (a message's, or a select variant's) only ``{`` opens;
    # inside an expression ``"`` starts a string literal, whose braces do not count, and ``(`` a call.
    stack: list[list] = []  # per open placeable or call: [its opening character, whether in variant text]
    deepest, at, pos = 0, 0, 0
    while match := _SPECIAL.search(source, pos):
        ch, pos = match.group(), match.end()
        in_text = not stack or stack[-1][1]
        if ch == "\n":
            if resync and _ENTRY_START.match(source, pos):
                stack.clear()
            elif in_text and stack and _VARIANT_LINE.match(source, pos):
                stack[-1][1] = False
        elif ch == "{" or (ch == "(" and not in_text):
            stack.append([ch, False])
            if len(stack) > deepest:
                deepest, at = len(stack), match.start()
                if deepest > MAX_NESTING:
                    break
        elif ch == "#" and not stack and (match.start() == 0 or source[match.start() - 1] == "\n"):
            pos = source.find("\n", pos) + 1 or len(source)  # a comment line
        elif in_text:
            continue
        elif ch == '"':
            rest = _STRING_REST.match(source, pos)
            assert rest is not None  # the pattern matches the empty string too
            pos = rest.end()
        elif ch == "]" and stack[-1][0] == "{":
            stack[-1][1] = True  # after a variant key comes the variant's text
        elif ch in ")}" and stack[-1][0] == ("(" if ch == ")" else "{"):
            stack.pop()
    return deepest, at


def read_source(root: Path, path: Path) -> str | Problem:
    """The text of one .ftl file, or the problem that keeps it out of the checker and the bundles."""
    rel = path.relative_to(root).as_posix()
    read = read_content_file(path, rel)
    if isinstance(read, Problem):
        return read
    source = read[1].replace("\r\n", "\n").replace("\r", "\n")  # universal newlines, as read_text gives
    depth, at = nesting(source)
    if depth > MAX_NESTING:
        return Problem(rel, *position(source, at), "FTL-TOO-DEEP",
                       f"placeables {{ }} (or function calls) are nested more than {MAX_NESTING} deep here:"
                       " Fluent cannot read this file, so it is left out until this is fixed")
    return source


def read_locale(root: Path, folder: str, problems: list[Problem]) -> LocaleFiles:
    out = LocaleFiles(folder)
    parser = FluentParser(with_spans=True)
    for path in sorted((root / "locales" / folder).rglob("*.ftl")):
        rel = path.relative_to(root).as_posix()
        source = read_source(root, path)
        if isinstance(source, Problem):
            problems.append(source)
            continue
        starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]

        def pos(offset: int, starts: list[int] = starts) -> tuple[int, int]:
            line = bisect.bisect_right(starts, offset)
            return line, offset - starts[line - 1] + 1

        try:
            resource = parser.parse(source)
        except RecursionError:
            problems.append(Problem(rel, 1, 1, "FTL-TOO-DEEP", "placeables { } (or function calls) are nested"
                                    " too deep: Fluent cannot read this file, so it is left out until this is fixed"))
            continue
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
            entry.comment = (item.comment.content or "") if item.comment is not None else ""
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
