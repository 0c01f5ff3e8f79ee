"""The authors' commands: ``course new-lesson`` and ``course l10n status|missing|merge``.

Each command's docstring is its --help; the bodies call the library modules beside this one.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from course.content.model import TRACKS
from course.l10n.locales import SUPPORTED


def cmd_new_lesson(args: argparse.Namespace) -> int:
    """Create a new lesson: its structure file, its quiz and one Fluent file per locale.

    Every text the lesson needs is written as TODO with a hint, so `course check` reports it
    as UNFILLED until an author writes it. Refuses to overwrite an existing lesson."""
    from course.authoring.scaffold import ScaffoldError, new_lesson

    locales = [loc.strip() for loc in args.locales.split(",") if loc.strip()]
    try:
        made = new_lesson(args.root, args.lesson_id, args.band, locales, args.steps)
    except ScaffoldError as exc:
        print(f"course new-lesson: {exc}", file=sys.stderr)
        return 1
    lesson = made.lesson
    print(f"Created lesson {lesson.id} (band {lesson.track}, order {lesson.order}) in {args.root}:")
    for rel in made.files:
        print(f"  {rel}")
    print("\nWhat to do next:")
    print(f"  1. In lessons/{lesson.id}.yaml, set source.section, risks and minutes (and rename ids now if you like).")
    print(f"  2. Replace every TODO in the .ftl files ({made.texts} texts per locale, Arabic first).")
    print("     `course check` reports each one as UNFILLED until it is written.")
    if made.images:
        print("  3. Draw the story picture(s) and save them as (320x200 SVG, no text inside):")
        for rel in made.images:
            print(f"       {rel}")
        print("     Until then `course check` reports MISSING-IMAGE for each.")
    print("  Then: `course check`, and preview with `course serve --dev` at /author (see docs/authoring.md).")
    return 0


def cmd_l10n_status(args: argparse.Namespace) -> int:
    """Print how much of each lesson is written in each locale (the same numbers as `course check`)."""
    from course.authoring import l10n_status
    from course.content.report import load_content

    report = load_content(args.root)
    if args.json:
        json.dump(l10n_status.as_json(report), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(l10n_status.render(report))
    return 0


def cmd_l10n_missing(args: argparse.Namespace) -> int:
    """Write one .ftl holding just what LOCALE still lacks, the Arabic text quoted above each message.

    Give it to a translator; merge the filled file back with `course l10n merge FILE`."""
    from course.authoring.l10n_missing import missing

    try:
        found = missing(args.root, args.locale)
    except ValueError as exc:
        print(f"course l10n missing: {exc}", file=sys.stderr)
        return 1
    if args.out:
        args.out.write_text(found.text, "utf-8")
    else:
        sys.stdout.write(found.text)
    where = f" into {args.out}" if args.out else ""
    print(f"{found.messages} message(s), {found.texts} text(s) to write in {found.locale}{where}", file=sys.stderr)
    return 0


def cmd_l10n_merge(args: argparse.Namespace) -> int:
    """Merge a filled translation file back into the locale's own .ftl files.

    Each message goes to its lesson's file (or ui.ftl/help.ftl); texts left as TODO never
    replace written ones. Nothing is written unless the whole file merges."""
    from course.authoring.l10n_merge import merge

    try:
        source = args.file.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"course l10n merge: cannot read {args.file}: {exc}", file=sys.stderr)
        return 1
    result = merge(args.root, source, args.locale)
    if not result.ok:
        for error in result.errors:
            print(f"{args.file}: {error}", file=sys.stderr)
        print("course l10n merge: nothing was written", file=sys.stderr)
        return 1
    for action, keys in sorted(result.actions.items()):
        print(f"{action}: {len(keys)}")
    for rel in result.written:
        print(f"  wrote {rel}")
    print("Now run `course check`.")
    return 0


def _root(p: argparse.ArgumentParser) -> None:
    p.add_argument("--root", type=Path, default=None, help="content root (default: the checkout, or COURSE_CONTENT_DIR)")


def register(sub) -> None:
    """Add the authors' commands to the ``course`` parser's sub-commands."""
    p = sub.add_parser("new-lesson", help=cmd_new_lesson.__doc__.splitlines()[0], description=cmd_new_lesson.__doc__)
    p.add_argument("lesson_id", metavar="ID", help="lower-case words joined by hyphens, e.g. safe-sharing")
    p.add_argument("--band", required=True, choices=TRACKS, help="the age band (track) the lesson is for")
    p.add_argument("--locales", default=",".join(SUPPORTED), help="comma-separated locales to create .ftl files for")
    p.add_argument("--steps", default="story,choice,tip,recap",
                   help="comma-separated step kinds, each optionally with its id: meet:story,what-now:choice")
    _root(p)
    p.set_defaults(func=cmd_new_lesson)

    l10n = sub.add_parser("l10n", help="translation: status, missing, merge",
                          description="Translation tools: see what is left, hand it to a translator, merge it back.")
    l10n_sub = l10n.add_subparsers(dest="l10n_command", required=True)
    p = l10n_sub.add_parser("status", help=cmd_l10n_status.__doc__, description=cmd_l10n_status.__doc__)
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    _root(p)
    p.set_defaults(func=cmd_l10n_status)
    p = l10n_sub.add_parser("missing", help=cmd_l10n_missing.__doc__.splitlines()[0], description=cmd_l10n_missing.__doc__)
    p.add_argument("locale", metavar="LOCALE", choices=SUPPORTED, help=f"one of {', '.join(SUPPORTED)}")
    p.add_argument("--out", type=Path, default=None, help="file to write (default: print it)")
    _root(p)
    p.set_defaults(func=cmd_l10n_missing)
    p = l10n_sub.add_parser("merge", help=cmd_l10n_merge.__doc__.splitlines()[0], description=cmd_l10n_merge.__doc__)
    p.add_argument("file", metavar="FILE", type=Path, help="a file written by `course l10n missing` and filled in")
    p.add_argument("--locale", choices=SUPPORTED, default=None, help="override the file's '### locale:' line")
    _root(p)
    p.set_defaults(func=cmd_l10n_merge)
