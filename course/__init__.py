"""Amaan (أمان): online-safety lessons for children of the Arab region."""

__version__ = "0.1.0"
