"""``course lti add-platform|platforms|rotate-key|push-grades|status``: Amaan as an LTI 1.3 tool (docs/lti.md).

Each command's docstring is its --help; the bodies call the modules beside this one.
"""
from __future__ import annotations

import argparse
import sys

from course.interop.cli import first_line


def cmd_add_platform(args: argparse.Namespace) -> int:
    """Register a platform (an LMS such as Moodle) that may launch Amaan, or update its registration.

    The values come from the platform's tool configuration (in Moodle: the tool's "View configuration
    details"). The courses it launches from become classes owned by --educator (default: the first
    admin)."""
    from course.store import db
    from course.store import lti as store

    db.ensure_schema()
    if args.educator:
        owner = store.educator_by_username(args.educator)
        if owner is None:
            print(f"course lti: no educator with the username {args.educator!r}", file=sys.stderr)
            return 2
    else:
        owner = store.default_owner()
        if owner is None:
            print("course lti: no admin educator yet, or several schools: name the educator whose classes "
                  "the platform's courses become, with --educator", file=sys.stderr)
            return 2
    try:
        platform = store.add_platform(args.issuer, args.client_id, args.deployment_id, args.login_url, args.token_url,
                                      args.keyset_url, educator_id=owner, auth_audience=args.audience)
    except ValueError as exc:
        print(f"course lti: {exc}", file=sys.stderr)
        return 2
    print(f"platform {platform.id}: {platform.issuer} (client {platform.client_id}), "
          f"deployments {', '.join(platform.deployment_ids)}")
    return 0


def cmd_platforms(args: argparse.Namespace) -> int:
    """List the registered platforms."""
    from course.store import db
    from course.store import lti as store

    db.ensure_schema()
    for p in store.platforms():
        print(f"{p.id}\t{p.issuer}\tclient {p.client_id}\tdeployments {','.join(p.deployment_ids)}\t"
              f"login {p.auth_login_url}\ttoken {p.auth_token_url}\tkeys {p.key_set_url}")
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    """Make a new signing key. The old one stays in /lti/jwks.json as the previous key until the next
    rotation, so platforms holding the old key set keep working; --forget drops it at once."""
    from course.interop import lti_keys
    from course.store import db

    db.ensure_schema()
    print(f"new key {lti_keys.rotate(forget=args.forget)}")
    return 0


def cmd_push_grades(args: argparse.Namespace) -> int:
    """Send every lesson verdict a platform does not have yet, without waiting out earlier failures.
    Exit 1 if some could not be sent (they are tried again later)."""
    from course.interop import lti_grades
    from course.store import db

    db.ensure_schema()
    report = lti_grades.push(ignore_backoff=True, limit=10_000)
    print(f"course lti push-grades: {report.sent} sent, {report.failed} failed")
    for error in dict.fromkeys(report.errors):
        print(f"course lti push-grades: {error}", file=sys.stderr)
    return 0 if not report.failed else 1


def cmd_status(args: argparse.Namespace) -> int:
    """Print the platforms, the signing keys and how grade passback is doing."""
    from course.interop import lti_keys
    from course.store import db
    from course.store import lti as store

    db.ensure_schema()
    counts = store.grade_counts()
    print(f"platforms {len(store.platforms())}; keys {', '.join(f'{k.slot} {k.kid}' for k in lti_keys.keys())}")
    print(f"grade links {counts.links}, sent {counts.sent}, failing {counts.failing}")
    if counts.last_error:
        print(f"last error: {counts.last_error}")
    return 0


def register(sub) -> None:
    """Add ``course lti`` to the ``course`` parser's sub-commands."""
    lti = sub.add_parser("lti", help="LTI 1.3: platforms that launch Amaan, keys, grade passback",
                         description="Amaan as an LTI 1.3 tool for platforms such as Moodle (docs/lti.md).")
    lti_sub = lti.add_subparsers(dest="lti_command", required=True)
    p = lti_sub.add_parser("add-platform", help=first_line(cmd_add_platform), description=cmd_add_platform.__doc__)
    p.add_argument("--issuer", required=True, help="the platform's issuer (Moodle: its address, e.g. https://moodle.example)")
    p.add_argument("--client-id", required=True, help="the client id the platform gave the tool")
    p.add_argument("--deployment-id", required=True, action="append", metavar="ID",
                   help="a deployment id (repeat for several)")
    p.add_argument("--login-url", required=True, help="the platform's OIDC authentication URL")
    p.add_argument("--token-url", required=True, help="the platform's access token URL")
    p.add_argument("--keyset-url", required=True, help="the platform's public keyset URL")
    p.add_argument("--audience", default=None, help="the token URL's audience, if not the token URL itself")
    p.add_argument("--educator", default=None, metavar="USERNAME",
                   help="who owns the classes its courses become (default: the first admin)")
    p.set_defaults(func=cmd_add_platform)
    for name, command in (("platforms", cmd_platforms), ("push-grades", cmd_push_grades), ("status", cmd_status)):
        p = lti_sub.add_parser(name, help=first_line(command), description=command.__doc__)
        p.set_defaults(func=command)
    p = lti_sub.add_parser("rotate-key", help=first_line(cmd_rotate_key), description=cmd_rotate_key.__doc__)
    p.add_argument("--forget", action="store_true", help="drop the old key at once (it leaked, or the secret was lost)")
    p.set_defaults(func=cmd_rotate_key)

