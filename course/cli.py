"""The ``course`` command. Each sub-command's docstring is its --help; bodies call library code."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from course import paths


def cmd_check(args: argparse.Namespace) -> int:
    """Check every lesson, quiz and Fluent file; print one line per problem and the coverage."""
    from course import check

    return check.run(args.root, as_json=args.json)


def cmd_serve(args: argparse.Namespace) -> int:
    """Start the app (SQLite in ./data unless COURSE_DATABASE_URL is set) and print its address."""
    from course.web import server

    server.serve(port=args.port, address=args.address, show=args.show, dev=args.dev)
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    """Database maintenance: `course db upgrade` runs the migrations on COURSE_DATABASE_URL."""
    from course.store import db

    db.upgrade()
    print(f"database at revision {db.current_revision()}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Seed a demo school (one educator, two classes, about 40 learners) and print how to sign in.

    Refuses to run against a database that already holds data."""
    from course.content.report import load_content
    from course.store import db
    from course.store.demo import DemoRefused, lesson_dicts, seed_demo

    db.ensure_schema()
    catalogue = load_content(paths.content_root()).catalogue
    children = [e for e in catalogue.entries if e.track != "educators"]
    try:
        seeded = seed_demo(None, lesson_dicts(children), seed=args.seed)
    except DemoRefused as exc:
        print(f"course demo: {exc}", file=sys.stderr)
        return 1
    print(seeded.describe())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="course", description="Amaan: online-safety lessons for children.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("check", help=cmd_check.__doc__, description=cmd_check.__doc__)
    p.add_argument("--json", action="store_true", help="print one JSON object instead of lines")
    p.add_argument("--root", type=Path, default=None, help="content root (default: the checkout, or COURSE_CONTENT_DIR)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("serve", help=cmd_serve.__doc__, description=cmd_serve.__doc__)
    p.add_argument("--port", type=int, default=int(os.environ.get("COURSE_PORT", 5006)))
    p.add_argument("--address", default=os.environ.get("COURSE_ADDRESS", "127.0.0.1"),
                   help="address to listen on (0.0.0.0 to serve the school network)")
    p.add_argument("--show", action="store_true", help="open a browser")
    p.add_argument("--dev", action="store_true", help="reload when files change (for authors)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("db", help=cmd_db.__doc__, description=cmd_db.__doc__)
    p.add_argument("action", choices=["upgrade"])
    p.set_defaults(func=cmd_db)

    p = sub.add_parser("demo", help=cmd_demo.__doc__.splitlines()[0], description=cmd_demo.__doc__)
    p.add_argument("--seed", type=int, default=None, help="random seed, for a repeatable demo")
    p.set_defaults(func=cmd_demo)

    from course.authoring.cli import register

    register(sub)
    from course.interop.cli import register as register_xapi
    register_xapi(sub)
    from course.interop.lti_cli import register as register_lti
    register_lti(sub)
    from course.school_cli import register as register_schools
    register_schools(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "root", None) is None and hasattr(args, "root"):
        args.root = paths.content_root()
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
