"""Numbers in the locale's own digits.

fluent.runtime's NUMBER formats through Babel with Latin digits in every locale (see
platform-notes.md). These subclasses format with the locale's CLDR default numbering
system instead, so ar-EG shows ٣ where ar shows 3. They stay int/float subclasses, so
plural selection still works on the value.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from babel import Locale
from fluent.runtime.types import (
    FORMAT_STYLE_DECIMAL,
    FORMAT_STYLE_PERCENT,
    FluentFloat,
    FluentInt,
    FluentNumber,
    fluent_number,
)

# Babel's numbering_system switches the symbols (٫ ٬ ٪) but leaves the digits Latin.
DIGITS = {
    "arab": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "arabext": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
}


def to_local_digits(text: str, locale: Locale) -> str:
    table = DIGITS.get(locale.default_numbering_system)
    return text.translate(table) if table else text


class _LocalDigits:
    def format(self, locale: Locale) -> str:  # type: ignore[override]
        style = self.options.style  # type: ignore[attr-defined]
        if style not in (FORMAT_STYLE_DECIMAL, FORMAT_STYLE_PERCENT):
            return super().format(locale)  # type: ignore[misc]
        formats = locale.decimal_formats if style == FORMAT_STYLE_DECIMAL else locale.percent_formats
        pattern = self._apply_options(formats.get(None))  # type: ignore[attr-defined]
        text = pattern.apply(float(self), locale, numbering_system="default")  # type: ignore[arg-type]
        return to_local_digits(text, locale)


class LocalInt(_LocalDigits, FluentInt):
    pass


class LocalFloat(_LocalDigits, FluentFloat):
    pass


def local_number(value: Any, **kwargs: Any) -> FluentNumber:
    """Fluent's NUMBER(), but in the locale's digits."""
    if isinstance(value, FluentNumber):
        base_value, options = (int(value) if isinstance(value, int) else float(value)), value.options
    else:
        base_value, options = value, None
    if isinstance(base_value, bool) or not isinstance(base_value, (int, float, Decimal)):
        return fluent_number(value, **kwargs)
    cls = LocalInt if isinstance(base_value, int) else LocalFloat
    number = cls(base_value)
    number._init(options, kwargs)
    return number
