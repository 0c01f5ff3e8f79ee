"""A problem found in the content: where it is, a stable code, and what is wrong.

Its own module because both the content checker and the Fluent reader (course.l10n) report them,
and l10n must not depend on content. For the same reason it reads content files for both: one
size cap and one encoding rule for every YAML and Fluent file.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

# The largest shipped file is about 21 KB. The YAML and Fluent parsers are pure Python, so a huge
# file would hold the server's start (and every check) for minutes: it is refused unread.
MAX_FILE_BYTES = 1_000_000


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


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def read_content_file(path: Path, rel: str) -> tuple[bytes, str] | Problem:
    """The raw bytes and text of a content file, or why it cannot be used (too big, not UTF-8)."""
    with path.open("rb") as stream:
        raw = stream.read(MAX_FILE_BYTES + 1)  # never more, whatever the file's size
    if len(raw) > MAX_FILE_BYTES:
        return Problem(rel, 1, 1, "TOO-BIG", f"the file is larger than {MAX_FILE_BYTES // 1_000_000} MB,"
                       " the most a content file may be: split it")
    try:
        return raw, raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Problem(rel, 1, 1, "ENCODING", f"not UTF-8: {exc.reason}")
