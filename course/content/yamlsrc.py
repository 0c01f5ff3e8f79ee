"""YAML structure files read with the line and column of every key and value.

PyYAML's composer keeps a mark for every node; we keep those marks in a flat map from
the path of keys/indices to (line, col) so schema errors can name the exact place.

A lesson file is plain data: keys, words, numbers, lists and mappings. Everything else YAML
can express is refused with a problem at its place, because each of those features has taken
the checker or the server down: an alias can point at itself (endless recursion) or multiply a
small file into billions of nodes ("billion laughs"), deep nesting exhausts Python's recursion
limit, an explicit tag runs a constructor that fails on bad input (``!!int abc``), and a list
used as a key cannot be a Python dict key.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from course.problems import position

Path = tuple[Any, ...]

# Lesson files nest about 6 deep; 64 leaves room for any sane file and stops far below
# Python's recursion limit (the composer uses three frames per level).
MAX_DEPTH = 64
# What an explicit tag may say: only what the node is anyway (``!!str 12`` keeps 12 a text).
_YAML_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {
    yaml.ScalarEvent: _YAML_TAG + "str",
    yaml.SequenceStartEvent: _YAML_TAG + "seq",
    yaml.MappingStartEvent: _YAML_TAG + "map",
}


class YamlError(Exception):
    def __init__(self, code: str, message: str, line: int, col: int):
        super().__init__(message)
        self.code, self.line, self.col = code, line, col


def _at(mark: yaml.Mark | None) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


class _Loader(yaml.SafeLoader):
    """The safe loader's composer, refusing anchors, aliases, tags and depth before they cost anything."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        event = self.peek_event()
        where = _at(event.start_mark)
        if event.anchor is not None:  # an AliasEvent's anchor is the name it points at
            sign = "*" if isinstance(event, yaml.AliasEvent) else "&"
            raise YamlError("YAML-ALIAS", f"anchors and aliases ({sign}{event.anchor}) are not allowed in content"
                            " files: write the value out in full", *where)
        tag = getattr(event, "tag", None)
        if tag not in (None, _PLAIN_TAGS.get(type(event))):
            shown = tag.replace(_YAML_TAG, "!!", 1)  # as the author wrote it
            raise YamlError("YAML-TAG", f"the tag {shown} is not allowed in content files: write the value"
                            " without it (quote it to make it a text)", *where)
        if self._depth >= MAX_DEPTH:
            raise YamlError("YAML-TOO-DEEP", f"lists and mappings are nested more than {MAX_DEPTH} levels deep", *where)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


@dataclass
class Marked:
    """Plain Python data plus where each piece stood in the file (1-based)."""

    data: Any
    marks: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path, value: bool = False) -> tuple[int, int]:
        """Line and column of ``path``'s key (or its value), else of its nearest ancestor."""
        path = tuple(path)
        while path:
            first, second = (self.marks, self.key_marks) if value else (self.key_marks, self.marks)
            if path in first:
                return first[path]
            if path in second:
                return second[path]
            path = path[:-1]
        return self.marks.get((), (1, 1))


def _pos(node: yaml.Node) -> tuple[int, int]:
    return _at(node.start_mark)


def _scalar(node: yaml.Node) -> Any:
    # Implicit types still run a constructor: 2026-02-30 looks like a date and is not one.
    try:
        return _CONSTRUCTOR.construct_object(node, deep=True)
    except yaml.MarkedYAMLError:  # '=' and '<<' name YAML types the safe loader has no use for
        raise YamlError("YAML-VALUE", f"cannot read {node.value!r}: quote it to make it a text", *_pos(node)) from None
    except (ValueError, OverflowError) as exc:
        raise YamlError("YAML-VALUE", f"cannot read {node.value!r}: {exc}", *_pos(node)) from None


def _build(node: yaml.Node, path: Path, out: Marked) -> Any:
    out.marks[path] = _pos(node)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlError("YAML-KEY", "a key must be a single word or text, not a list or a mapping",
                                *_pos(key_node))
            key = _scalar(key_node)
            if key in result:
                raise YamlError("YAML-KEY", f"duplicate key {key!r}", *_pos(key_node))
            out.key_marks[path + (key,)] = _pos(key_node)
            result[key] = _build(value_node, path + (key,), out)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(child, path + (i,), out) for i, child in enumerate(node.value)]
    return _scalar(node)


class _Constructor(yaml.SafeLoader):
    def __init__(self) -> None:  # a constructor only, never fed a stream
        yaml.SafeLoader.__init__(self, "")


_CONSTRUCTOR = _Constructor()


def _check_characters(text: str) -> None:
    # The reader's own test, run first so that its error (which has no line) never happens.
    bad = yaml.reader.Reader.NON_PRINTABLE.search(text)
    if bad:
        raise YamlError("CONTROL-CHAR", f"the invisible character U+{ord(bad.group()):04X} is not allowed here:"
                        " delete it (it often comes with text pasted from elsewhere)", *position(text, bad.start()))


def _compose(text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise YamlError("YAML-SYNTAX", f"{exc.problem or exc}", *_at(mark)) from None
    except yaml.YAMLError as exc:
        raise YamlError("YAML-SYNTAX", str(exc), 1, 1) from None


def load_yaml(text: str) -> Marked:
    """Parse one YAML document; raises YamlError with a stable code and a 1-based position."""
    _check_characters(text)
    out = Marked(data=None)
    try:
        node = _compose(text)
        if node is None:
            out.data = {}
            return out
        out.data = _build(node, (), out)
    except RecursionError:
        # Unreachable with the depth cap unless the caller's own stack is already deep.
        raise YamlError("YAML-TOO-DEEP", "the file is nested too deeply to read", 1, 1) from None
    finally:
        _CONSTRUCTOR.constructed_objects.clear()  # the constructor is shared: drop its node cache
    return out
