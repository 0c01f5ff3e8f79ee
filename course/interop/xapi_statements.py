"""xAPI 1.0.3 statements built from stored facts (course.store.xapi_outbox.Fact): what is sent, and how.

Privacy: the actor is an ``account`` whose name is the learner's random opaque id on this server's
home page; the class is a grouping activity named by the class's random opaque id. No name, email,
join code, age band, country or form of address is ever put in a statement.

Ids: every activity id is an IRI under the server's home page built from content ids, so one lesson
is one activity for ever; every statement id is a UUIDv5 of the learner's opaque id and the fact,
so the same fact always gives the same statement id, and an LRS keeps one copy however often it is
sent. The names and descriptions come from the Fluent files, in every shipped locale.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from course.content.model import Catalogue, LessonEntry, Question
from course.l10n import bundles, locales
from course.store.mastery import correct_count
from course.store.xapi_outbox import Fact

# Fixed for ever: changing it would give every fact a new statement id, and an LRS would store all twice.
NAMESPACE = uuid.UUID("0a6b5a3e-8f0e-5b43-9d47-2c1e6f0a7a20")
VERSION = "1.0.3"
SEPARATOR = "[,]"  # between ids in cmi.interaction responses and patterns (ids never contain it)

ADL = "http://adlnet.gov/expapi"
VERBS = {name: {"id": f"{ADL}/verbs/{name}", "display": {"en-US": name}}
         for name in ("experienced", "completed", "attempted", "passed", "failed", "answered")}
LESSON_TYPE = f"{ADL}/activities/lesson"
QUIZ_TYPE = f"{ADL}/activities/assessment"
QUESTION_TYPE = f"{ADL}/activities/cmi.interaction"

LanguageMap = dict[str, str]


class Activities:
    """Activity ids and definitions for one server: its home page, the content and its Fluent files."""

    def __init__(self, home_page: str, catalogue: Catalogue, root: Path):
        self.home = home_page.rstrip("/")
        self.catalogue = catalogue
        self.translators = [(tag, bundles.translator(tag, root)) for tag in locales.SUPPORTED]

    # -- ids: stable IRIs from content ids ---------------------------------------------------
    def lesson_id(self, lesson_id: str) -> str:
        return f"{self.home}/xapi/activities/lesson/{lesson_id}"

    def quiz_id(self, quiz_id: str) -> str:
        return f"{self.home}/xapi/activities/quiz/{quiz_id}"

    def question_id(self, quiz_id: str, question_id: str) -> str:
        return f"{self.quiz_id(quiz_id)}/question/{question_id}"

    def class_id(self, group: str) -> str:
        return f"{self.home}/xapi/activities/class/{group}"

    def extension(self, name: str) -> str:
        return f"{self.home}/xapi/extensions/{name}"

    # -- texts -----------------------------------------------------------------------------
    def texts(self, msg_id: str, attr: str | None = None) -> LanguageMap:
        """A language map of a message in every shipped locale; a locale is left out where its own
        files lack the text (a fallback would label Arabic words as English)."""
        found: LanguageMap = {}
        for tag, t in self.translators:
            text, folder = t.lookup(msg_id, attr)
            if text is not None and folder is not None and locales.base(folder) == tag:
                found[tag] = bundles.plain(text).strip()
        return found

    def entry(self, lesson_id: str) -> LessonEntry | None:
        return self.catalogue[lesson_id] if lesson_id in self.catalogue else None

    # -- activities ------------------------------------------------------------------------
    def lesson(self, lesson_id: str) -> dict[str, Any]:
        definition: dict[str, Any] = {"type": LESSON_TYPE}
        if self.entry(lesson_id) is not None:
            _put(definition, "name", self.texts(lesson_id))
            _put(definition, "description", self.texts(lesson_id, "summary"))
        return {"objectType": "Activity", "id": self.lesson_id(lesson_id), "definition": definition}

    def quiz(self, lesson_id: str, quiz_id: str) -> dict[str, Any]:
        definition: dict[str, Any] = {"type": QUIZ_TYPE}
        if self.entry(lesson_id) is not None:
            names = self.texts(lesson_id)
            _put(definition, "name", {tag: self._format(tag, "xapi-quiz-name", lesson=name) for tag, name in names.items()})
        return {"objectType": "Activity", "id": self.quiz_id(quiz_id), "definition": definition}

    def question(self, lesson_id: str, quiz_id: str, question_id: str) -> dict[str, Any]:
        """The question as a cmi.interaction: its kind's interactionType, choices and right answer."""
        activity: dict[str, Any] = {"objectType": "Activity", "id": self.question_id(quiz_id, question_id)}
        entry = self.entry(lesson_id)
        found = None
        if entry is not None and entry.quiz.id == quiz_id:
            found = next(((i, q) for i, q in enumerate(entry.quiz.questions) if q.id == question_id), None)
        if found is None:  # the question left the content since: its id still says what it was
            activity["definition"] = {"type": QUESTION_TYPE}
            return activity
        number, q = found
        prefix = f"{quiz_id}-{q.id}"
        kind = interaction_type(q)
        definition: dict[str, Any] = {"type": QUESTION_TYPE}
        titles = self.texts(lesson_id)
        _put(definition, "name", {tag: self._format(tag, "xapi-question-name", lesson=title, number=number + 1)
                                  for tag, title in titles.items()})
        _put(definition, "description", self.texts(prefix))
        definition["interactionType"] = kind
        definition["correctResponsesPattern"] = [correct_pattern(q)]
        if kind != "true-false":  # true-false has no choices in xAPI: its response is "true" or "false"
            definition["choices"] = [{"id": oid, **_given("description", self.texts(f"{prefix}-{oid}"))}
                                     for oid in q.option_ids]
        activity["definition"] = definition
        return activity

    def _format(self, tag: str, msg_id: str, **args: Any) -> str:
        t = dict(self.translators)[tag]
        return bundles.plain(t(msg_id, **args)).strip()


