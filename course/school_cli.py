"""``course school add|list|admin`` and ``course ministry add``: schools and their first accounts,
made by the server's operator (docs/deploy.md, "Schools, roles and the ministry view"); and
``course ministry refresh``, which brings the ministry view's figures up to date now.

Run on the server, with its database settings: whoever can run these can read the database anyway,
so they check no role (the store's functions take ``as_ministry=None`` for the command line only).
Passwords are read from the terminal, or one line from standard input when it is not a terminal.
"""
from __future__ import annotations

import argparse
import getpass
import sys


def _password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise ValueError("the two passwords differ")
    return first


def cmd_add(args: argparse.Namespace) -> int:
    """Add a school (its country, ISO 3166-1 alpha-2, is the Get-help default of its classes)."""
    from course.store import db, schools

    db.ensure_schema()
    try:
        made = schools.create_school(args.name, country=args.country, region=args.region, as_ministry=None)
    except ValueError as exc:
        print(f"course school: {exc}", file=sys.stderr)
        return 2
    print(f"school {made.id}: {made.name} ({made.country or 'no country'}, {made.region or 'no region'})")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """List the schools: id, name, country, region."""
    from sqlalchemy import select

    from course.store import db
    from course.store.models import School

    db.ensure_schema()
    with db.read() as s:
        for row in s.scalars(select(School).order_by(School.id)):
            print(f"{row.id}\t{row.name}\t{row.country or ''}\t{row.region or ''}")
    return 0


def cmd_admin(args: argparse.Namespace) -> int:
    """Add a school's admin account (they add their colleagues from the educator page's Team tab)."""
    from course.store import accounts, db
    from course.store.errors import NotFound

    db.ensure_schema()
    try:
        made = accounts.create_educator(args.username, _password(), args.display_name or args.username, role="admin",
                                        school_id=args.school)
    except (ValueError, NotFound) as exc:
        print(f"course school: {exc}", file=sys.stderr)
        return 2
    print(f"educator {made}: {args.username}, admin of school {args.school}")
    return 0


def cmd_ministry_add(args: argparse.Namespace) -> int:
    """Add a ministry admin: they see /ministry (aggregates of every school) and no class."""
    from course.store import accounts, db

    db.ensure_schema()
    try:
        made = accounts.create_ministry_account(args.username, _password(), args.display_name or args.username,
                                                as_ministry=None)
    except ValueError as exc:
        print(f"course ministry: {exc}", file=sys.stderr)
        return 2
    print(f"educator {made}: {args.username}, ministry admin")
    return 0


def cmd_ministry_refresh(args: argparse.Namespace) -> int:
    """Bring the ministry view's figures up to date now (the server does it every hour)."""
    from course import paths
    from course.content.report import load_content
    from course.reports import ministry_rollup
    from course.reports.catalogue import lesson_dicts
    from course.store import db

    db.ensure_schema()
    made = ministry_rollup.refresh(lesson_dicts(load_content(paths.content_root()).catalogue.entries), full=args.all)
    months = "every month" if made.from_month is None else f"months from {made.from_month}"
    print(f"ministry figures up to {made.at:%Y-%m-%d %H:%M} UTC ({months} recounted): {made.groups} groups, "
          f"{made.lesson_months} lesson-months, {made.coverage} coverage rows")
    return 0


def register(sub) -> None:
    """Add ``course school`` and ``course ministry`` to the ``course`` parser's sub-commands."""
    school = sub.add_parser("school", help="schools of this deployment and their admins",
                            description="Schools as tenants: each school's educators see only their school.")
    school_sub = school.add_subparsers(dest="school_command", required=True)
    p = school_sub.add_parser("add", help=cmd_add.__doc__, description=cmd_add.__doc__)
    p.add_argument("name")
    p.add_argument("--country", default=None, help="ISO 3166-1 alpha-2, e.g. JO (default: not known)")
    p.add_argument("--region", default=None, help="the region, as the ministry names it")
    p.set_defaults(func=cmd_add)
    p = school_sub.add_parser("list", help=cmd_list.__doc__, description=cmd_list.__doc__)
    p.set_defaults(func=cmd_list)
    p = school_sub.add_parser("admin", help=cmd_admin.__doc__, description=cmd_admin.__doc__)
    p.add_argument("school", type=int, help="the school's id (course school list)")
    p.add_argument("username")
    p.add_argument("--display-name", default=None)
    p.set_defaults(func=cmd_admin)
    ministry = sub.add_parser("ministry", help="ministry admins (the /ministry page)",
                              description="Ministry admins see aggregates of every school, never a child.")
    ministry_sub = ministry.add_subparsers(dest="ministry_command", required=True)
    p = ministry_sub.add_parser("add", help=cmd_ministry_add.__doc__, description=cmd_ministry_add.__doc__)
    p.add_argument("username")
    p.add_argument("--display-name", default=None)
    p.set_defaults(func=cmd_ministry_add)
    p = ministry_sub.add_parser("refresh", help=cmd_ministry_refresh.__doc__, description=cmd_ministry_refresh.__doc__)
    p.add_argument("--all", action="store_true",
                   help="recount every month, not only the last two (after learners were deleted or moved)")
    p.set_defaults(func=cmd_ministry_refresh)
