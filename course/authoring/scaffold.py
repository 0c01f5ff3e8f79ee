"""``course new-lesson``: a lesson's structure file, its quiz and one Fluent file per locale.

Every message the Fluent files hold is derived from the models (``Lesson.messages()`` and
``Quiz.messages()``), the same list ``course check`` checks against, so a fresh scaffold has
exactly the messages the checker asks for, each marked unfilled until an author writes it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from babel import Locale
from fluent.syntax import ast

from course.authoring.fluent_files import build, read_folder, serialize, todo
from course.content import kinds
from course.content.loader import peek
from course.content.model import CHILD_TRACKS, TRACKS, Lesson, MessageNeed, Quiz
from course.l10n.ftl import UNFILLED_MARK
from course.l10n.locales import SUPPORTED

DEFAULT_STEPS = "story,choice,tip,recap"
_DEFAULT_IDS = {"story": "meet", "choice": "what-now", "tip": "key-message", "recap": "recap"}
# Fluent identifiers must start with a letter, and the quiz id adds "-quiz" within the
# 48 characters an id may have.
_LESSON_ID = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_STEP_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAX_ID = 48 - len("-quiz")


class ScaffoldError(ValueError):
    """The lesson cannot be created as asked; nothing was written."""


@dataclass(frozen=True)
class Scaffold:
    lesson: Lesson
    quiz: Quiz
    files: tuple[str, ...]
    images: tuple[str, ...]  # pictures the author still has to draw, relative to the root
    texts: int               # texts (values and attributes) to write in each locale


# ---- what the author is asked to write -------------------------------------------------------

_STEP_HINTS = {
    "story": "the story, a short scene with names from the region such as Mariam, Omar or Layla",
    "choice": "the question on the what-would-you-do card",
    "tip": "the key message, the one thing the child should keep",
    "recap": "what to remember, in two or three short sentences",
}


def _hints(need: MessageNeed, lesson: Lesson, quiz: Quiz) -> dict[str | None, str]:
    """What to write in each part of one needed message, read off where the structure asks for it."""
    where = need.where
    if where == ("id",):
        return {None: "the lesson title, a few words",
                "summary": "one sentence that says what the child will learn"}
    alt = "describe the picture for someone who cannot see it"
    if where[0] == "steps":
        step = lesson.steps[where[1]]
        if len(where) == 2:
            return {None: _STEP_HINTS.get(step.kind, "the text of this card"), "alt": alt}
        option = step.options[where[3]]
        best = "the safest choice, marked best" if option.best else "a choice that is not the safest"
        return {None: f"what the child could do, {best}",
                "feedback": "kind feedback that says why, and never scolds"}
    question = quiz.questions[where[1]]
    if len(where) == 2:
        if question.kind == "true-false":
            return {None: f"a sentence the child marks True or False, here one that is {question.answer}",
                    "alt": alt}
        return {None: "the question", "alt": alt}
    option_id = question.option_ids[where[3]]
    right = option_id in question.correct_ids
    if not need.value:
        answer = "True" if option_id == "true" else "False"
        return {"feedback": f"what to say when the child answers {answer}, which is "
                            f"{'right' if right else 'wrong'}: say why"}
    return {None: f"{'the right' if right else 'a wrong'} answer",
            "feedback": f"why this answer is {'right' if right else 'wrong'}"}


def ftl_text(lesson: Lesson, quiz: Quiz, locale: str) -> str:
    """The Fluent file of a new lesson for one locale: every needed message, each part a TODO hint."""
    language = Locale.parse(locale).get_display_name("en")
    lines = [f"## Lesson {lesson.id} ({lesson.track}): replace every {UNFILLED_MARK} with the text in {language}.",
             "## Keep the ids on the left as they are (see docs/authoring.md).", ""]
    group = None
    for need in lesson.messages() + quiz.messages():
        section = need.where[:2]
        if section != group:
            if group is not None:
                lines.append("")
            if section[0] == "questions" and (group is None or group[0] != "questions"):
                lines += ["## Quiz", ""]
            group = section
        hints = _hints(need, lesson, quiz)
        parts = {None: todo(hints[None])} if need.value else {}
        for attr in sorted(need.attrs):
            parts[attr] = todo(hints[attr])
        lines.append(serialize(build(ast.Message, need.id, parts)).rstrip("\n"))
    return "\n".join(lines) + "\n"


# ---- the structure files ---------------------------------------------------------------------


def parse_steps(spec: str, lesson_id: str) -> list[dict]:
    """``story,choice`` or ``meet:story,what-now:choice``: kinds, optionally with their ids."""
    steps, seen = [], set()
    for item in (s.strip() for s in spec.split(",") if s.strip()):
        step_id, _, kind = item.rpartition(":")
        if kind not in kinds.STEP_KINDS:
            raise ScaffoldError(f"unknown step kind {kind!r} (known: {', '.join(sorted(kinds.STEP_KINDS))})")
        if not step_id:
            base = _DEFAULT_IDS.get(kind, kind)
            step_id, n = base, 2
            while step_id in seen:
                step_id, n = f"{base}-{n}", n + 1
        if not _STEP_ID.match(step_id):
            raise ScaffoldError(f"step id {step_id!r}: use lower-case words joined by hyphens")
        if step_id in seen:
            raise ScaffoldError(f"step id {step_id!r} is used twice")
        seen.add(step_id)
        step: dict = {"id": step_id, "kind": kind}
        if kind == "story":
            step["image"] = f"images/{lesson_id}-{step_id}.svg"
        elif kind == "choice":
            step["options"] = [{"id": "risky"}, {"id": "best", "best": True}, {"id": "unsure"}]
        steps.append(step)
    if not steps:
        raise ScaffoldError("--steps names no step")
    return steps


def _note(line: str, comment: str) -> str:
    return f"{line:<29} # {comment}"


def _step_yaml(step: dict) -> list[str]:
    lines = [f"  - id: {step['id']}", f"    kind: {step['kind']}"]
    if "image" in step:
        lines.append(_note(f"    image: {step['image']}", "draw it: 320x200 SVG, no text inside"))
    if "options" in step:
        lines.append(_note("    options:", "2 to 5 choices; mark the safest best: true"))
        for option in step["options"]:
            lines.append(f"      - id: {option['id']}")
            if option.get("best"):
                lines.append("        best: true")
    return lines


def lesson_yaml(data: dict) -> str:
    source = data["source"]
    lines = [
        f"# Lesson {data['id']}. Rename step and option ids now if you like: each id is part of",
        "# the message ids in locales/*/lessons, so renaming later means renaming those too.",
        f"id: {data['id']}",
        f"track: {data['track']}",
        _note(f"order: {data['order']}", "position within the track"),
        _note(f"minutes: {data['minutes']}", "estimated minutes, lesson and quiz together"),
        _note(f"risks: [{', '.join(data['risks'])}]", "the 4 Cs it covers: content, contact, conduct, contract"),
        _note("source:", "where the facts come from in the ITU COP 2020 guidelines"),
        _note(f"  set: {source['set']}", "children | parents-educators | industry | policy-makers"),
        f"  section: \"{source['section']}\"",
        f"quiz: {data['quiz']}",
        "steps:",
    ]
    for step in data["steps"]:
        lines += _step_yaml(step)
    return "\n".join(lines) + "\n"


def quiz_yaml(data: dict) -> str:
    lines = [
        f"# The quiz of lesson {data['lesson']}. Question kinds: single, multiple, true-false.",
        f"id: {data['id']}",
        f"lesson: {data['lesson']}",
        _note(f"mastery: {data['mastery']}", "share of questions right at the first try"),
        _note(f"tries_per_question: {data['tries_per_question']}", "a wrong answer shows its feedback, then another try"),
        "questions:",
    ]
    for question in data["questions"]:
        lines += [f"  - id: {question['id']}", f"    kind: {question['kind']}"]
        if "answer" in question:
            lines.append(f"    answer: {'true' if question['answer'] else 'false'}")
        if "options" in question:
            lines.append("    options:")
            for option in question["options"]:
                lines.append(f"      - id: {option['id']}")
                if option.get("correct"):
                    lines.append("        correct: true")
    return "\n".join(lines) + "\n"


def _next_order(root: Path, track: str) -> int:
    orders = [0]
    for path in (root / "lessons").glob("*.yaml"):
        # the loader's own guarded reader: a hostile lesson file is `course check`'s to report
        order = peek(path, "order")
        if peek(path, "track") == track and isinstance(order, int):
            orders.append(order)
    return min(max(orders) + 1, 999)


def _validate(data: dict, model, field: str, registry: dict):
    """The loader's own validation (kind registry, then the model), so a scaffold always loads."""
    parts = tuple(registry[p["kind"]].model_validate(p) for p in data[field])
    obj = model.model_validate({**data, field: parts})
    for part in parts:
        problems = part.answer_problems()
        assert not problems, problems
    return obj


