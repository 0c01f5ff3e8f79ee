"""Credentials: educator passwords, children's picture passwords, tokens, sign-in rate limits.

Pure functions over strings; persistence is in ``course.store``.
"""
