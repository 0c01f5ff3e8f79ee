"""``course check``: the app's own loader run as a checker, printed for people or as JSON.

Problems make it fail (exit code 1); warnings (the content measures: guessability, vowelling,
and messages that speak to the child without selecting on $address) are printed after them and
never change the exit code.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from course.content import addressing, guessability, vowelling
from course.content.report import ContentReport, load_content
from course.problems import Problem


def warning_line(w: Problem) -> str:
    """``path:line:col: warning CODE message``; a figure of a whole folder (line 0) has no line."""
    where = f"{w.path}:{w.line}:{w.col}" if w.line else w.path
    return f"{where}: warning {w.code} {w.message}"


def render(report: ContentReport) -> str:
    lines = [str(p) for p in sorted(report.problems)]
    lines += [warning_line(w) for w in report.warnings]
    if lines:
        lines.append("")
    lines.append(f"{len(report.catalogue)} lessons, {len(report.problems)} problem(s), {len(report.warnings)} warning(s)")
    lines += [f"{loc} {report.coverage[loc]}" for loc in report.locales]
    lines.append("guessability, a child answering without reading [target; ! when missed]:")
    lines += [f"  {guessability.summary(figures)}" for figures in report.guessability.values()]
    lines.append(vowelling.summary(report.vowelling))
    lines.append(addressing.summary(report.addressing))
    return "\n".join(lines)


def run(root: Path, as_json: bool = False, out=sys.stdout) -> int:
    report = load_content(root)
    if as_json:
        json.dump(report.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(render(report) + "\n")
    return 0 if report.ok else 1
