"""The educator dashboard's data: plain values in, frozen dataclasses out, aggregated in the database.

Every report runs a fixed, small number of queries whatever the size of the class (never one per
learner); tests/reports counts them. Lessons come in as plain dicts from the catalogue (see
``catalogue.lesson_dicts``), so nothing here loads content.

- ``overview``: the learners-by-lessons grid, totals per lesson and per learner
- ``lesson``: one lesson and its quiz across the class; ``questions``: difficult questions
- ``learner``: one learner, every lesson and every answer
- ``needs_help``: flags with the rule that raised them, and dismissing them
- ``coverage``: the four Cs the class has covered
- ``export``: CSV files that match the screen
Assigned lessons and results visibility live in ``course.store.assignments`` (the learner app reads them).
"""
