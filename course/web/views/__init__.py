"""Viewers: each builds one screen's layout from a state object and only updates what changed."""
