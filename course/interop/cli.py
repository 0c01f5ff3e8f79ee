"""``course xapi export|push|status``: learning records for a Learning Record Store (docs/xapi.md).

Each command's docstring is its --help; the bodies call the modules beside this one.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path


def _since(text: str) -> datetime:
    """A date (2026-12-01) or a date and time (2026-12-01T08:00, UTC unless an offset is given)."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (write 2026-12-01 or 2026-12-01T08:00)") from None
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def _prepare(args: argparse.Namespace, *, needs_lrs: bool = False):
    """The settings and a queue holding every stored fact; None after printing why not."""
    from course.interop import xapi_outbox
    from course.interop.xapi_settings import SettingsError, XapiSettings
    from course.store import db

    try:
        settings = XapiSettings.from_env()
    except SettingsError as exc:
        print(f"course xapi: {exc}", file=sys.stderr)
        return None
    if needs_lrs and not settings.endpoint:
        print("course xapi: COURSE_XAPI_ENDPOINT is not set: no LRS to push to", file=sys.stderr)
        return None
    db.ensure_schema()
    activities = xapi_outbox.activities_for(settings, args.root)
    queued = xapi_outbox.enqueue(settings, activities)
    return settings, queued


def cmd_export(args: argparse.Namespace) -> int:
    """Write the xAPI statements of every learner's lessons, quiz tries and answers as JSON Lines.

    The same statements, under the same ids, as `course xapi push` sends (they are queued first if
    new). Guests' records are included only with COURSE_XAPI_GUESTS=1."""
    from course.store import xapi_outbox as store

    prepared = _prepare(args)
    if prepared is None:
        return 2
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    count = 0
    try:
        for statement in store.statements(class_id=args.class_id, since=args.since):
            out.write(json.dumps(statement, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    finally:
        if args.output:
            out.close()
    print(f"course xapi export: {count} statements", file=sys.stderr)
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    """Send the queued statements to the LRS (COURSE_XAPI_ENDPOINT, COURSE_XAPI_USERNAME, COURSE_XAPI_PASSWORD).

    Queues the new facts first, then sends everything not yet sent, without waiting out the backoff
    of earlier failures. Exit 1 if some statements could not be sent (they stay queued)."""
    from course.interop import xapi_outbox
    from course.interop.xapi_lrs import Lrs
    from course.store import xapi_outbox as store

    prepared = _prepare(args, needs_lrs=True)
    if prepared is None:
        return 2
    settings, queued = prepared
    lrs = Lrs.from_settings(settings)
    report = xapi_outbox.push(lrs, ignore_backoff=True)
    left = store.counts().queued
    print(f"course xapi push: {queued} newly queued, {report.sent} sent, {left} still queued")
    for error in dict.fromkeys(report.errors):
        print(f"course xapi push: {error}", file=sys.stderr)
    return 0 if report.ok else 1


def cmd_status(args: argparse.Namespace) -> int:
    """Print how many statements are queued, sent and failing, and the last error."""
    from course.store import db
    from course.store import xapi_outbox as store

    db.ensure_schema()
    counts = store.counts()
    print(f"queued {counts.queued}, sent {counts.sent}, failing {counts.failing}")
    if counts.last_error:
        print(f"last error: {counts.last_error}")
    return 0


def register(sub) -> None:
    """Add ``course xapi`` to the ``course`` parser's sub-commands."""
    xapi = sub.add_parser("xapi", help="xAPI learning records: export, push to an LRS, status",
                          description="xAPI learning records for a Learning Record Store (docs/xapi.md).")
    xapi_sub = xapi.add_subparsers(dest="xapi_command", required=True)
    p = xapi_sub.add_parser("export", help=first_line(cmd_export), description=cmd_export.__doc__)
    p.add_argument("--class", dest="class_id", type=int, default=None, metavar="ID", help="only this class's learners")
    p.add_argument("--since", type=_since, default=None, metavar="DATE", help="only statements from this date (UTC)")
    p.add_argument("--output", type=Path, default=None, metavar="FILE", help="file to write (default: standard output)")
    _root(p)
    p.set_defaults(func=cmd_export)
    p = xapi_sub.add_parser("push", help=first_line(cmd_push), description=cmd_push.__doc__)
    _root(p)
    p.set_defaults(func=cmd_push)
    p = xapi_sub.add_parser("status", help=cmd_status.__doc__, description=cmd_status.__doc__)
    p.set_defaults(func=cmd_status)


def _root(p: argparse.ArgumentParser) -> None:
    p.add_argument("--root", type=Path, default=None, help="content root (default: the checkout, or COURSE_CONTENT_DIR)")


def first_line(command) -> str:
    """A command's --help line: its docstring's first line (the rest is its description)."""
    return (command.__doc__ or "").splitlines()[0]
