"""Load every lesson and quiz once, checking them as they load.

The same function serves the app, the tests and ``course check``, so the checker can
never disagree with what the app serves. A lesson with a structural problem is left
out of the catalogue (and reported); the rest is still served.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from course.content import kinds
from course.content.model import TRACKS, Lesson, LessonEntry, Question, Quiz, Step
from course.content.yamlsrc import Marked, YamlError, load_yaml
from course.problems import Problem, read_content_file


@dataclass(frozen=True)
class Loaded:
    """A structure file that parsed, with its model, marks and raw bytes."""

    rel: str
    marked: Marked
    model: Any
    raw: bytes


class _Collector:
    def __init__(self, root: Path):
        self.root = root
        self.problems: list[Problem] = []

    def rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def add(self, rel: str, line: int, col: int, code: str, message: str) -> None:
        self.problems.append(Problem(rel, line, col, code, message))

    def at(self, rel: str, marked: Marked | None, path: tuple, code: str, message: str) -> None:
        # an unknown key is pointed at by its name; anything else by the offending value
        line, col = marked.where(path, value=code != "UNKNOWN-KEY") if marked else (1, 1)
        self.add(rel, line, col, code, message)


_CODES = {"extra_forbidden": "UNKNOWN-KEY", "missing": "MISSING-FIELD"}

M = TypeVar("M", bound=BaseModel)
# Constrained rather than bound: the pairs share ``id`` (and ``answer_problems``) but no base declares them.
P = TypeVar("P", Step, Question)
T = TypeVar("T", Lesson, Quiz)


def _validate(c: _Collector, rel: str, marked: Marked, model: type[M], data: Any,
              prefix: tuple = (), skip: str | None = None) -> M | None:
    """Validate ``data``; errors under the field ``skip`` were already reported part by part."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            if skip is not None and err["loc"][:1] == (skip,):
                continue
            loc = prefix + tuple(err["loc"])
            code = _CODES.get(err["type"], "BAD-VALUE")
            name = ".".join(str(p) for p in loc) or "(file)"
            if code == "UNKNOWN-KEY":
                message = f"unknown key '{name}'"
            elif code == "MISSING-FIELD":
                message = f"missing field '{name}'"
            else:
                message = f"'{name}': {err['msg']}"
            c.at(rel, marked, loc, code, message)
        return None


def _parts(c: _Collector, rel: str, marked: Marked, items: Any, field: str,
           registry: dict[str, type[P]], what: str) -> tuple | None:
    """Validate each step/question with the class its ``kind`` names."""
    if not isinstance(items, list):
        return None  # the outer model reports the wrong type
    out, ok, seen = [], True, set()
    for i, item in enumerate(items):
        path = (field, i)
        kind = item.get("kind") if isinstance(item, dict) else None
        if kind not in registry:
            known = ", ".join(sorted(registry))
            if kind is None:
                c.at(rel, marked, path, "MISSING-FIELD", f"missing field '{field}.{i}.kind' (one of: {known})")
            else:
                c.at(rel, marked, path + ("kind",), "UNKNOWN-KIND", f"unknown {what} kind {kind!r} (known: {known})")
            ok = False
            continue
        part = _validate(c, rel, marked, registry[kind], item, path)
        if part is None:
            ok = False
            continue
        if part.id in seen:
            c.at(rel, marked, path + ("id",), "DUPLICATE-ID", f"{what} id {part.id!r} is used twice")
            ok = False
        seen.add(part.id)
        for sub, message in part.answer_problems():
            c.at(rel, marked, path + sub, "BAD-ANSWER", message)
            ok = False
        out.append(part)
    return tuple(out) if ok else None


def _parse(path: Path, rel: str) -> tuple[bytes, Marked] | Problem:
    """Read and parse one structure file; every way it can fail is a Problem, never an exception."""
    read = read_content_file(path, rel)
    if isinstance(read, Problem):
        return read
    raw, text = read
    try:
        return raw, load_yaml(text)
    except YamlError as exc:
        return Problem(rel, exc.line, exc.col, exc.code, str(exc))


def peek(path: Path, key: str) -> Any:
    """One top-level value of a structure file, or None if the file cannot be read (the loader reports why)."""
    parsed = _parse(path, path.name)
    data = parsed[1].data if isinstance(parsed, tuple) else None
    return data.get(key) if isinstance(data, dict) else None


def _read(c: _Collector, path: Path) -> tuple[bytes, Marked] | None:
    rel = c.rel(path)
    parsed = _parse(path, rel)
    if isinstance(parsed, Problem):
        c.problems.append(parsed)
        return None
    raw, marked = parsed
    if not isinstance(marked.data, dict):
        c.add(rel, 1, 1, "BAD-VALUE", "the file must hold a mapping of keys to values")
        return None
    return raw, marked


