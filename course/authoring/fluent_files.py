"""Fluent files as syntax trees, and where each message of the content belongs.

The checker (``course.l10n.ftl``) reads files into flat records for reporting; the
translation tools need the syntax trees themselves, to copy reference text into comments
and to write messages back without reformatting the rest of a file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import FluentParser, FluentSerializer, ast, visitor

from course.content.report import ContentReport
from course.l10n.ftl import UNFILLED_MARK, read_source
from course.l10n.locales import REFERENCE
from course.problems import Problem

Node = ast.Message | ast.Term


def key_of(node: Node) -> str:
    """Messages and terms live in separate namespaces: terms keep their leading hyphen."""
    return ("-" if isinstance(node, ast.Term) else "") + node.id.name


@dataclass(frozen=True)
class Located:
    rel: str
    node: Node


def parse(source: str) -> ast.Resource:
    return FluentParser(with_spans=True).parse(source)


def read_folder(root: Path, folder: str) -> dict[str, Located]:
    """Every message and term of one locale folder; the first of duplicate ids wins, as in the checker."""
    out: dict[str, Located] = {}
    for path in sorted((root / "locales" / folder).rglob("*.ftl")):
        rel = path.relative_to(root).as_posix()
        source = read_source(root, path)
        if isinstance(source, Problem):
            continue  # unreadable, too big or too deep: reported by `course check`
        resource = parse(source)
        for item in resource.body:
            if isinstance(item, (ast.Message, ast.Term)):
                out.setdefault(key_of(item), Located(rel, item))
    return out


class _Text(visitor.Visitor):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []

    def visit_TextElement(self, node):
        self.parts.append(node.value)


def is_unfilled(pattern: ast.Pattern | None) -> bool:
    """The checker's rule (``ftl.Part.unfilled``): the pattern's text starts with the marker."""
    if pattern is None:
        return True
    walk = _Text()
    walk.visit(pattern)
    return "".join(walk.parts).lstrip().startswith(UNFILLED_MARK)


def parts_of(node: Node) -> dict[str | None, ast.Pattern]:
    """The value (key None) and each attribute of a message, by name."""
    out: dict[str | None, ast.Pattern] = {}
    if node.value is not None:
        out[None] = node.value
    for attribute in node.attributes:
        out.setdefault(attribute.id.name, attribute.value)
    return out


def build(like: Node | type, name: str, parts: dict[str | None, ast.Pattern],
          comment: str | None = None) -> Node:
    """A message (or term) with the given parts, value first then attributes in the given order."""
    cls = like if isinstance(like, type) else type(like)
    attributes = [ast.Attribute(ast.Identifier(k), v) for k, v in parts.items() if k is not None]
    node = cls(ast.Identifier(name.lstrip("-")), parts.get(None), attributes)
    if comment:
        node.comment = ast.Comment(comment)
    return node


def todo(text: str) -> ast.Pattern:
    # Hints are plain text: a brace would open a placeable and break the file.
    assert "{" not in text and "}" not in text, text
    return ast.Pattern([ast.TextElement(f"{UNFILLED_MARK}: {text}")])


def serialize(node: Node) -> str:
    return FluentSerializer().serialize_entry(node)


def serialize_bare(node: Node) -> str:
    """The entry without its comment, for quoting it inside another comment."""
    bare = node.clone()
    bare.comment = None
    return serialize(bare).rstrip("\n")


@dataclass
class Homes:
    """Which file each message belongs to, as a path with ``{loc}`` for the locale, and in what order.

    Lesson messages come from the structure (``Lesson.messages() + Quiz.messages()``), the
    app's own messages and terms from the reference locale's files, as the checker does.
    """

    home: dict[str, str] = field(default_factory=dict)
    order: dict[str, list[str]] = field(default_factory=dict)
    needs: dict[str, object] = field(default_factory=dict)

    def add(self, key: str, template: str) -> None:
        if key not in self.home:
            self.home[key] = template
            self.order.setdefault(template, []).append(key)


def homes(report: ContentReport, ref: dict[str, Located]) -> Homes:
    out = Homes()
    for entry in report.catalogue.entries:
        template = f"locales/{{loc}}/lessons/{entry.id}.ftl"
        for need in entry.lesson.messages() + entry.quiz.messages():
            out.add(need.id, template)
            out.needs[need.id] = need
    prefix = f"locales/{REFERENCE}/"
    app = [(loc.rel, loc.node.span.start, key) for key, loc in ref.items()
           if key not in out.needs and (key.startswith("-") or "/lessons/" not in loc.rel)]
    for rel, _start, key in sorted(app):
        out.add(key, "locales/{loc}/" + rel[len(prefix):])
    return out
