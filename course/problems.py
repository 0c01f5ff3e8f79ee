"""A problem found in the content: where it is, a stable code, and what is wrong.

Its own module because both the content checker and the Fluent reader (course.l10n) report them,
and l10n must not depend on content.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the content root, with forward slashes
    line: int
    col: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.code} {self.message}"

    def as_dict(self) -> dict:
        return asdict(self)
