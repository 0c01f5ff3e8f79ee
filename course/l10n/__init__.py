"""Localisation: locale negotiation, fallback chains and shared Fluent bundles."""
from course.l10n.locales import REFERENCE, SUPPORTED, direction, negotiate
from course.l10n.bundles import Translator, translator

__all__ = ["REFERENCE", "SUPPORTED", "Translator", "direction", "negotiate", "translator"]
