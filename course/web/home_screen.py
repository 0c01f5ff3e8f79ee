"""What the home screen shows, as plain data: the hello, who is learning, the form of address,
the age bands and that band's lessons with their status.

The home component (course/web/views/home.py) draws whatever this returns and sends back only
what was tapped; which lesson opens and what a status says are decided here, from the store.
Texts are plain (the browser puts them in as text, never as markup).
"""
from __future__ import annotations

from typing import Any

from course.content.model import CHILD_TRACKS
from course.l10n import ftl
from course.web import assets, shared
from course.web.learner_state import LearnerState

BAND_ARGS = {"under-9": {"age": 9}, "9-12": {"from": 9, "to": 12}, "13-18": {"from": 13, "to": 18}, "educators": {}}
GO = {"not-started": "lesson-start", "in-progress": "lesson-continue"}  # any other status: Review

Screen = dict[str, Any]


def band_label(t, band: str) -> str:
    return t(f"band-{band}", **BAND_ARGS[band])


def home_screen(state: LearnerState) -> Screen:
    t = state.tr
    signed_in = state.learner_name is not None
    guest_trace = not signed_in and (state.learner_id is not None or state.band is not None)
    # the farewell speaks to the child who left, as they chose; the rest to whoever comes next
    farewell = t.addressing(state.farewell_form) if state.farewell else t
    notes = [farewell(f"home-farewell-{state.farewell}")] if state.farewell else []
    if signed_in:
        notes.append(t("signin-as", name=state.learner_name))
        # A monitored child is told so, kindly and in their words (ICO Children's Code,
        # standard 11): what their teacher sees, and whether results wait for the teacher.
        notes.append(t("home-teacher-sees-later" if state.results_hidden else "home-teacher-sees"))
    else:
        notes.append(t("home-guest-note") + (" " + t("home-done-hint") if guest_trace else ""))
    # One button for leaving the device: "Sign out" for a class learner, "I'm done" for a guest
    # with something to forget. It comes first, under who is learning: on a shared tablet it
    # must be in sight, not below a dozen lessons (the next child must not find their work).
    leave = ({"name": "sign-out", "label": t("signin-sign-out")} if signed_in
             else {"name": "done", "label": t("home-done")} if guest_trace else None)
    lessons = state.lessons
    return {
        "hello": t("home-hello"),
        "mascot": assets.url("mascot.svg"),
        "notes": notes,
        "leave": leave,
        "address": {"question": t("address-question"), "value": state.form_of_address, "clear": t("address-clear"),
                    "options": [[form, t(f"address-{word}")] for form, word in zip(ftl.FORMS, ("girl", "boy"), strict=True)]},
        "bands": {"heading": t("home-choose-band"), "value": state.band if state.band in CHILD_TRACKS else None,
                  "options": [[band, band_label(t, band)] for band in CHILD_TRACKS]},
        "lessons": {"heading": t("home-lessons", count=len(lessons)) if lessons else "",
                    "cards": [lesson_card(t, entry, state.status(entry.id)) for entry in lessons]},
        "join": None if signed_in else t("home-join-class"),
    }


def lesson_card(t, entry, status: str) -> dict[str, str]:
    cover = assets.lesson_image(shared.content().catalogue.root, entry.lesson.image)
    return {"id": entry.id, "title": t(entry.id), "summary": t.attr(entry.id, "summary"), "image": cover or "",
            "status": status, "status_label": t("status-" + status),
            "minutes": t("lesson-minutes", minutes=entry.lesson.minutes), "go": t(GO.get(status, "lesson-review"))}
