"""YAML structure files read with the line and column of every key and value.

PyYAML's composer keeps a mark for every node; we keep those marks in a flat map from
the path of keys/indices to (line, col) so schema errors can name the exact place.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

Path = tuple[Any, ...]


class YamlError(Exception):
    def __init__(self, message: str, line: int, col: int):
        super().__init__(message)
        self.line, self.col = line, col


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
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(node: yaml.Node, path: Path, out: Marked) -> Any:
    out.marks[path] = _pos(node)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _CONSTRUCTOR.construct_object(key_node, deep=True)
            if key in result:
                raise YamlError(f"duplicate key {key!r}", *_pos(key_node))
            out.key_marks[path + (key,)] = _pos(key_node)
            result[key] = _build(value_node, path + (key,), out)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(child, path + (i,), out) for i, child in enumerate(node.value)]
    return _CONSTRUCTOR.construct_object(node, deep=True)


class _Constructor(yaml.SafeLoader):
    def __init__(self) -> None:  # a constructor only, never fed a stream
        yaml.SafeLoader.__init__(self, "")


_CONSTRUCTOR = _Constructor()


def load_yaml(text: str) -> Marked:
    """Parse one YAML document; raises YamlError with a 1-based position."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise YamlError(f"{exc.problem or exc}", line, col) from None
    out = Marked(data=None)
    if node is None:
        out.data = {}
        return out
    try:
        out.data = _build(node, (), out)
    finally:
        _CONSTRUCTOR.constructed_objects.clear()  # the constructor is shared: drop its node cache
    return out
