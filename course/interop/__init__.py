"""Amaan and other platforms: xAPI learning records for a Learning Record Store (docs/xapi.md)."""