def plan(root: Path, lesson_id: str, band: str, locales: list[str], steps: str = DEFAULT_STEPS) -> tuple[dict, dict]:
    """The lesson and quiz data for a new lesson, or ScaffoldError when it cannot be created."""
    if not _LESSON_ID.match(lesson_id) or len(lesson_id) > MAX_ID:
        raise ScaffoldError(f"lesson id {lesson_id!r}: use lower-case words joined by hyphens, starting "
                            f"with a letter, at most {MAX_ID} characters (e.g. safe-sharing)")
    if band not in TRACKS:
        raise ScaffoldError(f"band {band!r}: use one of {', '.join(TRACKS)}")
    unknown = [loc for loc in locales if loc not in SUPPORTED]
    if unknown or not locales:
        raise ScaffoldError(f"locales {', '.join(unknown) or '(none)'}: use some of {', '.join(SUPPORTED)}")
    quiz_id = f"{lesson_id}-quiz"
    lesson = {
        "id": lesson_id, "track": band, "order": _next_order(root, band), "minutes": 5,
        "risks": ["contact"],
        "source": {"set": "children" if band in CHILD_TRACKS else "parents-educators",
                   "section": "TODO: the section of the COP 2020 guidelines this lesson follows"},
        "quiz": quiz_id, "steps": parse_steps(steps, lesson_id),
    }
    quiz = {
        "id": quiz_id, "lesson": lesson_id, "mastery": 0.8, "tries_per_question": 2,
        "questions": [
            {"id": "main-idea", "kind": "single",
             "options": [{"id": "wrong-a"}, {"id": "right", "correct": True}, {"id": "wrong-b"}]},
            {"id": "true-or-false", "kind": "true-false", "answer": True},
        ],
    }
    return lesson, quiz


