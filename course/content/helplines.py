"""The Get-help directory: child helplines and reporting services, as checked data.

A number is shown to a child only when its entry is verified, and an entry may be verified only
under the two-source rule (shared/guides/cop-content.md, "Review of 2026-12"): two independent
public sources, one of them official (a ministry or other public body, the operator itself, or
Child Helpline International), both checked within the last two years. `course check` reports a
verified entry that breaks the rule as a content error at its file and line, and such an entry is
never shown to a child. Educators see every entry with its sources and confidence. Organisation
names (and the region a line serves) are Fluent messages (``helpline-<id>``, attribute
``.region``) so each locale writes them in its own script.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import Field, StringConstraints, model_validator

from course.content.model import Frozen, Id
from course.problems import Problem

Country = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
Url = Annotated[str, StringConstraints(pattern=r"^https?://[^/\s]+\.[^/\s]+")]
HELPLINES_FILE = "help/helplines.yaml"
RULE = "HELPLINE-RULE"
# "Checked within the last two years".
MAX_AGE_YEARS = 2
# Second-level labels under which a country's sites are registered (gov.ae, com.eg, org.jo...):
# sites under them are told apart by one more label.
_SECOND_LEVEL = frozenset({"ac", "co", "com", "edu", "gov", "gouv", "net", "org", "nic"})


class Source(Frozen):
    """One public page that confirms the number."""

    url: Url
    publisher: Annotated[str, StringConstraints(min_length=2, max_length=200)]
    # True for a ministry or other public body, the operator itself, or Child Helpline International.
    official: bool = False
    published: int | None = Field(default=None, ge=1990, le=2100)  # year, when the page gives it
    says: str | None = None  # what it confirms: the number, the hours...

    @property
    def site(self) -> str:
        """The site that published it (www.gulfnews.com and gulfnews.com are one site)."""
        labels = (urlsplit(self.url).hostname or "").lower().split(".")
        keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
        return ".".join(labels[-keep:])


class Helpline(Frozen):
    id: Id
    country: Country
    number: Annotated[str, StringConstraints(pattern=r"^\+?[0-9]{2,15}$")]
    kind: Literal["helpline", "reporting"]
    languages: list[Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]] = []
    # Hours a day the line answers, every day of the week (24: day and night). Left out when the
    # sources do not say, or when the line is not open every day.
    hours_per_day: int | None = Field(default=None, ge=1, le=24)
    # Part of the country the line serves (its name for children is helpline-<id>.region); none: all of it.
    region: str | None = None
    sources: list[Source] = Field(min_length=1)
    verified: bool
    checked: dt.date  # the day both sources were last read
    confidence: Literal["several-sources", "two-sources", "one-source", "unverified", "conflicting"]

    @property
    def message_id(self) -> str:
        return f"helpline-{self.id}"

    @property
    def source(self) -> str:
        """The first source's address (the official one, by convention)."""
        return self.sources[0].url

    def rule_breaks(self, today: dt.date | None = None) -> list[str]:
        """Why this entry does not meet the two-source rule (empty when it does)."""
        today = today or dt.date.today()
        breaks = []
        sites = {s.site for s in self.sources}
        if len(sites) < 2:
            breaks.append(f"it lists {len(self.sources)} source(s) from {len(sites)} site(s): "
                          "the rule needs two independent public sources")
        if not any(s.official for s in self.sources):
            breaks.append("none of its sources is official (a ministry or other public body, "
                          "the operator, or Child Helpline International)")
        if self.checked > today:
            breaks.append(f"it was checked on {self.checked.isoformat()}, a day still to come")
        elif self.checked < _years_before(today, MAX_AGE_YEARS):
            breaks.append(f"its sources were last checked on {self.checked.isoformat()}, "
                          f"more than {MAX_AGE_YEARS} years ago: check them again")
        return breaks

    def meets_rule(self, today: dt.date | None = None) -> bool:
        return not self.rule_breaks(today)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


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
        """Verified lines for the country that meet the two-source rule today: the only numbers
        a child is ever shown."""
        return [e for e in self.entries if e.country == country and e.verified and e.meets_rule()]

    def for_country(self, country: str | None) -> list[Helpline]:
        return [e for e in self.entries if e.country == country]


EMPTY = Directory(countries=[], entries=[])


@dataclass
class LoadedDirectory:
    directory: Directory
    problems: list[Problem]


def load_directory(root: Path, today: dt.date | None = None) -> LoadedDirectory:
    from course.content.loader import _Collector, _read, _validate

    path = Path(root) / HELPLINES_FILE
    if not path.is_file():
        return LoadedDirectory(EMPTY, [])
    collector = _Collector(Path(root))
    read = _read(collector, path)
    directory = None
    if read is not None:
        _raw, marked = read
        directory = _validate(collector, HELPLINES_FILE, marked, Directory, marked.data)
        if directory is not None:
            seen: set[str] = set()
            entries = []
            for i, entry in enumerate(directory.entries):
                if entry.id in seen:
                    collector.at(HELPLINES_FILE, marked, ("entries", i, "id"), "DUPLICATE-ID",
                                 f"helpline id {entry.id!r} is used twice")
                seen.add(entry.id)
                breaks = entry.rule_breaks(today) if entry.verified else []
                for why in breaks:
                    collector.at(HELPLINES_FILE, marked, ("entries", i, "verified"), RULE,
                                 f"helpline {entry.id!r} is marked verified but {why}")
                # A line that breaks the rule is kept for educators, never shown to a child.
                entries.append(entry.model_copy(update={"verified": False}) if breaks else entry)
            directory = directory.model_copy(update={"entries": entries})
    return LoadedDirectory(directory or EMPTY, collector.problems)
