"""``course l10n missing LOCALE``: one Fluent file holding only what a locale still lacks.

Each message the locale lacks, or has still marked unfilled, or lacks an attribute of, is
written with the reference (Arabic) text quoted in a comment above it, so a translator works
from one file. Parts the locale already has are copied in as they are, so merging the file
back (``l10n_merge``) changes only what the translator wrote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from fluent.syntax import ast

from course.authoring.fluent_files import (
    Homes,
    Located,
    build,
    homes,
    is_unfilled,
    parts_of,
    read_folder,
    serialize,
    serialize_bare,
    todo,
)
from course.content.report import load_content
from course.l10n.locales import REFERENCE

LOCALE_LINE = re.compile(r"^locale:\s*(\S+)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Missing:
    locale: str
    text: str
    messages: int  # how many messages the file holds
    texts: int     # how many values and attributes in them are still to be written


def _wanted(key: str, plan: Homes, ref: Located | None, locale: str) -> list[str | None]:
    """The parts a message must have in this locale: what the structure asks for, plus the
    optional attributes the reference chose to write (the checker asks for those too)."""
    need = plan.needs.get(key)
    if need is None:  # an app message or term: the reference defines it
        return list(parts_of(ref.node)) if ref else []
    names: list[str | None] = [None] if need.value else []
    names += sorted(need.attrs)
    if ref is not None and locale != REFERENCE:
        names += sorted((set(parts_of(ref.node)) - {None}) & need.optional_attrs)
    return names


def _entry(key: str, wanted: list[str | None], have: Located | None, ref: Located | None,
           locale: str) -> tuple[ast.Message | ast.Term, int] | None:
    """The message for the translator, or None when the locale already has it all written."""
    have_parts = parts_of(have.node) if have else {}
    ref_parts = parts_of(ref.node) if ref else {}
    todo_parts = [n for n in wanted if n not in have_parts or is_unfilled(have_parts[n])]
    if not todo_parts:
        return None
    parts: dict[str | None, ast.Pattern] = {}
    for name in wanted:
        if name in have_parts:
            parts[name] = have_parts[name].clone()
        elif name in ref_parts and locale != REFERENCE:
            parts[name] = todo(f"translate the {REFERENCE} text above")
        else:
            parts[name] = todo("write this text")
    comment = None
    if ref is not None and locale != REFERENCE:
        unwritten = any(is_unfilled(p) for p in ref_parts.values())
        comment = f"{REFERENCE}{' (not all written yet)' if unwritten else ''}:\n{serialize_bare(ref.node)}"
    like = ast.Term if key.startswith("-") else ast.Message
    return build(like, key, parts, comment), len(todo_parts)


def header(locale: str) -> str:
    lines = [f"Amaan: texts still to write in {locale}.",
             f"Above each message is the {REFERENCE} (reference) text. Replace every TODO with the {locale} text;",
             "keep the ids on the left and anything in { } as they are. Then merge it back with:",
             "    course l10n merge THIS-FILE",
             f"locale: {locale}"]
    return "\n".join(f"### {line}".rstrip() for line in lines) + "\n"


def missing(root: Path, locale: str) -> Missing:
    root = Path(root)
    report = load_content(root)
    if locale not in report.locales:
        raise ValueError(f"locale {locale!r}: use one of {', '.join(report.locales)}")
    ref = read_folder(root, REFERENCE)
    have = read_folder(root, locale)
    plan = homes(report, ref)
    chunks, messages, texts = [header(locale)], 0, 0
    for template, keys in plan.order.items():
        entries = []
        for key in keys:
            made = _entry(key, _wanted(key, plan, ref.get(key), locale), have.get(key), ref.get(key), locale)
            if made is not None:
                entries.append(serialize(made[0]))
                texts += made[1]
        if entries:
            chunks.append(f"\n## {template.format(loc=locale)}\n\n" + "\n".join(entries))
        messages += len(entries)
    return Missing(locale, "".join(chunks), messages, texts)


def locale_of(resource: ast.Resource) -> str | None:
    """The ``locale:`` line of the file's header, as ``header`` writes it."""
    for item in resource.body:
        if isinstance(item, ast.ResourceComment):
            found = LOCALE_LINE.search(item.content)
            if found:
                return found.group(1)
    return None
