"""``course l10n merge FILE``: put a translator's file back into the locale's own files.

Each message goes to the file it belongs to (the lesson's ``.ftl`` for lesson texts,
``ui.ftl``/``help.ftl`` for the app's), replacing the entry there or inserted next to its
neighbours when the locale lacked it. Files are edited in place by position, not
re-serialised whole, so comments, blank lines and every untouched entry stay byte for
byte. A part the translator left as TODO never overwrites a part the locale already has.
Nothing is written unless the whole file merges.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fluent.syntax import ast

from course.authoring.fluent_files import (
    Homes,
    build,
    homes,
    is_unfilled,
    key_of,
    parse,
    parts_of,
    read_folder,
    serialize,
    serialize_bare,
)
from course.authoring.l10n_missing import locale_of
from course.content.report import load_content
from course.l10n.locales import REFERENCE, SUPPORTED


@dataclass
class Merged:
    locale: str | None = None
    errors: list[str] = field(default_factory=list)
    written: dict[str, str] = field(default_factory=dict)     # path -> new text
    actions: dict[str, list[str]] = field(default_factory=dict)  # "added", "updated", ... -> ids

    def note(self, action: str, key: str) -> None:
        self.actions.setdefault(action, []).append(key)

    @property
    def ok(self) -> bool:
        return not self.errors


def combine(new: ast.Message | ast.Term, old: ast.Message | ast.Term | None) -> ast.Message | ast.Term:
    """The new entry, except that a part still TODO in it keeps the locale's existing part."""
    new_parts = parts_of(new)
    if old is None:
        return build(new, key_of(new), new_parts)
    old_parts = parts_of(old)
    parts = {}
    for name in dict.fromkeys([*old_parts, *new_parts]):
        if name in new_parts and not (is_unfilled(new_parts[name]) and name in old_parts):
            parts[name] = new_parts[name]
        else:
            parts[name] = old_parts[name]
    return build(old, key_of(old), parts)


def _start(node: ast.Message | ast.Term) -> int:
    """Where the entry's own text starts: after its comment, which stays."""
    return node.id.span.start - (1 if isinstance(node, ast.Term) else 0)


def splice(source: str, replace: dict[str, str], add: list[tuple[str, str]], order: list[str]) -> str:
    """``source`` with the entries in ``replace`` rewritten and those in ``add`` inserted, each
    after the nearest entry before it in ``order`` that the file has (or before the first entry)."""
    resource = parse(source)
    present = {key_of(i) for i in resource.body if isinstance(i, (ast.Message, ast.Term))}
    position = {k: i for i, k in enumerate(order)}
    after: dict[str | None, list[str]] = {}
    for key, text in sorted(add, key=lambda kt: position.get(kt[0], len(order))):
        anchor = None
        if key in position:
            earlier = [k for k in order[:position[key]] if k in present]
            anchor = earlier[-1] if earlier else None
        else:
            anchor = "\0end"
        after.setdefault(anchor, []).append(text.rstrip("\n"))
    out, pos, done = [], 0, set()
    for item in resource.body:
        if not isinstance(item, (ast.Message, ast.Term)):
            continue
        key = key_of(item)
        if None in after:
            out += [source[pos:item.span.start], "\n".join(after.pop(None)), "\n"]
            pos = item.span.start
        if key in replace and key not in done:
            done.add(key)
            out += [source[pos:_start(item)], replace[key].rstrip("\n")]
            pos = item.span.end
        if key in after:
            out += [source[pos:item.span.end], "".join("\n" + t for t in after.pop(key))]
            pos = item.span.end
    out.append(source[pos:])
    text = "".join(out)
    rest = [t for texts in after.values() for t in texts]
    if rest:
        text = (text.rstrip("\n") + "\n\n" if text.strip() else "") + "\n".join(rest) + "\n"
    return text


def merge(root: Path, source: str, locale: str | None = None) -> Merged:
    root = Path(root)
    result = Merged()
    resource = parse(source)
    lines = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
    for item in resource.body:
        if isinstance(item, ast.Junk):
            line = sum(1 for start in lines if start <= item.span.start)
            for note in item.annotations:
                result.errors.append(f"line {line}: {note.code}: {note.message}")
    result.locale = locale = locale or locale_of(resource)
    if locale not in SUPPORTED:
        result.errors.append(f"locale {locale!r}: give --locale (one of {', '.join(SUPPORTED)}) "
                             "or keep the file's '### locale:' line")
    if result.errors:
        return result

    report = load_content(root)
    plan: Homes = homes(report, read_folder(root, REFERENCE))
    have = read_folder(root, locale)
    by_file: dict[str, tuple[str | None, dict[str, str], list[tuple[str, str]]]] = {}
    seen: set[str] = set()
    for item in resource.body:
        if not isinstance(item, (ast.Message, ast.Term)):
            continue
        key = key_of(item)
        if key in seen:
            result.errors.append(f"'{key}' is in the file twice")
            continue
        seen.add(key)
        template = plan.home.get(key)
        if template is None:
            result.errors.append(f"'{key}' is not a message any lesson or the app uses: check its id")
            continue
        old = have.get(key)
        # A message the locale already keeps in another file is edited where it is.
        rel = old.rel if old is not None else template.format(loc=locale)
        _template, replace, add = by_file.setdefault(rel, (template, {}, []))
        if old is None:
            add.append((key, serialize(combine(item, None))))
            unfilled = all(is_unfilled(p) for p in parts_of(item).values())
            result.note("added, still TODO" if unfilled else "added", key)
            continue
        merged = combine(item, old.node)
        if serialize_bare(merged) == serialize_bare(old.node):
            result.note("unchanged", key)
            continue
        replace[key] = serialize(merged)
        result.note("updated", key)
    if result.errors:
        return result

    for rel, (template, replace, add) in by_file.items():
        if not replace and not add:
            continue
        path = root / rel
        before = path.read_text("utf-8") if path.exists() else ""
        after = splice(before, replace, add, plan.order.get(template, []))
        junk_before = sum(isinstance(i, ast.Junk) for i in parse(before).body)
        junk_after = sum(isinstance(i, ast.Junk) for i in parse(after).body)
        if junk_after > junk_before:  # never leave a file less valid than it was
            result.errors.append(f"{rel}: merging would break the file's Fluent syntax; nothing was written")
            continue
        result.written[rel] = after
    if result.errors:
        result.written.clear()
        return result
    for rel, text in result.written.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, "utf-8")
    return result
