"""The Get-help directory: child helplines and reporting services, as checked data.

A number is shown to a child only when its entry is verified and sourced. Educators see
every entry with its source and confidence. Organisation names are Fluent messages
(``helpline-<id>``) so each locale names them in its own script.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import StringConstraints, model_validator

from course.content.model import Frozen, Id
from course.problems import Problem

Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
HELPLINES_FILE = "help/helplines.yaml"


class Helpline(Frozen):
    id: Id
    country: Country
    number: Annotated[str, StringConstraints(pattern=r"^\+?[0-9]{2,15}$")]
    kind: Literal["helpline", "reporting"]
    languages: list[Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]] = []
    hours: str | None = None
    region: str | None = None
    source: Annotated[str, StringConstraints(pattern=r"^https?://")]
    verified: bool
    checked: dt.date
    confidence: Literal["several-sources", "two-sources", "one-source", "unverified", "conflicting"]

    @property
    def message_id(self) -> str:
        return f"helpline-{self.id}"


class Directory(Frozen):
    countries: list[Country]
    entries: list[Helpline]

    @model_validator(mode="after")
    def _known_countries(self):
        unknown = {e.country for e in self.entries} - set(self.countries)
        if unknown:
            raise ValueError(f"entries for countries not listed in 'countries': {sorted(unknown)}")
        return self

    def for_child(self, country: str | None) -> list[Helpline]:
        """Verified lines for the country: the only numbers a child is ever shown."""
        return [e for e in self.entries if e.country == country and e.verified and e.source]

    def for_country(self, country: str | None) -> list[Helpline]:
        return [e for e in self.entries if e.country == country]


EMPTY = Directory(countries=[], entries=[])


@dataclass
class LoadedDirectory:
    directory: Directory
    problems: list[Problem]


def load_directory(root: Path) -> LoadedDirectory:
    from course.content.loader import _Collector, _read, _validate

    path = Path(root) / HELPLINES_FILE
    if not path.is_file():
        return LoadedDirectory(EMPTY, [])
    collector = _Collector(Path(root))
    read = _read(collector, path)
    directory = None
    if read is not None:
        raw, marked = read
        directory = _validate(collector, HELPLINES_FILE, marked, Directory, marked.data)
        if directory is not None:
            seen: set[str] = set()
            for i, entry in enumerate(directory.entries):
                if entry.id in seen:
                    collector.at(HELPLINES_FILE, marked, ("entries", i, "id"), "DUPLICATE-ID",
                                 f"helpline id {entry.id!r} is used twice")
                seen.add(entry.id)
    return LoadedDirectory(directory or EMPTY, collector.problems)
