"""xAPI statements from a whole lesson-plus-quiz walk: every kind validates with Ralph's core model,
and carries what the LRS needs and nothing about the child."""
from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import replace

from ralph.models.xapi.base.statements import BaseXapiStatement
from sqlalchemy import func, select

from course import paths
from course.cli import main
from course.interop import xapi_outbox
from course.interop.xapi_statements import NAMESPACE, Activities
from course.store import db
from course.store import xapi_outbox as store_outbox
from course.store.models import Answer, XapiLearner, XapiOutbox
from tests.interop.conftest import HOME, LESSON, SETTINGS, Walk

ADL = "http://adlnet.gov/expapi/verbs/"


def activities() -> Activities:
    return xapi_outbox.activities_for(SETTINGS, paths.content_root())


def queued(learner_id: int | None = None) -> list[dict]:
    with db.read() as s:
        query = select(XapiOutbox.statement).order_by(XapiOutbox.occurred_at, XapiOutbox.id)
        if learner_id is not None:
            query = query.where(XapiOutbox.learner_id == learner_id)
        return list(s.scalars(query))


def verb(statement: dict) -> str:
    return statement["verb"]["id"].removeprefix(ADL)


def kind(statement: dict) -> str:
    """The statement's kind: its verb, and for an answer the question's interactionType."""
    if verb(statement) == "answered":
        return f"answered/{statement['object']['definition']['interactionType']}"
    activity = statement["object"]["id"].removeprefix(f"{HOME}/xapi/activities/").split("/")[0]
    return f"{verb(statement)}/{activity}"


def test_every_statement_of_a_walk_validates_with_ralphs_core_model(walk: Walk):
    assert xapi_outbox.enqueue(SETTINGS, activities()) > 0
    statements = queued()
    for statement in statements:
        BaseXapiStatement.model_validate(statement)  # raises on any statement xAPI does not allow
    kinds = Counter(kind(s) for s in statements)
    with db.read() as s:
        answers = s.scalar(select(func.count()).select_from(Answer).where(Answer.learner_id == walk.learner_id))
    # one lesson read and completed; two tries, the first failed, the second passed; every answer
    assert kinds == {
        "experienced/lesson": 1, "completed/lesson": 1, "attempted/quiz": 2, "completed/quiz": 2,
        "failed/quiz": 1, "passed/quiz": 1,
        "answered/choice": kinds["answered/choice"], "answered/true-false": kinds["answered/true-false"],
        "answered/sequencing": kinds["answered/sequencing"],
    }
    # be-nice: 3 choice questions, 2 true-false and 1 order, answered twice in the failed try
    assert (kinds["answered/choice"], kinds["answered/true-false"], kinds["answered/sequencing"]) == (9, 6, 3)
    assert sum(v for k, v in kinds.items() if k.startswith("answered/")) == answers
    assert len({s["id"] for s in statements}) == len(statements)


def test_answers_are_cmi_interactions_with_choices_the_right_answer_and_the_response(walk: Walk):
    xapi_outbox.enqueue(SETTINGS, activities())
    answered = [s for s in queued() if verb(s) == "answered"]
    quiz = f"{HOME}/xapi/activities/quiz/be-nice-quiz"
    by_question = {}
    for s in answered:
        by_question.setdefault(s["object"]["id"], []).append(s)
    order = by_question[f"{quiz}/question/mean-message-steps"]
    definition = order[0]["object"]["definition"]
    assert definition["type"] == "http://adlnet.gov/expapi/activities/cmi.interaction"
    assert definition["interactionType"] == "sequencing"
    right = "dont-reply[,]screenshot[,]tell-adult[,]block-report"
    assert definition["correctResponsesPattern"] == [right]
    assert [c["id"] for c in definition["choices"]] == ["dont-reply", "screenshot", "tell-adult", "block-report"]
    assert definition["choices"][0]["description"]["en"] == "Don't reply."
    # the failed try: reversed first (wrong), then right; the order is kept as the child gave it
    responses = [(s["result"]["response"], s["result"]["success"], s["result"]["score"]["scaled"]) for s in order]
    assert responses[:2] == [("block-report[,]tell-adult[,]screenshot[,]dont-reply", False, 0.0), (right, True, 1.0)]
    multiple = by_question[f"{quiz}/question/before-posting"][0]["object"]["definition"]
    assert multiple["interactionType"] == "choice"
    assert multiple["correctResponsesPattern"] == ["about-me[,]could-hurt[,]face-to-face"]
    assert len(multiple["choices"]) == 5
    true_false = by_question[f"{quiz}/question/just-joking"]
    assert true_false[0]["object"]["definition"]["interactionType"] == "true-false"
    assert true_false[0]["object"]["definition"]["correctResponsesPattern"] == ["false"]
    assert "choices" not in true_false[0]["object"]["definition"]
    assert [s["result"]["response"] for s in true_false[:2]] == ["true", "false"]
    for s in answered:  # the try's registration, the quiz as parent, the attempt number
        assert s["context"]["contextActivities"]["parent"][0]["id"] == quiz
        assert uuid.UUID(s["context"]["registration"])
        assert s["context"]["extensions"][f"{HOME}/xapi/extensions/attempt"] in (1, 2)


