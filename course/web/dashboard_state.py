"""What an educator is looking at on the progress dashboard, apart from any layout.

The reports aggregate in the database (a fixed number of queries whatever the class
size); this object only holds the choices and asks for the report they need.
"""
from __future__ import annotations

from functools import lru_cache

import param

from course.content.model import CHILD_TRACKS, TRACKS
from course.reports import catalogue as report_catalogue
from course.reports.certificates import certificate_tracks
from course.reports.coverage import risk_coverage
from course.reports.learner import learner_detail
from course.reports.lesson import lesson_report
from course.reports.needs_help import dismiss_flag, needs_help
from course.reports.overview import SORTS, class_overview
from course.store import assignments, classes
from course.web import shared


@lru_cache(maxsize=8)
def _lesson_dicts(report_id: int) -> tuple[dict, ...]:
    return tuple(report_catalogue.lesson_dicts(shared.content().catalogue.entries))


def lesson_dicts(track: str | None = None) -> list[dict]:
    """Catalogue lessons as the reports take them (built once per loaded content)."""
    dicts = _lesson_dicts(id(shared.content()))
    return [d for d in dicts if track is None or d["track"] == track]


def completed_tracks(learner_id: int) -> list[str]:
    """Children's tracks that earn this learner a certificate: every lesson of the track mastered."""
    return certificate_tracks(learner_id, lesson_dicts())


class DashboardState(param.Parameterized):
    educator_id = param.Integer()
    class_id = param.Integer(default=None, allow_None=True)
    track = param.Selector(default="9-12", objects=list(TRACKS))
    sort = param.Selector(default="name", objects=list(SORTS))
    search = param.String(default="")
    lesson_id = param.String(default=None, allow_None=True)
    learner_id = param.Integer(default=None, allow_None=True)
    version = param.Integer(default=0, doc="bumped when something the reports read changed")

    def busiest_track(self) -> str:
        """The children's track this class has started most lessons in: the grid opens there."""
        if self.class_id is None:
            return self.track
        started = {}
        for track in CHILD_TRACKS:
            report = class_overview(self.class_id, lesson_dicts(track), as_educator=self.educator_id)
            started[track] = sum(x.started for x in report.totals)
        best = max(CHILD_TRACKS, key=lambda tr: started[tr])
        return best if started[best] else self.track

    def overview(self):
        if self.class_id is None:
            return None
        report = class_overview(self.class_id, lesson_dicts(self.track), as_educator=self.educator_id)
        report = report.sorted(self.sort, descending=self.sort != "name")
        return report.filtered(search=self.search or None)

    def lesson(self):
        if self.class_id is None or not self.lesson_id:
            return None
        quiz = next((d for d in lesson_dicts() if d["id"] == self.lesson_id), None)
        if quiz is None:
            return None
        return lesson_report(self.class_id, self.lesson_id, quiz, as_educator=self.educator_id)

    def learner(self):
        if self.learner_id is None:
            return None
        return learner_detail(self.learner_id, as_educator=self.educator_id)

    def flags(self):
        if self.class_id is None:
            return None
        return needs_help(self.class_id, lesson_dicts(), as_educator=self.educator_id)

    def dismiss(self, learner_id: int, rule: str) -> None:
        dismiss_flag(learner_id, rule, as_educator=self.educator_id)
        self.version += 1

    def coverage(self):
        if self.class_id is None:
            return ()
        children = [d for d in lesson_dicts() if d["track"] in CHILD_TRACKS]
        return risk_coverage(self.class_id, children, as_educator=self.educator_id)

    def assigned(self) -> tuple[str, ...]:
        return assignments.assigned_lessons(self.class_id) if self.class_id else ()

    def assign(self, lesson_ids: list[str]) -> None:
        assignments.assign_lessons(self.class_id, lesson_ids, as_educator=self.educator_id)
        self.version += 1

    def current_class(self):
        """The class shown, if it is this educator's (ClassInfo), else None."""
        if self.class_id is None:
            return None
        info = classes.class_info(self.class_id)
        return info if info is not None and info.educator_id == self.educator_id else None

    def results_visibility(self) -> str | None:
        """Who sees this class's results ("learner" or "educator"); None without a class of this educator's."""
        info = self.current_class()
        return info.results_visibility if info is not None else None

    def set_results_visibility(self, value: str) -> None:
        if value == self.results_visibility():
            return  # nothing changes: no write, and the reports need not run again
        assignments.set_results_visibility(self.class_id, value, as_educator=self.educator_id)
        self.version += 1
