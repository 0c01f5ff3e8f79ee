"""CSV exports that match the screen: the overview grid and a lesson report.

UTF-8 with a byte-order mark, because Excel reads a CSV without one in the machine's legacy code
page and Arabic names turn into mojibake. Headers and labels come from the caller in the
educator's language, and so do the formatters: the dashboard passes the very functions it shows
values with (``cell_text``, ``percent`` and its own date and number formats), so a file and the
screen cannot disagree.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime

from course.reports.lesson import LessonReport
from course.reports.overview import Cell, Overview

BOM = "\ufeff"
# A cell starting with one of these is a formula to a spreadsheet; children type their own names.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def percent(score: float | None) -> str:
    """0.875 -> '88%'; nothing for no score."""
    return "" if score is None else f"{round(score * 100)}%"


def iso_minutes(when: datetime | None) -> str:
    return "" if when is None else when.strftime("%Y-%m-%d %H:%M")


def minutes_seconds(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def cell_text(cell: Cell, status_labels: Mapping[str, str], score: Callable[[float | None], str] = percent) -> str:
    """What a grid cell says: the status in words, then the best score when there is one."""
    label = status_labels.get(cell.status, cell.status)
    return f"{label} {score(cell.best_score)}" if cell.best_score is not None else label


def _safe(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(rows: Iterable[Iterable[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # Excel's own line ends
    for row in rows:
        writer.writerow([_safe(v) for v in row])
    return (BOM + out.getvalue()).encode("utf-8")


def overview_csv(overview: Overview, headers: Mapping[str, str], status_labels: Mapping[str, str], *,
                 score: Callable[[float | None], str] = percent,
                 when: Callable[[datetime | None], str] = iso_minutes,
                 number: Callable[[int], str] = str) -> bytes:
    """The grid as shown (rows sorted and filtered as in ``overview``), then the class totals.

    ``headers``: "learner", "lessons_completed", "lessons_mastered", "last_active", "started",
    "completed", "mastered", "average_best_score", and each lesson id (its title). A missing key
    shows as itself, so a gap in a translation is visible rather than fatal.
    """
    h = lambda key: headers.get(key, key)  # noqa: E731
    rows: list[list[object]] = [[h("learner"), *(h(i) for i in overview.lesson_ids),
                                 h("lessons_completed"), h("lessons_mastered"), h("last_active")]]
    for r in overview.rows:
        rows.append([r.display_name, *(cell_text(c, status_labels, score) for c in r.cells),
                     number(r.lessons_completed), number(r.lessons_mastered), when(r.last_active_at)])
    for key in ("started", "completed", "mastered"):
        rows.append([h(key), *(number(getattr(t, key)) for t in overview.totals)])
    rows.append([h("average_best_score"), *(score(t.average_best_score) for t in overview.totals)])
    return _csv(rows)


def lesson_csv(report: LessonReport, headers: Mapping[str, str], *,
               question_text: Callable[[str], str] = str,
               option_text: Callable[[str, str], str] = lambda question, option: option,
               score: Callable[[float | None], str] = percent,
               duration: Callable[[float | None], str] = minutes_seconds,
               number: Callable[[int], str] = str) -> bytes:
    """The lesson's figures, a blank line, then its questions hardest first.

    ``headers``: "learners", "started", "completed", "mastered", "average_best_score",
    "median_time", "mean_time", "tries_finished", "average_try_score", "question",
    "first_try_correct", "first_answers", "wrong_answers", "top_wrong_option", "top_wrong_count".
    """
    h = lambda key: headers.get(key, key)  # noqa: E731
    r = report
    rows: list[list[object]] = [
        [h("learners"), number(r.learners)],
        [h("started"), number(r.started), score(r.started_rate)],
        [h("completed"), number(r.completed), score(r.completed_rate)],
        [h("mastered"), number(r.mastered), score(r.mastered_rate)],
        [h("average_best_score"), score(r.average_best_score)],
        [h("median_time"), duration(r.median_seconds)],
        [h("mean_time"), duration(r.mean_seconds)],
        [h("tries_finished"), number(r.tries_finished)],
        [h("average_try_score"), score(r.average_try_score)],
        [],
        [h("question"), h("first_try_correct"), h("first_answers"), h("wrong_answers"),
         h("top_wrong_option"), h("top_wrong_count")],
    ]
    for q in r.questions:
        top = q.top_wrong_option
        rows.append([question_text(q.question_id), score(q.first_correct_share), number(q.first_answers),
                     number(q.wrong_answers), "" if top is None else option_text(q.question_id, top),
                     number(q.top_wrong_count) if top is not None else ""])
    return _csv(rows)
