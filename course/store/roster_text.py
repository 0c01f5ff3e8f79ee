"""A class list as a teacher brings it: names pasted one a line, or a CSV file saved from a
spreadsheet. Pure reading, no database: which names a class takes is course.store.rosters' to say.

Every name keeps the line it came from, so that a refusal can say "line 12" of what the teacher
has in front of them. The sizes are checked here, on the server: a page's own limits can be skipped.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from dataclasses import dataclass

# Far above a real list (2,000 names of 40 characters is 80,000), far below what would tie the server up.
MAX_TEXT_CHARS = 200_000
MAX_FILE_BYTES = 200 * 1024
# A first row with one of these cells is a header: the names are in that column (compared casefolded).
NAME_HEADERS = frozenset({"name", "names", "nom", "noms", "prénom", "الاسم", "اسم", "الأسماء", "الإسم"})
# What spreadsheets separate cells with: a comma, a semicolon (Excel where a comma is the decimal
# mark: French, Arabic settings), a tab (Excel's "Unicode text", or cells copied and pasted).
DELIMITERS = ("\t", ";", ",")
QUOTED = re.compile(r'"[^"]*"')


@dataclass(frozen=True)
class RosterLine:
    line: int  # from 1, in the text or file as the teacher has it
    name: str  # as written, spaces around it trimmed (the store tidies it)


class RosterUnreadable(ValueError):
    """Text or a file no names can be read from: ``reason`` is "too-big", "not-utf8" or "broken"."""

    def __init__(self, reason: str, line: int | None = None):
        super().__init__(f"{reason}" + (f" (line {line})" if line else ""))
        self.reason = reason
        self.line = line


def pasted_names(text: str) -> list[RosterLine]:
    """One name a line; blank lines are skipped. Cells copied from a spreadsheet come separated by
    tabs: then the text is read as a table, as a CSV file is."""
    text = text or ""
    if len(text) > MAX_TEXT_CHARS:
        raise RosterUnreadable("too-big")
    if "\t" in text:
        return _table_names(text, "\t")
    return [RosterLine(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def csv_names(data: bytes) -> list[RosterLine]:
    """The names of a CSV file: the first column, or the column whose first-row cell is "name",
    "nom" or "الاسم" (that row is then a header, not a name). UTF-8 with or without Excel's byte
    order mark, or UTF-16 with one (Excel's "Unicode text"); any other encoding is refused rather
    than guessed, so that no name is stored garbled."""
    if len(data) > MAX_FILE_BYTES:
        raise RosterUnreadable("too-big")
    text = _decode(data)
    return _table_names(text, _delimiter(text))


def _decode(data: bytes) -> str:
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as bad:
        raise RosterUnreadable("not-utf8", data[:bad.start].count(b"\n") + 1) from None


def _delimiter(text: str) -> str:
    """The separator the first row uses most, outside quoted cells (a quoted "Dupont, Marie" is one cell)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    bare = QUOTED.sub("", first)
    counts = {d: bare.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _header_column(row: list[str]) -> int | None:
    for i, cell in enumerate(row):
        if unicodedata.normalize("NFKC", cell).strip().casefold() in NAME_HEADERS:
            return i
    return None


def _table_names(text: str, delimiter: str) -> list[RosterLine]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    found: list[RosterLine] = []
    column: int | None = None
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if column is None:  # the first row that holds anything: a header, or already a name
                column = _header_column(row)
                if column is not None:
                    continue
                column = 0
            cell = row[column].strip() if column < len(row) else ""
            if cell:
                found.append(RosterLine(reader.line_num, cell))
    except csv.Error:  # a NUL byte, a cell past the csv module's size limit
        raise RosterUnreadable("broken", reader.line_num) from None
    return found