def new_lesson(root: Path, lesson_id: str, band: str, locales: list[str] | None = None,
               steps: str = DEFAULT_STEPS) -> Scaffold:
    """Write the three kinds of file of a new lesson; refuses to touch any file that exists."""
    root = Path(root)
    locales = list(locales or SUPPORTED)
    lesson_data, quiz_data = plan(root, lesson_id, band, locales, steps)
    try:
        lesson = _validate(lesson_data, Lesson, "steps", kinds.STEP_KINDS)
    except ValueError as exc:  # a step kind the scaffold does not know how to fill in
        raise ScaffoldError(f"cannot scaffold these steps: {exc}") from exc
    quiz = _validate(quiz_data, Quiz, "questions", kinds.QUESTION_KINDS)
    ids = [n.id for n in lesson.messages() + quiz.messages()]
    clashes = sorted({i for i in ids if ids.count(i) > 1})
    if clashes:
        raise ScaffoldError(f"step ids give the same message id twice ({', '.join(clashes)}): rename a step")
    # Message ids share one namespace across lessons: lesson "private" with a step "eye"
    # would say "private-eye", the title of another lesson.
    for loc in SUPPORTED:
        used = read_folder(root, loc)
        taken = [i for i in ids if i in used and not used[i].rel.endswith(f"/lessons/{lesson_id}.ftl")]
        if taken:
            raise ScaffoldError(f"message id {taken[0]!r} is already used in {used[taken[0]].rel}: "
                                "choose another lesson or step id")

    files = {f"lessons/{lesson_id}.yaml": lesson_yaml(lesson_data),
             f"quizzes/{quiz.id}.yaml": quiz_yaml(quiz_data)}
    for text, data in ((files[f"lessons/{lesson_id}.yaml"], lesson_data), (files[f"quizzes/{quiz.id}.yaml"], quiz_data)):
        assert yaml.safe_load(text) == data, "the written YAML must say what was validated"
    for loc in locales:
        files[f"locales/{loc}/lessons/{lesson_id}.ftl"] = ftl_text(lesson, quiz, loc)
    taken = [rel for rel in files if (root / rel).exists()]
    taken += [p.relative_to(root).as_posix() for p in (root / "locales").glob(f"*/lessons/{lesson_id}.ftl")]
    if taken:
        raise ScaffoldError(f"lesson {lesson_id!r} already exists ({', '.join(sorted(set(taken)))}); nothing was written")
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, "utf-8")

    images = tuple(f"lessons/{s.image}" for s in lesson.steps if s.image and not (root / "lessons" / s.image).exists())
    texts = sum(int(n.value) + len(n.attrs) for n in lesson.messages() + quiz.messages())
    return Scaffold(lesson, quiz, tuple(files), images, texts)
