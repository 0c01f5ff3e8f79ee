"""Lesson and quiz content: the model, its loader and checker."""
