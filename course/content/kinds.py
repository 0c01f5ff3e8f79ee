"""Registries of step kinds and question kinds.

The built-in kinds register themselves exactly as a new kind would: a new kind is one
module in ``course/content/steps`` or ``course/content/questions`` that defines a model
class and decorates it. The loader validates a step or question with the class its
``kind`` names; the player draws it from the class's declared ``selection``.
"""
from __future__ import annotations

import importlib
import pkgutil
from typing import TypeVar

from course.content.model import Question, Step

STEP_KINDS: dict[str, type[Step]] = {}
QUESTION_KINDS: dict[str, type[Question]] = {}

S = TypeVar("S", bound=type[Step])
Q = TypeVar("Q", bound=type[Question])


def step_kind(name: str):
    def register(cls: S) -> S:
        if name in STEP_KINDS:
            raise ValueError(f"step kind {name!r} registered twice")
        STEP_KINDS[name] = cls
        return cls

    return register


def question_kind(name: str):
    def register(cls: Q) -> Q:
        if name in QUESTION_KINDS:
            raise ValueError(f"question kind {name!r} registered twice")
        QUESTION_KINDS[name] = cls
        return cls

    return register


def _import_all(package: str) -> None:
    pkg = importlib.import_module(package)
    for info in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(f"{package}.{info.name}")


_import_all("course.content.steps")
_import_all("course.content.questions")
