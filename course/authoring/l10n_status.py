"""``course l10n status``: how much of each lesson is written in each locale.

The numbers are the checker's own (``load_content``'s coverage), so the table and
``course check`` always agree; the app's own texts (ui.ftl, help.ftl) get a row of their own.
"""
from __future__ import annotations

from course.content.report import ContentReport, Coverage


def _app(report: ContentReport, loc: str) -> Coverage:
    """What is left of the locale's total once every lesson is taken out: the app's own texts."""
    total = report.coverage[loc]
    lessons = [c[loc] for c in report.lesson_coverage.values() if loc in c]
    return Coverage(total.done - sum(c.done for c in lessons), total.total - sum(c.total for c in lessons))


def rows(report: ContentReport) -> list[tuple[str, str, dict[str, Coverage]]]:
    """(name, track, coverage per locale): every lesson in track order, the app's texts, the total."""
    out = [(e.id, e.track, report.lesson_coverage.get(e.id, {})) for e in report.catalogue.entries]
    out.append(("(app texts)", "", {loc: _app(report, loc) for loc in report.locales}))
    out.append(("total", "", dict(report.coverage)))
    return out


def _cell(c: Coverage | None) -> str:
    if c is None:
        return "-"
    mark = "" if c.done == c.total else " *"
    return f"{c.percent:5.1f}% {c.done:>4}/{c.total:<4}{mark}"


def render(report: ContentReport) -> str:
    table = rows(report)
    width = max(len(name) for name, _t, _c in table)
    cells = [[_cell(cov.get(loc)) for loc in report.locales] for _n, _t, cov in table]
    col = max(len(c) for row in cells for c in row)
    def line(name: str, track: str, row: list[str]) -> str:
        return (f"{name:<{width}}  {track:<9}  " + "  ".join(f"{c:<{col}}" for c in row)).rstrip()

    body = [line(name, track, row) for (name, track, _cov), row in zip(table, cells, strict=True)]
    rule = "-" * max(len(b) for b in body)
    lines = [line("lesson", "track", list(report.locales)), rule, *body[:-1], rule, body[-1]]
    notes = []
    if any(" *" in c for row in cells for c in row):
        notes.append("* not finished: `course l10n missing LOCALE` writes what is left for a translator.")
    if report.problems:
        notes.append(f"{len(report.problems)} problem(s) in the content: run `course check` to see them.")
    return "\n".join(lines + ([""] + notes if notes else []))


def as_json(report: ContentReport) -> dict:
    def cov(c: Coverage) -> dict:
        return {"done": c.done, "total": c.total, "percent": round(c.percent, 1)}

    table = rows(report)
    return {
        "locales": list(report.locales),
        "lessons": [{"id": name, "track": track, "coverage": {loc: cov(c) for loc, c in covs.items()}}
                    for name, track, covs in table[:-2]],
        "app": {loc: cov(c) for loc, c in table[-2][2].items()},
        "total": {loc: cov(c) for loc, c in table[-1][2].items()},
        "problems": len(report.problems),
    }