def _ref(activity_id: str) -> dict[str, Any]:
    return {"objectType": "Activity", "id": activity_id}


def _put(definition: dict[str, Any], key: str, texts: LanguageMap) -> None:
    if texts:
        definition[key] = texts


def _given(key: str, texts: LanguageMap) -> dict[str, Any]:
    return {key: texts} if texts else {}


def interaction_type(q: Question) -> str:
    """The xAPI interactionType of a question kind: an ordering is sequencing, true-false is itself,
    every kind that picks among options (one or many) is choice."""
    if q.kind == "true-false":
        return "true-false"
    if q.selection == "order":
        return "sequencing"
    if q.selection in ("one", "many"):
        return "choice"
    raise ValueError(f"question kind {q.kind!r} has no xAPI interaction type")


def correct_pattern(q: Question) -> str:
    if q.selection == "order":
        return SEPARATOR.join(q.option_ids)  # the quiz file lists the items in the right order
    return SEPARATOR.join(sorted(q.correct_ids))


def response_text(q: Question | None, response: tuple[str, ...]) -> str:
    """result.response: the ids as given for an ordering, sorted for a choice (their order means nothing)."""
    if q is not None and q.selection == "order":
        return SEPARATOR.join(response)
    return SEPARATOR.join(sorted(response))


def statement_id(fact: Fact) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{fact.account}/{fact.source}/{fact.source_id}"))


def registration(fact: Fact) -> str:
    """One try's statements share a registration: an LRS can gather the attempt, its answers and its end."""
    return str(uuid.uuid5(NAMESPACE, f"{fact.account}/try/{fact.try_id}"))


def timestamp(at: datetime) -> str:
    return at.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _score(scaled: float, raw: int | None = None, maximum: int | None = None) -> dict[str, Any]:
    score: dict[str, Any] = {"scaled": round(scaled, 4)}
    if raw is not None and maximum:
        score.update(raw=raw, min=0, max=maximum)
    return score


def build(fact: Fact, activities: Activities) -> dict[str, Any]:
    """The statement for one fact. Its id and content depend only on the fact (and the content's texts)."""
    # Context activities are named by id only: their definitions travel with the statements whose
    # object they are, and a school's uplink is slow.
    grouping = [_ref(activities.lesson_id(fact.lesson_id))] if fact.source == "answer" else []
    if fact.group is not None:
        grouping.append(_ref(activities.class_id(fact.group)))
    context: dict[str, Any] = {"platform": "Amaan"}
    result: dict[str, Any] | None = None
    if fact.source in ("lesson-experienced", "lesson-completed"):
        verb = "experienced" if fact.source == "lesson-experienced" else "completed"
        obj = activities.lesson(fact.lesson_id)
        if verb == "completed":
            result = {"completion": True}
    else:
        assert fact.quiz_id is not None and fact.try_id is not None, f"{fact.source} facts name their try"
        context["registration"] = registration(fact)
        if fact.source == "answer":
            assert fact.question_id is not None and fact.score is not None
            verb = "answered"
            obj = activities.question(fact.lesson_id, fact.quiz_id, fact.question_id)
            context["contextActivities"] = {"parent": [_ref(activities.quiz_id(fact.quiz_id))]}
            context["extensions"] = {activities.extension("attempt"): fact.attempt}
            entry = activities.entry(fact.lesson_id)
            q = next((x for x in entry.quiz.questions if x.id == fact.question_id), None) if entry else None
            result = {"response": response_text(q, fact.response), "success": bool(fact.success),
                      "score": _score(fact.score)}
        else:
            obj = activities.quiz(fact.lesson_id, fact.quiz_id)
            context["contextActivities"] = {"parent": [_ref(activities.lesson_id(fact.lesson_id))]}
            if fact.source == "try-attempted":
                verb = "attempted"
            else:
                assert fact.score is not None and fact.success is not None
                raw = correct_count(fact.score, fact.question_count) if fact.question_count else None
                score = _score(fact.score, raw, fact.question_count)
                if fact.source == "try-completed":
                    verb, result = "completed", {"completion": True, "score": score}
                else:
                    verb = "passed" if fact.success else "failed"
                    result = {"success": fact.success, "completion": True, "score": score}
    if grouping:
        context.setdefault("contextActivities", {})["grouping"] = grouping
    statement: dict[str, Any] = {
        "id": statement_id(fact),
        "actor": {"objectType": "Agent", "account": {"homePage": activities.home, "name": fact.account}},
        "verb": VERBS[verb],
        "object": obj,
        "context": context,
        "timestamp": timestamp(fact.at),
    }
    if result is not None:
        statement["result"] = result
    return statement
