"""Which locales we ship, how a request's locale maps onto them, and their script facts.

A locale tag is a base language we ship (``ar``, ``en``, ``fr``), optionally with a
region (``ar-EG``, ``fr-MA``). The region changes formatting (digits, the default country
for Get-help) and may add its own Fluent folder (``locales/ar-EG``) that overrides the
base. Fallback goes region -> base -> reference (Arabic).
"""
from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError

SUPPORTED: tuple[str, ...] = ("ar", "en", "fr")
REFERENCE = "ar"
DEFAULT = "ar"

# The 22 Arab League member states; a regional tag outside them is still accepted when
# CLDR knows the locale (fr-FR, en-GB), but these are the ones we design for.
ARAB_LEAGUE: tuple[str, ...] = (
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR",
    "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE",
)

_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}|\d{3}))?$")


def normalise(tag: str | None) -> str | None:
    """``ar_eg`` -> ``ar-EG``; None when the tag is malformed or its language is not shipped."""
    if not tag:
        return None
    m = _TAG.match(tag.strip())
    if not m:
        return None
    lang, region = m.group(1).lower(), m.group(2)
    if lang not in SUPPORTED:
        return None
    if region:
        region = region.upper()
        try:
            Locale.parse(f"{lang}_{region}")
        except (UnknownLocaleError, ValueError):
            return lang
        return f"{lang}-{region}"
    return lang


def base(tag: str) -> str:
    return tag.split("-", 1)[0]


def region(tag: str) -> str | None:
    parts = tag.split("-", 1)
    return parts[1] if len(parts) == 2 else None


def chain(tag: str, available: frozenset[str] | set[str]) -> tuple[str, ...]:
    """The folders to look in, most specific first: ``ar-EG`` -> (``ar-EG``?, ``ar``)."""
    out: list[str] = []
    for candidate in (tag, base(tag), REFERENCE):
        if candidate in available and candidate not in out:
            out.append(candidate)
    return tuple(out)


def negotiate(accept_language: str | None, fallback: str = DEFAULT) -> str:
    """Best shipped locale for an Accept-Language header, keeping the region when given."""
    if not accept_language:
        return fallback
    choices = []
    for i, part in enumerate(accept_language.split(",")):
        piece = part.strip().split(";")
        q = 1.0
        for param in piece[1:]:
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        tag = normalise(piece[0])
        if tag and q > 0:
            choices.append((-q, i, tag))
    return min(choices)[2] if choices else fallback


@lru_cache(maxsize=64)
def babel_locale(tag: str) -> Locale:
    return Locale.parse(tag.replace("-", "_"))


def direction(tag: str) -> str:
    """``rtl`` or ``ltr``, from CLDR's character order for the locale."""
    return "rtl" if babel_locale(tag).character_order == "right-to-left" else "ltr"


def numbering_system(tag: str) -> str:
    """CLDR's default numbering system: ``arab`` (٠١٢٣) for ar-EG and ar-SA, ``latn`` for ar, ar-MA...

    We follow CLDR deliberately: Egyptian and Gulf schoolbooks print Arabic-Indic digits,
    Maghreb ones Latin digits, and plain ``ar`` keeps Latin digits, which every device renders.
    """
    return babel_locale(tag).default_numbering_system


def plural_categories(tag: str) -> frozenset[str]:
    """CLDR plural categories of the locale, ``other`` included (Arabic has all six)."""
    return frozenset(babel_locale(tag).plural_form.tags) | {"other"}
