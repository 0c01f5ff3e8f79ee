"""``course check``: the app's own loader run as a checker, printed for people or as JSON."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from course.content.report import ContentReport, load_content


def render(report: ContentReport) -> str:
    lines = [str(p) for p in sorted(report.problems)]
    if lines:
        lines.append("")
    lines.append(f"{len(report.catalogue)} lessons, {len(report.problems)} problem(s)")
    lines += [f"{loc} {report.coverage[loc]}" for loc in report.locales]
    return "\n".join(lines)


def run(root: Path, as_json: bool = False, out=sys.stdout) -> int:
    report = load_content(root)
    if as_json:
        json.dump(report.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(render(report) + "\n")
    return 0 if report.ok else 1
