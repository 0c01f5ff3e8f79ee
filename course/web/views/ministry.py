"""The ministry view's tables, as HTML: totals, places, lessons per month, the four Cs.

Only what course.reports.ministry hands out is drawn, and it holds aggregates of groups of at least
MIN_GROUP learners: there is no child here to escape or to hide.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import timezone

from course.content.model import RISKS
from course.l10n.locales import numbering_system
from course.l10n.numbers import DIGITS
from course.reports.ministry import MIN_GROUP, NO_BAND, MinistryReport, Place
from course.web.home_screen import BAND_ARGS, band_label
from course.web.views.common import e


def _table(t, caption_id: str, columns: Sequence[str], rows: Sequence[Sequence[object]], name: str) -> str:
    head = "".join(f'<th scope="col">{e(t(c))}</th>' for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{e(str(v))}</td>" for v in row) + "</tr>" for row in rows)
    if not rows:
        body = f'<tr><td colspan="{len(columns)}">{e(t("ministry-nothing"))}</td></tr>'
    return (f'<table class="grid ministry amaan-ministry-{name}"><caption>{e(t(caption_id))}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def band_text(t, band: str) -> str:
    return band_label(t, band) if band in BAND_ARGS else t("ministry-no-band") if band == NO_BAND else band


def place_text(t, place: Place, by: str) -> str:
    if by == "school":
        return place.name
    return place.name or t("ministry-no-region")


def figures_at(t, report: MinistryReport) -> str:
    """When the figures were computed (the rollup's last refresh), in UTC: the page says which
    moment its numbers describe, since they are not counted live."""
    at = report.figures_at.astimezone(timezone.utc)
    day, time = at.strftime("%Y-%m-%d"), at.strftime("%H:%M")
    if t.local_digits:
        table = DIGITS.get(numbering_system(t.tag))
        day, time = (day.translate(table), time.translate(table)) if table else (day, time)
    return f'<p class="note amaan-ministry-figures-at">{e(t("ministry-figures-at", day=day, time=time))}</p>'


def ministry_html(t, report: MinistryReport) -> str:
    by = report.by
    names = {p.key: place_text(t, p, by) for p in report.places}
    place_column = "ministry-col-school" if by == "school" else "ministry-col-region"
    totals = _table(t, "ministry-totals", ("ministry-col-schools", "ministry-col-learners", "ministry-col-active"),
                    [(report.schools, report.learners, report.active_learners)], "totals")
    place_columns = ((place_column, "ministry-col-region") if by == "school" else (place_column,)) + (
        "ministry-col-schools", "ministry-col-learners", "ministry-col-active", "ministry-col-completed",
        "ministry-col-mastered")
    places = _table(t, "ministry-places", place_columns, [
        ((names[p.key], p.region or t("ministry-no-region")) if by == "school" else (names[p.key],))
        + (p.schools, p.learners, p.active_learners, p.completed, p.mastered) for p in report.places], "places")
    # by school the lessons table runs to tens of thousands of rows: the CSV has them, the page does not
    lessons = (f'<p class="note">{e(t("ministry-lessons-in-csv"))}</p>' if by == "school" else _table(
        t, "ministry-lessons", ("ministry-col-month", place_column, "ministry-col-band",
                                             "ministry-col-lesson", "ministry-col-learners", "ministry-col-completed",
                                             "ministry-col-mastered"), [
        (x.month, names[x.place], band_text(t, x.band), t(x.lesson_id), x.learners, x.completed, x.mastered)
        for x in report.lessons], "lessons"))
    by_place: dict[str, dict[str, str]] = {}
    for c in report.coverage:
        by_place.setdefault(c.place, {})[c.risk] = f"{c.learners_completed} / {c.learners}"
    coverage = _table(t, "ministry-coverage", (place_column, *(f"risk-{r}" for r in RISKS)), [
        (names[p.key], *(by_place.get(p.key, {}).get(r, "") for r in RISKS)) for p in report.places], "coverage")
    hidden = (f'<p class="note" role="note">{e(t("ministry-hidden", min=MIN_GROUP))} '
              f'{e(t("ministry-hidden-places", places=report.hidden_places))} '
              f'{e(t("ministry-hidden-groups", groups=report.hidden_groups))}</p>')
    return figures_at(t, report) + totals + hidden + places + lessons + coverage
