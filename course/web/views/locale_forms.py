"""Dates, lists and file names in the reader's locale (Babel), for the educator's pages."""
from __future__ import annotations

import datetime as dt
import unicodedata
from functools import cache

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.lists import format_list


@cache
def babel_locale(tag: str) -> Locale:
    try:
        return Locale.parse(tag, sep="-")
    except (ValueError, LookupError):
        return Locale.parse(tag.split("-")[0])


def date_text(t, value: dt.date | None) -> str:
    """A day as the locale writes it ("3 décembre 2026", "December 3, 2026", "3 ديسمبر 2026")."""
    return format_date(value, format="long", locale=babel_locale(t.tag)) if value else "—"


def datetime_text(t, value: dt.datetime | None) -> str:
    """A moment on the school server's clock (the store keeps UTC): a teacher in Amman reads 09:40,
    not 06:40. The server stands in the school, so its zone is the school's."""
    if value is None:
        return "—"
    local = value.astimezone() if value.tzinfo is not None else value
    return format_datetime(local, format="short", tzinfo=local.tzinfo, locale=babel_locale(t.tag))


def list_text(t, items: list[str]) -> str:
    """"a, b and c" in the locale's words ("أ و ب و ج" in Arabic), never a Latin ", "."""
    return format_list(list(items), style="standard", locale=babel_locale(t.tag)) if items else ""


def file_name(text: str, extension: str) -> str:
    """A file name from words in any script: letters, marks and digits kept (Arabic vowel marks
    too), every run of anything else one hyphen; never a path separator or a dot."""
    kept = "".join(ch if unicodedata.category(ch)[0] in "LMN" else "-" for ch in text)
    stem = "-".join(part for part in kept.split("-") if part)[:80] or "amaan"
    return f"{stem}.{extension}"