def _load_kind(c: _Collector, path: Path, model: type[T], field: str,
               registry: dict, what: str) -> Loaded | None:
    read = _read(c, path)
    if read is None:
        return None
    raw, marked = read
    rel = c.rel(path)
    data = dict(marked.data)
    parts = _parts(c, rel, marked, data.get(field), field, registry, what)
    if parts is not None:
        data[field] = parts
    obj = _validate(c, rel, marked, model, data, skip=None if parts is not None else field)
    if obj is None or parts is None:
        return None
    if obj.id != path.stem:
        c.at(rel, marked, ("id",), "BAD-REF", f"id {obj.id!r} does not match the file name {path.name!r}")
        return None
    return Loaded(rel, marked, obj, raw)


def _images(c: _Collector, root: Path, loaded: Loaded) -> None:
    """Every image the file names exists under lessons/."""
    for path in loaded.marked.marks:
        if path and path[-1] == "image":
            image = _get(loaded.marked.data, path)
            if isinstance(image, str) and not (root / "lessons" / image).is_file():
                c.at(loaded.rel, loaded.marked, path, "MISSING-IMAGE", f"no file lessons/{image}")


def _get(data: Any, path: tuple) -> Any:
    for key in path:
        data = data[key]
    return data


def content_version(root: Path, files: list[str]) -> str:
    """A short hash of every file a lesson is made of, stored with each progress record."""
    digest = hashlib.sha256()
    for rel in sorted(files):
        digest.update(rel.encode())
        digest.update(b"\0")
        path = root / rel
        digest.update(path.read_bytes() if path.is_file() else b"")
        digest.update(b"\0")
    return digest.hexdigest()[:12]


def load_structure(root: Path, c: _Collector, locales: tuple[str, ...]) -> tuple[list[LessonEntry], list[Loaded], list[Loaded]]:
    lessons = {}
    for path in sorted((root / "lessons").glob("*.yaml")):
        loaded = _load_kind(c, path, Lesson, "steps", kinds.STEP_KINDS, "step")
        if loaded and loaded.model.id in lessons:
            c.at(loaded.rel, loaded.marked, ("id",), "DUPLICATE-ID", f"lesson id {loaded.model.id!r} is used twice")
        elif loaded:
            lessons[loaded.model.id] = loaded
    quizzes = {}
    for path in sorted((root / "quizzes").glob("*.yaml")):
        loaded = _load_kind(c, path, Quiz, "questions", kinds.QUESTION_KINDS, "question")
        if loaded:
            quizzes[loaded.model.id] = loaded

    entries = []
    good_lessons, good_quizzes = [], []
    quiz_owner: dict[str, str] = {}
    for lid, ll in lessons.items():
        lesson: Lesson = ll.model
        # A missing picture is reported but does not keep the lesson from being served.
        _images(c, root, ll)
        ok = True
        ql = quizzes.get(lesson.quiz)
        if ql is None:
            if not (root / "quizzes" / f"{lesson.quiz}.yaml").is_file():  # else the quiz is broken: reported there
                c.at(ll.rel, ll.marked, ("quiz",), "BAD-REF", f"quiz {lesson.quiz!r} not found in quizzes/")
            continue
        if ql.model.lesson != lid:
            c.at(ql.rel, ql.marked, ("lesson",), "BAD-REF",
                 f"quiz belongs to lesson {ql.model.lesson!r} but lesson {lid!r} names it")
            ok = False
        elif lesson.quiz in quiz_owner:
            c.at(ll.rel, ll.marked, ("quiz",), "BAD-REF", f"quiz {lesson.quiz!r} is already used by {quiz_owner[lesson.quiz]!r}")
            ok = False
        else:
            quiz_owner[lesson.quiz] = lid
            _images(c, root, ql)
        if not ok:
            continue
        files = [ll.rel, ql.rel]
        files += [f"locales/{loc}/lessons/{lid}.ftl" for loc in locales]
        files += sorted({f"lessons/{v}" for _p, v in _image_values(ll) + _image_values(ql)})
        entries.append(LessonEntry(lesson, ql.model, content_version(root, files), tuple(files)))
        good_lessons.append(ll)
        good_quizzes.append(ql)
    lesson_files = {p.stem for p in (root / "lessons").glob("*.yaml")}
    for qid, ql in quizzes.items():
        if ql.model.lesson not in lessons:
            if ql.model.lesson in lesson_files:
                continue  # the lesson exists but is broken: reported there
            c.at(ql.rel, ql.marked, ("lesson",), "BAD-REF", f"lesson {ql.model.lesson!r} not found in lessons/")
        elif lessons[ql.model.lesson].model.quiz != qid:
            c.at(ql.rel, ql.marked, ("id",), "BAD-REF", f"lesson {ql.model.lesson!r} does not name this quiz")
    entries.sort(key=lambda e: (_TRACK_ORDER[e.track], e.lesson.order, e.id))
    return entries, good_lessons, good_quizzes


def _image_values(loaded: Loaded) -> list[tuple[tuple, str]]:
    return [(p, _get(loaded.marked.data, p)) for p in loaded.marked.marks if p and p[-1] == "image"]


_TRACK_ORDER = {track: i for i, track in enumerate(TRACKS)}
