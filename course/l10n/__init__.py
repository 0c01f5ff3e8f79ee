"""Localisation: locale negotiation, fallback chains and shared Fluent bundles."""
from course.l10n.bundles import Translator, translator
from course.l10n.locales import REFERENCE, SUPPORTED, direction, negotiate

__all__ = ["REFERENCE", "SUPPORTED", "Translator", "direction", "negotiate", "translator"]
