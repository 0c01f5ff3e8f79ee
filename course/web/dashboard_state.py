"""What an educator is looking at on the progress dashboard, apart from any layout.

The reports aggregate in the database (a fixed number of queries whatever the class
size); this object only holds the choices and asks for the report they need.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import param

from course.content.model import CHILD_TRACKS, TRACKS
from course.reports import catalogue as report_catalogue
from course.reports.certificates import certificate_tracks
from course.reports.coverage import risk_coverage
from course.reports.learner import learner_detail
from course.reports.lesson import lesson_report
from course.reports.needs_help import dismiss_flag, needs_help
from course.reports.overview import (
    PAGE_ROWS,
    SORTS,
    class_overview,
    learner_bands,
    overview_page,
    started_per_lesson,
)
from course.store import assignments, classes
from course.store.access import educator_owns_class
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


FLAGS_PER_PAGE = 10
CLASS_COOKIE = "amaan_class"  # the class the educator looked at last (a preference; checked on use)


class DashboardState(param.Parameterized):
    educator_id = param.Integer()
    class_id = param.Integer(default=None, allow_None=True)
    track = param.Selector(default="9-12", objects=list(TRACKS))
    sort = param.Selector(default="name", objects=list(SORTS))
    search = param.String(default="")
    offset = param.Integer(default=0, bounds=(0, None), doc="the grid's first row shown: the page")
    flags_offset = param.Integer(default=0, bounds=(0, None), doc="the first needs-help flag shown")
    lesson_id = param.String(default=None, allow_None=True)
    learner_id = param.Integer(default=None, allow_None=True)
    version = param.Integer(default=0, doc="bumped when something the reports read changed")

    def busiest_track(self, class_id: int | None = None) -> str:
        """The children's track the class has started most lessons in (one grouped statement)."""
        class_id = self.class_id if class_id is None else class_id
        if class_id is None:
            return self.track
        dicts = lesson_dicts()
        started = started_per_lesson(class_id, [d["id"] for d in dicts if d["track"] in CHILD_TRACKS],
                                     as_educator=self.educator_id)
        per_track = {track: sum(started.get(d["id"], 0) for d in dicts if d["track"] == track)
                     for track in CHILD_TRACKS}
        best = max(CHILD_TRACKS, key=lambda tr: per_track[tr])
        return best if per_track[best] else self.track

    def default_track(self, class_id: int | None = None) -> str:
        """The lessons the grid opens on for ``class_id`` (the class shown if None): the track of its
        assigned lessons, else the age band most of its learners chose, else the track they started
        most lessons in, else the one shown. A 4th-grade class must not open on "13 to 18", whose
        columns it has never touched."""
        class_id = self.class_id if class_id is None else class_id
        if class_id is None:
            return self.track
        track_of = {d["id"]: d["track"] for d in lesson_dicts() if d["track"] in CHILD_TRACKS}
        assigned = Counter(track_of[lid] for lid in assignments.assigned_lessons(class_id) if lid in track_of)
        if assigned:
            return assigned.most_common(1)[0][0]  # a tie: the track assigned first
        bands = learner_bands(class_id, as_educator=self.educator_id)
        chosen = [tr for tr in CHILD_TRACKS if bands.get(tr)]
        if chosen:
            return max(chosen, key=lambda tr: bands[tr])  # a tie: the younger band
        return self.busiest_track(class_id)

    def my_classes(self):
        """The educator's classes (not archived), for the class picker."""
        return classes.classes_of(self.educator_id)

    def choose_class(self, class_id: int | None) -> None:
        """Another class, on its own lessons and the grid's first page; only one of this educator's
        (a page can send any value: the store checks again in every report)."""
        if class_id == self.class_id:
            return
        if class_id is not None and class_id not in {c.id for c in self.my_classes()}:
            return
        self.show(class_id=class_id, track=self.default_track(class_id))

    def show(self, **choices) -> None:
        """A new class, track, order or search (``choices``), on the grid's first page: one batch,
        so the grid is drawn once, not once for the choice and again for the page."""
        self.param.update(**choices, offset=0, **({"flags_offset": 0} if "class_id" in choices else {}))

    def overview(self):
        """The page of the grid the educator looks at (``OverviewPage``), or None without a class."""
        if self.class_id is None:
            return None
        page = overview_page(self.class_id, lesson_dicts(self.track), as_educator=self.educator_id,
                             sort=self.sort, descending=self.sort != "name", search=self.search or None,
                             offset=self.offset)
        if page.offset != self.offset:  # past the end (learners left, a Next pressed twice): where it landed
            with param.parameterized.discard_events(self):
                self.offset = page.offset
        return page

    def whole_overview(self):
        """Every learner the search keeps, in the grid's order: the CSV export is the grid, not a page."""
        if self.class_id is None:
            return None
        return class_overview(self.class_id, lesson_dicts(self.track), as_educator=self.educator_id,
                              sort=self.sort, descending=self.sort != "name", search=self.search or None)

    def turn_page(self, pages: int) -> None:
        """``pages`` forward (negative: back); the report clamps an offset past the end."""
        self.offset = max(0, self.offset + pages * PAGE_ROWS)

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

    def flags_page(self) -> tuple[tuple, int]:
        """(the flags of the page shown, how many flags in all): each flag is a row with its own
        Dismiss button, so a school-sized class draws ten of them, not two thousand."""
        report = self.flags()
        flags = report.flags if report is not None else ()
        last = max(0, (len(flags) - 1) // FLAGS_PER_PAGE * FLAGS_PER_PAGE)
        if self.flags_offset > last:
            with param.parameterized.discard_events(self):  # drawing: the page it lands on
                self.flags_offset = last
        return flags[self.flags_offset:self.flags_offset + FLAGS_PER_PAGE], len(flags)

    def turn_flags_page(self, pages: int) -> None:
        self.flags_offset = max(0, self.flags_offset + pages * FLAGS_PER_PAGE)

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
        if not educator_owns_class(self.educator_id, self.class_id):  # the one ownership rule (store.access)
            return None
        return classes.class_info(self.class_id)

    def results_visibility(self) -> str | None:
        """Who sees this class's results ("learner" or "educator"); None without a class of this educator's."""
        info = self.current_class()
        return info.results_visibility if info is not None else None

    def set_results_visibility(self, value: str) -> None:
        if value == self.results_visibility():
            return  # nothing changes: no write, and the reports need not run again
        assignments.set_results_visibility(self.class_id, value, as_educator=self.educator_id)
        self.version += 1
