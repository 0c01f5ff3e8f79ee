"""Numbers in the locale's own digits.

fluent.runtime's NUMBER formats through Babel with Latin digits in every locale (see
platform-notes.md). These subclasses format with the locale's CLDR default numbering
system instead, so ar-EG shows ٣ where ar shows 3. They stay int/float subclasses, so
plural selection still works on the value.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

from babel import Locale
from fluent.runtime.types import (
    FORMAT_STYLE_DECIMAL,
    FORMAT_STYLE_PERCENT,
    FluentFloat,
    FluentInt,
    FluentNone,
    FluentNumber,
    fluent_number,
)

from course.internals import init_fluent_number, number_pattern_with_options

# Babel's numbering_system switches the symbols (٫ ٬ ٪) but leaves the digits Latin.
DIGITS = {
    "arab": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "arabext": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
}


def to_local_digits(text: str, locale: Locale) -> str:
    table = DIGITS.get(locale.default_numbering_system)
    return text.translate(table) if table else text


class _LocalDigits:
    def format(self, locale: Locale) -> str:
        style = self.options.style  # type: ignore[attr-defined]
        if style not in (FORMAT_STYLE_DECIMAL, FORMAT_STYLE_PERCENT):
            return super().format(locale)  # type: ignore[misc]
        formats = locale.decimal_formats if style == FORMAT_STYLE_DECIMAL else locale.percent_formats
        pattern = number_pattern_with_options(self, formats.get(None))
        text = pattern.apply(float(self), locale, numbering_system="default")  # type: ignore[arg-type]
        return to_local_digits(text, locale)


class LocalInt(_LocalDigits, FluentInt):
    pass


class LocalFloat(_LocalDigits, FluentFloat):
    pass


def local_number(value: Any, **kwargs: Any) -> FluentNumber | FluentNone:
    """Fluent's NUMBER(), but in the locale's digits (a FluentNone, e.g. a missing argument, passes through)."""
    if isinstance(value, FluentNumber):
        # A FluentNumber is always also an int, float or Decimal (FluentInt, FluentFloat, FluentDecimal).
        base_value = int(value) if isinstance(value, int) else float(cast("float | Decimal", value))
    else:
        base_value = value
    if isinstance(base_value, bool) or not isinstance(base_value, (int, float, Decimal)):
        return fluent_number(value, **kwargs)
    cls = LocalInt if isinstance(base_value, int) else LocalFloat
    number = cls(base_value)
    # the options come from the FluentNumber we were given (if any), then NUMBER()'s arguments
    init_fluent_number(number, value, kwargs)
    return number