def test_definitions_carry_names_in_arabic_english_and_french(walk: Walk):
    xapi_outbox.enqueue(SETTINGS, activities())
    lesson = next(s for s in queued() if kind(s) == "experienced/lesson")["object"]
    assert lesson["id"] == f"{HOME}/xapi/activities/lesson/{LESSON}"
    assert set(lesson["definition"]["name"]) == {"ar", "en", "fr"} == set(lesson["definition"]["description"])
    assert lesson["definition"]["name"]["en"] == "Be nice"
    question = next(s for s in queued() if kind(s) == "answered/choice")["object"]["definition"]
    assert set(question["name"]) == set(question["description"]) == {"ar", "en", "fr"}
    assert all("\u2068" not in text for text in question["name"].values())  # no bidi isolation marks


def test_no_name_email_class_name_or_join_code_leaves_the_server(walk: Walk):
    xapi_outbox.enqueue(SETTINGS, activities())
    statements = queued()
    text = json.dumps(statements, ensure_ascii=False)
    for secret in ("Layla", "5B", walk.join_code, "Teacher", "mbox", "9-12"):
        assert secret not in text
    with db.read() as s:
        account = s.scalar(select(XapiLearner.account).where(XapiLearner.learner_id == walk.learner_id))
    assert uuid.UUID(account).version == 4  # random, not derived from anything about the child
    groups = set()
    for statement in statements:
        assert statement["actor"] == {"objectType": "Agent", "account": {"homePage": HOME, "name": account}}
        grouping = statement["context"]["contextActivities"]["grouping"]
        groups |= {a["id"] for a in grouping if "/class/" in a["id"]}
    assert len(groups) == 1 and uuid.UUID(groups.pop().rsplit("/", 1)[1]).version == 4


def test_guests_are_sent_only_when_the_deployment_opts_in(walk: Walk):
    xapi_outbox.enqueue(SETTINGS, activities())
    assert queued(walk.guest_id) == []
    opted = replace(SETTINGS, include_guests=True)
    assert xapi_outbox.enqueue(opted, activities()) > 0
    guest = queued(walk.guest_id)
    assert guest and all(not any("/class/" in a["id"] for a in s["context"].get("contextActivities", {})
                                 .get("grouping", [])) for s in guest)
    for statement in guest:
        BaseXapiStatement.model_validate(statement)


def test_queueing_again_adds_nothing_and_ids_are_uuid5_of_the_stored_row(walk: Walk):
    first = xapi_outbox.enqueue(SETTINGS, activities())
    assert xapi_outbox.enqueue(SETTINGS, activities()) == 0
    assert len(queued()) == first
    with db.read() as s:
        rows = s.execute(select(XapiOutbox.statement_id, XapiOutbox.source, XapiOutbox.source_id, XapiLearner.account)
                         .join(XapiLearner, XapiLearner.learner_id == XapiOutbox.learner_id)).all()
    for statement_id, source, source_id, account in rows:
        assert statement_id == str(uuid.uuid5(NAMESPACE, f"{account}/{source}/{source_id}"))


def test_a_new_answer_after_a_scan_is_queued_by_the_next_one(walk: Walk):
    """No high-water mark: a fact stored after (or committed later than) a scan is found by the next."""
    from tests.interop.conftest import guest_walk

    before = xapi_outbox.enqueue(SETTINGS, activities())
    other = store_outbox.pending_facts(include_guests=False)
    assert other == []
    from course.store import accounts, classes

    teacher = accounts.create_educator("teacher2", "a long enough password", "Teacher")
    klass = classes.create_class(teacher, "6A")
    from course.web.learner_state import LearnerState
    from tests.interop.conftest import read_lesson, take_quiz

    state = LearnerState(locale="fr")
    state.signed_in(classes.add_learner(klass.id, "Omar", None, as_educator=teacher), "Omar")
    read_lesson(state)
    take_quiz(state, first_right=True)
    guest_walk()
    added = xapi_outbox.enqueue(SETTINGS, activities())
    assert added == 2 + 3 + 6  # experienced, completed; attempted, completed, passed; six answers
    assert len(queued()) == before + added


def test_deleting_a_learner_deletes_their_queued_statements(walk: Walk):
    from course.store import privacy

    xapi_outbox.enqueue(SETTINGS, activities())
    assert queued(walk.learner_id)
    privacy.delete_learner(walk.learner_id)
    assert queued(walk.learner_id) == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(XapiLearner)) == 0


def test_export_writes_json_lines_for_a_class_and_a_date(walk: Walk, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COURSE_PUBLIC_URL", HOME)
    monkeypatch.delenv("COURSE_XAPI_GUESTS", raising=False)
    out = tmp_path / "records.jsonl"
    assert main(["xapi", "export", "--class", str(walk.class_id), "--output", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(lines) == len(queued()) and lines == queued()
    assert main(["xapi", "export", "--class", str(walk.class_id + 1)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["xapi", "export", "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["xapi", "export", "--since", "2000-01-01"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(lines)


def test_backoff_doubles_from_30_seconds_up_to_15_minutes():
    from datetime import timedelta

    waits = [xapi_outbox.retry_after(n) for n in range(1, 9)]
    assert waits[:3] == [timedelta(seconds=30), timedelta(minutes=1), timedelta(minutes=2)]
    assert waits[-1] == timedelta(minutes=15) and waits == sorted(waits)
