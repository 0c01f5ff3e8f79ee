"""Tools for content authors and translators: scaffold a lesson, see what is left to translate,
hand a translator just the missing texts and merge their file back. ``cli.register`` adds the
``course new-lesson`` and ``course l10n`` commands."""
